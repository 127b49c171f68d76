"""The ledger half of the mail store: every message seen, the folder cursors, the quarantine, counters, state.

A message is written here, keyed by (Message-ID, content hash), before anything else is done with it, so that a
crash at any later point resumes the work instead of losing or repeating it, and a UIDVALIDITY change (every UID
renumbered) finds the same keys and reprocesses nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from assistant.daemon.models import LedgerMessage, QuarantineCause, QuarantineEntry, TriageResult
from assistant.daemon.store.schema import now_iso
from assistant.mail.parsing import headline
from assistant.mail.text import storable
from assistant.sqlite import transaction

MAX_ATTEMPTS = 3
"""Handling a message is started at most this often; then it is quarantined (a poison message never loops)."""

if TYPE_CHECKING:
    from assistant.erasure.matcher import Matcher


def headers_only(raw: bytes) -> bytes:
    """A mail's header block with the blank line that ends it: what retention keeps of an old inquiry."""
    for end in (b"\r\n\r\n", b"\n\n"):
        at = raw.find(end)
        if at >= 0:
            return raw[: at + len(end)]
    return raw


def _message(row: sqlite3.Row) -> LedgerMessage:
    return LedgerMessage(**dict(row))


class Ledger:
    """Messages, cursors, quarantine, counters, daemon state and the tone-ingestion record."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        """Use the store's open connection (same file, same transactions as the outbox)."""
        self.conn = conn

    # --- erasure --------------------------------------------------------------------------------------------

    def senders(self) -> list[tuple[str, str]]:
        """Every distinct ``(client, sender address)`` the ledger has seen: how an erasure learns an address."""
        rows = self.conn.execute("SELECT DISTINCT client, sender FROM messages WHERE sender != ''").fetchall()
        return [(row[0], row[1]) for row in rows]

    def matching(self, matcher: Matcher) -> list[int]:
        """Rows of the messages from, to or about the client (sender, filed client, subject or raw mail)."""
        rows = self.conn.execute("SELECT id, sender, client, subject, raw FROM messages WHERE state != 'forgotten'")
        return [
            int(row["id"])
            for row in rows
            if matcher.is_client(row["sender"])
            or matcher.is_client(row["client"])
            or matcher.mentions(row["subject"])
            or matcher.mentions_bytes(bytes(row["raw"]))
        ]

    def forget(self, row_ids: list[int]) -> int:
        """Empty these messages to tombstones and drop their quarantine entries (call inside a transaction).

        A tombstone keeps only the content hash and the mailbox location, so that the same
        UID is never fetched and answered again, and nothing of the mail itself. Returns the quarantine entries
        removed. Daemon state values that mention the client go too.
        """
        quarantined = 0
        for row_id in row_ids:
            quarantined += self.conn.execute("DELETE FROM quarantine WHERE message_row = ?", (row_id,)).rowcount
            self.conn.execute(
                "UPDATE messages SET message_id = 'forgotten:' || id, raw = X'', sender = '', subject = '', "
                "client = '', reason = '', error = '', state = 'forgotten' WHERE id = ?",
                (row_id,),
            )
        return quarantined

    def past_retention(self, received_before: str) -> list[int]:
        """Handled messages received before ``received_before`` (ISO UTC) that still have a body."""
        rows = self.conn.execute(
            "SELECT id, raw FROM messages WHERE received_at < ? AND state NOT IN ('seen', 'forgotten')",
            (received_before,),
        )
        return [int(row["id"]) for row in rows if bytes(row["raw"]) != headers_only(bytes(row["raw"]))]

    def keep_headers_only(self, row_ids: list[int]) -> None:
        """Cut these messages' raw mail to its headers (call inside a transaction); state and triage stay."""
        for row_id in row_ids:
            row = self.conn.execute("SELECT raw FROM messages WHERE id = ?", (row_id,)).fetchone()
            self.conn.execute("UPDATE messages SET raw = ? WHERE id = ?", (headers_only(bytes(row["raw"])), row_id))

    def quarantined_rows(self) -> set[int]:
        """The message rows that are in quarantine."""
        return {int(row[0]) for row in self.conn.execute("SELECT message_row FROM quarantine")}

    def forget_state(self, matcher: Matcher, *, dry_run: bool = False) -> int:
        """Delete daemon state values that mention the client (a last error quoting their subject); returns how many."""
        keys = [row[0] for row in self.conn.execute("SELECT key, value FROM daemon_state") if matcher.mentions(row[1])]
        for key in [] if dry_run else keys:
            self.conn.execute("DELETE FROM daemon_state WHERE key = ?", (key,))
        return len(keys)

    # --- cursors ---------------------------------------------------------------------------------------------

    def cursor(self, mailbox: str, uidvalidity: int) -> int:
        """The last UID processed in ``mailbox``; 0 when UIDVALIDITY changed (every UID is new again)."""
        row = self.conn.execute("SELECT uidvalidity, last_uid FROM cursors WHERE mailbox = ?", (mailbox,)).fetchone()
        if row is None or row["uidvalidity"] != uidvalidity:
            return 0
        return int(row["last_uid"])

    def known_uidvalidity(self, mailbox: str) -> int | None:
        """The UIDVALIDITY stored for ``mailbox``, if any."""
        row = self.conn.execute("SELECT uidvalidity FROM cursors WHERE mailbox = ?", (mailbox,)).fetchone()
        return None if row is None else int(row["uidvalidity"])

    def advance(self, mailbox: str, uidvalidity: int, uid: int) -> None:
        """Move the cursor forward (never back) within one UIDVALIDITY."""
        self.conn.execute(
            "INSERT INTO cursors (mailbox, uidvalidity, last_uid) VALUES (?, ?, ?) "
            "ON CONFLICT (mailbox) DO UPDATE SET last_uid = CASE WHEN cursors.uidvalidity = excluded.uidvalidity "
            "THEN max(cursors.last_uid, excluded.last_uid) ELSE excluded.last_uid END, "
            "uidvalidity = excluded.uidvalidity",
            (mailbox, uidvalidity, uid),
        )

    # --- messages --------------------------------------------------------------------------------------------

    def record_seen(
        self,
        *,
        mailbox: str,
        uidvalidity: int,
        uid: int,
        message_id: str,
        content_hash: str,
        raw: bytes,
        quarantine: str | None = None,
    ) -> tuple[int, bool]:
        """Write a fetched message before anything else happens to it.

        ``quarantine`` records a new message as quarantined (too large) for that reason in the same transaction,
        so a crash can never leave it looking like an ordinary message to process (its raw is only its headers).

        Returns:
            ``(row id, new)``: ``new`` is False when the same (Message-ID, content hash) was seen before, under
            any UID or UIDVALIDITY; then nothing more must be done with it.
        """
        with transaction(self.conn):
            cur = self.conn.execute(
                "INSERT INTO messages (mailbox, uidvalidity, uid, message_id, content_hash, raw, received_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id, content_hash) DO NOTHING",
                (mailbox, uidvalidity, uid, message_id, content_hash, raw, now_iso()),
            )
            new = cur.rowcount == 1
            row = self.conn.execute(
                "SELECT id FROM messages WHERE message_id = ? AND content_hash = ?", (message_id, content_hash)
            ).fetchone()
            self.conn.execute(
                "INSERT OR IGNORE INTO locations (mailbox, uidvalidity, uid, message_row) VALUES (?, ?, ?, ?)",
                (mailbox, uidvalidity, uid, row["id"]),
            )
            self.advance(mailbox, uidvalidity, uid)
            self.bump("seen" if new else "duplicates")
            if new and quarantine is not None:
                self._quarantine(int(row["id"]), quarantine, QuarantineCause.TOO_LARGE)
        return int(row["id"]), new

    def known_location(self, mailbox: str, uidvalidity: int, uid: int) -> bool:
        """Whether this exact (mailbox, UIDVALIDITY, UID) was already recorded."""
        row = self.conn.execute(
            "SELECT 1 FROM locations WHERE mailbox = ? AND uidvalidity = ? AND uid = ?", (mailbox, uidvalidity, uid)
        ).fetchone()
        return row is not None

    def unfinished(self) -> list[LedgerMessage]:
        """Messages recorded but not yet fully handled (after a crash, or just fetched), oldest first."""
        rows = self.conn.execute("SELECT * FROM messages WHERE state = 'seen' ORDER BY id").fetchall()
        return [_message(row) for row in rows]

    def latest_from(self, senders: Collection[str]) -> LedgerMessage | None:
        """The newest mail from any of ``senders`` that the daemon (or chat) took as an inquiry or client mail."""
        if not senders:
            return None
        marks = ", ".join("?" for _ in senders)
        row = self.conn.execute(
            f"SELECT * FROM messages WHERE sender IN ({marks}) AND state = 'done' "
            "AND (triage IN ('new_inquiry', 'client') OR (triage = '' AND mailbox = 'atelier-chat')) "
            "ORDER BY received_at DESC, id DESC LIMIT 1",
            tuple(sorted(senders)),
        ).fetchone()
        return None if row is None else _message(row)

    def message(self, row_id: int) -> LedgerMessage | None:
        """One recorded message."""
        row = self.conn.execute("SELECT * FROM messages WHERE id = ?", (row_id,)).fetchone()
        return None if row is None else _message(row)

    def begin_attempt(self, row_id: int) -> int:
        """Count, and commit, one more attempt at handling a message, before the attempt; returns the count.

        Committed first, on its own, so that even an attempt that kills the process (a segfault, the OOM killer)
        is counted, and a restart cannot crash on the same message forever.
        """
        with transaction(self.conn):
            self.conn.execute("UPDATE messages SET attempts = attempts + 1 WHERE id = ?", (row_id,))
            row = self.conn.execute("SELECT attempts FROM messages WHERE id = ?", (row_id,)).fetchone()
        return 0 if row is None else int(row["attempts"])

    def end_attempt(self, row_id: int) -> None:
        """Take back an attempt that the mailbox or the disk cut short: that was not the message's fault."""
        with transaction(self.conn):
            self.conn.execute("UPDATE messages SET attempts = max(attempts - 1, 0) WHERE id = ?", (row_id,))

    def set_triage(self, row_id: int, sender: str, subject: str, result: TriageResult) -> None:
        """Store the triage verdict and reason (still unfinished until :meth:`finish`)."""
        self.conn.execute(
            "UPDATE messages SET sender = ?, subject = ?, client = ?, triage = ?, reason = ? WHERE id = ?",
            (
                sender,
                storable(subject, multiline=False)[:500],
                result.client,
                result.triage.value,
                storable(result.reason, multiline=False),
                row_id,
            ),
        )

    def set_sender(self, row_id: int, sender: str, subject: str) -> None:
        """Record who wrote a message without a triage verdict (an inquiry brought in through chat).

        The sender is what a reply's recipient is checked against when it goes out.
        """
        self.conn.execute("UPDATE messages SET sender = ?, subject = ? WHERE id = ?", (sender, subject[:500], row_id))

    def finish(self, row_id: int, state: str = "done") -> None:
        """Mark a message handled. Call inside the transaction that writes its outbox row, if any."""
        self.conn.execute("UPDATE messages SET state = ? WHERE id = ?", (state, row_id))

    def fail(self, row_id: int, error: str) -> None:
        """Mark a message whose reply could not be drafted, with the error (call inside a transaction)."""
        self.conn.execute(
            "UPDATE messages SET error = ?, state = 'failed' WHERE id = ?",
            (storable(error, multiline=False)[:500], row_id),
        )

    def quarantine(self, row_id: int, reason: str, cause: QuarantineCause = QuarantineCause.UNREADABLE) -> None:
        """Keep an unusable message with the reason; it is shown in the inbox, never dropped."""
        with transaction(self.conn):
            self._quarantine(row_id, reason, cause)

    def quarantine_failed(self, row_id: int, reason: str, cause: QuarantineCause = QuarantineCause.ERROR) -> None:
        """Quarantine a message whose handling raised (or kept stopping the daemon), counted as an error.

        The reason (the error's type and words) is what ``atelier daemon status`` shows as the last error.
        """
        with transaction(self.conn):
            self._quarantine(row_id, reason, cause)
            self.bump("errors")
            self.bump("message_errors")
            self.set_state(last_error=f"{now_iso()} message {row_id}: {reason}"[:500])

    def _quarantine(self, row_id: int, reason: str, cause: QuarantineCause) -> None:
        """One entry per message: a released message that fails again is back under its new reason, waiting."""
        reason = storable(reason, multiline=False)[:1000]  # the reason may quote the text that could not be stored
        self.conn.execute(
            "INSERT INTO quarantine (message_row, reason, cause, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (message_row) DO UPDATE SET reason = excluded.reason, cause = excluded.cause, "
            "created_at = excluded.created_at, decision = '', decided_at = ''",
            (row_id, reason, cause.value, now_iso()),
        )
        self.conn.execute(
            "UPDATE messages SET state = 'quarantined', triage = 'quarantine', reason = ? WHERE id = ?",
            (reason, row_id),
        )
        self.bump("quarantined")

    def quarantined(self, *, decided: bool = False, entry_id: int | None = None) -> list[QuarantineEntry]:
        """Quarantined messages waiting for the freelancer, newest first; ``decided`` adds the dropped ones.

        ``entry_id`` selects one entry, decided or not.
        """
        where = "q.id = ?" if entry_id is not None else "1" if decided else "q.decision = ''"
        rows = self.conn.execute(
            "SELECT q.id, q.message_row, m.mailbox, m.uidvalidity, m.uid, q.reason, q.cause, q.created_at, "
            "q.decision, q.decided_at, length(m.raw) AS size, m.raw "
            f"FROM quarantine q JOIN messages m ON m.id = q.message_row WHERE {where} ORDER BY q.id DESC",
            () if entry_id is None else (entry_id,),
        ).fetchall()
        entries = []
        for row in rows:
            fields = dict(row)
            raw = bytes(fields.pop("raw"))
            sender, subject = headline(raw)
            entries.append(
                QuarantineEntry(**fields, sender=sender, subject=subject, body_kept=headers_only(raw) != raw)
            )
        return entries

    def release(self, entry_id: int) -> None:
        """Take a message out of quarantine to be handled once more (call inside a transaction).

        Its attempts start again one short of :data:`MAX_ATTEMPTS`: the next attempt is its last, so a message
        that still kills the process is back in quarantine after one crash, never in a loop.
        """
        row = self.conn.execute("SELECT message_row FROM quarantine WHERE id = ?", (entry_id,)).fetchone()
        self.conn.execute("DELETE FROM quarantine WHERE id = ?", (entry_id,))
        self.conn.execute(
            "UPDATE messages SET state = 'seen', triage = '', reason = '', error = '', attempts = ? WHERE id = ?",
            (MAX_ATTEMPTS - 1, row["message_row"]),
        )
        self.bump("released")

    def drop(self, entry_id: int) -> None:
        """Record that the freelancer dropped a quarantined message: its headers and the reason stay, its body goes."""
        row = self.conn.execute("SELECT message_row FROM quarantine WHERE id = ?", (entry_id,)).fetchone()
        self.conn.execute(
            "UPDATE quarantine SET decision = 'dropped', decided_at = ? WHERE id = ?", (now_iso(), entry_id)
        )
        self.keep_headers_only([int(row["message_row"])])
        self.bump("dropped")

    def known_client(self, sender: str) -> bool:
        """Whether this sender already wrote an inquiry or client mail that the daemon handled."""
        row = self.conn.execute(
            "SELECT 1 FROM messages WHERE sender = ? AND triage IN ('new_inquiry', 'client') AND state = 'done' "
            "LIMIT 1",
            (sender,),
        ).fetchone()
        return row is not None

    def messages_by_triage(self, triage: str, limit: int = 50) -> list[dict[str, str]]:
        """Recent messages with one triage verdict (``notify``, ``ignore``), newest first, for the inbox."""
        rows = self.conn.execute(
            "SELECT id, sender, subject, reason, received_at FROM messages WHERE triage = ? ORDER BY id DESC LIMIT ?",
            (triage, limit),
        ).fetchall()
        return [dict(row) for row in rows]

    # --- tone examples ---------------------------------------------------------------------------------------

    def tone_seen(self, key: str) -> bool:
        """Whether the sent mail with this content key was already looked at for tone examples."""
        return self.conn.execute("SELECT 1 FROM tone_ingested WHERE key = ?", (key,)).fetchone() is not None

    def mark_tone_seen(self, key: str) -> None:
        """Record that a sent mail was looked at, kept or not, so it is read once."""
        self.conn.execute("INSERT OR IGNORE INTO tone_ingested (key, at) VALUES (?, ?)", (key, now_iso()))

    # --- counters and state ----------------------------------------------------------------------------------

    def bump(self, name: str, by: int = 1) -> None:
        """Add to a counter (triaged, drafted, sent, held, quarantined, ...)."""
        self.conn.execute(
            "INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + ?",
            (name, by, by),
        )

    def counters(self) -> dict[str, int]:
        """Every counter."""
        return {row["name"]: int(row["value"]) for row in self.conn.execute("SELECT name, value FROM counters")}

    def set_state(self, **values: Any) -> None:
        """Record daemon facts (last poll, last error) for ``atelier daemon status``."""
        for key, value in values.items():
            self.conn.execute(
                "INSERT INTO daemon_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?",
                (key, storable(str(value), multiline=False), storable(str(value), multiline=False)),
            )

    def state(self) -> dict[str, str]:
        """Every recorded daemon fact."""
        return {row["key"]: row["value"] for row in self.conn.execute("SELECT key, value FROM daemon_state")}
