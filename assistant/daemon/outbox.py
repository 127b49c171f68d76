"""The outbox and the approvals store: every reply the daemon drafted, and where it is on its way out.

States::

    pending ──approve──▶ approved ──▶ sending ──▶ sent
    held    ──approve──┘                 │
    pending/held ──reject──▶ rejected    └──▶ failed (permanent SMTP refusal) / held (crash, unsure)
    shadow (shadow mode: never sent)

Every transition is a conditional ``UPDATE ... WHERE state IN (...)``, so the daemon, ``atelier inbox`` and the
TUI can share this store: whoever changes a row first wins, and the loser is told. A reply's Message-ID is a
hash of the inquiry's dedupe key, the reply kind and the version, so a resend after a crash carries the same
Message-ID and can be recognised in the Sent folder.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable

from assistant.daemon.ledger import now_iso, transaction
from assistant.daemon.models import OutboxItem, OutboxState
from assistant.errors import AtelierError

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY,
    inquiry_id INTEGER NOT NULL REFERENCES messages (id),
    kind TEXT NOT NULL,
    draft_kind TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    message_id TEXT NOT NULL UNIQUE,
    old_message_ids TEXT NOT NULL DEFAULT '',
    to_addr TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    in_reply_to TEXT NOT NULL DEFAULT '',
    refs TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    auto INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT NOT NULL DEFAULT '',
    sent_via TEXT NOT NULL DEFAULT '',
    draft_placed INTEGER NOT NULL DEFAULT 0,
    handoff_summary TEXT NOT NULL DEFAULT '',
    brief_markdown TEXT NOT NULL DEFAULT '',
    quote_block TEXT NOT NULL DEFAULT '',
    handoff_placed INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    feedback TEXT NOT NULL DEFAULT '',
    actual_reply TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    UNIQUE (inquiry_id, kind)
);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state);
"""


class OutboxError(AtelierError):
    """An approval action cannot be applied (unknown id, or the item already moved on)."""


def reply_message_id(dedupe_key: str, kind: str, version: int, domain: str) -> str:
    """The deterministic Message-ID of one version of one reply to one inquiry."""
    digest = hashlib.sha256(f"{dedupe_key}\0{kind}\0{version}".encode()).hexdigest()[:32]
    return f"<atelier.{digest}@{domain or 'atelier.invalid'}>"


_SELECT = (
    "SELECT o.*, m.subject AS inquiry_subject, m.sender AS inquiry_sender, m.message_id AS inquiry_message_id "
    "FROM outbox o JOIN messages m ON m.id = o.inquiry_id"
)


