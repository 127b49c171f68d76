import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.errors import ToolError
from assistant.reading.quote_number import QUOTE_NUMBER
from assistant.tools.quote import build_quote
from assistant.tools.quote_models import Deliverable, Quote, QuoteRequest
from assistant.tools.quote_store import QuoteStore
from tests.unit.tools.tools_helpers import TODAY, make_profile


def _quote(qty: int = 2, client: str = "Ada") -> Quote:
    req = QuoteRequest(service="spot", deliverables=[Deliverable(description="spots", quantity=qty)], client=client)
    return build_quote(req, make_profile(), today=TODAY)


def _numbered_quote(number: str) -> Quote:
    """A quote as the drafter hands it over, still under its provisional number."""
    return _quote().model_copy(update={"number": number})


def _save_many(job: tuple[Path, int]) -> list[str]:
    """Save ``n`` quotes from this process (run in two processes at once)."""
    path, n = job
    store = QuoteStore(path)
    return [store.save(_quote()).number for _ in range(n)]


def test_quotes_are_numbered_per_year_and_survive_reopening(tmp_path: Path) -> None:
    store = QuoteStore(tmp_path / "quotes.sqlite")
    first, second = store.save(_quote()), store.save(_quote(client="Bo"))
    assert (first.number, second.number) == ("Q-2026-0001", "Q-2026-0002")
    again = QuoteStore(tmp_path / "quotes.sqlite")
    assert again.get("Q-2026-0001") == first
    assert [r.number for r in again.list()] == ["Q-2026-0002", "Q-2026-0001"]
    assert [r.client for r in again.list(client="bo")] == ["Bo"]


def test_revisions_add_versions_and_keep_the_old_ones(tmp_path: Path) -> None:
    store = QuoteStore(tmp_path / "q.sqlite")
    saved = store.save(_quote(2))
    store.mark(saved.number, "sent")
    revised = store.revise(saved.number, _quote(5))
    assert (revised.number, revised.version, revised.status) == (saved.number, 2, "draft")
    assert store.get(saved.number, 1).estimates[0].units == 2
    assert store.get(saved.number, 1).status == "sent"
    assert store.get(saved.number).estimates[0].units == 5
    assert [v.version for v in store.versions(saved.number)] == [1, 2]
    assert len(store.list()) == 1


def test_status_changes_follow_the_rules(tmp_path: Path) -> None:
    store = QuoteStore(tmp_path / "q.sqlite")
    number = store.save(_quote()).number
    assert store.mark(number, "accepted").status == "accepted"
    assert store.list(status="accepted")[0].number == number
    with pytest.raises(ToolError, match="cannot become"):
        store.mark(number, "draft")
    with pytest.raises(ToolError, match="final"):
        store.revise(number, _quote())
    with pytest.raises(ToolError, match="no quote"):
        store.get("Q-1999-0001")


def test_overdue_drafts_expire(tmp_path: Path) -> None:
    store = QuoteStore(tmp_path / "q.sqlite")
    quote = store.save(_quote())
    kept = store.save(_quote())
    store.mark(kept.number, "accepted")
    assert store.expire(quote.valid_until) == []
    assert store.expire(quote.valid_until + dt.timedelta(days=1)) == [quote.number]
    assert store.get(quote.number).status == "expired"
    assert store.get(kept.number).total == kept.total > Decimal(0)


def test_the_daemons_drafts_of_one_inquiry_keep_one_number_in_the_one_sequence(tmp_path: Path) -> None:
    store = QuoteStore(tmp_path / "quotes.sqlite")
    chat = store.save(_numbered_quote("Q-20261202-AAAA"))
    first = store.save(_numbered_quote("Q-20261202-D583"), ref="<inquiry@example.com>")
    again = store.save(_numbered_quote("Q-20261202-D583"), ref="<inquiry@example.com>")
    other = store.save(_numbered_quote("Q-20261202-BBBB"), ref="<other@example.com>")
    assert [chat.number, first.number, other.number] == ["Q-2026-0001", "Q-2026-0002", "Q-2026-0003"]
    assert (again.number, again.version) == (first.number, 1)  # the same quote again: nothing new
    changed = _numbered_quote("Q-20261202-D583").model_copy(update={"client": "Someone Else"})
    revised = store.save(changed, ref="<inquiry@example.com>")
    assert (revised.number, revised.version) == (first.number, 2)


def test_two_processes_numbering_at_once_never_share_a_number(tmp_path: Path) -> None:
    import multiprocessing

    path = tmp_path / "quotes.sqlite"
    QuoteStore(path)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        numbers = [n for batch in pool.map(_save_many, [(path, 10)] * 2) for n in batch]
    assert sorted(numbers) == [f"Q-2026-{i:04d}" for i in range(1, 21)]


def test_both_quote_number_forms_are_read() -> None:
    found = [m.group(0) for m in QUOTE_NUMBER.finditer("Q-2026-0003 and the older Q-20261202-D583, not Q-2026-3")]
    assert found == ["Q-2026-0003", "Q-20261202-D583"]
