from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from assistant.config import Settings
from assistant.errors import MemoryStoreError
from assistant.memory import Memory, client
from assistant.memory.catalog_sqlite import SqliteCatalog

from .conftest import FakeEmbedder, brief


def test_add_reports_each_file_and_skips_unchanged(memory: Memory, briefs: Path, fake_embedder: FakeEmbedder) -> None:
    (briefs / "broken.md").write_text("---\nclient: [x\n---\nbody\n")
    report = memory.add([briefs, briefs / "missing.md"], progress=False)
    assert len(report.added) == 4
    assert {Path(f.source).name for f in report.failed} == {"broken.md", "missing.md"}
    assert "not valid YAML" in next(f.reason for f in report.failed if f.source.endswith("broken.md"))
    assert [Path(p).name for p in report.ignored] == ["picture.png"]
    assert report.chunks == memory.stats().chunks == 4
    calls = fake_embedder.calls
    again = memory.add([briefs], progress=False)
    assert len(again.unchanged) == 4 and not again.added and not again.updated
    assert fake_embedder.calls == calls, "unchanged files must not be embedded again"


def test_changed_file_replaces_its_chunks(memory: Memory, briefs: Path) -> None:
    memory.add([briefs], progress=False)
    target = briefs / "globex-logo.md"
    target.write_text(brief("Globex", "A completely new text about a wolf emblem.\n", service="logo"))
    report = memory.add([target], progress=False)
    assert report.updated == [str(target)]
    texts = [c.text for c in memory.chunks(str(target))]
    assert texts == ["A completely new text about a wolf emblem."]
    assert not memory.search("geometric mark logistics", client="globex", mode="keyword")
    assert memory._store.audit().orphans == []


def test_a_grown_file_embeds_only_its_new_chunks(tmp_path: Path) -> None:
    class Recording(FakeEmbedder):
        def __init__(self) -> None:
            super().__init__()
            self.texts: list[str] = []

        def embed(self, texts: Sequence[str]) -> Any:
            self.texts += texts
            return super().embed(texts)

    topics = ["the otter mascot", "the harbour poster", "the kombucha labels", "the yoga logo", "a whale book"]
    paragraphs = [f"Notes on {topic}. " + f"We talked about {topic} at length. " * 14 for topic in topics]
    thread = tmp_path / "thread.txt"
    thread.write_text("\n\n".join(paragraphs[:4]) + "\n")
    embedder = Recording()
    with Memory.open(Settings(), tmp_path / "data", embedder=embedder) as memory:
        memory.add([thread], progress=False)
        before = [c.text for c in memory.chunks(str(thread))]
        embedder.texts.clear()
        thread.write_text("\n\n".join(paragraphs) + "\n")  # the thread grew by one message
        assert memory.add([thread], progress=False).updated == [str(thread)]
        after = [c.text for c in memory.chunks(str(thread))]
        assert len(before) >= 4 and len(after) > len(before)
        assert embedder.texts == [text for text in after if text not in before], "only the new text is embedded"
        # the reused vectors are the stored ones: an old chunk is still the best match for its own text
        assert memory.search(before[1], k=1, mode="vector")[0].text == before[1]
        assert memory._store.audit().orphans == []


def test_hits_carry_citations_and_metadata(memory: Memory, briefs: Path) -> None:
    memory.add([briefs], progress=False)
    hits = memory.search("otter mascot KB-2291", k=3)
    top = hits[0]
    assert top.citation.source == str(briefs / "acme-otter.md")
    assert top.citation.line == 11
    assert top.citation.chunk == 0
    assert top.client == "Acme" and top.service == "mascot" and top.date == dt.date(2024, 2, 10)
    assert "keyword" in top.matched_by and "vector" in top.matched_by
    assert str(top.citation).endswith("acme-otter.md:11 (chunk 0)")


