"""The freelancer's decisions on quarantined messages, through the same store the daemon runs on.

Release gives a message one more try (its next attempt is its last, so a message that still kills the daemon is
back after one crash); drop keeps its headers, the reason and the decision; ``daemon status`` counts what waits
by cause and shows the reasons.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.daemon import Inbox, daemon_status, open_inbox
from assistant.daemon.runner import Daemon
from assistant.daemon.store.ledger import MAX_ATTEMPTS
from assistant.errors import MailError
from assistant.mail.parsing import dedupe_fields

INQUIRY = (
    b"From: Ann \xe2\x80\xaeekaB <ann@shop.example>\r\nTo: studio@lindqvist.example\r\nSubject: Logo for my bakery\r\n"
    b"Message-ID: <q.1@shop.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Hello, could you design a logo for my bakery? What would it cost?\r\n"
)


@pytest.fixture
def inbox(tmp_path: Path, daemon: Daemon) -> Iterator[Inbox]:
    store = open_inbox(tmp_path, "studio@lindqvist.example")
    yield store
    store.close()


def _record(daemon: Daemon, raw: bytes, uid: int = 1) -> int:
    assert daemon.store is not None
    mid, digest = dedupe_fields(raw)
    row_id, _ = daemon.store.ledger.record_seen(
        mailbox="INBOX", uidvalidity=1, uid=uid, message_id=mid, content_hash=digest, raw=raw
    )
    return row_id


def _fail_once(daemon: Daemon, monkeypatch: pytest.MonkeyPatch) -> int:
    def broken_triage(*_: object) -> None:
        raise KeyError("a bug in triage")

    row_id = _record(daemon, INQUIRY)
    with monkeypatch.context() as patched:
        patched.setattr("assistant.daemon.runner.triage", broken_triage)
        daemon.process(row_id)
    return row_id


def test_the_quarantine_shows_who_wrote_what_and_why_without_bidi_controls(
    daemon: Daemon, inbox: Inbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_once(daemon, monkeypatch)
    [entry] = inbox.quarantine()
    assert entry.cause == "error" and "KeyError" in entry.reason and entry.body_kept
    assert entry.sender == "Ann ekaB <ann@shop.example>" and entry.subject == "Logo for my bakery"
    assert "Subject: Logo for my bakery" in inbox.quarantined_headers(entry.id)


def test_a_released_message_is_handled_in_the_next_cycle_as_if_new(
    daemon: Daemon, inbox: Inbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    row_id = _fail_once(daemon, monkeypatch)
    [entry] = inbox.quarantine()
    inbox.release(entry.id)
    assert inbox.quarantine() == []
    daemon.process_unfinished()  # what every cycle now does after the poll
    assert daemon.store is not None
    row = daemon.store.ledger.message(row_id)
    assert row is not None and row.state == "done"
    [item] = daemon.store.outbox.items()
    assert item.to == "ann@shop.example"
    with pytest.raises(MailError, match="no quarantined message"):
        inbox.release(entry.id)


def test_a_released_message_that_still_kills_the_daemon_is_back_after_one_crash(
    daemon: Daemon, inbox: Inbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    row_id = _fail_once(daemon, monkeypatch)
    inbox.release(inbox.quarantine()[0].id)
    assert daemon.store is not None
    assert daemon.store.ledger.begin_attempt(row_id) == MAX_ATTEMPTS  # the process dies during this attempt
    daemon.process(row_id)  # the restart
    [entry] = inbox.quarantine()
    assert entry.cause == "crashed" and "stopped the daemon" in entry.reason


def test_drop_keeps_the_headers_the_reason_and_the_decision(
    daemon: Daemon, inbox: Inbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    row_id = _fail_once(daemon, monkeypatch)
    [entry] = inbox.quarantine()
    dropped = inbox.drop(entry.id)
    assert dropped.decision == "dropped" and dropped.decided_at and not dropped.body_kept
    assert inbox.quarantine() == [] and [e.id for e in inbox.quarantine(decided=True)] == [entry.id]
    assert daemon.store is not None
    row = daemon.store.ledger.message(row_id)
    assert row is not None and row.state == "quarantined" and b"could you design" not in row.raw
    assert b"Subject: Logo for my bakery" in row.raw
    with pytest.raises(MailError, match="already dropped"):
        inbox.release(entry.id)
    assert daemon_status(tmp_path).quarantine == {}


def test_a_message_kept_as_headers_only_cannot_be_released(daemon: Daemon, inbox: Inbox) -> None:
    assert daemon.store is not None
    mid, digest = dedupe_fields(INQUIRY)
    daemon.store.ledger.record_seen(
        mailbox="INBOX", uidvalidity=1, uid=9, message_id=mid, content_hash=digest,
        raw=INQUIRY.split(b"\r\n\r\n")[0] + b"\r\n\r\n", quarantine="too large to read: 30.0 MB",
    )  # fmt: skip
    [entry] = inbox.quarantine()
    assert entry.cause == "too large" and not entry.body_kept
    with pytest.raises(MailError, match="only its headers were kept"):
        inbox.release(entry.id)


def test_status_counts_what_waits_in_quarantine_by_cause_with_the_reasons(
    daemon: Daemon, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fail_once(daemon, monkeypatch)
    daemon.process(_record(daemon, b"From: a@x.example\r\nFrom: b@y.example\r\nSubject: two\r\n\r\nlogo?", uid=2))
    status = daemon_status(tmp_path)
    assert status.quarantine == {"error": 1, "unreadable": 1}
    assert status.queues["quarantine"] == 2 and status.errors == 1
    assert any("more than one From" in r for r in status.quarantine_reasons)
    assert any(r.startswith("#1 error: could not be handled (KeyError") for r in status.quarantine_reasons)
