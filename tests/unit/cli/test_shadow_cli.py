"""``atelier shadow report`` over the demo's past mail: the daemon's real drafter, a diff, and the one figure."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import assistant.memory.embeddings as embeddings
from assistant.cli.shadow import parse_since, shadow
from tests.support.fakes import HashingEmbedder

PAST_MAIL = Path(__file__).resolve().parents[3] / "examples" / "past-mail"


@pytest.fixture(autouse=True)
def fake_embedder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embeddings, "make_embedder", lambda settings, cache_dir=None: HashingEmbedder())


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(shadow, ["report", *args], catch_exceptions=False)
    return result.exit_code, result.output


def test_report_shows_each_past_inquiry_with_a_diff_and_ends_with_the_share(demo_home: Path) -> None:
    code, out = run("--mail", str(PAST_MAIL), "--no-model")
    assert code == 0, out
    cases = [line for line in out.splitlines() if line.startswith("== ")]
    assert len(cases) == 8  # every inquiry in examples/past-mail has one reply of Mara's
    assert "Eastbank Books" not in cases[0] and "priya@eastbank-books.example" in cases[0]
    assert "+++ you sent" in out and "--- atelier would send" in out
    assert "+thank you, and how lovely" in out  # her own words, from her Sent mail, are the "+" side
    assert "> Hello Mara," not in out  # the quoted inquiry below her reply is not part of what she wrote
    assert out.rstrip().splitlines()[-2].startswith("0 of 8 replies would have gone out unedited: 0%")
    assert "at most 5% of the words changed" in out


def test_json_has_languages_distances_and_the_share(demo_home: Path) -> None:
    code, out = run("--mail", str(PAST_MAIL), "--no-model", "--json")
    assert code == 0, out
    report = json.loads(out)
    assert [c["language"] for c in report["cases"]] == ["en", "de", "fr", "es", "it", "nl", "en", "de"]
    assert all(0.0 < c["distance"] <= 1.0 and c["unedited"] is False for c in report["cases"])
    assert report["share_unedited"] == 0.0 and report["unedited_at_most"] == 0.05


def test_a_reply_sent_as_drafted_counts_as_unedited(demo_home: Path, tmp_path: Path) -> None:
    """Mara sends Atelier's draft for the Spanish inquiry with one word changed: that one goes out unedited."""
    code, out = run("--mail", str(PAST_MAIL), "--no-model", "--json")
    draft = next(c for c in json.loads(out)["cases"] if c["language"] == "es")["would_send"]
    folder = tmp_path / "mail"
    shutil.copytree(PAST_MAIL, folder)
    sent = folder / "04-es-tostadores-alba-packaging.sent.eml"
    head = sent.read_text(encoding="utf-8").split("\n\n", 1)[0]
    sent.write_text(f"{head}\n\n{draft.replace('Hola', 'Buenas', 1)}", encoding="utf-8")
    code, out = run("--mail", str(folder), "--no-model", "--json")
    report = json.loads(out)
    spanish = next(c for c in report["cases"] if c["language"] == "es")
    assert spanish["unedited"] is True and 0.0 < spanish["distance"] <= 0.05
    assert report["share_unedited"] == pytest.approx(1 / 8)


def test_since_keeps_only_later_inquiries(demo_home: Path) -> None:
    code, out = run("--mail", str(PAST_MAIL), "--no-model", "--since", "2026-09-15", "--json")
    assert code == 0, out
    assert [c["received"] for c in json.loads(out)["cases"]] == ["2026-09-29", "2026-10-12", "2026-11-02"]


def test_since_reads_iso_the_profile_locale_and_days_back() -> None:
    today = dt.date(2026, 12, 1)
    assert parse_since("2026-11-01", today, "de_DE") == dt.date(2026, 11, 1)
    assert parse_since("01.11.2026", today, "de_DE") == dt.date(2026, 11, 1)
    assert parse_since("30d", today, "en") == dt.date(2026, 11, 1)
    assert parse_since("2w", today, "en") == dt.date(2026, 11, 17)


def test_a_bad_since_says_how_to_write_it(demo_home: Path) -> None:
    result = CliRunner().invoke(shadow, ["report", "--mail", str(PAST_MAIL), "--since", "last tuesday"])
    assert result.exit_code == 2
    assert "is not a date" in result.output and "30d" in result.output


def test_without_past_mail_or_a_mailbox_it_says_where_to_point_it(demo_home: Path) -> None:
    result = CliRunner().invoke(shadow, ["report", "--no-model"])
    assert result.exit_code == 1
    assert "no past mail to replay" in str(result.exception) and "--mail FOLDER" in result.exception.hint  # type: ignore[union-attr]
