"""The mail store: ``daemon.sqlite``, the one owner of every SQL statement on the ledger and outbox tables.

:class:`MailStore` opens the file (WAL, ``synchronous=FULL``) and hands out its two halves over one connection:
:attr:`MailStore.ledger` (:mod:`~assistant.daemon.store.ledger`: messages, cursors, quarantine, counters, state)
and :attr:`MailStore.outbox` (:mod:`~assistant.daemon.store.outbox`: replies and their states). One connection
means one transaction can mark a message handled and write its reply. Nothing outside this package writes SQL
on these tables.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.daemon.store.ledger import Ledger
from assistant.daemon.store.outbox import Outbox, OutboxError
from assistant.daemon.store.schema import DB_NAME, connect, now_iso
from assistant.errors import MailError
from assistant.sqlite import erase_free_pages, transaction

if TYPE_CHECKING:
    from assistant.erasure.matcher import Matcher

__all__ = ["DB_NAME", "Ledger", "MailStore", "Outbox", "OutboxError", "now_iso"]


class MailStore:
    """The daemon's ledger and outbox in ``daemon.sqlite`` under a data dir."""

    def __init__(self, data_dir: Path) -> None:
        """Open (or create) the store in ``data_dir``."""
        self.path = data_dir / DB_NAME
        try:
            self.conn = connect(self.path)
        except sqlite3.DatabaseError as exc:
            raise MailError(f"{self.path}: cannot open the daemon ledger: {exc}", hint="Check the file.") from exc
        self.ledger = Ledger(self.conn)
        self.outbox = Outbox(self.conn)

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` transaction over both halves, rolled back if anything raises."""
        return transaction(self.conn)

    def forget(self, matcher: Matcher, *, dry_run: bool = False) -> dict[str, int]:
        """Erase the client from the ledger, the outbox (approvals included) and the quarantine, in one transaction.

        Returns counts by part. The file is then rebuilt without free pages (see :mod:`assistant.sqlite`).
        """
        rows = self.ledger.matching(matcher)
        replies = self.outbox.matching(matcher, rows)
        counts = {
            "messages": len(rows),
            "replies": len(replies),
            "quarantine": len(self.ledger.quarantined_rows() & set(rows)),
            "state": self.ledger.forget_state(matcher, dry_run=True),
        }
        if dry_run or not any(counts.values()):
            return counts
        self.conn.execute("PRAGMA secure_delete=ON")
        with self.transaction():
            self.outbox.forget(replies)
            self.ledger.forget(rows)
            self.ledger.forget_state(matcher)
        erase_free_pages(self.conn)
        return counts

    def apply_retention(self, received_before: str, *, dry_run: bool = False) -> int:
        """Keep only headers and outcome of the inquiries handled before ``received_before``; returns how many."""
        rows = self.ledger.past_retention(received_before)
        if rows and not dry_run:
            self.conn.execute("PRAGMA secure_delete=ON")
            with self.transaction():
                self.ledger.keep_headers_only(rows)
                self.outbox.keep_outcome_only(rows)
            erase_free_pages(self.conn)
        return len(rows)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()