def test_filters(memory: Memory, briefs: Path) -> None:
    memory.add([briefs], progress=False)
    everyone = {Path(h.citation.source).name for h in memory.search("logo mascot book otter", k=10)}
    assert everyone == {"acme-otter.md", "globex-logo.md", "portfolio-fox.md", "notes.txt"}

    def names(**filters: object) -> set[str]:
        return {Path(h.citation.source).name for h in memory.search("logo mascot book otter", k=10, **filters)}

    assert names(service="mascot") == {"acme-otter.md"}
    assert names(outcome="declined") == {"globex-logo.md"}
    assert names(date_from=dt.date(2023, 6, 1)) == {"acme-otter.md", "portfolio-fox.md"}
    assert names(date_to=dt.date(2023, 6, 1)) == {"globex-logo.md"}
    assert names(client="ACME") == {"acme-otter.md"}
    assert names(mode="vector", service="logo") == {"globex-logo.md"}


def test_client_scope_sees_own_and_public_only(memory: Memory, briefs: Path) -> None:
    memory.add([briefs], progress=False)
    for mode in ("hybrid", "vector", "keyword"):
        hits = memory.search("logo otter fox notes mascot Globex", k=10, scope=client("acme"), mode=mode)
        assert {Path(h.citation.source).name for h in hits} <= {"acme-otter.md", "portfolio-fox.md"}
        assert any(h.client == "Acme" for h in hits)
    assert memory.search("Globex logistics", scope=client("nobody"), mode="keyword") == []


def test_set_public_changes_visibility_both_ways(memory: Memory, briefs: Path) -> None:
    memory.add([briefs], progress=False)
    globex = str(briefs / "globex-logo.md")
    assert not memory.search("geometric logistics", scope=client("acme"), mode="vector", k=10) or all(
        h.citation.source != globex for h in memory.search("geometric logistics", scope=client("acme"), k=10)
    )
    assert memory.set_public(globex, True).meta.public
    assert globex in {h.citation.source for h in memory.search("geometric logistics", scope=client("acme"), k=10)}
    memory.set_public(globex, False)
    for mode in ("hybrid", "vector", "keyword"):
        hits = memory.search("geometric logistics", scope=client("acme"), k=10, mode=mode)
        assert globex not in {h.citation.source for h in hits}
    assert memory.stats().public_sources == 1
    assert memory._store.catalog.journal() == []


def test_public_flag_survives_an_edit_unless_front_matter_says(memory: Memory, briefs: Path) -> None:
    memory.add([briefs], progress=False)
    notes = briefs / "notes.txt"
    memory.set_public(str(notes), True)
    notes.write_text("Call notes, edited: an otter with a red scarf.\n")
    memory.add([notes], progress=False)
    assert memory.source(str(notes)).meta.public
    fox = briefs / "portfolio-fox.md"
    fox.write_text(brief("Birkenhain Verlag", "Fox book, edited.\n", public="false"))
    memory.add([fox], progress=False)
    assert not memory.source(str(fox)).meta.public


def test_forget_source_removes_canary_everywhere(tmp_path: Path, memory: Memory, briefs: Path) -> None:
    canary = "CANARY-6d1f2b-forget-me"
    secret = briefs / "secret.md"
    secret.write_text(brief("Initech", f"Confidential rate note {canary} for Initech.\n", service="logo"))
    memory.add([briefs], progress=False)
    assert memory.search(canary, mode="keyword")[0].citation.source == str(secret)
    assert memory.forget(source=str(secret)) == [str(secret)]
    for mode in ("hybrid", "vector", "keyword"):
        assert all(canary not in h.text for h in memory.search(canary, k=20, mode=mode))
    assert all(s.source != str(secret) for s in memory.sources())
    with pytest.raises(MemoryStoreError, match="not in memory"):
        memory.chunks(str(secret))
    assert memory._store.audit().orphans == []
    memory.close()
    for path in (tmp_path / "data").rglob("*"):
        if path.is_file():
            assert canary.encode() not in path.read_bytes(), f"canary left in {path}"


def test_forget_client_removes_all_of_its_sources(memory: Memory, briefs: Path) -> None:
    memory.add([briefs], progress=False)
    memory.add_text("Acme inquiry: ten new otter poses.", name="inquiry-1", metadata={"client": "acme"})
    gone = memory.forget(client="ACME")
    assert sorted(Path(s).name for s in gone) == ["acme-otter.md", "text:inquiry-1"]
    assert memory.sources(client="acme") == []
    assert not any(h.client.casefold() == "acme" for h in memory.search("otter poses", k=10))
    with pytest.raises(MemoryStoreError, match="say what"):
        memory.forget()


