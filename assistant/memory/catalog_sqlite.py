"""The local catalogue: sources, chunk texts, keyword index and repair journal in a SQLite file beside Chroma.

This is the :class:`assistant.memory.catalog.Catalog` of local memory. Each source's chunks change in one SQLite
transaction. It keeps the chunk texts (the local Chroma holds only vectors and filter fields), with an FTS5 index
for the keyword half of hybrid search. ``secure_delete`` and an FTS ``optimize`` after
:meth:`SqliteCatalog.delete_sources` make sure forgotten text is overwritten, not just unlinked.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant import sqlite as shared_sqlite
from assistant.clock import Clock
from assistant.errors import MemoryStoreError
from assistant.memory.catalog import (
    ChunkRow,
    JournalRow,
    SourceRow,
    chunk_id,
    discriminating,
    filter_fields,
    query_words,
)
from assistant.memory.chunking import Chunk
from assistant.memory.models import BriefMeta
from assistant.memory.scope import Filters, Scope, client_key

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    sid TEXT PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    gen TEXT NOT NULL,
    client TEXT NOT NULL,
    client_key TEXT NOT NULL,
    service TEXT NOT NULL,
    date TEXT,
    outcome TEXT NOT NULL,
    title TEXT NOT NULL,
    public INTEGER NOT NULL,
    meta_json TEXT NOT NULL,
    n_chunks INTEGER NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sources_client ON sources (client_key);
CREATE TABLE IF NOT EXISTS chunks (
    rowid INTEGER PRIMARY KEY,
    chunk_id TEXT NOT NULL UNIQUE,
    sid TEXT NOT NULL REFERENCES sources (sid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    line INTEGER,
    page INTEGER,
    part TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_sid ON chunks (sid, idx);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5 (text, content = 'chunks', content_rowid = 'rowid');
CREATE TRIGGER IF NOT EXISTS chunks_ai AFTER INSERT ON chunks BEGIN
    INSERT INTO chunks_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER IF NOT EXISTS chunks_ad AFTER DELETE ON chunks BEGIN
    INSERT INTO chunks_fts (chunks_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TABLE IF NOT EXISTS journal (
    sid TEXT PRIMARY KEY,
    op TEXT NOT NULL,
    source TEXT NOT NULL,
    since TEXT NOT NULL
);
"""

_CHUNK_SELECT = """
SELECT c.chunk_id, c.sid, s.source, c.idx, c.text, c.line, c.page, c.part, s.client, s.client_key, s.public,
       s.title, s.service, s.date, s.outcome
FROM chunks c JOIN sources s ON s.sid = c.sid
"""


