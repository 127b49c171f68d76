"""The provenance ledger: one row per delivered style sample, kept in ``provenance.sqlite``.

The ledger is the only source of truth for quotas (a client's used samples are its rows here), and it is how
the freelancer answers "is this file one of my previews, who got it, and from which works" later on: both the
delivered bytes and the service's raw output are hashed, so a copy with the watermark cropped or the footer cut
is still found by :meth:`ProvenanceLedger.find_by_hash`.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from assistant import sqlite as shared_sqlite
from assistant.tools.style import _db
from assistant.tools.style.models import ProvenanceRecord, StyleModelRef, WorkRef

if TYPE_CHECKING:
    from assistant.erasure.matcher import Matcher

_SCHEMA = """
CREATE TABLE IF NOT EXISTS samples (
    id TEXT PRIMARY KEY,
    client TEXT NOT NULL,
    prompt TEXT NOT NULL,
    kind TEXT NOT NULL,
    mime TEXT NOT NULL,
    created_at TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    raw_sha256 TEXT NOT NULL,
    works TEXT NOT NULL,
    licence TEXT NOT NULL,
    service TEXT NOT NULL DEFAULT '',
    service_sample_id TEXT NOT NULL DEFAULT '',
    path TEXT NOT NULL DEFAULT '',
    style_model TEXT NOT NULL DEFAULT '',
    credentials INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS samples_client ON samples (client, created_at);
CREATE INDEX IF NOT EXISTS samples_content ON samples (content_sha256);
CREATE INDEX IF NOT EXISTS samples_raw ON samples (raw_sha256);
"""

_COLUMNS = (
    "id, client, prompt, kind, mime, created_at, content_sha256, raw_sha256, works, licence, service, "
    "service_sample_id, path, style_model, credentials"
)
_ADDED_COLUMNS = {
    "style_model": "TEXT NOT NULL DEFAULT ''",
    "credentials": "INTEGER NOT NULL DEFAULT 0",
}
"""Columns newer than the first ledger, added to an older file when it is opened."""


def normalise_client(client: str) -> str:
    """The ledger key for a client: trimmed and case-folded, so ``Ana@X.com`` and ``ana@x.com`` share a quota."""
    return " ".join(client.split()).casefold()


class ProvenanceLedger(_db.Store):
    """Append-only record of every sample, in the data dir's ``provenance.sqlite`` (WAL)."""

    def __init__(self, data_dir: Path) -> None:
        """Open or create the ledger table in ``data_dir``."""
        super().__init__(data_dir, _SCHEMA)
        present = {row["name"] for row in self._conn.execute("PRAGMA table_info(samples)")}
        for column, declaration in _ADDED_COLUMNS.items():
            if column not in present:
                self._conn.execute(f"ALTER TABLE samples ADD COLUMN {column} {declaration}")

    def record(self, record: ProvenanceRecord) -> None:
        """Append one sample. Ids are unique; a second record with the same id is an error, not an update."""
        works = json.dumps([w.model_dump() for w in record.works])
        style_model = record.style_model.model_dump_json() if record.style_model else ""
        with self._lock:
            self._conn.execute(
                f"INSERT INTO samples ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.id,
                    normalise_client(record.client),
                    record.prompt,
                    record.kind,
                    record.mime,
                    record.created_at.astimezone(dt.UTC).isoformat(),
                    record.content_sha256,
                    record.raw_sha256,
                    works,
                    record.licence,
                    record.service,
                    record.service_sample_id,
                    record.path,
                    style_model,
                    int(record.credentials),
                ),
            )

    def count(self, client: str) -> int:
        """How many samples this client has received, which is what the free-sample quota counts."""
        with self._lock:
            row = self._conn.execute(
                "SELECT COUNT(*) FROM samples WHERE client = ?", (normalise_client(client),)
            ).fetchone()
        return int(row[0])

    def records(self, client: str | None = None) -> list[ProvenanceRecord]:
        """Every record, oldest first, or only one client's."""
        query = f"SELECT {_COLUMNS} FROM samples"
        params: tuple[str, ...] = ()
        if client is not None:
            query += " WHERE client = ?"
            params = (normalise_client(client),)
        with self._lock:
            rows = self._conn.execute(query + " ORDER BY created_at, rowid", params).fetchall()
        return [_to_record(row) for row in rows]

    def get(self, sample_id: str) -> ProvenanceRecord | None:
        """One record by its sample id."""
        with self._lock:
            row = self._conn.execute(f"SELECT {_COLUMNS} FROM samples WHERE id = ?", (sample_id,)).fetchone()
        return _to_record(row) if row is not None else None

    def forget(self, matcher: Matcher, *, dry_run: bool = False) -> int:
        """Strip the client from their samples' records and delete the delivered files; returns how many.

        The row stays with its hashes, kind, works and licence, so a leaked preview is still recognised as one
        of the freelancer's; who asked for it, and in what words, does not.
        """
        with self._lock:
            rows = self._conn.execute("SELECT id, client, prompt, path FROM samples").fetchall()
        hits = [row for row in rows if matcher.is_client(row["client"]) or matcher.mentions(row["prompt"])]
        if dry_run or not hits:
            return len(hits)
        with self._lock:
            self._conn.execute("PRAGMA secure_delete=ON")
            with _db.transaction(self._conn):
                for row in hits:
                    self._conn.execute(
                        "UPDATE samples SET client = ?, prompt = '', path = '' WHERE id = ?",
                        (f"forgotten:{row['id']}", row["id"]),
                    )
            for row in hits:
                if row["path"]:
                    Path(row["path"]).unlink(missing_ok=True)
            shared_sqlite.erase_free_pages(self._conn)
        return len(hits)

    def find_by_hash(self, sha256: str) -> list[ProvenanceRecord]:
        """Records whose delivered or raw content has this hash."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM samples WHERE content_sha256 = ? OR raw_sha256 = ? ORDER BY created_at",
                (sha256, sha256),
            ).fetchall()
        return [_to_record(row) for row in rows]


def _to_record(row: sqlite3.Row) -> ProvenanceRecord:
    return ProvenanceRecord(
        id=row["id"],
        client=row["client"],
        prompt=row["prompt"],
        kind=row["kind"],
        mime=row["mime"],
        created_at=dt.datetime.fromisoformat(row["created_at"]),
        content_sha256=row["content_sha256"],
        raw_sha256=row["raw_sha256"],
        works=tuple(WorkRef.model_validate(w) for w in json.loads(row["works"])),
        licence=row["licence"],
        service=row["service"],
        service_sample_id=row["service_sample_id"],
        path=row["path"],
        style_model=StyleModelRef.model_validate_json(row["style_model"]) if row["style_model"] else None,
        credentials=bool(row["credentials"]),
    )
