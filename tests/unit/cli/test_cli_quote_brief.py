import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import assistant.memory.embeddings as embeddings
from assistant.cli.main import cli
from assistant.config import Settings
from assistant.errors import ToolError
from assistant.memory import Memory
from tests.support.fakes import HashingEmbedder

PROFILE = """
name = "Robin Test"
business = "Test Studio"
currency = "EUR"
locale = "en"
hourly_rate = "80"
minimum_fee = "300"

[[services]]
id = "spot"
name = "Spot illustration"
unit = "illustration"
hours_per_unit = "3"
floor = "250"
included_revisions = 1
lead_days = 10
min_lead_days = 3
keywords = ["spot illustration", "spot"]

[[services]]
id = "logo"
name = "Logo design"
hours_per_unit = "10"
floor = "900"
lead_days = 14
min_lead_days = 5
keywords = ["logo"]

[tax]
rate_percent = "20"

[payment]
deposit_percent = "40"
"""

INQUIRY = """From: Ada Lovelace <ada@engines.example>
Subject: Spot illustrations
Date: Mon, 23 Nov 2026 09:12:00 +0100
Message-ID: <q1@engines.example>

Hi Robin, we need 5 spot illustrations for our blog by 2027-01-15.

Best,
Ada
"""


@pytest.fixture
def home(atelier_home: Path) -> Path:
    (atelier_home / "profile.toml").write_text(PROFILE, encoding="utf-8")
    return atelier_home


def run(*args: str, input: str | None = None) -> Any:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result


def test_quote_from_flags_as_json(home: Path) -> None:
    result = run("quote", "--service", "spot", "--qty", "5", "--deadline", "2027-01-15", "--client", "Ada",
                 "--date", "2026-11-25", "--no-memory", "--format", "json")  # fmt: skip
    assert result.exit_code == 0, result.output
    quote = json.loads(result.stdout)
    assert Decimal(quote["net"]) == Decimal("1200.00")  # 5 x 3 h x 80
    assert Decimal(quote["total"]) == Decimal("1440.00")
    assert quote["delivery_date"] == "2027-01-15"


def test_quote_takes_json_like_every_data_command_and_keeps_format_json_as_an_alias(home: Path) -> None:
    flags = ("quote", "--service", "spot", "--qty", "2", "--date", "2026-11-25", "--no-memory")
    as_json = run(*flags, "--json")
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.stdout) == json.loads(run(*flags, "--format", "json").stdout)
    assert json.loads(as_json.stdout)["kind"] == "quote"
    assert run(*flags, "--save").exit_code == 0
    shown = json.loads(run("quote", "show", "Q-2026-0001", "--json").stdout)
    assert shown["number"] == "Q-2026-0001" and shown["status"] == "draft"


def test_every_command_that_prints_data_takes_json() -> None:
    import click

    data_commands = {
        "ask", "doctor", "brief", "quote", "quote list", "quote show", "memory add", "memory search",
        "memory sources", "memory show", "memory forget", "memory stats", "style generate", "style health",
        "style ledger", "style verify", "style works", "daemon status", "inbox list", "inbox show",
        "threads list", "threads show", "threads pending", "rules list",
    }  # fmt: skip
    context = click.Context(cli)
    missing = []
    for name in data_commands:
        command: Any = cli
        for part in name.split():
            command = command.get_command(context, part)
        if "as_json" not in {param.name for param in command.params}:
            missing.append(name)
    assert missing == []


def test_brief_then_quote_from_the_saved_brief(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embeddings, "make_embedder", lambda settings, cache_dir=None: HashingEmbedder())
    inquiry = tmp_path / "inquiry.eml"
    inquiry.write_text(INQUIRY, encoding="utf-8")
    result = run("brief", str(inquiry), "--no-model", "--date", "2026-11-25", "--save")
    assert result.exit_code == 0, result.output
    assert "- 5 x spot illustrations (spot)" in result.stdout
    saved = sorted((home / "data" / "briefs").glob("*.md"))
    assert len(saved) == 1 and f"added to memory as text:{saved[0].stem}" in result.stderr
    with Memory.open(Settings(), home / "data", embedder=HashingEmbedder()) as memory:  # the assistant's memory
        assert memory.source(f"text:{saved[0].stem}").meta.outcome == "inquiry"
    html = tmp_path / "quote.html"
    result = run("quote", "--brief", str(saved[0]), "--date", "2026-11-25", "--no-memory", "--format", "html",
                 "--out", str(html), "--save")  # fmt: skip
    assert result.exit_code == 0, result.output
    page = html.read_text(encoding="utf-8")
    assert "Q-2026-0001" in page and "€1,440.00" in page and "Ada" in page


