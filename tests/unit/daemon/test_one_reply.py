"""One inquiry, one reply: the daemon's poll and a reply from chat key the same inquiry alike, and a chat reply
to an inquiry whose reply was already approved is refused with a clear message, never dropped in silence."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.daemon import Inbox
from assistant.daemon.models import OutboxState
from assistant.daemon.store import MailStore
from assistant.errors import MailError
from assistant.mail.parsing import dedupe_fields

FOLDED = (
    b"From: Clara <clara@shop.example>\r\nTo: studio@lindqvist.example\r\nSubject: Poster\r\n"
    b"Message-ID:\r\n <poster.7@Shop.Example>\r\n\r\nCould you draw a poster?\r\n"
)


def _polled(data_dir: Path, raw: bytes) -> int:
    """Record the inquiry as the daemon's poll does (before parsing)."""
    store = MailStore(data_dir)
    mid, digest = dedupe_fields(raw)
    row_id, _ = store.ledger.record_seen(
        mailbox="INBOX", uidvalidity=1, uid=1, message_id=mid, content_hash=digest, raw=raw
    )
    store.close()
    return row_id


def test_a_folded_message_id_from_the_mailbox_and_from_chat_is_one_ledger_row(tmp_path: Path) -> None:
    row_id = _polled(tmp_path, FOLDED)
    inbox = Inbox(tmp_path, "lindqvist.example")
    item = inbox.queue_reply(FOLDED, "Re: Poster", "Hi Clara,\n\nYes.\n")
    assert item.inquiry_id == row_id
    assert inbox.store.conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 1
    assert item.state is OutboxState.APPROVED and item.in_reply_to == "<poster.7@shop.example>"
    inbox.close()


def test_a_chat_reply_to_an_inquiry_with_an_approved_reply_is_refused_clearly(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path, "lindqvist.example")
    first = inbox.queue_reply(FOLDED, "Re: Poster", "Hi Clara,\n\nYes.\n")
    assert first.state is OutboxState.APPROVED
    with pytest.raises(MailError, match=rf"already has a reply that is approved \(inbox item {first.id}\)"):
        inbox.queue_reply(FOLDED, "Re: Poster", "Hi Clara,\n\nNo, sorry.\n")
    [only] = inbox.items(all_states=True)
    assert only.id == first.id and only.body == first.body
    inbox.close()
