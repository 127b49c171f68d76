"""The server catalogue: everything memory knows kept on the Chroma server, so every machine sees one memory.

With ``[memory] server_url`` two Atelier homes (a laptop and a desktop, or a TUI and a daemon on different
hosts) must list the same sources, find the same chunks and forget the same client. A local catalogue file would
give each home its own idea of what exists, so here the catalogue lives in the server, in three collections:

- the chunks' own collection (the one with the vectors) holds, per chunk, the filter fields, the chunk's text
  and position in metadata, and as its *document* the text folded to space-separated keyword tokens
  (`` otter mascot for acme kb 7001 ``). Chroma's ``$contains`` on that document is case-sensitive and
  matches substrings, so the folding (lower case, no accents, words between single spaces) is what makes
  ``$contains " kb 7001 "`` mean what SQLite FTS5 means by the phrase "kb 7001";
- ``<collection>-sources``: one record per source (the row, its content hash and version, its token count);
- ``<collection>-journal``: operations whose vector side may be unfinished;
- ``<collection>-writer``: the writer's lease. The store's file lock keeps two writers of one data dir apart,
  but two machines have two data dirs; without a lease, one machine's repair could delete the vectors another
  is halfway through writing. A writer claims the lease and renews it with every write; one that vanished
  without releasing it loses it after :data:`LEASE`.

A chunk is visible when its source's record names its version (``gen``), exactly the rule of the local
catalogue, so a killed ingestion leaves nothing half visible on the server either. The keyword half of search is
BM25 computed here over the chunks ``$contains`` finds, with FTS5's constants, so both catalogues rank alike.

What a server keeps on its disk after a delete is the server's owner's to compact: :meth:`scrub` and
:meth:`erase_free_pages` have no file of this machine to rewrite.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import socket
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from assistant.clock import Clock
from assistant.errors import StoreLockedError
from assistant.memory.catalog import (
    ChunkRow,
    JournalRow,
    SourceRow,
    common_limit,
    discriminating,
    filter_fields,
    query_words,
)
from assistant.memory.chunking import Chunk
from assistant.memory.models import BriefMeta
from assistant.memory.scope import Filters, Scope, client_key
from assistant.reading.words import fold

SOURCES = "sources"
JOURNAL = "journal"
WRITER = "writer"
"""The suffixes of the collections beside the chunks' own."""
LEASE = dt.timedelta(minutes=10)
"""How long a writer's claim lasts without a write that renews it."""
_PLACEHOLDER = [1.0]
"""The vector of a source or journal record: Chroma stores records with a vector, these need none."""
_BATCH = 500
_KEYWORD = re.compile(r"[^\W_]+")
BM25_K1 = 1.2
BM25_B = 0.75
"""The constants SQLite's ``bm25()`` uses."""

Collection = Callable[[str], Any]
"""Opens a collection of this store: ``""`` for the chunks, or a suffix such as :data:`SOURCES`."""


def keyword_tokens(text: str) -> list[str]:
    """The words of ``text`` as the keyword search compares them: folded, split at anything not a letter or digit."""
    return _KEYWORD.findall(fold(text))


def keyword_document(text: str) -> str:
    """The document Chroma keeps for a chunk: its tokens between single spaces, with a space at each end."""
    return f" {' '.join(keyword_tokens(text))} "


