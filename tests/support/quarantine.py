"""A quarantined message in a real daemon store, for the front ends' tests (CLI, TUI)."""

from __future__ import annotations

from pathlib import Path

from assistant.daemon.models import QuarantineCause
from assistant.daemon.store import MailStore
from assistant.mail.parsing import dedupe_fields

HOSTILE_RAW = (
    b"From: =?utf-8?b?QW5uIOKArmVrYUI=?= <ann@shop.example>\r\nSubject: Logo [click](https://evil.example)\r\n"
    b"Message-ID: <c.1@shop.example>\r\n\r\nCould you design a logo for my bakery?\r\n"
)
"""A display name with a right-to-left override (U+202E) and a subject carrying a Markdown link."""


def seed_quarantine(data_dir: Path, raw: bytes = HOSTILE_RAW, cause: QuarantineCause = QuarantineCause.ERROR) -> int:
    """Record a message and quarantine it as the daemon does when handling it raised; returns the entry id."""
    store = MailStore(data_dir)
    try:
        mid, digest = dedupe_fields(raw)
        row, _ = store.ledger.record_seen(
            mailbox="INBOX", uidvalidity=1, uid=5, message_id=mid, content_hash=digest, raw=raw
        )
        store.ledger.quarantine_failed(row, "could not be handled (KeyError: 'a bug')", cause)
        return store.ledger.quarantined()[0].id
    finally:
        store.close()