def test_brief_from_stdin_as_json(home: Path) -> None:
    result = run("brief", "-", "--json", "--no-model", "--date", "2026-11-25", input="We need a logo by 2027-02-01.")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["service"] == "logo"


def test_kept_quotes_can_be_listed_shown_and_marked(home: Path) -> None:
    for qty in ("2", "3"):
        assert run("quote", "--service", "spot", "--qty", qty, "--no-memory", "--save").exit_code == 0
    assert run("quote", "list").stdout.count("draft") == 2
    listed = json.loads(run("quote", "list", "--json").stdout)
    assert [row["status"] for row in listed] == ["draft", "draft"]
    number = listed[0]["number"]
    assert "is now sent" in run("quote", "mark", number, "sent").stdout
    assert run("quote", "revise", number, "--qty", "4", "--no-memory").exit_code == 0
    shown = json.loads(run("quote", "show", number, "--format", "json").stdout)
    assert shown["version"] == 2 and shown["estimates"][0]["units"] == 4
    assert json.loads(run("quote", "show", number, "--version", "1", "--format", "json").stdout)["status"] == "sent"


def test_a_revision_keeps_expenses_rounds_and_notes_and_changes_only_what_it_says(home: Path) -> None:
    import datetime as dt

    from assistant.profile import load_profile
    from assistant.tools.quote import build_quote
    from assistant.tools.quote_estimate import no_past_projects
    from assistant.tools.quote_models import Deliverable, Expense, QuoteRequest
    from assistant.tools.quote_store import QuoteStore

    request = QuoteRequest(
        service="spot",
        deliverables=[Deliverable(description="spot illustrations", quantity=2)],
        client="Ada",
        revisions=4,
        discount_percent=Decimal(5),
        expenses=[Expense(description="Print proofs", amount=Decimal("60.00"))],
        notes=["Proofs are printed on uncoated stock."],
    )
    first = build_quote(request, load_profile(), no_past_projects, today=dt.date(2026, 11, 25))
    number = QuoteStore.in_data_dir().save(first).number
    assert run("quote", "revise", number, "--qty", "3", "--no-memory", "--date", "2026-11-26").exit_code == 0
    revised = json.loads(run("quote", "show", number, "--format", "json").stdout)
    assert revised["version"] == 2 and revised["estimates"][0]["units"] == 3
    assert revised["revision_rounds"] == first.revision_rounds == 4
    assert Decimal(revised["discount_percent"]) == first.discount_percent == Decimal(5)
    expenses = [line for line in revised["line_items"] if line["kind"] == "expense"]
    assert [(e["description"], Decimal(e["amount"])) for e in expenses] == [("Print proofs", Decimal("60.00"))]
    assert "Proofs are printed on uncoated stock." in revised["notes"]
    assert Decimal(revised["net"]) > first.net, "one more illustration costs more"


def test_errors_are_one_line_with_a_hint(home: Path) -> None:
    from assistant.cli.main import main

    with pytest.raises(SystemExit) as exit_info:
        main(["quote", "--service", "mural", "--no-memory"])
    assert exit_info.value.code == 1
    with pytest.raises(SystemExit):
        main(["quote", "--no-memory"])


def test_quote_from_words_on_stdin_with_overrides(home: Path) -> None:
    words = "Could you quote 3 spot illustrations by 2027-01-20?\n\nThanks,\nBo"
    result = run("quote", "--text", "-", "--no-model", "--no-memory", "--returning", "--date", "2026-11-25",
                 "--format", "json", input=words)  # fmt: skip
    assert result.exit_code == 0, result.output
    quote = json.loads(result.stdout)
    assert quote["client"] == "Bo" and quote["estimates"][0]["units"] == 3
    assert Decimal(quote["discount"]) == Decimal(0)  # this profile has no returning-client discount
    assert quote["delivery_date"] == "2027-01-20"
    with pytest.raises(ToolError, match="names no service"):
        run("quote", "--text", "-", "--no-model", "--no-memory", input="How much do you charge?")
