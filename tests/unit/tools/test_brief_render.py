import datetime as dt
from decimal import Decimal

import pytest
import yaml

from assistant.errors import ToolError
from assistant.tools.brief_models import Brief, Budget
from assistant.tools.brief_render import brief_to_memory_document, parse_brief_document, render_markdown
from assistant.tools.quote_models import Deliverable

BRIEF = Brief(
    client="Ada Lovelace",
    client_email="ada@engines.example",
    company="Analytical Engines Ltd",
    title="Spot illustrations: blog",
    goals=["Explain engines to students"],
    deliverables=[Deliverable(description="spot illustrations", quantity=6, service="spot")],
    audience="young engineers",
    style_references=["loose pencil"],
    constraints=["SVG, 1200 x 800 px"],
    deadline=dt.date(2026, 12, 18),
    deadline_text="18 December",
    budget=Budget(amount=Decimal(1500), currency="EUR", text="€1,500"),
    service="spot",
    returning=True,
    open_questions=["Where will it be used?"],
    received=dt.date(2026, 11, 23),
    source="<q1@engines.example>",
)


def test_markdown_shows_every_part() -> None:
    text = render_markdown(BRIEF, "en")
    assert text.startswith("# Spot illustrations: blog\n")
    parts = ("Ada Lovelace, Analytical Engines Ltd", "2026-12-18 (18 December)", "€1,500.00",
             "- 6 x spot illustrations (spot)", "## Open questions", "- Where will it be used?")  # fmt: skip
    for part in parts:
        assert part in text


def test_the_memory_document_has_brief_front_matter_with_outcome_inquiry() -> None:
    document = brief_to_memory_document(BRIEF, today=dt.date(2026, 11, 30), client="Engines")
    front = yaml.safe_load(document.split("---\n")[1])
    assert front["outcome"] == "inquiry"
    assert front["client"] == "Engines" and front["company"] == "Analytical Engines Ltd"
    assert front["date"] == dt.date(2026, 11, 23)
    assert front["service"] == "spot"
    assert front["price"] is None and front["hours_actual"] is None
    assert "inquiry" in front["tags"]
    assert "# Spot illustrations: blog" in document


def test_saved_briefs_and_json_read_back_the_same() -> None:
    document = brief_to_memory_document(BRIEF, today=dt.date(2026, 11, 30), client="Engines")
    assert parse_brief_document(document) == BRIEF.model_copy(update={"notes": []})
    assert parse_brief_document(BRIEF.model_dump_json()) == BRIEF


def test_other_files_are_refused() -> None:
    with pytest.raises(ToolError):
        parse_brief_document("just some text")
    with pytest.raises(ToolError):
        parse_brief_document('{"title": 3}')
