"""Retention: after ``[retention] inquiry_days`` an inquiry keeps its headers and outcome, nothing of its words."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli.main import cli
from assistant.clock import NOW_ENV, Clock
from assistant.daemon.models import OutboxState
from assistant.daemon.retention import apply_retention, past_retention
from assistant.daemon.store import MailStore
from assistant.profile import Retention
from tests.unit.daemon.test_store import _add
from tests.unit.tools.tools_helpers import make_profile

RAW = b"From: Ana <ana@x.example>\r\nSubject: A logo\r\n\r\nOur secret plans: a fox, KB-4411."


def _store_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, day: str, uid: int, state: OutboxState) -> int:
    monkeypatch.setenv(NOW_ENV, day)
    store = MailStore(tmp_path)
    row, _ = store.ledger.record_seen(
        mailbox="INBOX", uidvalidity=1, uid=uid, message_id=f"<{uid}@x>", content_hash=str(uid), raw=RAW
    )
    with store.transaction():
        store.ledger.finish(row)
    _add(store.outbox, row, state)
    store.close()
    return row


def test_old_inquiries_keep_headers_and_outcome_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = _store_with(tmp_path, monkeypatch, "2026-01-05", 1, OutboxState.SENT)
    waiting = _store_with(tmp_path, monkeypatch, "2026-01-06", 2, OutboxState.PENDING)
    recent = _store_with(tmp_path, monkeypatch, "2026-06-20", 3, OutboxState.SENT)
    profile = make_profile().model_copy(update={"retention": Retention(inquiry_days=180)})
    clock = Clock.moved_to(dt.date(2026, 7, 10))
    assert past_retention(tmp_path, make_profile(), clock) is None
    assert past_retention(tmp_path, profile, clock) == 2

    store = MailStore(tmp_path)
    assert apply_retention(store, profile, clock) == 2
    cut = store.ledger.message(old)
    assert (
        cut is not None and cut.raw == b"From: Ana <ana@x.example>\r\nSubject: A logo\r\n\r\n" and cut.state == "done"
    )
    assert store.ledger.message(recent).raw == RAW  # type: ignore[union-attr]
    bodies = {item.inquiry_id: item.body for item in store.outbox.items()}
    assert bodies[old] == "" and bodies[waiting] != "" and bodies[recent] != ""
    assert apply_retention(store, profile, clock) == 0
    store.close()
    assert b"KB-4411" in (tmp_path / "daemon.sqlite").read_bytes(), "the recent inquiry is kept whole"
    assert (tmp_path / "daemon.sqlite").read_bytes().count(b"KB-4411") == 1


def test_doctor_reports_what_is_past_retention_and_cuts_nothing(
    demo_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = demo_home / "data"
    _store_with(data, monkeypatch, "2026-01-05", 1, OutboxState.SENT)
    _store_with(data, monkeypatch, "2026-01-06", 2, OutboxState.PENDING)
    _store_with(data, monkeypatch, "2026-06-20", 3, OutboxState.SENT)
    monkeypatch.setenv(NOW_ENV, "2026-07-10")

    def retention_check() -> str:
        result = CliRunner().invoke(cli, ["doctor", "--json"])
        checks = {check["name"]: check for check in json.loads(result.output)}
        assert checks["retention"]["ok"], checks["retention"]
        return str(checks["retention"]["detail"])

    assert retention_check() == "inquiries are kept whole ([retention] inquiry_days is not set)"
    with open(demo_home / "profile.toml", "a", encoding="utf-8") as profile:
        profile.write("\n[retention]\ninquiry_days = 180\n")
    assert retention_check() == "2 inquiry bodies are older than 180 days; the daemon cuts them"
    profile = make_profile().model_copy(update={"retention": Retention(inquiry_days=180)})
    assert past_retention(data, profile, Clock.moved_to(dt.date(2026, 7, 10))) == 2, "doctor reports, it cuts nothing"
    monkeypatch.setenv(NOW_ENV, "2026-07-01")
    assert retention_check() == "no inquiry body is older than 180 days"
