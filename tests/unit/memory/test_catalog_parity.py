"""The server catalogue ranks keyword matches as the local one does: same chunks, same BM25 order.

Both catalogues get the same sources; the Chroma one runs on a local ``PersistentClient`` (the same Rust core
as ``chroma run``), so ``$contains`` on its folded documents is what a server would do.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from assistant.memory.catalog import SourceRow, chunk_id
from assistant.memory.catalog_chroma import ChromaCatalog, keyword_document
from assistant.memory.catalog_sqlite import SqliteCatalog
from assistant.memory.chunking import Chunk
from assistant.memory.models import BriefMeta
from assistant.memory.scope import Filters, client, client_key, everything

TEXTS = {
    "Acme": ["Otter mascot for Acme, project KB-2291, three poses.", "The otter waves; the otter swims; otter."],
    "Globex": ["A logo for Globex: geometric, bold, blue.", "Globex paid late; invoice KB-2291-B was resent."],
    "Café Ümlaut": ["Menu illustrations for Café Ümlaut in Köln.", "Cafe umlaut wants a mascot too, maybe an owl."],
    "Birkenhain Verlag": [
        "Fuchs im Schnee, KB-2188, fourteen spreads for a children's book about a fox in the snow.",
        "The fox book sold well; a second book, the river book, followed in spring.",
    ],
}
QUERIES = [
    "otter",
    "KB-2291",
    "kb 2291",
    "cafe",
    "CAFÉ Ümlaut mascot",
    "fox book snow",
    "the book",
    "Globex invoice",
    "nothing-here",
    "owl OR mascot",
]


def _rows() -> list[tuple[SourceRow, list[Chunk]]]:
    docs = []
    for n, (name, texts) in enumerate(TEXTS.items()):
        meta = BriefMeta(client=name, service="logo", date=dt.date(2025, 1 + n, 1), outcome="completed")
        row = SourceRow(
            sid=f"s{n}",
            source=f"/briefs/{n}.md",
            kind="markdown",
            content_hash=f"h{n}",
            gen=f"g{n}",
            client_key=client_key(name),
            public=n == 3,
            meta=meta,
            n_chunks=len(texts),
            added_at=dt.datetime(2025, 1, 1),
        )
        docs.append((row, [Chunk(index=i, text=t, line=i + 1) for i, t in enumerate(texts)]))
    return docs


@pytest.fixture
def catalogues(tmp_path: Path) -> tuple[SqliteCatalog, ChromaCatalog]:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma = chromadb.PersistentClient(
        path=str(tmp_path / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    collections: dict[str, Any] = {}

    def collection(suffix: str) -> Any:
        if suffix not in collections:
            collections[suffix] = chroma.get_or_create_collection(
                f"parity-{suffix or 'chunks'}", embedding_function=None
            )
        return collections[suffix]

    local, server = SqliteCatalog(tmp_path / "memory.sqlite3"), ChromaCatalog(collection)
    docs = _rows()
    for row, chunks in docs:
        metadatas, documents = server.vector_fields(row, chunks)
        collection("").upsert(
            ids=[chunk_id(row.sid, row.gen, c.index) for c in chunks],
            embeddings=[[1.0, float(c.index)] for c in chunks],
            metadatas=metadatas,
            documents=documents,
        )
    local.commit_sources(docs)
    server.commit_sources(docs)
    return local, server


def test_keyword_document_folds_case_accents_and_punctuation() -> None:
    assert keyword_document("Café Ümlaut, KB-2291!") == " cafe umlaut kb 2291 "


@pytest.mark.parametrize("query", QUERIES)
def test_keyword_search_ranks_alike(catalogues: tuple[SqliteCatalog, ChromaCatalog], query: str) -> None:
    local, server = catalogues
    for scope in (everything(), client("acme")):
        expected = local.keyword(query, scope, Filters(), 10)
        assert expected or query == "nothing-here" or scope != everything()
        assert server.keyword(query, scope, Filters(), 10) == expected, (query, scope)
    assert server.keyword(query, everything(), Filters.of(client="Globex"), 10) == local.keyword(
        query, everything(), Filters.of(client="Globex"), 10
    )


def test_the_rest_of_the_catalogue_reads_alike(catalogues: tuple[SqliteCatalog, ChromaCatalog]) -> None:
    local, server = catalogues
    assert [r.model_dump(exclude={"n_tokens"}) for r in server.sources()] == [r.model_dump() for r in local.sources()]
    assert server.clients() == local.clients()
    assert server.counts() == local.counts()
    assert server.chunks("s2") == local.chunks("s2")
    assert server.all_chunk_ids() == local.all_chunk_ids()
    assert server.document_frequency(["otter", "fox", "cafe", "zebra"]) == local.document_frequency(
        ["otter", "fox", "cafe", "zebra"]
    )
    ids = sorted(local.all_chunk_ids())
    assert server.visible(ids, client("acme"), Filters()) == local.visible(ids, client("acme"), Filters())
    local.delete_sources(local.sources(client="Globex"))
    server.delete_sources(server.sources(client="Globex"))
    assert server.clients() == local.clients() == ["Acme", "Birkenhain Verlag", "Café Ümlaut"]
    assert [j.op for j in server.journal()] == [j.op for j in local.journal()] == ["forget"]
