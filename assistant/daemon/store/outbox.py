"""The outbox half of the mail store: every reply the daemon drafted, and where it is on its way out.

States::

    pending ──approve──▶ approved ──▶ sending ──▶ sent
    held    ──approve──┘                 │
    pending/held ──reject──▶ rejected    └──▶ failed (permanent SMTP refusal) / held (crash, unsure)
    shadow (shadow mode: never sent)

Every transition is a conditional ``UPDATE ... WHERE state IN (...)``, so the daemon, ``atelier inbox`` and the
TUI can share this store: whoever changes a row first wins, and the loser is told. Every row is read as an
:class:`~assistant.daemon.models.OutboxItem`; a reply's identity comes from :mod:`assistant.daemon.identity`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from assistant.daemon.identity import ReplyIdentity, revision
from assistant.daemon.models import OutboxItem, OutboxState, ledger_key
from assistant.daemon.store.schema import now_iso
from assistant.errors import AtelierError
from assistant.mail.parsing import UnparseableMessage, parse_message
from assistant.sqlite import transaction

if TYPE_CHECKING:
    from assistant.daemon.models import Draft
    from assistant.erasure.matcher import Matcher

_SELECT = (
    "SELECT o.*, m.subject AS inquiry_subject, m.sender AS inquiry_sender, m.message_id AS inquiry_message_id "
    "FROM outbox o JOIN messages m ON m.id = o.inquiry_id"
)
_AUTO_SENDS = (
    "SELECT count(*) FROM outbox WHERE auto = 1 AND (state IN ('approved', 'sending') OR "
    "(state = 'sent' AND sent_via = 'daemon' AND sent_at >= ?))"
)


class OutboxError(AtelierError):
    """An approval action cannot be applied (unknown id, or the item already moved on)."""


def _item(row: sqlite3.Row, body: str = "") -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        inquiry_id=row["inquiry_id"],
        kind=row["kind"],
        draft_kind=row["draft_kind"],
        version=row["version"],
        message_id=row["message_id"],
        old_message_ids=tuple(row["old_message_ids"].split()),
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
        attempts=row["attempts"],
        error=row["error"],
        draft_placed=bool(row["draft_placed"]),
        handoff_summary=row["handoff_summary"],
        handoff_placed=bool(row["handoff_placed"]),
        feedback=row["feedback"],
        actual_reply=row["actual_reply"],
        inquiry_subject=row["inquiry_subject"],
        inquiry_sender=row["inquiry_sender"],
        inquiry_message_id=row["inquiry_message_id"],
        inquiry_body=body,
        brief_markdown=row["brief_markdown"],
        quote_block=row["quote_block"],
        quote_json=row["quote_json"],
        language=row["language"],
        drafted_body=row["drafted_body"] or row["body"],
        draft_seen=row["draft_seen"],
        edited_in_mail_client=bool(row["client_edit"]),
    )


def _marks(states: Iterable[OutboxState]) -> tuple[str, list[str]]:
    names = [s.value for s in states]
    return ",".join("?" * len(names)), names


class Outbox:
    """Outbox rows and approval actions, on the store's connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        """Use the store's open connection (same file, same transactions as the ledger)."""
        self.conn = conn

    # --- writing new replies (inside the caller's transaction) -----------------------------------------------

    def add(
        self,
        *,
        inquiry_id: int,
        reply: ReplyIdentity,
        subject: str,
        body: str,
        state: OutboxState,
        reason: str,
        auto: bool,
        handoff_summary: str = "",
        draft_kind: str = "",
        brief_markdown: str = "",
        quote_block: str = "",
        quote_json: str = "",
        language: str = "en",
    ) -> int:
        """Add a reply; an existing reply of the same kind to the same inquiry is kept as it is (idempotent)."""
        at = now_iso()
        self.conn.execute(
            "INSERT INTO outbox (inquiry_id, kind, version, message_id, to_addr, subject, body, in_reply_to, refs, "
            "state, reason, auto, handoff_summary, draft_kind, brief_markdown, quote_block, quote_json, language, "
            "created_at, updated_at, drafted_body) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (inquiry_id, kind) DO NOTHING",
            (
                inquiry_id,
                reply.kind,
                reply.version,
                reply.message_id,
                reply.to,
                subject,
                body,
                reply.in_reply_to,
                reply.references,
                state.value,
                reason,
                int(auto),
                handoff_summary,
                draft_kind,
                brief_markdown,
                quote_block,
                quote_json,
                language,
                at,
                at,
                body,
            ),
        )
        row = self.conn.execute(
            "SELECT id FROM outbox WHERE inquiry_id = ? AND kind = ?", (inquiry_id, reply.kind)
        ).fetchone()
        return int(row["id"])

    # --- reading ---------------------------------------------------------------------------------------------

    def find(self, item_id: int) -> OutboxItem | None:
        """One item (without the inquiry's text), or ``None``."""
        row = self.conn.execute(f"{_SELECT} WHERE o.id = ?", (item_id,)).fetchone()
        return None if row is None else _item(row)

    def get(self, item_id: int) -> OutboxItem:
        """One item, with the inquiry's text, or :class:`OutboxError`."""
        row = self.conn.execute(f"{_SELECT} WHERE o.id = ?", (item_id,)).fetchone()
        if row is None:
            raise OutboxError(f"no outbox item {item_id}", hint="See `atelier inbox list`.")
        raw = self.conn.execute("SELECT raw FROM messages WHERE id = ?", (row["inquiry_id"],)).fetchone()["raw"]
        try:
            body = parse_message(raw, mailbox="", uidvalidity=0, uid=0).body
        except UnparseableMessage as exc:
            body = f"(cannot show the inquiry: {exc})"
        return _item(row, body)

    def items(self, states: Iterable[OutboxState] | None = None, limit: int = 200) -> list[OutboxItem]:
        """Items in the given states (all when ``None``), newest first."""
        if states is None:
            rows = self.conn.execute(f"{_SELECT} ORDER BY o.id DESC LIMIT ?", (limit,)).fetchall()
        else:
            marks, names = _marks(states)
            rows = self.conn.execute(
                f"{_SELECT} WHERE o.state IN ({marks}) ORDER BY o.id DESC LIMIT ?", (*names, limit)
            ).fetchall()
        return [_item(row) for row in rows]

    def in_states(self, *states: OutboxState) -> list[OutboxItem]:
        """Items in the given states, oldest first: the order the daemon works through them."""
        marks, names = _marks(states)
        rows = self.conn.execute(f"{_SELECT} WHERE o.state IN ({marks}) ORDER BY o.id", names).fetchall()
        return [_item(row) for row in rows]

    def queue_sizes(self) -> dict[str, int]:
        """How many items are in each state."""
        rows = self.conn.execute("SELECT state, count(*) AS n FROM outbox GROUP BY state").fetchall()
        return {row["state"]: int(row["n"]) for row in rows}

    def knows_message_id(self, message_id: str) -> bool:
        """Whether a reply of ours has (or had, before an edit) this Message-ID."""
        row = self.conn.execute(
            "SELECT 1 FROM outbox WHERE message_id = ? OR instr(old_message_ids, ?) > 0", (message_id, message_id)
        ).fetchone()
        return row is not None

    def replied_to(self, message_id: str, sender: str) -> bool:
        """Whether ``message_id`` is (or was, before an edit) one of our replies, and that reply went to ``sender``.

        A Message-ID is no secret: whoever received a reply knows it and may write it into any mail's
        ``References:``, under any ``From:``. Only an answer from the reply's own recipient is an answer to it.
        """
        if not message_id:
            return False
        row = self.conn.execute(
            "SELECT 1 FROM outbox WHERE (message_id = ? OR instr(old_message_ids, ?) > 0) AND to_addr = ?",
            (message_id, message_id, sender),
        ).fetchone()
        return row is not None

    def auto_sends(self, to: str, day_since: str, hour_since: str) -> tuple[int, int]:
        """How many replies went (or are going) out without approval, for the rate limits.

        Returns:
            ``(to this address since day_since, to anyone since hour_since)``.
        """
        per_sender = self.conn.execute(_AUTO_SENDS + " AND to_addr = ?", (day_since, to)).fetchone()[0]
        total = self.conn.execute(_AUTO_SENDS, (hour_since,)).fetchone()[0]
        return int(per_sender), int(total)

    def due_followups(self, sent_before: str) -> list[OutboxItem]:
        """Sent replies (quotes or questions) with no follow-up yet and no message from the client since."""
        rows = self.conn.execute(
            f"{_SELECT} WHERE o.kind = 'reply' AND o.draft_kind IN ('quote', 'clarifying') AND o.state = 'sent' "
            "AND o.sent_at <= ? AND NOT EXISTS "
            "(SELECT 1 FROM outbox f WHERE f.inquiry_id = o.inquiry_id AND f.kind = 'followup') AND NOT EXISTS "
            "(SELECT 1 FROM messages c WHERE c.sender = o.to_addr AND c.received_at > o.sent_at "
            "AND c.triage IN ('client', 'new_inquiry')) ORDER BY o.id",
            (sent_before,),
        ).fetchall()
        return [_item(row) for row in rows]

    # --- transitions -----------------------------------------------------------------------------------------

    def move(
        self,
        item_id: int,
        from_states: Iterable[OutboxState],
        to_state: OutboxState,
        *,
        reason: str | None = None,
        error: str | None = None,
        sent_at: str | None = None,
        sent_via: str | None = None,
        attempts: int | None = None,
        feedback: str | None = None,
    ) -> bool:
        """Change state only from one of ``from_states``, setting the given columns; False when it had moved on."""
        extra = {
            column: value
            for column, value in (
                ("reason", reason),
                ("error", error),
                ("sent_at", sent_at),
                ("sent_via", sent_via),
                ("attempts", attempts),
                ("feedback", feedback),
            )
            if value is not None
        }
        sets = "".join(f", {column} = ?" for column in extra)
        marks, names = _marks(from_states)
        cur = self.conn.execute(
            f"UPDATE outbox SET state = ?, updated_at = ?{sets} WHERE id = ? AND state IN ({marks})",
            (to_state.value, now_iso(), *extra.values(), item_id, *names),
        )
        return cur.rowcount == 1

    def cancel_followups(self, sender: str) -> int:
        """Reject follow-ups still waiting for ``sender`` because the client answered; returns how many."""
        cur = self.conn.execute(
            "UPDATE outbox SET state = 'rejected', reason = 'the client answered', updated_at = ? "
            "WHERE kind = 'followup' AND to_addr = ? AND state IN ('pending', 'held', 'approved')",
            (now_iso(), sender),
        )
        return cur.rowcount

    def matching(self, matcher: Matcher, inquiries: Iterable[int]) -> list[int]:
        """Replies to these inquiries, and any reply whose recipient or words name the client."""
        wanted = set(inquiries)
        rows = self.conn.execute(
            "SELECT id, inquiry_id, to_addr, subject, body, in_reply_to, refs, handoff_summary, brief_markdown, "
            "quote_block, feedback, actual_reply, error, reason, drafted_body FROM outbox"
        ).fetchall()
        return [
            int(row["id"])
            for row in rows
            if row["inquiry_id"] in wanted
            or matcher.is_client(row["to_addr"])
            or any(matcher.mentions(str(row[key])) for key in row.keys()[3:])
        ]

    def keep_outcome_only(self, inquiries: Iterable[int]) -> None:
        """Empty the words of the finished replies to these inquiries, keeping state, dates and recipient.

        Replies still waiting (pending, held, approved, sending) are left whole: the freelancer has yet to act.
        """
        for inquiry_id in inquiries:
            self.conn.execute(
                "UPDATE outbox SET body = '', handoff_summary = '', brief_markdown = '', quote_block = '', "
                "feedback = '', actual_reply = '', drafted_body = '' "
                "WHERE inquiry_id = ? AND state IN ('sent', 'rejected', 'failed', 'shadow')",
                (inquiry_id,),
            )

    def forget(self, item_ids: list[int]) -> int:
        """Delete these replies, approved, waiting or sent (call inside a transaction); returns how many."""
        return sum(self.conn.execute("DELETE FROM outbox WHERE id = ?", (item_id,)).rowcount for item_id in item_ids)

    def _set(self, item_id: int, column: str, value: object) -> None:
        self.conn.execute(f"UPDATE outbox SET {column} = ?, updated_at = ? WHERE id = ?", (value, now_iso(), item_id))

    def placed_in_drafts(self, item_id: int, message_id: str) -> None:
        """Record that this version is in Drafts (unless an edit gave the item a new Message-ID meanwhile)."""
        self.conn.execute("UPDATE outbox SET draft_placed = 1 WHERE id = ? AND message_id = ?", (item_id, message_id))

    def withdrawn_from_drafts(self, item_id: int) -> None:
        """Record that the item's Drafts copy was removed."""
        self._set(item_id, "draft_placed", 0)

    def handoff_placed(self, item_id: int) -> None:
        """Record that the hand-off note is in the freelancer's inbox."""
        self._set(item_id, "handoff_placed", 1)

    def record_actual_reply(self, item_id: int, text: str) -> None:
        """Shadow mode: keep what the freelancer really sent next to what would have been sent."""
        self._set(item_id, "actual_reply", text)

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
            moved = self.move(item_id, (OutboxState.PENDING, OutboxState.HELD), OutboxState.APPROVED)
            self._require(item_id, moved, "approve")

    def reject(self, item_id: int, feedback: str = "") -> None:
        """Reject a waiting reply, with optional feedback for the freelancer's own records."""
        with transaction(self.conn):
            moved = self.move(item_id, (OutboxState.PENDING, OutboxState.HELD), OutboxState.REJECTED, feedback=feedback)
            self._require(item_id, moved, "reject")

    def feedback(self, item_id: int, text: str) -> None:
        """Attach feedback to any item (how the draft should have been)."""
        self.get(item_id)
        self._set(item_id, "feedback", text)

    def edit(self, item_id: int, body: str, domain: str) -> str:
        """Replace a waiting reply's body; it gets a new version and Message-ID (the old draft is withdrawn).

        Returns:
            The new Message-ID.
        """
        return self._new_version(item_id, domain, {"body": body, "client_edit": 0})

    def redraft(
        self, item_id: int, draft: Draft, *, state: OutboxState, reason: str, feedback: str, domain: str
    ) -> str:
        """Replace a waiting reply with Atelier's new draft (after the freelancer's feedback); returns its Message-ID.

        The new text is what Atelier drafted, so later edits are diffed against it.
        """
        columns: dict[str, object] = {
            "body": draft.body,
            "drafted_body": draft.body,
            "subject": draft.subject,
            "quote_block": draft.quote_block,
            "quote_json": draft.quote.model_dump_json() if draft.quote is not None else "",
            "brief_markdown": draft.brief_markdown,
            "language": draft.language,
            "draft_kind": draft.kind.value,
            "state": state.value,
            "reason": reason,
            "feedback": feedback,
            "client_edit": 0,
        }
        return self._new_version(item_id, domain, columns)

    def _new_version(self, item_id: int, domain: str, columns: dict[str, object]) -> str:
        with transaction(self.conn):
            item = self.find(item_id)
            if item is None:
                raise OutboxError(f"no outbox item {item_id}", hint="See `atelier inbox list`.")
            if item.state not in (OutboxState.PENDING, OutboxState.HELD):
                raise OutboxError(f"cannot edit item {item_id}: it is {item.state.value}", hint="Only waiting items.")
            inquiry = self.conn.execute(
                "SELECT message_id, content_hash FROM messages WHERE id = ?", (item.inquiry_id,)
            ).fetchone()
            new = revision(item, ledger_key(inquiry["message_id"], inquiry["content_hash"]), domain)
            old = " ".join([*item.old_message_ids, item.message_id])
            sets = "".join(f", {column} = ?" for column in columns)
            self.conn.execute(
                "UPDATE outbox SET version = ?, message_id = ?, old_message_ids = ?, draft_placed = 0, "
                f"draft_seen = '', updated_at = ?{sets} WHERE id = ?",
                (new.version, new.message_id, old, now_iso(), *columns.values(), item_id),
            )
        return new.message_id

    def adopt_draft(self, item_id: int, *, message_id: str, body: str, seen: str) -> None:
        """Take the text of the draft the freelancer re-saved in their mail client as the reply (call in a transaction).

        The mail client's Message-ID becomes the reply's (so that copy is the one withdrawn, searched for in Sent
        and recognised as ours); the earlier ones are kept as old versions.
        """
        item = self.find(item_id)
        if item is None:
            return
        old = [*item.old_message_ids]
        if message_id != item.message_id:
            old.append(item.message_id)
        self.conn.execute(
            "UPDATE outbox SET body = ?, version = version + 1, message_id = ?, old_message_ids = ?, draft_seen = ?, "
            "client_edit = 1, updated_at = ? WHERE id = ?",
            (body, message_id, " ".join(o for o in old if o != message_id), seen, now_iso(), item_id),
        )

    def saw_draft(self, item_id: int, seen: str) -> None:
        """Record which Drafts copy the reply's text was last compared with (it held no edit)."""
        self._set(item_id, "draft_seen", seen)

    def record_sent_text(self, item_id: int, body: str) -> None:
        """Keep the text the freelancer really sent from their mail client as the reply's body."""
        self._set(item_id, "body", body)