def test_add_text_is_an_inquiry_and_is_replaced_on_change(memory: Memory) -> None:
    first = memory.add_text("Brief: hedgehog book, 14 spreads.", name="hedgehog", metadata={"client": "Lena Books"})
    assert first.added == ["text:hedgehog"]
    info = memory.source("text:hedgehog")
    assert info.kind == "note" and info.meta.outcome == "inquiry" and info.meta.client == "Lena Books"
    second = memory.add_text("Brief: hedgehog book, 16 spreads.", name="hedgehog", metadata={"client": "Lena Books"})
    assert second.updated == ["text:hedgehog"]
    assert [c.text for c in memory.chunks("text:hedgehog")] == ["Brief: hedgehog book, 16 spreads."]


def test_client_override_on_add(memory: Memory, briefs: Path) -> None:
    report = memory.add([briefs / "notes.txt"], client="Acme", progress=False)
    assert report.added
    assert memory.source(str(briefs / "notes.txt")).meta.client == "Acme"
    assert memory.search("scarf", scope=client("acme"), mode="keyword")


def test_similar_projects_returns_prices_and_hours(memory: Memory, briefs: Path) -> None:
    memory.add([briefs], progress=False)
    memory.add_text("Inquiry: otter mascot, six poses.", name="q", metadata={"client": "x", "service": "mascot"})
    projects = memory.similar_projects("mascot", "an otter mascot with poses", k=3)
    assert [p.source for p in projects] == [str(briefs / "acme-otter.md")]
    project = projects[0]
    assert project.price == Decimal("1800") and project.hours_actual == Decimal("26")
    assert project.hours_estimated == Decimal("20") and project.outcome == "completed"
    assert 0 < project.similarity <= 1
    anything = memory.similar_projects(None, "book logo mascot", k=5)
    assert len(anything) == 3
    scoped = memory.similar_projects(None, "book logo mascot", k=5, scope=client("globex"))
    assert {p.client for p in scoped} <= {"Globex", "Birkenhain Verlag"}


def test_interrupted_write_stays_invisible_and_is_repaired(
    tmp_path: Path, briefs: Path, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection: the catalogue switch fails after Chroma got the new vectors (as a kill would leave it)."""
    data = tmp_path / "data"
    first = Memory.open(Settings(), data, embedder=fake_embedder)
    first.add([briefs], progress=False)
    target = briefs / "globex-logo.md"
    target.write_text(brief("Globex", "Replacement text mentioning zebras.\n", service="logo"))

    def crash(self: SqliteCatalog, docs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(SqliteCatalog, "commit_sources", crash)
    with pytest.raises(KeyboardInterrupt):
        first.add([target], progress=False)
    monkeypatch.undo()
    assert len(first._store.audit().orphans) == 1
    assert not memory_texts(first, "zebras"), "half-written version must not be visible"
    assert "geometric" in first.chunks(str(target))[0].text, "old version stays visible"
    assert first.stats().pending_repairs == 1
    first.close()

    second = Memory.open(Settings(), data, embedder=fake_embedder)
    assert second.repair() == [str(target)]
    assert second._store.audit().orphans == []
    report = second.add([briefs], progress=False)
    assert report.updated == [str(target)]
    assert memory_texts(second, "zebras")
    second.close()


def memory_texts(memory: Memory, query: str) -> list[str]:
    return [h.text for h in memory.search(query, k=10) if query in h.text]


def test_open_does_not_import_heavy_modules(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from assistant.config import Settings; import assistant.memory as m; "
        f"mem = m.Memory.open(Settings(), Path({str(tmp_path / 'd')!r})); mem.stats(); mem.close(); "
        "heavy = [x for x in ('chromadb', 'torch', 'sentence_transformers', 'onnxruntime') if x in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ)
    assert out.stdout.strip() == ""


def test_clients_lists_each_client_once(memory: Memory, briefs: Path) -> None:
    memory.add([briefs], progress=False)
    names = memory.clients()
    assert names == sorted(set(names)) and names
    assert set(names) == {s.meta.client for s in memory.sources() if s.meta.client}
