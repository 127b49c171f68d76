"""Shadow mode's record: what would have been sent, next to what the freelancer actually sent (``shadow.jsonl``)."""

from __future__ import annotations

import email.utils
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.daemon.mailbox import ImapChannel
from assistant.daemon.models import Draft
from assistant.mail.message import InboundMessage
from assistant.mail.parsing import UnparseableMessage, parse_message

if TYPE_CHECKING:
    from assistant.erasure.matcher import Matcher

FILE_NAME = "shadow.jsonl"
MAX_CANDIDATES = 20
"""Replies in Sent to one Message-ID that are read to find the one to the inquiry's sender."""


def record_shadow(
    imap: ImapChannel, sent_folder: str, data_dir: Path, item_id: int, msg: InboundMessage, draft: Draft
) -> str:
    """Append what would have been sent, and what the freelancer sent, to ``shadow.jsonl``; return the latter.

    The freelancer's reply is the mail in Sent that answers the inquiry's Message-ID *and* went to its sender: the
    Message-ID is the sender's word, and a stranger who copies a client's would otherwise be shown the reply the
    client got.
    """
    actual = ""
    if msg.message_id:
        uids = imap.search_header(sent_folder, "In-Reply-To", msg.message_id)
        for uid, raw in sorted((imap.fetch_raw(uids[:MAX_CANDIDATES]) if uids else {}).items()):
            try:
                reply = parse_message(raw, mailbox=sent_folder, uidvalidity=0, uid=uid)
            except UnparseableMessage as exc:
                actual = f"(cannot read your reply: {exc})"
                continue
            if msg.sender in (a.strip().lower() for _, a in email.utils.getaddresses([reply.headers.get("to", "")])):
                actual = reply.body
                break
    line = {
        "item": item_id,
        "inquiry": msg.message_id,
        "from": msg.sender,
        "subject": msg.subject,
        "would_send": draft.body,
        "actual_reply": actual,
    }
    with open(data_dir / FILE_NAME, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    return actual


def forget_shadow(data_dir: Path, matcher: Matcher, *, dry_run: bool = False) -> int:
    """Drop the shadow-log lines from, to or about the client; returns how many.

    The log is rewritten into a new file that replaces the old one, so a kill leaves either the old log or the
    new one, never half of each.
    """
    path = data_dir / FILE_NAME
    if not path.exists():
        return 0
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not matcher.mentions(line)]
    gone = len(lines) - len(kept)
    if gone and not dry_run:
        partial = path.with_suffix(".jsonl.partial")
        partial.write_text("".join(kept), encoding="utf-8")
        os.replace(partial, path)
    return gone