def _item(row: sqlite3.Row, body: str = "") -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        inquiry_id=row["inquiry_id"],
        kind=row["kind"],
        version=row["version"],
        message_id=row["message_id"],
        to=row["to_addr"],
        subject=row["subject"],
        body=row["body"],
        in_reply_to=row["in_reply_to"],
        references=row["refs"],
        state=OutboxState(row["state"]),
        reason=row["reason"],
        auto=bool(row["auto"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        sent_at=row["sent_at"],
        sent_via=row["sent_via"],
        feedback=row["feedback"],
        actual_reply=row["actual_reply"],
        inquiry_subject=row["inquiry_subject"],
        inquiry_sender=row["inquiry_sender"],
        inquiry_body=body,
        brief_markdown=row["brief_markdown"],
        quote_block=row["quote_block"],
    )


class Outbox:
    """Outbox rows and approval actions over the ledger's connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        """Use the ledger's open connection (same file, same transactions)."""
        self.conn = conn

    # --- writing new replies (inside the caller's transaction) -----------------------------------------------

    def add(
        self,
        *,
        inquiry_id: int,
        kind: str,
        message_id: str,
        to: str,
        subject: str,
        body: str,
        in_reply_to: str,
        references: str,
        state: OutboxState,
        reason: str,
        auto: bool,
        handoff_summary: str = "",
        draft_kind: str = "",
        brief_markdown: str = "",
        quote_block: str = "",
    ) -> int:
        """Add a reply; an existing reply of the same kind to the same inquiry is kept as it is (idempotent)."""
        at = now_iso()
        self.conn.execute(
            "INSERT INTO outbox (inquiry_id, kind, message_id, to_addr, subject, body, in_reply_to, refs, state, "
            "reason, auto, handoff_summary, draft_kind, brief_markdown, quote_block, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (inquiry_id, kind) DO NOTHING",
            (
                inquiry_id,
                kind,
                message_id,
                to,
                subject,
                body,
                in_reply_to,
                references,
                state.value,
                reason,
                int(auto),
                handoff_summary,
                draft_kind,
                brief_markdown,
                quote_block,
                at,
                at,
            ),
        )
        row = self.conn.execute(
            "SELECT id FROM outbox WHERE inquiry_id = ? AND kind = ?", (inquiry_id, kind)
        ).fetchone()
        return int(row["id"])

    # --- reading ---------------------------------------------------------------------------------------------

    def get(self, item_id: int) -> OutboxItem:
        """One item, with the inquiry's text, or :class:`OutboxError`."""
        row = self.conn.execute(f"{_SELECT} WHERE o.id = ?", (item_id,)).fetchone()
        if row is None:
            raise OutboxError(f"no outbox item {item_id}", hint="See `atelier inbox list`.")
        from assistant.daemon.parsing import UnparseableMessage, parse_message

        raw = self.conn.execute("SELECT raw FROM messages WHERE id = ?", (row["inquiry_id"],)).fetchone()["raw"]
        try:
            body = parse_message(raw, mailbox="", uidvalidity=0, uid=0).body
        except UnparseableMessage as exc:
            body = f"(cannot show the inquiry: {exc})"
        return _item(row, body)

    def row(self, item_id: int) -> sqlite3.Row | None:
        """The raw row, with the inquiry's Message-ID, for the runner."""
        row: sqlite3.Row | None = self.conn.execute(f"{_SELECT} WHERE o.id = ?", (item_id,)).fetchone()
        return row

    def items(self, states: Iterable[OutboxState] | None = None, limit: int = 200) -> list[OutboxItem]:
        """Items in the given states (all when ``None``), newest first."""
        if states is None:
            rows = self.conn.execute(f"{_SELECT} ORDER BY o.id DESC LIMIT ?", (limit,)).fetchall()
        else:
            names = [s.value for s in states]
            marks = ",".join("?" * len(names))
            rows = self.conn.execute(
                f"{_SELECT} WHERE o.state IN ({marks}) ORDER BY o.id DESC LIMIT ?", (*names, limit)
            ).fetchall()
        return [_item(row) for row in rows]

    def rows_in(self, *states: OutboxState) -> list[sqlite3.Row]:
        """Raw rows in the given states, oldest first, for the runner."""
        marks = ",".join("?" * len(states))
        return self.conn.execute(
            f"{_SELECT} WHERE o.state IN ({marks}) ORDER BY o.id", tuple(s.value for s in states)
        ).fetchall()

    def queue_sizes(self) -> dict[str, int]:
        """How many items are in each state."""
        rows = self.conn.execute("SELECT state, count(*) AS n FROM outbox GROUP BY state").fetchall()
        return {row["state"]: int(row["n"]) for row in rows}

    def sent_count_since(self, since_iso: str, to: str | None = None) -> int:
        """Replies sent by the daemon since a time, to one address or to anyone (for rate limits)."""
        query = "SELECT count(*) AS n FROM outbox WHERE sent_via = 'daemon' AND sent_at >= ?"
        args: tuple[str, ...] = (since_iso,)
        if to is not None:
            query += " AND to_addr = ?"
            args = (since_iso, to)
        return int(self.conn.execute(query, args).fetchone()["n"])

    # --- transitions -----------------------------------------------------------------------------------------

    def _move(self, item_id: int, from_states: Iterable[OutboxState], to_state: OutboxState, **extra: object) -> bool:
        names = [s.value for s in from_states]
        sets = ", ".join(f"{key} = ?" for key in extra)
        marks = ",".join("?" * len(names))
        sets = f", {sets}" if sets else ""
        sql = f"UPDATE outbox SET state = ?, updated_at = ?{sets} WHERE id = ? AND state IN ({marks})"
        cur = self.conn.execute(sql, (to_state.value, now_iso(), *extra.values(), item_id, *names))
        return cur.rowcount == 1

    def move(self, item_id: int, from_states: Iterable[OutboxState], to_state: OutboxState, **extra: object) -> bool:
        """Change state only from one of ``from_states``; False when the item had moved on."""
        return self._move(item_id, from_states, to_state, **extra)

    def update(self, item_id: int, **values: object) -> None:
        """Set bookkeeping columns (draft_placed, handoff_placed, actual_reply, error) without a state change."""
        sets = ", ".join(f"{key} = ?" for key in values)
        self.conn.execute(
            f"UPDATE outbox SET {sets}, updated_at = ? WHERE id = ?", (*values.values(), now_iso(), item_id)
        )

    def _require(self, item_id: int, moved: bool, action: str) -> None:
        if not moved:
            item = self.get(item_id)
            raise OutboxError(
                f"cannot {action} item {item_id}: it is {item.state.value}",
                hint="Only pending or held items can be changed.",
            )

    def approve(self, item_id: int) -> None:
        """Approve a waiting reply; the daemon sends it within seconds."""
        with transaction(self.conn):
            self._require(
                item_id, self._move(item_id, (OutboxState.PENDING, OutboxState.HELD), OutboxState.APPROVED), "approve"
            )

    def reject(self, item_id: int, feedback: str = "") -> None:
        """Reject a waiting reply, with optional feedback for the freelancer's own records."""
        with transaction(self.conn):
            moved = self._move(
                item_id, (OutboxState.PENDING, OutboxState.HELD), OutboxState.REJECTED, feedback=feedback
            )
            self._require(item_id, moved, "reject")

    def feedback(self, item_id: int, text: str) -> None:
        """Attach feedback to any item (how the draft should have been)."""
        self.get(item_id)
        self.update(item_id, feedback=text)

    def edit(self, item_id: int, body: str, domain: str) -> str:
        """Replace a waiting reply's body; it gets a new version and Message-ID (the old draft is withdrawn).

        Returns:
            The new Message-ID.
        """
        with transaction(self.conn):
            row = self.row(item_id)
            if row is None:
                raise OutboxError(f"no outbox item {item_id}", hint="See `atelier inbox list`.")
            if row["state"] not in (OutboxState.PENDING.value, OutboxState.HELD.value):
                raise OutboxError(f"cannot edit item {item_id}: it is {row['state']}", hint="Only waiting items.")
            key = self.conn.execute(
                "SELECT message_id || content_hash AS k FROM messages WHERE id = ?", (row["inquiry_id"],)
            ).fetchone()["k"]
            version = int(row["version"]) + 1
            new_id = reply_message_id(key, row["kind"], version, domain)
            old = " ".join(filter(None, [row["old_message_ids"], row["message_id"]]))
            self.conn.execute(
                "UPDATE outbox SET body = ?, version = ?, message_id = ?, old_message_ids = ?, draft_placed = 0, "
                "updated_at = ? WHERE id = ?",
                (body, version, new_id, old, now_iso(), item_id),
            )
        return new_id
