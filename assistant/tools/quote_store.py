"""Quotes kept in ``quotes.sqlite`` in the data dir: numbered, versioned on revision, with a status.

This store is the one owner of quote numbers: chat, the CLI, the TUI and the mail daemon all number through it,
and they may run at once (each number is taken inside one ``BEGIN IMMEDIATE`` transaction, so two processes never
get the same one). Numbers are sequential per year (``Q-2026-0007``), as accountants expect. The daemon's
drafts of one inquiry keep one number (:meth:`QuoteStore.save` with ``ref``, the inquiry's Message-ID): a redraft
is a new version, never a new number. Numbers written before the store owned them all (``Q-20261202-D583``,
the daemon's) stay readable: :data:`assistant.reading.quote_number.QUOTE_NUMBER` matches both forms. A revision
never overwrites: it adds a version with the same number, and every version stays readable. Statuses move
``draft -> sent -> accepted``; a draft or sent quote past its validity becomes ``expired``
(:meth:`QuoteStore.expire`), and an accepted quote is final.
"""

from __future__ import annotations

import builtins
import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from assistant import locations, sqlite
from assistant.clock import Clock
from assistant.errors import ToolError
from assistant.tools.quote_models import Quote, QuoteStatus

if TYPE_CHECKING:
    from assistant.erasure.matcher import Matcher

FILE_NAME = "quotes.sqlite"
_ALLOWED: dict[str, set[str]] = {
    "draft": {"sent", "accepted", "expired"},
    "sent": {"accepted", "expired", "draft"},
    "expired": {"sent", "accepted"},
    "accepted": set(),
}
_SCHEMA = """
CREATE TABLE IF NOT EXISTS quotes (
    number TEXT NOT NULL,
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    created TEXT NOT NULL,
    client TEXT NOT NULL,
    title TEXT NOT NULL,
    total TEXT NOT NULL,
    currency TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (number, version)
);
CREATE TABLE IF NOT EXISTS retired_numbers (
    number TEXT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS quote_refs (
    ref TEXT PRIMARY KEY,
    number TEXT NOT NULL
);
"""
_SAME_FIELDS = {"number", "version", "status"}


class StoredQuote(BaseModel):
    """One row of the quote list: enough to choose a quote without loading it."""

    number: str
    version: int
    status: QuoteStatus
    created: dt.datetime
    client: str
    title: str
    total: Decimal
    currency: str
    valid_until: dt.date


