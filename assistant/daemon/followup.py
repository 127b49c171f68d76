"""Follow-ups and shadow records: small queries and files the runner uses.

A follow-up is due for a reply that carried a quote or questions, was sent at least ``followup_days`` ago, has
no follow-up yet, and got no message from the client since. A client's message cancels any follow-up waiting.
Shadow mode writes what would have been sent next to what the freelancer actually sent (``shadow.jsonl``).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from assistant.daemon.ledger import now_iso
from assistant.daemon.mailbox import ImapChannel
from assistant.daemon.models import Draft, InboundMessage
from assistant.daemon.parsing import UnparseableMessage, parse_message


def due_followups(conn: sqlite3.Connection, now: dt.datetime, days: int) -> list[sqlite3.Row]:
    """Sent replies (quotes or questions) with no answer and no follow-up after ``days``."""
    cutoff = (now - dt.timedelta(days=days)).isoformat(timespec="seconds")
    return conn.execute(
        "SELECT o.id, o.inquiry_id, o.message_id, o.refs, o.sent_at, o.to_addr FROM outbox o "
        "WHERE o.kind = 'reply' AND o.draft_kind IN ('quote', 'clarifying') AND o.state = 'sent' "
        "AND o.sent_at <= ? AND NOT EXISTS "
        "(SELECT 1 FROM outbox f WHERE f.inquiry_id = o.inquiry_id AND f.kind = 'followup') AND NOT EXISTS "
        "(SELECT 1 FROM messages m WHERE m.sender = o.to_addr AND m.received_at > o.sent_at "
        "AND m.triage IN ('client', 'new_inquiry'))",
        (cutoff,),
    ).fetchall()


def cancel_followups(conn: sqlite3.Connection, sender: str) -> int:
    """Reject follow-ups still waiting for ``sender`` because the client answered; returns how many."""
    cur = conn.execute(
        "UPDATE outbox SET state = 'rejected', reason = 'the client answered', updated_at = ? "
        "WHERE kind = 'followup' AND to_addr = ? AND state IN ('pending', 'held', 'approved')",
        (now_iso(), sender),
    )
    return cur.rowcount


def record_shadow(
    imap: ImapChannel, sent_folder: str, data_dir: Path, item_id: int, msg: InboundMessage, draft: Draft
) -> str:
    """Append what would have been sent, and what the freelancer sent, to ``shadow.jsonl``; return the latter."""
    actual = ""
    if msg.message_id:
        uids = imap.search_header(sent_folder, "In-Reply-To", msg.message_id)
        for uid, raw in (imap.fetch_raw(uids[:1]) if uids else {}).items():
            try:
                actual = parse_message(raw, mailbox=sent_folder, uidvalidity=0, uid=uid).body
            except UnparseableMessage as exc:
                actual = f"(cannot read your reply: {exc})"
    line = {
        "item": item_id,
        "inquiry": msg.message_id,
        "from": msg.sender,
        "subject": msg.subject,
        "would_send": draft.body,
        "actual_reply": actual,
    }
    with open(data_dir / "shadow.jsonl", "a", encoding="utf-8") as handle:
        handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    return actual