class SqliteCatalog:
    """SQLite catalogue; safe to share between threads (one connection behind a lock)."""

    def __init__(self, path: Path) -> None:
        """Open (and create or migrate) the catalogue at ``path``.

        Raises:
            MemoryStoreError: the file is not a catalogue, or was written by a newer Atelier.
        """
        self.path = path
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=10)
            self._db.row_factory = sqlite3.Row
            for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "secure_delete = ON", "foreign_keys = ON"):
                self._db.execute(f"PRAGMA {pragma}")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise MemoryStoreError(
                    f"{path}: written by a newer Atelier (schema {version})", hint="Upgrade Atelier to use it."
                )
            with self._lock:
                self._db.executescript(f"BEGIN; {_SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
                self._db.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.chunks_vocab USING fts5vocab(main, chunks_fts, 'row')"
                )
        except sqlite3.DatabaseError as exc:
            raise MemoryStoreError(f"{path}: cannot open the memory catalogue: {exc}") from exc

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One immediate transaction: all of it or none of it reaches the file."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- reading ---------------------------------------------------------------------------------------------

    def source(self, source: str) -> SourceRow | None:
        """The row for ``source`` (a path string or ``text:NAME``), if it is in memory."""
        with self._lock:
            row = self._db.execute("SELECT * FROM sources WHERE source = ?", (source,)).fetchone()
        return _source_row(row) if row else None

    def by_sid(self, sid: str) -> SourceRow | None:
        """The row for a source id, if it is in memory."""
        with self._lock:
            row = self._db.execute("SELECT * FROM sources WHERE sid = ?", (sid,)).fetchone()
        return _source_row(row) if row else None

    def sources(self, *, client: str | None = None) -> list[SourceRow]:
        """Every source, optionally only one client's, by date then name."""
        sql = "SELECT * FROM sources"
        args: tuple[str, ...] = ()
        if client is not None:
            sql, args = sql + " WHERE client_key = ?", (client_key(client),)
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY date IS NULL, date, source", args).fetchall()
        return [_source_row(row) for row in rows]

    def clients(self) -> list[str]:
        """The distinct client names in memory, by name."""
        with self._lock:
            rows = self._db.execute("SELECT DISTINCT client FROM sources WHERE client != '' ORDER BY client")
            return [str(row[0]) for row in rows.fetchall()]

    def chunks(self, sid: str) -> list[ChunkRow]:
        """The chunks of one source, in order."""
        with self._lock:
            rows = self._db.execute(_CHUNK_SELECT + " WHERE c.sid = ? ORDER BY c.idx", (sid,)).fetchall()
        return [_chunk_row(row) for row in rows]

    def chunk_ids(self, sid: str) -> list[str]:
        """The Chroma ids the catalogue expects for ``sid``."""
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT chunk_id FROM chunks WHERE sid = ? ORDER BY idx", (sid,))]

    def all_chunk_ids(self) -> set[str]:
        """Every chunk id the catalogue lists (for audits)."""
        with self._lock:
            return {r[0] for r in self._db.execute("SELECT chunk_id FROM chunks")}

    def rows_for(self, chunk_ids: Sequence[str]) -> dict[str, ChunkRow]:
        """Visible chunks among ``chunk_ids``; ids the catalogue does not list are left out."""
        found: dict[str, ChunkRow] = {}
        ids = list(dict.fromkeys(chunk_ids))
        with self._lock:
            for start in range(0, len(ids), 500):
                batch = ids[start : start + 500]
                marks = ",".join("?" * len(batch))
                for row in self._db.execute(_CHUNK_SELECT + f" WHERE c.chunk_id IN ({marks})", batch):
                    found[row["chunk_id"]] = _chunk_row(row)
        return found

    def visible(self, chunk_ids: Sequence[str], scope: Scope, filters: Filters) -> set[str]:
        """The ids among ``chunk_ids`` that the catalogue lists inside ``scope`` and ``filters``."""
        if not chunk_ids:
            return set()
        scope_sql, scope_args = scope.sql("s")
        filter_sql, filter_args = filters.sql("s")
        marks = ",".join("?" * len(chunk_ids))
        sql = (
            f"SELECT c.chunk_id FROM chunks c JOIN sources s ON s.sid = c.sid WHERE c.chunk_id IN ({marks})"
            f" AND {scope_sql} AND {filter_sql}"
        )
        with self._lock:
            return {row[0] for row in self._db.execute(sql, (*chunk_ids, *scope_args, *filter_args))}

    def keyword(self, query: str, scope: Scope, filters: Filters, limit: int) -> list[str]:
        """Chunk ids whose text matches words of ``query``, best BM25 first, inside ``scope`` and ``filters``.

        Every word is a quoted FTS5 phrase joined with OR, so user text cannot inject FTS syntax, and a code like
        ``KB-2291`` is matched as the phrase "kb 2291".
        """
        words = discriminating(query_words(query), self._frequency, self._total())
        if not words:
            return []
        match = " OR ".join('"' + w.replace('"', "") + '"' for w in words)
        scope_sql, scope_args = scope.sql("s")
        filter_sql, filter_args = filters.sql("s")
        sql = (
            "SELECT c.chunk_id FROM chunks_fts f JOIN chunks c ON c.rowid = f.rowid JOIN sources s ON s.sid = c.sid"
            f" WHERE chunks_fts MATCH ? AND {scope_sql} AND {filter_sql} ORDER BY bm25(chunks_fts) LIMIT ?"
        )
        with self._lock:
            rows = self._db.execute(sql, (match, *scope_args, *filter_args, limit)).fetchall()
        return [row[0] for row in rows]

    def _total(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM chunks").fetchone()[0])

    def _frequency(self, terms: list[str]) -> dict[str, int]:
        marks = ",".join("?" * len(terms))
        with self._lock:
            rows = self._db.execute(f"SELECT term, doc FROM temp.chunks_vocab WHERE term IN ({marks})", terms)
            return {str(term): int(doc) for term, doc in rows}

    def document_frequency(self, terms: Sequence[str]) -> tuple[dict[str, int], int]:
        """How many chunks hold each of ``terms`` (single folded tokens), and how many chunks there are."""
        unique = sorted(set(terms))
        found = self._frequency(unique)
        return {term: found.get(term, 0) for term in unique}, self._total()

    def journal(self) -> list[JournalRow]:
        """Operations whose Chroma side may be unfinished."""
        with self._lock:
            rows = self._db.execute("SELECT sid, op, source FROM journal ORDER BY since").fetchall()
        return [JournalRow(sid=r["sid"], op=r["op"], source=r["source"]) for r in rows]

    def counts(self) -> tuple[int, int, int]:
        """(sources, chunks, public sources)."""
        with self._lock:
            row = self._db.execute(
                "SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM chunks),"
                " (SELECT count(*) FROM sources WHERE public = 1)"
            ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    # -- writing (the caller holds the writer lock) ----------------------------------------------------------

    def vector_fields(self, row: SourceRow, chunks: Sequence[Chunk]) -> tuple[list[dict[str, Any]], list[str] | None]:
        """Only the filter fields: the texts stay in this file, where a forget can scrub them."""
        return [filter_fields(row)] * len(chunks), None

    def claim_writer(self, holder: str) -> None:
        """Nothing to claim: this file is in one data dir, and the store's file lock keeps its writers apart."""

    def release_writer(self, holder: str) -> None:
        """Nothing was claimed (see :meth:`claim_writer`)."""

    def begin(self, ops: Sequence[JournalRow]) -> None:
        """Journal operations before their Chroma side starts, so a crash leaves a note to repair."""
        now = _now()
        with self._tx() as db:
            db.executemany(
                "INSERT OR REPLACE INTO journal (sid, op, source, since) VALUES (?, ?, ?, ?)",
                [(op.sid, op.op, op.source, now) for op in ops],
            )

    def done(self, sids: Sequence[str]) -> None:
        """Drop the journal rows of finished operations."""
        with self._tx() as db:
            db.executemany("DELETE FROM journal WHERE sid = ?", [(sid,) for sid in sids])

    def commit_sources(self, docs: Sequence[tuple[SourceRow, Sequence[Chunk]]]) -> None:
        """Make new versions of sources visible, all in one transaction (their old chunks go with it)."""
        with self._tx() as db:
            for row, chunks in docs:
                db.execute("DELETE FROM chunks WHERE sid = ?", (row.sid,))
                meta = row.meta
                db.execute(
                    "INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        row.sid,
                        row.source,
                        row.kind,
                        row.content_hash,
                        row.gen,
                        meta.client,
                        row.client_key,
                        meta.service,
                        meta.date.isoformat() if meta.date else None,
                        meta.outcome,
                        meta.title,
                        int(row.public),
                        meta.model_dump_json(),
                        len(chunks),
                        row.added_at.isoformat(),
                    ),
                )
                db.executemany(
                    "INSERT INTO chunks (chunk_id, sid, idx, text, line, page, part) VALUES (?,?,?,?,?,?,?)",
                    [
                        (chunk_id(row.sid, row.gen, c.index), row.sid, c.index, c.text, c.line, c.page, c.part)
                        for c in chunks
                    ],
                )

    def delete_sources(self, rows: Sequence[SourceRow]) -> None:
        """Remove sources and their chunks, and journal the Chroma deletion, in one transaction."""
        now = _now()
        with self._tx() as db:
            for row in rows:
                db.execute("DELETE FROM chunks WHERE sid = ?", (row.sid,))
                db.execute("DELETE FROM sources WHERE sid = ?", (row.sid,))
                db.execute(
                    "INSERT OR REPLACE INTO journal (sid, op, source, since) VALUES (?, 'forget', ?, ?)",
                    (row.sid, row.source, now),
                )

    def scrub(self) -> None:
        """Rewrite the keyword index and empty the WAL, so deleted text is not left in any file."""
        with self._tx() as db:
            db.execute("INSERT INTO chunks_fts (chunks_fts) VALUES ('optimize')")
        with self._lock:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def erase_free_pages(self) -> None:
        """Rebuild the file without free pages and empty the WAL (after an erasure; see :mod:`assistant.sqlite`)."""
        with self._lock:
            shared_sqlite.erase_free_pages(self._db)

    def set_public(self, sid: str, public: bool) -> None:
        """Change a source's public flag and journal the matching Chroma update, in one transaction."""
        with self._tx() as db:
            db.execute(
                "UPDATE sources SET public = ?, meta_json = json_set(meta_json, '$.public', json(?)) WHERE sid = ?",
                (int(public), json.dumps(public), sid),
            )
            source = db.execute("SELECT source FROM sources WHERE sid = ?", (sid,)).fetchone()[0]
            db.execute(
                "INSERT OR REPLACE INTO journal (sid, op, source, since) VALUES (?, 'public', ?, ?)",
                (sid, source, _now()),
            )


def _now() -> str:
    stamp: str = Clock.from_env().utcnow().isoformat()
    return stamp


def _source_row(row: sqlite3.Row) -> SourceRow:
    return SourceRow(
        sid=row["sid"],
        source=row["source"],
        kind=row["kind"],
        content_hash=row["content_hash"],
        gen=row["gen"],
        client_key=row["client_key"],
        public=bool(row["public"]),
        meta=BriefMeta.model_validate_json(row["meta_json"]),
        n_chunks=row["n_chunks"],
        added_at=dt.datetime.fromisoformat(row["added_at"]),
    )


def _chunk_row(row: sqlite3.Row) -> ChunkRow:
    values: dict[str, Any] = dict(row)
    values["public"] = bool(values["public"])
    values["date"] = dt.date.fromisoformat(values["date"]) if values["date"] else None
    return ChunkRow(**values)
