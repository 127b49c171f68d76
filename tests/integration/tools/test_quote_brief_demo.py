"""The issue's goal, end to end on the demo workspace: an inquiry becomes a brief, the brief a quote, and every
figure of the quote is redone here from the profile and the cited past briefs' front matter.

Real components: the demo profile and inquiries, the real embedder and a real Chroma store for memory, the CLI.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from assistant.cli.main import cli
from assistant.config import Settings
from assistant.memory import Memory
from assistant.profile import load_profile
from assistant.tools.brief import draft_brief
from assistant.tools.brief_dates import number_value
from assistant.tools.quote import build_quote
from assistant.tools.quote_models import Quote
from assistant.tools.quote_text import request_from_brief
from assistant.tools.scope_check import check_scope
from tests.unit.tools.tools_helpers import assert_checks_out

REPO = Path(__file__).resolve().parents[3]
EXAMPLES = REPO / "examples"
TODAY = dt.date(2026, 11, 25)
CENT = Decimal("0.01")


@pytest.fixture(scope="module")
def memory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Memory]:
    data = tmp_path_factory.mktemp("tools-demo") / "data"
    with Memory.open(Settings(), data) as opened:
        report = opened.add([EXAMPLES / "briefs"], progress=False)
        assert not report.failed, report.failed
        yield opened


def _front_matter(source: str) -> dict[str, object]:
    text = Path(source).read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1])  # type: ignore[no-any-return]


def _units(title: str) -> int:
    match = re.search(r"\b(\d+|[a-z]+) (?:new )?(?:spreads?|poses?)\b", title.lower())
    assert match, title
    value = number_value(match.group(1))
    assert value
    return value


def _redo_hours(quote: Quote) -> None:
    """Recompute hours from the cited briefs themselves, with the documented weights."""
    for est in quote.estimates:
        assert est.basis == "past_projects" and est.projects
        total = Decimal(0)
        weights = Decimal(0)
        for used in est.projects:
            front = _front_matter(used.source)
            actual, estimated = front.get("hours_actual"), front.get("hours_estimated")
            hours = Decimal(str(actual if actual else estimated))
            assert used.hours == hours and used.hours_kind == ("actual" if actual else "estimated")
            assert used.units == _units(str(front["title"]))
            per_unit = (hours / used.units).quantize(CENT, rounding=ROUND_HALF_UP)
            assert used.hours_per_unit == per_unit
            total += per_unit * used.weight
            weights += used.weight
        assert est.hours_per_unit == (total / weights).quantize(CENT, rounding=ROUND_HALF_UP)
        assert est.hours == (est.hours_per_unit * est.units * 4).to_integral_value(rounding=ROUND_CEILING) / 4


def test_acme_pose_inquiry_gives_a_brief_and_a_quote_that_check_out(memory: Memory) -> None:
    profile = load_profile(EXAMPLES / "profile.toml")
    brief = draft_brief(EXAMPLES / "inquiries" / "02-acme-pip-summer-pose-set.eml", profile, None, today=TODAY)
    assert (brief.client, brief.company, brief.service) == ("Jonas Weber", "Acme GmbH", "mascot-poses")
    assert [(d.quantity, d.service) for d in brief.deliverables] == [(10, "mascot-poses")]
    assert brief.deadline == dt.date(2027, 1, 22) and brief.returning
    quote = build_quote(request_from_brief(brief, profile), profile, memory.similar_projects, today=TODAY)
    _redo_hours(quote)
    service = profile.service("mascot-poses")
    work = quote.line_items[0]
    assert work.amount == (quote.estimates[0].hours * profile.hourly_rate).quantize(CENT)
    assert not quote.rush  # 58 days > 14 lead days
    discount = (work.amount * profile.discounts.returning_client_percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    assert quote.discount == discount
    net = work.amount - discount
    assert quote.net == net >= service.floor
    assert quote.tax == (net * Decimal("0.19")).quantize(CENT, rounding=ROUND_HALF_UP)
    assert quote.total == net + quote.tax
    assert quote.deposit == (quote.total / 2).quantize(CENT, rounding=ROUND_HALF_UP)
    assert quote.delivery_date == dt.date(2027, 1, 22)
    assert quote.balance_due == dt.date(2027, 2, 5)
    assert "Acme" in quote.explanation
    assert_checks_out(quote)


def test_rush_logo_inquiry_is_moved_to_the_earliest_allowed_date(memory: Memory) -> None:
    profile = load_profile(EXAMPLES / "profile.toml")
    brief = draft_brief(EXAMPLES / "inquiries" / "03-rush-logo-food-truck.eml", profile, None, today=TODAY)
    assert brief.service == "logo" and brief.deadline == dt.date(2026, 11, 27)
    quote = build_quote(request_from_brief(brief, profile), profile, memory.similar_projects, today=TODAY)
    logo = profile.service("logo")
    assert quote.delivery_date == TODAY + dt.timedelta(days=logo.min_lead_days)
    assert quote.rush and any("earliest I can deliver" in n for n in quote.notes)
    rush = next(li for li in quote.line_items if li.kind == "rush")
    work = sum((li.amount for li in quote.line_items if li.kind in ("work", "revisions")), Decimal(0))
    assert rush.amount == (work * Decimal("0.5")).quantize(CENT, rounding=ROUND_HALF_UP)
    assert all(o.fee - o.discount >= logo.floor for o in quote.options)
    assert_checks_out(quote)


def test_scope_check_on_the_acme_brief(memory: Memory) -> None:
    profile = load_profile(EXAMPLES / "profile.toml")
    brief = draft_brief(EXAMPLES / "inquiries" / "02-acme-pip-summer-pose-set.eml", profile, None, today=TODAY)
    message = "Hi Mara, the sketches look great! Could you also add 2 more poses (Pip with a kite)? Jonas"
    result = check_scope(brief, message, profile, None, memory.similar_projects, today=TODAY)
    assert not result.in_scope
    assert result.change_order is not None
    assert result.change_order.net >= profile.service("mascot-poses").floor  # 2 poses alone are under the floor
    assert any(li.kind == "floor" for li in result.change_order.line_items)


def test_cli_brief_save_then_quote_html(demo_home: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    inquiry = str(EXAMPLES / "inquiries" / "02-acme-pip-summer-pose-set.eml")
    added = runner.invoke(cli, ["memory", "add", str(EXAMPLES / "briefs")], catch_exceptions=False)
    assert added.exit_code == 0, added.output
    result = runner.invoke(
        cli, ["brief", inquiry, "--no-model", "--date", "2026-11-25", "--save"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    saved = next((demo_home / "data" / "briefs").glob("*.md"))
    assert "added to memory" in result.stderr
    html = tmp_path / "quote.html"
    result = runner.invoke(cli, ["quote", "--brief", str(saved), "--date", "2026-11-25", "--format", "json", "--save"],
                           catch_exceptions=False)  # fmt: skip
    assert result.exit_code == 0, result.output
    quote = Quote.model_validate(json.loads(result.stdout))
    assert quote.number == "Q-2026-0001" and quote.estimates[0].basis == "past_projects"
    assert_checks_out(quote)
    shown = runner.invoke(cli, ["quote", "show", "Q-2026-0001", "--format", "html", "--out", str(html)])
    assert shown.exit_code == 0, shown.output
    page = html.read_text(encoding="utf-8")
    assert "Acme GmbH" in page and "Q-2026-0001" in page and "Birkenhain" not in page
