"""The catalogue of memory: which sources exist, their chunk texts, the keyword index, and the repair journal.

Why a catalogue beside the vectors: it is the *source of truth* for what is visible. A chunk that Chroma returns
but the catalogue does not list (left over by a killed ingestion, or waiting to be deleted) is simply not shown,
so a crash can never make half a file visible. Every operation that still has Chroma work to do leaves a journal
row until it is done; the next writer finishes it.

:class:`Catalog` is the one interface the store, search and recall read; it has two owners of its data:

- :class:`assistant.memory.catalog_sqlite.SqliteCatalog`, a SQLite file in the data dir (local memory);
- :class:`assistant.memory.catalog_chroma.ChromaCatalog`, collections on the Chroma server (``[memory]
  server_url``), so that every machine pointed at one server sees one memory.

This module holds what both share: the row types, the chunk ids, the filter fields every vector carries, and
which words of a query are worth a keyword search.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict

from assistant.memory.chunking import Chunk
from assistant.memory.models import BriefMeta
from assistant.memory.scope import Filters, Scope, audience, date_number

WORD = re.compile(r"\w+(?:[-'./]\w+)*")
"""A query word; a code such as ``KB-2291`` stays one word and is searched as the phrase "kb 2291"."""
TOKEN = re.compile(r"\w+")
COMMON_SHARE = 0.05
COMMON_MIN = 200
"""A query word in more than this share of chunks (and more than COMMON_MIN of them) is too common to search."""


class SourceRow(BaseModel):
    """A catalogue row for one source."""

    model_config = ConfigDict(frozen=True)

    sid: str
    source: str
    kind: str
    content_hash: str
    gen: str
    client_key: str
    public: bool
    meta: BriefMeta
    n_chunks: int
    added_at: dt.datetime


class ChunkRow(BaseModel):
    """A chunk joined with the fields of its source that scoping, filters and citations need."""

    model_config = ConfigDict(frozen=True)

    chunk_id: str
    sid: str
    source: str
    idx: int
    text: str
    line: int | None
    page: int | None
    part: str
    client: str
    client_key: str
    public: bool
    title: str
    service: str
    date: dt.date | None
    outcome: str


class JournalRow(BaseModel):
    """An operation whose Chroma side may not be finished."""

    model_config = ConfigDict(frozen=True)

    sid: str
    op: str
    source: str


class Catalog(Protocol):
    """What memory knows besides vectors. Writers hold the store's writer lock; readers need none."""

    def source(self, source: str) -> SourceRow | None:
        """The row for ``source`` (a path string or ``text:NAME``), if it is in memory."""
        ...

    def by_sid(self, sid: str) -> SourceRow | None:
        """The row for a source id, if it is in memory."""
        ...

    def sources(self, *, client: str | None = None) -> list[SourceRow]:
        """Every source, optionally only one client's, by date then name."""
        ...

    def clients(self) -> list[str]:
        """The distinct client names in memory, by name."""
        ...

    def chunks(self, sid: str) -> list[ChunkRow]:
        """The chunks of one source, in order."""
        ...

    def chunk_ids(self, sid: str) -> list[str]:
        """The Chroma ids the catalogue expects for ``sid``."""
        ...

    def all_chunk_ids(self) -> set[str]:
        """Every chunk id the catalogue lists (for audits)."""
        ...

    def rows_for(self, chunk_ids: Sequence[str]) -> dict[str, ChunkRow]:
        """Visible chunks among ``chunk_ids``; ids the catalogue does not list are left out."""
        ...

    def visible(self, chunk_ids: Sequence[str], scope: Scope, filters: Filters) -> set[str]:
        """The ids among ``chunk_ids`` that the catalogue lists inside ``scope`` and ``filters``."""
        ...

    def keyword(self, query: str, scope: Scope, filters: Filters, limit: int) -> list[str]:
        """Chunk ids whose text matches words of ``query``, best BM25 first, inside ``scope`` and ``filters``."""
        ...

    def document_frequency(self, terms: Sequence[str]) -> tuple[dict[str, int], int]:
        """How many chunks hold each of ``terms`` (single folded tokens), and how many chunks there are."""
        ...

    def journal(self) -> list[JournalRow]:
        """Operations whose Chroma side may be unfinished."""
        ...

    def counts(self) -> tuple[int, int, int]:
        """(sources, chunks, public sources)."""
        ...

    def vector_fields(self, row: SourceRow, chunks: Sequence[Chunk]) -> tuple[list[dict[str, Any]], list[str] | None]:
        """What Chroma keeps beside each chunk's vector: its metadata and, if this catalogue wants it, its text."""
        ...

    def claim_writer(self, holder: str) -> None:
        """Become (or stay) the one writer of memory as ``holder``, beyond what this machine's file lock covers.

        Raises:
            StoreLockedError: another holder writes.
        """
        ...

    def release_writer(self, holder: str) -> None:
        """Give up a claim made by ``holder``."""
        ...

    def begin(self, ops: Sequence[JournalRow]) -> None:
        """Journal operations before their Chroma side starts, so a crash leaves a note to repair."""
        ...

    def done(self, sids: Sequence[str]) -> None:
        """Drop the journal rows of finished operations."""
        ...

    def commit_sources(self, docs: Sequence[tuple[SourceRow, Sequence[Chunk]]]) -> None:
        """Make new versions of sources visible at once (their old chunks go with it)."""
        ...

    def delete_sources(self, rows: Sequence[SourceRow]) -> None:
        """Remove sources and their chunks from view, and journal the Chroma deletion."""
        ...

    def set_public(self, sid: str, public: bool) -> None:
        """Change a source's public flag and journal the matching Chroma update."""
        ...

    def scrub(self) -> None:
        """Make sure deleted text is not left in any file this catalogue writes."""
        ...

    def erase_free_pages(self) -> None:
        """Rebuild this catalogue's files without free pages (after an erasure)."""
        ...

    def close(self) -> None:
        """Let go of the catalogue's connection."""
        ...


