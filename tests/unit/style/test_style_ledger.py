from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from assistant.tools.style.ledger import ProvenanceLedger, normalise_client
from assistant.tools.style.models import ProvenanceRecord, WorkRef


def _record(sample_id: str, client: str, minutes: int = 0, content: str = "c", raw: str = "r") -> ProvenanceRecord:
    return ProvenanceRecord(
        id=sample_id,
        client=client,
        prompt="a sea poem",
        kind="text",
        mime="text/plain",
        created_at=dt.datetime(2026, 11, 1, 12, minutes, tzinfo=dt.UTC),
        content_sha256=content * 64,
        raw_sha256=raw * 64,
        works=(WorkRef(id="river", title="River Notes"),),
        licence="Preview only.",
        service="atelier http://127.0.0.1:8765",
    )


def test_records_round_trip_and_are_counted_per_client(tmp_path: Path) -> None:
    ledger = ProvenanceLedger(tmp_path)
    ledger.record(_record("s1", "Ana@Example.com", 1, "a", "b"))
    ledger.record(_record("s2", "ben", 2, "c", "d"))
    ledger.record(_record("s3", " ana@example.com ", 3, "e", "f"))

    assert ledger.count("ANA@example.com") == 2
    assert ledger.count("ben") == 1
    assert ledger.count("nobody") == 0
    assert [r.id for r in ledger.records()] == ["s1", "s2", "s3"]
    first = ledger.records("ana@example.com")[0]
    assert first.client == "ana@example.com"
    assert first.works == (WorkRef(id="river", title="River Notes"),)
    assert first.created_at == dt.datetime(2026, 11, 1, 12, 1, tzinfo=dt.UTC)
    assert ledger.get("s2") == _record("s2", "ben", 2, "c", "d")
    assert ledger.get("missing") is None
    ledger.close()


def test_find_by_delivered_or_raw_hash(tmp_path: Path) -> None:
    ledger = ProvenanceLedger(tmp_path)
    ledger.record(_record("s1", "ana", content="a", raw="b"))
    assert [r.id for r in ledger.find_by_hash("a" * 64)] == ["s1"]
    assert [r.id for r in ledger.find_by_hash("b" * 64)] == ["s1"]
    assert ledger.find_by_hash("f" * 64) == []
    ledger.close()


def test_ids_are_unique_and_records_survive_reopening(tmp_path: Path) -> None:
    ledger = ProvenanceLedger(tmp_path)
    ledger.record(_record("s1", "ana"))
    with pytest.raises(sqlite3.IntegrityError):
        ledger.record(_record("s1", "ben"))
    ledger.close()
    reopened = ProvenanceLedger(tmp_path)
    assert [r.client for r in reopened.records()] == ["ana"]
    reopened.close()


def test_ledger_file_uses_wal(tmp_path: Path) -> None:
    ProvenanceLedger(tmp_path).close()
    with sqlite3.connect(tmp_path / "provenance.sqlite") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_normalise_client() -> None:
    assert normalise_client("  Ana   Lopez ") == "ana lopez"
    assert normalise_client("ANA@X.COM") == "ana@x.com"


def test_an_older_ledger_gains_the_new_columns_and_keeps_its_rows(tmp_path: Path) -> None:
    old = sqlite3.connect(tmp_path / "provenance.sqlite")
    old.executescript(
        "CREATE TABLE samples (id TEXT PRIMARY KEY, client TEXT NOT NULL, prompt TEXT NOT NULL, kind TEXT NOT NULL,"
        " mime TEXT NOT NULL, created_at TEXT NOT NULL, content_sha256 TEXT NOT NULL, raw_sha256 TEXT NOT NULL,"
        " works TEXT NOT NULL, licence TEXT NOT NULL, service TEXT NOT NULL DEFAULT '',"
        " service_sample_id TEXT NOT NULL DEFAULT '', path TEXT NOT NULL DEFAULT '');"
        "INSERT INTO samples (id, client, prompt, kind, mime, created_at, content_sha256, raw_sha256, works, licence)"
        " VALUES ('smp_old', 'ana', 'sea', 'text', 'text/plain', '2025-01-01T00:00:00+00:00', 'c', 'r',"
        ' \'[{"id": "river", "title": "River"}]\', \'Preview only.\');'
    )
    old.commit()
    old.close()
    ledger = ProvenanceLedger(tmp_path)
    (record,) = ledger.records()
    ledger.close()
    assert record.id == "smp_old" and record.style_model is None and not record.credentials
    assert [(w.id, w.excerpt) for w in record.works] == [("river", "")]
