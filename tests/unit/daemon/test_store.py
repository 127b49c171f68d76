from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.daemon.identity import ReplyIdentity, reply_message_id
from assistant.daemon.lock import InstanceLock
from assistant.daemon.models import OutboxState
from assistant.daemon.store import Ledger, MailStore, Outbox, OutboxError
from assistant.errors import DaemonLockedError
from assistant.sqlite import transaction


def _seen(ledger: Ledger, uid: int, mid: str = "<m@x>", digest: str = "h", uidvalidity: int = 1) -> tuple[int, bool]:
    return ledger.record_seen(
        mailbox="INBOX", uidvalidity=uidvalidity, uid=uid, message_id=mid, content_hash=digest, raw=b"raw"
    )


def test_messages_are_deduplicated_by_message_id_and_hash_across_uidvalidity(tmp_path: Path) -> None:
    store = MailStore(tmp_path)
    ledger = store.ledger
    assert _seen(ledger, 7) == (1, True)
    assert ledger.cursor("INBOX", 1) == 7
    assert ledger.cursor("INBOX", 99) == 0  # a new UIDVALIDITY starts from scratch
    row, new = _seen(ledger, 1, uidvalidity=99)
    assert (row, new) == (1, False)
    assert ledger.known_location("INBOX", 99, 1)
    assert _seen(ledger, 2, digest="other")[1] is True  # same Message-ID, different content: a new message
    assert ledger.counters() == {"seen": 2, "duplicates": 1}
    assert [r.id for r in ledger.unfinished()] == [1, 2]
    store.close()


def test_ledger_uses_wal(tmp_path: Path) -> None:
    store = MailStore(tmp_path)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert (tmp_path / "daemon.sqlite").stat().st_mode & 0o077 == 0
    store.close()


def _add(outbox: Outbox, inquiry: int, state: OutboxState = OutboxState.PENDING) -> int:
    reply = ReplyIdentity(
        kind="reply", to="c@example.com", message_id=f"<r{inquiry}@x>", in_reply_to="<m@x>", references="<m@x>"
    )
    with transaction(outbox.conn):
        return outbox.add(
            inquiry_id=inquiry,
            reply=reply,
            subject="Re: x",
            body="hello",
            state=state,
            reason="",
            auto=False,
        )


def test_outbox_transitions_are_conditional(tmp_path: Path) -> None:
    store = MailStore(tmp_path)
    ledger, outbox = store.ledger, store.outbox
    _seen(ledger, 1)
    item = _add(outbox, 1)
    assert _add(outbox, 1) == item  # idempotent: one reply per inquiry and kind
    outbox.approve(item)
    with pytest.raises(OutboxError, match="it is approved"):
        outbox.reject(item)
    assert outbox.move(item, [OutboxState.APPROVED], OutboxState.SENDING)
    assert not outbox.move(item, [OutboxState.APPROVED], OutboxState.SENDING)
    with pytest.raises(OutboxError):
        outbox.approve(item)
    with pytest.raises(OutboxError, match="no outbox item"):
        outbox.get(999)
    store.close()


def test_edit_gives_a_new_version_and_message_id(tmp_path: Path) -> None:
    store = MailStore(tmp_path)
    ledger, outbox = store.ledger, store.outbox
    _seen(ledger, 1)
    item = _add(outbox, 1)
    before = outbox.get(item).message_id
    new_id = outbox.edit(item, "better text", "lindqvist.example")
    got = outbox.get(item)
    assert got.body == "better text" and got.version == 2 and got.message_id == new_id != before
    assert new_id == reply_message_id("<m@x>h", "reply", 2, "lindqvist.example")
    assert reply_message_id("<m@x>h", "reply", 2, "lindqvist.example") == new_id  # deterministic
    assert outbox.get(item).old_message_ids == (before,)
    store.close()