class ChromaCatalog:
    """The catalogue in three collections of the Chroma server (see the module docstring)."""

    def __init__(self, collection: Collection) -> None:
        """Use ``collection`` to open the collections on first use (so opening memory needs no server yet)."""
        self._open = collection

    @property
    def _chunks(self) -> Any:
        return self._open("")

    @property
    def _sources(self) -> Any:
        return self._open(SOURCES)

    @property
    def _journal(self) -> Any:
        return self._open(JOURNAL)

    @property
    def _writer(self) -> Any:
        return self._open(WRITER)

    # -- reading ---------------------------------------------------------------------------------------------

    def source(self, source: str) -> SourceRow | None:
        """The row for ``source`` (a path string or ``text:NAME``), if it is in memory."""
        got = self._sources.get(where={"source": source}, include=["metadatas"])
        return _source_row(got["metadatas"][0]) if got["ids"] else None

    def by_sid(self, sid: str) -> SourceRow | None:
        """The row for a source id, if it is in memory."""
        return self._by_sid(sid)

    def sources(self, *, client: str | None = None) -> list[SourceRow]:
        """Every source, optionally only one client's, by date then name."""
        return list(self._rows(client))

    def _rows(self, client: str | None = None) -> list[_ServerSourceRow]:
        where = {"client_key": client_key(client)} if client is not None else None
        rows = [_source_row(m) for m in self._sources.get(where=where, include=["metadatas"])["metadatas"]]
        return sorted(rows, key=lambda r: (r.meta.date is None, r.meta.date or dt.date.min, r.source))

    def _by_sid(self, sid: str) -> _ServerSourceRow | None:
        got = self._sources.get(ids=[sid], include=["metadatas"])
        return _source_row(got["metadatas"][0]) if got["ids"] else None

    def clients(self) -> list[str]:
        """The distinct client names in memory, by name."""
        return sorted({row.meta.client for row in self.sources() if row.meta.client})

    def chunks(self, sid: str) -> list[ChunkRow]:
        """The chunks of one source, in order."""
        row = self.by_sid(sid)
        if row is None:
            return []
        got = self._chunks.get(where={"$and": [{"sid": sid}, {"gen": row.gen}]}, include=["metadatas"])
        chunks = [_chunk_row(i, m, row) for i, m in zip(got["ids"], got["metadatas"], strict=True)]
        return sorted(chunks, key=lambda c: c.idx)

    def chunk_ids(self, sid: str) -> list[str]:
        """The Chroma ids the catalogue expects for ``sid``."""
        return [chunk.chunk_id for chunk in self.chunks(sid)]

    def all_chunk_ids(self) -> set[str]:
        """Every chunk id the catalogue lists (for audits: reads every chunk's metadata)."""
        gens = {row.sid: row.gen for row in self.sources()}
        got = self._chunks.get(include=["metadatas"])
        return {i for i, m in zip(got["ids"], got["metadatas"], strict=True) if gens.get(m["sid"]) == m["gen"]}

    def rows_for(self, chunk_ids: Sequence[str]) -> dict[str, ChunkRow]:
        """Visible chunks among ``chunk_ids``; ids of a version the catalogue does not list are left out."""
        ids = list(dict.fromkeys(chunk_ids))
        found: list[tuple[str, dict[str, Any]]] = []
        for start in range(0, len(ids), _BATCH):
            got = self._chunks.get(ids=ids[start : start + _BATCH], include=["metadatas"])
            found += zip(got["ids"], got["metadatas"], strict=True)
        rows = self._rows_by_sid({m["sid"] for _, m in found})
        return {
            i: _chunk_row(i, m, rows[m["sid"]]) for i, m in found if m["sid"] in rows and rows[m["sid"]].gen == m["gen"]
        }

    def visible(self, chunk_ids: Sequence[str], scope: Scope, filters: Filters) -> set[str]:
        """The ids among ``chunk_ids`` that the catalogue lists inside ``scope`` and ``filters``."""
        return {
            i
            for i, row in self.rows_for(chunk_ids).items()
            if scope.allows(row.client_key, row.public)
            and filters.matches(row.client_key, row.service, row.date, row.outcome)
        }

    def keyword(self, query: str, scope: Scope, filters: Filters, limit: int) -> list[str]:
        """Chunk ids whose text holds words of ``query``, best BM25 first, inside ``scope`` and ``filters``.

        Each word is a phrase of folded tokens (``KB-2291`` is " kb 2291 "); Chroma finds the chunks holding
        any of them, and they are ranked here by BM25 (document frequencies over all chunks, as FTS5 counts).
        """
        sources = self._rows()
        total = sum(row.n_chunks for row in sources)
        if not total:
            return []
        counted: dict[str, int] = {}

        def frequency(terms: list[str]) -> dict[str, int]:
            counted.update(self._frequency(terms, total))
            return counted

        words = discriminating(query_words(query), frequency, total)
        phrases = list(dict.fromkeys(p for p in (tuple(keyword_tokens(w)) for w in words) if p))
        if not phrases:
            return []
        cap = int(common_limit(total)) + 1
        # A one-word phrase was counted above, exactly unless it reached the cap; only the others cost a query.
        df = {
            p: counted[p[0]]
            if len(p) == 1 and counted.get(p[0], cap) < cap
            else self._count({"$contains": f" {' '.join(p)} "})
            for p in phrases
        }
        contains = [{"$contains": f" {' '.join(p)} "} for p in phrases]
        conditions: list[dict[str, Any]] = [c for c in (scope.chroma_where(),) if c is not None]
        conditions += filters.chroma_where()
        where = None if not conditions else conditions[0] if len(conditions) == 1 else {"$and": conditions}
        got = self._chunks.get(
            where=where,
            where_document=contains[0] if len(contains) == 1 else {"$or": contains},
            include=["documents", "metadatas"],
        )
        average = sum(row.n_tokens for row in sources) / total
        gens = {row.sid: row.gen for row in sources}
        scored: list[tuple[float, str]] = []
        for chunk, document, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True):
            if gens.get(meta["sid"]) != meta["gen"]:
                continue
            tokens = document.split()
            score = sum(_bm25(_occurrences(tokens, p), df[p], total, len(tokens), average) for p in phrases)
            scored.append((-score, chunk))
        return [chunk for _, chunk in sorted(scored)[:limit]]

    def document_frequency(self, terms: Sequence[str]) -> tuple[dict[str, int], int]:
        """How many chunks hold each of ``terms`` (single folded tokens), and how many chunks there are."""
        unique = sorted(set(terms))
        return {t: self._count({"$contains": f" {t} "}) for t in unique}, self.counts()[1]

    def journal(self) -> list[JournalRow]:
        """Operations whose Chroma side may be unfinished, oldest first."""
        got = self._journal.get(include=["metadatas"])
        entries = sorted(zip(got["ids"], got["metadatas"], strict=True), key=lambda e: str(e[1]["since"]))
        return [JournalRow(sid=sid, op=str(m["op"]), source=str(m["source"])) for sid, m in entries]

    def counts(self) -> tuple[int, int, int]:
        """(sources, chunks, public sources)."""
        rows = self.sources()
        return len(rows), sum(row.n_chunks for row in rows), sum(row.public for row in rows)

    def _rows_by_sid(self, sids: Iterable[str]) -> dict[str, SourceRow]:
        wanted = sorted(sids)
        rows: dict[str, SourceRow] = {}
        for start in range(0, len(wanted), _BATCH):
            got = self._sources.get(ids=wanted[start : start + _BATCH], include=["metadatas"])
            rows.update((sid, _source_row(m)) for sid, m in zip(got["ids"], got["metadatas"], strict=True))
        return rows

    def _count(self, where_document: dict[str, Any], limit: int | None = None) -> int:
        return len(self._chunks.get(where_document=where_document, include=[], limit=limit)["ids"])

    def _frequency(self, terms: list[str], total: int) -> dict[str, int]:
        """Chunks per token, counted only up to just past what makes a word common (enough to drop it)."""
        cap = int(common_limit(total)) + 1
        return {t: self._count({"$contains": f" {f} "}, cap) for t in terms for f in keyword_tokens(t)[:1]}

    # -- writing (the caller holds the writer lock) ----------------------------------------------------------

    def vector_fields(self, row: SourceRow, chunks: Sequence[Chunk]) -> tuple[list[dict[str, Any]], list[str] | None]:
        """The filter fields plus the chunk's text and place, and its keyword document (see the module)."""
        base = filter_fields(row)
        metadatas = [
            {
                **base,
                "idx": c.index,
                "text": c.text,
                "part": c.part,
                **({"line": c.line} if c.line is not None else {}),
                **({"page": c.page} if c.page is not None else {}),
            }
            for c in chunks
        ]
        return metadatas, [keyword_document(c.text) for c in chunks]

    def claim_writer(self, holder: str) -> None:
        """Take or renew the writer's lease, unless another holder has a live one.

        The lease is read back after it is written, so of two machines claiming at once only the last one
        written proceeds.

        Raises:
            StoreLockedError: another machine (or process) holds the lease.
        """
        now = Clock.from_env().utcnow()
        current = self._lease()
        if current is not None and current["holder"] != holder and str(current["expires"]) > now.isoformat():
            raise _locked(current)
        self._writer.upsert(
            ids=[WRITER],
            embeddings=[_PLACEHOLDER],
            metadatas=[{"holder": holder, "host": socket.gethostname(), "expires": (now + LEASE).isoformat()}],
        )
        written = self._lease()
        if written is None or written["holder"] != holder:
            raise _locked(written or {"host": "another machine"})

    def release_writer(self, holder: str) -> None:
        """Drop the lease if ``holder`` still has it."""
        current = self._lease()
        if current is not None and current["holder"] == holder:
            self._writer.delete(ids=[WRITER])

    def _lease(self) -> dict[str, Any] | None:
        got = self._writer.get(ids=[WRITER], include=["metadatas"])
        return dict(got["metadatas"][0]) if got["ids"] else None

    def begin(self, ops: Sequence[JournalRow]) -> None:
        """Journal operations before their vector side starts, so a crash leaves a note to repair."""
        self._note(ops)

    def done(self, sids: Sequence[str]) -> None:
        """Drop the journal rows of finished operations."""
        if sids:
            self._journal.delete(ids=list(sids))

    def commit_sources(self, docs: Sequence[tuple[SourceRow, Sequence[Chunk]]]) -> None:
        """Point the sources at their new versions in one upsert: from now on those chunks are the visible ones."""
        if not docs:
            return
        rows = [row for row, _ in docs]
        tokens = [sum(len(keyword_tokens(c.text)) for c in chunks) for _, chunks in docs]
        self._sources.upsert(
            ids=[row.sid for row in rows],
            embeddings=[_PLACEHOLDER] * len(rows),
            metadatas=[_source_meta(row, n) for row, n in zip(rows, tokens, strict=True)],
        )

    def delete_sources(self, rows: Sequence[SourceRow]) -> None:
        """Journal the deletion, then drop the source records: their chunks are invisible from then on."""
        if not rows:
            return
        self._note([JournalRow(sid=row.sid, op="forget", source=row.source) for row in rows])
        self._sources.delete(ids=[row.sid for row in rows])

    def set_public(self, sid: str, public: bool) -> None:
        """Change a source's public flag, journalling the matching update of its chunks' flags."""
        row = self._by_sid(sid)
        if row is None:
            return
        self._note([JournalRow(sid=sid, op="public", source=row.source)])
        changed = row.model_copy(update={"public": public, "meta": row.meta.model_copy(update={"public": public})})
        self._sources.update(ids=[sid], metadatas=[_source_meta(changed, row.n_tokens)])

    def scrub(self) -> None:
        """Nothing of this machine to rewrite: the texts live on the server (see the module docstring)."""

    def erase_free_pages(self) -> None:
        """Nothing of this machine to compact: the server's files are the server's owner's."""

    def close(self) -> None:
        """The collections close with the store's Chroma client."""

    def _note(self, ops: Sequence[JournalRow]) -> None:
        if not ops:
            return
        since = Clock.from_env().utcnow().isoformat()
        self._journal.upsert(
            ids=[op.sid for op in ops],
            embeddings=[_PLACEHOLDER] * len(ops),
            metadatas=[{"op": op.op, "source": op.source, "since": since} for op in ops],
        )