class QuoteStore:
    """The quote book of one data dir. Each call opens and closes its own connection (safe across threads)."""

    def __init__(self, path: Path, clock: Clock | None = None) -> None:
        """Use the SQLite file at ``path``, creating it and its table if needed; ``clock`` stamps versions."""
        self.path = path
        self._clock = clock or Clock.from_env()
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)

    @classmethod
    def in_data_dir(cls, data_dir: Path | None = None) -> QuoteStore:
        """The store in ``data_dir`` (default: Atelier's data dir)."""
        return cls((data_dir or locations.data_dir()) / FILE_NAME)

    def save(self, quote: Quote, now: dt.datetime | None = None, *, ref: str = "") -> Quote:
        """Store a new quote under the next number of its year, as version 1 draft; return it renumbered.

        ``ref`` (an inquiry's Message-ID) keeps one number per inquiry: a quote saved again under the same ref is
        that number's latest version when nothing changed, else its next version (an accepted one is final and
        is returned as it is).
        """
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            known = db.execute("SELECT number FROM quote_refs WHERE ref = ?", (ref,)).fetchone() if ref else None
            if known is not None and db.execute("SELECT 1 FROM quotes WHERE number = ?", known).fetchone():
                latest = self._latest(db, known[0])
                if latest.status == "accepted" or _same(latest, quote):
                    return latest
                stored = quote.model_copy(update={"number": known[0], "version": latest.version + 1, "status": "draft"})
                self._insert(db, stored, now)
                return stored
            prefix = f"Q-{quote.date.year}-"
            row = db.execute(
                "SELECT MAX(CAST(SUBSTR(number, ?) AS INTEGER)) FROM "
                "(SELECT number FROM quotes UNION SELECT number FROM retired_numbers) WHERE number LIKE ?",
                (len(prefix) + 1, prefix + "%"),
            ).fetchone()
            number = f"{prefix}{(row[0] or 0) + 1:04d}"
            stored = quote.model_copy(update={"number": number, "version": 1, "status": "draft"})
            self._insert(db, stored, now)
            if ref:
                db.execute("INSERT OR REPLACE INTO quote_refs (ref, number) VALUES (?, ?)", (ref, number))
        return stored

    def revise(self, number: str, quote: Quote, now: dt.datetime | None = None) -> Quote:
        """Store ``quote`` as the next version of ``number`` (a draft again); earlier versions stay.

        Raises:
            ToolError: no such quote, or it was accepted (accepted quotes are final).
        """
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            latest = self._latest(db, number)
            if latest.status == "accepted":
                raise ToolError(f"quote {number} was accepted and is final", hint="Make a new quote instead.")
            stored = quote.model_copy(update={"number": number, "version": latest.version + 1, "status": "draft"})
            self._insert(db, stored, now)
        return stored

    def get(self, number: str, version: int | None = None) -> Quote:
        """The latest version of ``number``, or the given version.

        Raises:
            ToolError: no such quote or version.
        """
        with self._connect() as db:
            if version is None:
                return self._latest(db, number)
            row = db.execute("SELECT body FROM quotes WHERE number = ? AND version = ?", (number, version)).fetchone()
        if row is None:
            raise ToolError(f"quote {number} has no version {version}", hint="See `atelier quote show NUMBER`.")
        return Quote.model_validate_json(row[0])

    def list(self, status: QuoteStatus | None = None, client: str | None = None) -> builtins.list[StoredQuote]:
        """The latest version of every quote, newest first, optionally only one status or client."""
        query = (
            "SELECT number, version, status, created, client, title, total, currency, valid_until FROM quotes q "
            "WHERE version = (SELECT MAX(version) FROM quotes WHERE number = q.number)"
        )
        params: builtins.list[str] = []
        if status:
            query += " AND status = ?"
            params.append(status)
        if client:
            query += " AND client LIKE ?"
            params.append(f"%{client}%")
        with self._connect() as db:
            rows = db.execute(query + " ORDER BY created DESC, number DESC", params).fetchall()
        return [_row(r) for r in rows]

    def versions(self, number: str) -> builtins.list[StoredQuote]:
        """Every version of ``number``, oldest first."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT number, version, status, created, client, title, total, currency, valid_until FROM quotes "
                "WHERE number = ? ORDER BY version",
                (number,),
            ).fetchall()
        return [_row(r) for r in rows]

    def mark(self, number: str, status: QuoteStatus) -> Quote:
        """Set the status of the latest version of ``number``.

        Raises:
            ToolError: no such quote, or the change is not allowed (an accepted quote is final).
        """
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            latest = self._latest(db, number)
            if status != latest.status and status not in _ALLOWED[latest.status]:
                raise ToolError(f"quote {number} is {latest.status} and cannot become {status}")
            updated = latest.model_copy(update={"status": status})
            db.execute(
                "UPDATE quotes SET status = ?, body = ? WHERE number = ? AND version = ?",
                (status, updated.model_dump_json(), number, latest.version),
            )
        return updated

    def expire(self, today: dt.date) -> builtins.list[str]:
        """Mark every draft or sent quote whose validity ended before ``today`` as expired; return their numbers."""
        expired = [row.number for row in self.list() if row.status in ("draft", "sent") and row.valid_until < today]
        for number in expired:
            self.mark(number, "expired")
        return expired

    def forget(
        self, matcher: Matcher, *, keep_records: bool = False, dry_run: bool = False
    ) -> tuple[builtins.list[str], builtins.list[str]]:
        """Delete every quote (all its versions) that names the client; returns ``(deleted, kept)`` numbers.

        With ``keep_records``, an accepted quote is kept whole: the law makes a freelancer keep what was sold.
        A deleted number is retired, never handed out again, so the numbering still shows a gap an accountant
        can ask about rather than two quotes under one number.
        """
        with self._connect() as db:
            rows = db.execute("SELECT number, status, client, title, body FROM quotes").fetchall()
        named = {
            n for n, _, client, title, body in rows if matcher.is_client(client) or matcher.mentions(f"{title}\n{body}")
        }
        accepted = {n for n, status, *_ in rows if n in named and status == "accepted"}
        kept = sorted(accepted) if keep_records else []
        deleted = sorted(named - set(kept))
        if deleted and not dry_run:
            with self._connect() as db:
                db.execute("PRAGMA secure_delete=ON")
                db.execute("BEGIN IMMEDIATE")
                for number in deleted:
                    db.execute("DELETE FROM quotes WHERE number = ?", (number,))
                    db.execute("DELETE FROM quote_refs WHERE number = ?", (number,))
                    db.execute("INSERT OR IGNORE INTO retired_numbers (number) VALUES (?)", (number,))
                db.execute("COMMIT")
                sqlite.erase_free_pages(db)
        return deleted, kept

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, isolation_level=None, timeout=10)
        try:
            yield db
            if db.in_transaction:
                db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        finally:
            db.close()

    @staticmethod
    def _latest(db: sqlite3.Connection, number: str) -> Quote:
        row = db.execute(
            "SELECT body, status FROM quotes WHERE number = ? ORDER BY version DESC LIMIT 1", (number,)
        ).fetchone()
        if row is None:
            raise ToolError(f"no quote numbered {number}", hint="See `atelier quote list`.")
        return Quote.model_validate_json(row[0]).model_copy(update={"status": row[1]})

    def _insert(self, db: sqlite3.Connection, quote: Quote, now: dt.datetime | None) -> None:
        created = (now or self._clock.utcnow()).isoformat(timespec="seconds")
        db.execute(
            "INSERT INTO quotes (number, version, status, created, client, title, total, currency, valid_until, body) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                quote.number,
                quote.version,
                quote.status,
                created,
                quote.client,
                quote.title,
                str(quote.total),
                quote.currency,
                quote.valid_until.isoformat(),
                quote.model_dump_json(),
            ),
        )


def _same(a: Quote, b: Quote) -> bool:
    """Whether two quotes say the same, whatever their number, version and status."""
    return a.model_dump(mode="json", exclude=_SAME_FIELDS) == b.model_dump(mode="json", exclude=_SAME_FIELDS)


def _row(row: tuple[str, int, str, str, str, str, str, str, str]) -> StoredQuote:
    number, version, status, created, client, title, total, currency, valid_until = row
    return StoredQuote(
        number=number,
        version=version,
        status=status,
        created=dt.datetime.fromisoformat(created),
        client=client,
        title=title,
        total=Decimal(total),
        currency=currency,
        valid_until=dt.date.fromisoformat(valid_until),
    )
