"""The demo workspace, ingested with the real embedder into real Chroma."""

from __future__ import annotations

from pathlib import Path

from assistant.memory import Memory, client

from .conftest import EXAMPLES


def test_childrens_book_search_is_cited(demo_memory: Memory) -> None:
    """Latency is measured in benchmarks/memory_query.py, not asserted here (the CPU is shared)."""
    hits = demo_memory.search("children's book")
    assert len(hits) == 5
    for hit in hits:
        assert Path(hit.citation.source).is_file()
        assert hit.citation.line is not None and hit.citation.line >= 1
        line = Path(hit.citation.source).read_text(encoding="utf-8").splitlines()[hit.citation.line - 1]
        assert line.strip() and line.strip()[:20] in hit.text
    assert sum(h.service == "book-illustration" for h in hits) >= 3


def test_project_code_is_found(demo_memory: Memory) -> None:
    top = demo_memory.search("KB-2291", k=3, mode="keyword")
    assert all("KB-2291" in hit.text for hit in top[:2])
    hybrid = demo_memory.search("KB-2291", k=5)
    assert sum("KB-2291" in hit.text for hit in hybrid) >= 2
    assert any("keyword" in hit.matched_by and "kb-2291" in hit.citation.source for hit in hybrid[:2])


def test_acme_scope_sees_acme_and_portfolio_only(demo_memory: Memory) -> None:
    public = {s.source for s in demo_memory.sources() if s.meta.public}
    acme = {s.source for s in demo_memory.sources(client="acme")}
    assert acme and public
    for query in ("poster for a festival", "Birkenhain Verlag KB-2354", "logo price", "otter mascot"):
        for hit in demo_memory.search(query, k=10, scope=client("acme")):
            assert hit.citation.source in acme | public, (query, hit.citation.source)


def test_similar_projects_for_pricing(demo_memory: Memory) -> None:
    projects = demo_memory.similar_projects("book-illustration", "a picture book with 14 spreads for ages 3 to 6", k=3)
    assert len(projects) == 3
    for project in projects:
        assert project.service == "book-illustration"
        assert project.price is not None and project.price > 0
        assert project.outcome
    assert projects[0].similarity >= projects[-1].similarity - 0.2


def test_email_and_plain_text_briefs_are_searchable(demo_memory: Memory) -> None:
    eml = next((EXAMPLES / "briefs").glob("*.eml"))
    chunks = demo_memory.chunks(str(eml))
    assert chunks and chunks[0].citation.part == "message" and "Subject:" in chunks[0].text
    txt = next((EXAMPLES / "briefs").glob("*.txt"))
    assert demo_memory.chunks(str(txt))
