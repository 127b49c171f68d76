"""Hybrid search: vector neighbours from Chroma plus BM25 keyword matches from the catalogue, fused by rank.

Why hybrid: a sentence embedder blurs exact tokens, so "KB-2291" or a client's name often ranks below a
merely similar brief. The keyword half (BM25: SQLite FTS5 in local memory, the same formula over Chroma's
``$contains`` matches on a server, see :mod:`assistant.memory.catalog_chroma`) finds those; reciprocal-rank
fusion needs no score calibration between the two lists. ``benchmarks/memory_query.py`` measures it against
vector-only search on a labelled query set.

Both halves apply the scope and filters in their own query, and every candidate is then checked once more
against the catalogue's current row, so a stale Chroma flag can never leak a private chunk.
"""

from __future__ import annotations

from typing import Literal

from assistant.memory.catalog import ChunkRow
from assistant.memory.embeddings import Embedder
from assistant.memory.models import ChunkLocation, Hit
from assistant.memory.scope import Filters, Scope
from assistant.memory.store import Store

Mode = Literal["hybrid", "vector", "keyword"]
RRF_K = 60
"""The usual reciprocal-rank-fusion constant: damps the gap between rank 1 and rank 2."""


def candidates_for(k: int) -> int:
    """How deep each half looks before fusion."""
    return max(4 * k, 20)


def search(
    store: Store, embedder: Embedder, query: str, *, k: int, scope: Scope, filters: Filters, mode: Mode = "hybrid"
) -> list[Hit]:
    """The ``k`` best chunks for ``query`` inside ``scope`` and ``filters``, each with its citation."""
    if k <= 0 or not query.strip() or store.catalog.counts()[1] == 0:
        return []
    depth = candidates_for(k)
    fused: dict[str, float] = {}
    similarity: dict[str, float] = {}
    matched: dict[str, list[str]] = {}
    if mode in ("hybrid", "vector"):
        vector = embedder.embed([query])[0]
        for rank, (chunk_id, distance) in enumerate(store.query(vector, scope, filters, depth)):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
            similarity[chunk_id] = max(0.0, 1.0 - distance)
            matched.setdefault(chunk_id, []).append("vector")
    if mode in ("hybrid", "keyword"):
        for rank, chunk_id in enumerate(store.catalog.keyword(query, scope, filters, depth)):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
            matched.setdefault(chunk_id, []).append("keyword")
    ranked = sorted(fused, key=lambda cid: (-fused[cid], -similarity.get(cid, 0.0)))
    rows = store.catalog.rows_for(ranked)
    hits: list[Hit] = []
    for cid in ranked:
        row = rows.get(cid)
        if row is None or not _visible(row, scope, filters):
            continue
        hits.append(hit_of(row, fused[cid], similarity.get(cid), tuple(matched[cid])))
        if len(hits) == k:
            break
    return hits


def _visible(row: ChunkRow, scope: Scope, filters: Filters) -> bool:
    """The final check against the catalogue's own values (defence in depth for scoping)."""
    return scope.allows(row.client_key, row.public) and filters.matches(
        row.client_key, row.service, row.date, row.outcome
    )


def citation_of(row: ChunkRow) -> ChunkLocation:
    """The citation for a catalogue chunk."""
    return ChunkLocation(source=row.source, chunk=row.idx, line=row.line, page=row.page, part=row.part)


def hit_of(row: ChunkRow, score: float, similarity: float | None, matched_by: tuple[str, ...]) -> Hit:
    """A catalogue chunk as a search hit."""
    return Hit(
        text=row.text,
        citation=citation_of(row),
        score=round(score, 6),
        similarity=None if similarity is None else round(similarity, 4),
        matched_by=matched_by,
        client=row.client,
        title=row.title,
        service=row.service,
        date=row.date,
        outcome=row.outcome,
        public=row.public,
    )
