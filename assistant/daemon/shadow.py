"""Shadow mode's record: what would have been sent, next to what the freelancer actually sent (``shadow.jsonl``)."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.daemon.mailbox import ImapChannel
from assistant.daemon.models import Draft
from assistant.mail.message import InboundMessage
from assistant.mail.parsing import UnparseableMessage, parse_message


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