def chunk_id(sid: str, gen: str, index: int) -> str:
    """The Chroma id of chunk ``index`` of version ``gen`` of source ``sid``."""
    return f"{sid}:{gen}:{index}"


def filter_fields(row: SourceRow) -> dict[str, Any]:
    """The filter fields Chroma keeps with every chunk of ``row``: what its ``where`` clauses test."""
    meta: dict[str, Any] = {
        "sid": row.sid,
        "gen": row.gen,
        "client_key": row.client_key,
        "public": row.public,
        "audience": audience(row.client_key, row.public),
        "service": row.meta.service,
        "outcome": row.meta.outcome,
        "kind": row.kind,
    }
    if row.meta.date is not None:
        meta["date"] = date_number(row.meta.date)
    return meta


def query_words(query: str) -> list[str]:
    """The distinct folded words of a keyword query, in order."""
    return list(dict.fromkeys(w.casefold() for w in WORD.findall(query)))


def discriminating(words: list[str], frequency: Callable[[list[str]], Mapping[str, int]], total: int) -> list[str]:
    """Drop words found in a large share of all chunks ("a", "the", "für").

    They barely change BM25's order but make the keyword search rank most of memory. A phrase (``kb-2291``)
    counts by its rarest token. If every word is common, the rarest one stays. ``frequency`` gives the number of
    chunks holding each token; it may stop counting above the limit.
    """
    if not words:
        return words
    tokens = {w: TOKEN.findall(w) for w in words}
    df = frequency(sorted({t for parts in tokens.values() for t in parts}))
    rarity = {w: min((df.get(t, 0) for t in parts), default=0) for w, parts in tokens.items()}
    limit = common_limit(total)
    kept = [w for w in words if rarity[w] <= limit]
    return kept or [min(words, key=lambda w: rarity[w])]


def common_limit(total: int) -> float:
    """How many chunks a word may be in before it is too common to search (see :data:`COMMON_SHARE`)."""
    return max(COMMON_SHARE * total, COMMON_MIN)
