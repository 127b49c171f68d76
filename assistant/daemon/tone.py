"""Sent-folder ingestion: the freelancer's own sent mails become tone examples in memory (only with consent).

Only mails the freelancer wrote are kept: no ``X-Atelier-Outbox`` header (the daemon's own), nothing automatic,
exactly one recipient, and without the quoted thread below. Each is filed under its recipient, so that it is only
ever seen when answering that same client. Every mail looked at is recorded, so it is read once.

With a voice book, the same mails also teach the freelancer's greetings, first words and sign-offs
(:mod:`assistant.daemon.voice`): only derived snippets are kept there, with the quoted inquiry as the situation
they were written for (compared by embedding, never stored as text).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from assistant.daemon.mailbox import ImapChannel
from assistant.daemon.store import Ledger
from assistant.daemon.voice import Situation, VoiceBook, quoted_text
from assistant.mail.parsing import UnparseableMessage, parse_message, parse_sender

BATCH = 200
MIN_CHARS = 40
_QUOTE_INTRO = re.compile(
    r"^(on .{0,200} wrote:|am .{0,200} schrieb .{0,80}:|le .{0,200} a écrit ?:|el .{0,200} escribió:"
    r"|il .{0,200} ha scritto:|op .{0,200} schreef .{0,80}:|-{2,} ?original message ?-{2,})",
    re.IGNORECASE,
)


def own_words(body: str) -> str:
    """The part of a sent mail that the freelancer wrote: no quoted thread below it."""
    kept = []
    for line in body.splitlines():
        if _QUOTE_INTRO.match(line.strip()):
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return "\n".join(kept).strip()


def _example(raw: bytes, folder: str, uid: int) -> tuple[str, Situation] | None:
    """``(text, situation)`` when this sent mail is the freelancer's own words to one person."""
    try:
        msg = parse_message(raw, mailbox=folder, uidvalidity=0, uid=uid)
        name, recipient = parse_sender(msg.headers.get("to", ""))
    except UnparseableMessage:
        return None
    if "x-atelier-outbox" in msg.headers or msg.headers.get("auto-submitted", "no").lower() not in ("", "no"):
        return None
    text = own_words(msg.body)
    situation = Situation(inquiry=f"{msg.subject}\n{quoted_text(msg.body)}", name=name, address=recipient)
    return (text, situation) if len(text) >= MIN_CHARS else None


def ingest_sent(
    imap: ImapChannel,
    ledger: Ledger,
    folder: str,
    sink: Callable[[str, str], None] | None,
    voice: VoiceBook | None = None,
) -> int:
    """Give the newest sent mails not seen before to ``sink`` and ``voice``; returns how many were kept."""
    kept = 0
    for uid, raw in imap.fetch_folder(folder, limit=BATCH).items():
        key = hashlib.sha256(raw).hexdigest()
        if ledger.tone_seen(key):
            continue
        example = _example(raw, folder, uid)
        if example is not None:
            text, situation = example
            if sink is not None:
                sink(text, situation.address)
            if voice is not None:
                voice.learn(text, situation)
            kept += 1
        ledger.mark_tone_seen(key)
    if kept:
        ledger.bump("tone_examples", kept)
    return kept
