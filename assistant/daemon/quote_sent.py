"""When a reply that carries a quote goes out, the quote book says the quote was sent.

The daemon numbers its quotes in the same book as chat and the TUI (``quotes.sqlite``), as drafts. A freelancer
who sends the reply, from Atelier or from their mail client, has sent the quote: the book must say so, or
"which quotes are out?" and the validity sweep read a draft that the client already holds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from assistant.clock import Clock
from assistant.daemon.models import OutboxItem
from assistant.errors import ToolError
from assistant.tools.quote_models import Quote
from assistant.tools.quote_store import QuoteStore

log = logging.getLogger(__name__)


def quote_marker(path: Path, clock: Clock) -> Callable[[OutboxItem, str], None]:
    """A hook for a reply that went out: its quote, if the book holds it as a draft, becomes ``sent``.

    A quote the book does not hold (shadow mode numbers none), or that moved on (accepted), is left as it is.
    """

    def mark(item: OutboxItem, _sent_text: str) -> None:
        if not item.quote_json:
            return
        try:
            number = Quote.model_validate_json(item.quote_json).number
            book = QuoteStore(path, clock)
            if book.get(number).status == "draft":
                book.mark(number, "sent")
        except (ToolError, ValidationError) as exc:
            log.info("quote of outbox item %s not marked sent: %s", item.id, exc)

    return mark