def _locked(lease: dict[str, Any]) -> StoreLockedError:
    return StoreLockedError(
        f"memory on the Chroma server is being written by {lease['host']}",
        hint=f"Wait for it to finish (or stop its daemon), then try again; an abandoned claim lapses after {LEASE}.",
    )


def _bm25(frequency: int, df: int, total: int, length: int, average: float) -> float:
    """One phrase's share of SQLite FTS5's BM25 score (higher is better)."""
    if not frequency:
        return 0.0
    idf = max(math.log((total - df + 0.5) / (df + 0.5)), 1e-6)
    return idf * frequency * (BM25_K1 + 1) / (frequency + BM25_K1 * (1 - BM25_B + BM25_B * length / (average or 1)))


def _occurrences(tokens: list[str], phrase: tuple[str, ...]) -> int:
    width = len(phrase)
    return sum(1 for i in range(len(tokens) - width + 1) if tuple(tokens[i : i + width]) == phrase)


class _ServerSourceRow(SourceRow):
    """A source row as the server keeps it: with its token count, for BM25's average chunk length."""

    n_tokens: int


def _source_meta(row: SourceRow, n_tokens: int) -> dict[str, Any]:
    return {
        "sid": row.sid,
        "source": row.source,
        "kind": row.kind,
        "content_hash": row.content_hash,
        "gen": row.gen,
        "client": row.meta.client,
        "client_key": row.client_key,
        "public": row.public,
        "meta_json": row.meta.model_dump_json(),
        "n_chunks": row.n_chunks,
        "n_tokens": n_tokens,
        "added_at": row.added_at.isoformat(),
    }


