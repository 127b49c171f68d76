import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.errors import ToolError
from assistant.tools.quote import build_quote
from assistant.tools.quote_models import Deliverable, Quote, QuoteRequest
from assistant.tools.quote_store import QuoteStore
from tests.unit.tools.tools_helpers import TODAY, make_profile


def _quote(qty: int = 2, client: str = "Ada") -> Quote:
    req = QuoteRequest(service="spot", deliverables=[Deliverable(description="spots", quantity=qty)], client=client)
    return build_quote(req, make_profile(), today=TODAY)


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
