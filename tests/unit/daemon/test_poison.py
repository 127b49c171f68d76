"""Poison messages: no single message can stop the daemon, now or after any number of restarts.

The daemon is opened on a data dir (no mailbox is contacted by :meth:`Daemon.process`) and fed raw bytes as the
poll loop records them; the parser, triage, drafter and gate are the real ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.daemon import daemon_status
from assistant.daemon.runner import Daemon
from assistant.daemon.store.ledger import MAX_ATTEMPTS
from assistant.mail.parsing import dedupe_fields
from assistant.profile import Profile, load_profile
from tests.conftest import EXAMPLES

SURROGATE_SUBJECT = (
    b"From: Ann Example <ann@shop.example>\r\n"
    b"To: studio@lindqvist.example\r\n"
    b"Subject: =?utf-7?q?Logo_+2D0-_f=FCr?=\r\n"
    b"Date: Tue, 01 Dec 2026 09:00:00 +0000\r\n"
    b"Message-ID: <poison.1@shop.example>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Hello, could you design a logo for my bakery? What would it cost? Thanks, Ann\r\n"
)
"""About 330 bytes: the subject decodes (UTF-7) to a lone surrogate, which SQLite refuses to store."""


def _inquiry(headers: str, body: bytes = b"Could you design a logo for my bakery? What would it cost?") -> bytes:
    base = "To: studio@lindqvist.example\r\nDate: Tue, 01 Dec 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
    return (headers + base).encode("utf-8") + b"\r\n" + body + b"\r\n"


@pytest.fixture
def profile() -> Profile:
    return load_profile(EXAMPLES / "profile.toml")


def _record(daemon: Daemon, raw: bytes, uid: int) -> int:
    assert daemon.store is not None
    mid, digest = dedupe_fields(raw)
    row_id, new = daemon.store.ledger.record_seen(
        mailbox="INBOX", uidvalidity=1, uid=uid, message_id=mid, content_hash=digest, raw=raw
    )
    assert new
    return row_id


def test_a_subject_that_decodes_to_a_lone_surrogate_is_stored_and_answered(daemon: Daemon) -> None:
    assert 300 < len(SURROGATE_SUBJECT) < 450
    row_id = _record(daemon, SURROGATE_SUBJECT, 1)
    daemon.process(row_id)
    assert daemon.store is not None
    row = daemon.store.ledger.message(row_id)
    assert row is not None and row.state == "done"
    assert row.subject.startswith("Logo \ufffd")
    [item] = daemon.store.outbox.items()
    item.subject.encode("utf-8")  # storable and sendable


@pytest.mark.parametrize(
    "raw",
    [
        _inquiry(
            "From: ann@shop.example\r\nSubject: brief\r\nContent-Type: text/plain; charset=unicode-escape\r\n",
            rb"Could you draw a logo? \ud800 What would it cost?",
        ),
        _inquiry("From: =?utf-7?q?+2D0-?= <ann@shop.example>\r\nSubject: logo\r\n"),
        _inquiry("From: ann@shop.example\r\nSubject: =?utf-8?b?gICA?= =?x-unknown?q?=FF?= logo\r\n"),
        _inquiry("From: ann@shop.example\r\nSubject: logo\r\nReferences: <=?utf-7?q?+2D0-?=@x>\r\n"),
    ],
    ids=["unicode-escape body", "utf-7 display name", "broken encoded words", "encoded word in References"],
)
def test_undecodable_text_anywhere_never_stops_a_message(daemon: Daemon, raw: bytes) -> None:
    row_id = _record(daemon, raw, 1)
    daemon.process(row_id)
    assert daemon.store is not None
    row = daemon.store.ledger.message(row_id)
    assert row is not None and row.state in ("done", "quarantined")
    for item in daemon.store.outbox.items():
        (item.subject + item.body + item.to + item.references).encode("utf-8")


def test_any_error_while_handling_a_message_quarantines_it_with_the_reason(
    daemon: Daemon, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken_triage(*_: object) -> None:
        raise KeyError("a bug in triage")

    first = _record(daemon, _inquiry("From: ann@shop.example\r\nSubject: logo\r\n"), 1)
    second = _record(daemon, _inquiry("From: bob@shop.example\r\nSubject: poster\r\n"), 2)
    monkeypatch.setattr("assistant.daemon.runner.triage", broken_triage)
    daemon.process(first)  # does not raise
    monkeypatch.undo()
    daemon.process(second)
    assert daemon.store is not None
    ledger = daemon.store.ledger
    [entry] = ledger.quarantined()
    assert "KeyError" in entry.reason and "a bug in triage" in entry.reason
    row = ledger.message(second)
    assert row is not None and row.state == "done", "the next message is handled as usual"
    status = daemon_status(tmp_path)
    assert status.errors == 1 and "KeyError" in status.last_error
    assert status.queues["quarantine"] == 1


def test_a_message_that_kept_killing_the_daemon_is_quarantined_on_restart(daemon: Daemon) -> None:
    row_id = _record(daemon, _inquiry("From: ann@shop.example\r\nSubject: logo\r\n"), 1)
    assert daemon.store is not None
    ledger = daemon.store.ledger
    for _ in range(MAX_ATTEMPTS):  # each attempt was committed, then the process died (SIGKILL, OOM)
        ledger.begin_attempt(row_id)
    daemon.process_unfinished()
    row = ledger.message(row_id)
    assert row is not None and row.state == "quarantined"
    assert f"stopped the daemon {MAX_ATTEMPTS} times" in row.reason
    assert ledger.counters()["errors"] == 1
    assert daemon.store.outbox.items() == []


def test_a_non_ascii_sender_is_quarantined_before_it_can_reach_rcpt_to(daemon: Daemon) -> None:
    raw = _inquiry("From: =?utf-8?q?J=C3=BCrgen?= <j\u00fcrgen@shop.example>\r\nSubject: logo\r\n")
    row_id = _record(daemon, raw, 1)
    daemon.process(row_id)
    assert daemon.store is not None
    row = daemon.store.ledger.message(row_id)
    assert row is not None and row.state == "quarantined" and "SMTPUTF8" in row.reason
    assert daemon.store.outbox.items() == []