def _source_row(meta: dict[str, Any]) -> _ServerSourceRow:
    return _ServerSourceRow(
        sid=str(meta["sid"]),
        source=str(meta["source"]),
        kind=str(meta["kind"]),
        content_hash=str(meta["content_hash"]),
        gen=str(meta["gen"]),
        client_key=str(meta["client_key"]),
        public=bool(meta["public"]),
        meta=BriefMeta.model_validate_json(str(meta["meta_json"])),
        n_chunks=int(meta["n_chunks"]),
        n_tokens=int(meta["n_tokens"]),
        added_at=dt.datetime.fromisoformat(str(meta["added_at"])),
    )


def _chunk_row(chunk: str, meta: dict[str, Any], row: SourceRow) -> ChunkRow:
    """A chunk's own fields from its metadata; what scoping trusts (client, flag, dates) from its source row."""
    return ChunkRow(
        chunk_id=chunk,
        sid=row.sid,
        source=row.source,
        idx=int(meta["idx"]),
        text=str(meta["text"]),
        line=int(meta["line"]) if "line" in meta else None,
        page=int(meta["page"]) if "page" in meta else None,
        part=str(meta["part"]),
        client=row.meta.client,
        client_key=row.client_key,
        public=row.public,
        title=row.meta.title,
        service=row.meta.service,
        date=row.meta.date,
        outcome=row.meta.outcome,
    )