def test_a_second_instance_is_refused_even_from_another_process(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path)
    lock.acquire()
    assert InstanceLock.holder(tmp_path) is not None
    code = (
        "import sys; from pathlib import Path; from assistant.daemon.lock import InstanceLock\n"
        "from assistant.errors import DaemonLockedError\n"
        f"try:\n InstanceLock(Path({str(tmp_path)!r})).acquire()\n"
        "except DaemonLockedError as e:\n print(e); sys.exit(3)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 3 and "another daemon" in done.stdout
    with pytest.raises(DaemonLockedError):
        InstanceLock(tmp_path).acquire()
    lock.release()
    assert InstanceLock.holder(tmp_path) is None
    again = InstanceLock(tmp_path)
    again.acquire()
    again.release()


def _reply(store: MailStore, inquiry: int, kind: str, to: str, **columns: object) -> int:
    reply = ReplyIdentity(kind=kind, to=to, message_id=f"<{kind}{inquiry}@x>", in_reply_to="<m@x>", references="")
    with store.transaction():
        item = store.outbox.add(
            inquiry_id=inquiry, reply=reply, subject="Re: x", body="hi", state=OutboxState.PENDING, reason="",
            auto=bool(columns.pop("auto", False)), draft_kind=str(columns.pop("draft_kind", "quote")),
        )  # fmt: skip
        if columns:
            assert store.outbox.move(item, [OutboxState.PENDING], OutboxState.SENT, **columns)
    return item


def test_the_store_answers_the_runners_questions_without_sql_outside_it(tmp_path: Path) -> None:
    store = MailStore(tmp_path)
    ledger, outbox = store.ledger, store.outbox
    first, _ = _seen(ledger, 1, mid="<a@x>")
    second, _ = _seen(ledger, 2, mid="<b@x>")
    sent = _reply(store, first, "reply", "ann@x.example", auto=True, sent_at="2026-11-20T10:00:00+00:00",
                  sent_via="daemon")  # fmt: skip
    _reply(store, second, "reply", "bo@x.example", auto=True)  # pending, not auto-sent yet
    assert outbox.auto_sends("ann@x.example", "2026-11-20T00:00:00+00:00", "2026-11-21T00:00:00+00:00") == (1, 0)
    assert outbox.auto_sends("ann@x.example", "2026-11-21T00:00:00+00:00", "2026-11-19T00:00:00+00:00") == (0, 1)
    assert [i.id for i in outbox.due_followups("2026-11-26T10:00:00+00:00")] == [sent]
    assert outbox.due_followups("2026-11-19T00:00:00+00:00") == []  # sent after the cutoff
    nudge = _reply(store, first, "followup", "ann@x.example")
    assert outbox.due_followups("2026-11-26T10:00:00+00:00") == []  # it has its follow-up
    with store.transaction():
        assert outbox.cancel_followups("ann@x.example") == 1
    assert outbox.get(nudge).state is OutboxState.REJECTED and outbox.get(nudge).reason == "the client answered"
    waiting = outbox.find(_reply(store, second, "followup", "bo@x.example"))
    assert waiting is not None and waiting.inquiry_sender == "" and waiting.inquiry_message_id == "<b@x>"
    before = waiting.message_id
    outbox.edit(waiting.id, "new words", "x.example")
    assert outbox.knows_message_id(before) and outbox.knows_message_id(outbox.get(waiting.id).message_id)
    assert not outbox.knows_message_id("<someone-else@x>")
    store.close()


def test_a_reply_keeps_its_quote_and_language_and_an_older_store_gains_the_columns(tmp_path: Path) -> None:
    import sqlite3

    old = tmp_path / "old"
    old.mkdir()
    from assistant.daemon.store.schema import LEDGER, OUTBOX

    before = "\n".join(line for line in OUTBOX.splitlines() if not line.strip().startswith(("quote_json", "language")))
    assert before != OUTBOX
    conn = sqlite3.connect(old / "daemon.sqlite")  # a store made before the quote and language columns
    conn.executescript(LEDGER + before)
    conn.close()
    store = MailStore(old)
    columns = {row[1] for row in store.conn.execute("PRAGMA table_info(outbox)")}
    assert {"quote_json", "language"} <= columns
    store.close()

    store = MailStore(tmp_path)
    row, _ = _seen(store.ledger, 1)
    reply = ReplyIdentity(kind="reply", to="c@example.com", message_id="<r@x>", in_reply_to="", references="")
    with transaction(store.conn):
        item_id = store.outbox.add(
            inquiry_id=row, reply=reply, subject="Re: x", body="Hallo", state=OutboxState.PENDING, reason="",
            auto=False, quote_json='{"number": "Q-1"}', language="de",
        )  # fmt: skip
    item = store.outbox.get(item_id)
    assert (item.quote_json, item.language) == ('{"number": "Q-1"}', "de")
    store.close()
