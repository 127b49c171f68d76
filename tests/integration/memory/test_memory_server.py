"""Server mode: the same Memory against a real `chroma run` on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import MemorySettings, Settings
from assistant.errors import MemoryStoreError, StoreLockedError
from assistant.memory import Memory, client
from assistant.memory.catalog_chroma import ChromaCatalog
from assistant.memory.embeddings import Embedder
from tests.support.chroma import chroma_server as running_chroma
from tests.support.servers import free_port


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    with running_chroma(tmp_path / "chroma") as url:
        yield url


def test_memory_on_a_chroma_server(tmp_path: Path, chroma_server: str, real_embedder: Embedder) -> None:
    settings = Settings(memory=MemorySettings(server_url=chroma_server, collection="atelier-test"))
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "acme.md").write_text("---\nclient: Acme\nservice: mascot\n---\nOtter mascot for Acme, KB-7001.\n")
    (briefs / "globex.md").write_text("---\nclient: Globex\n---\nLogo for Globex with a secret CANARY-99.\n")
    data = tmp_path / "data"
    with Memory.open(settings, data, embedder=real_embedder) as memory:
        report = memory.add([briefs], progress=False)
        assert len(report.added) == 2
        assert memory.stats().store == chroma_server
        hits = memory.search("otter mascot", k=2)
        assert hits[0].citation.source == str(briefs / "acme.md")
        assert all(h.client != "Globex" for h in memory.search("logo secret", scope=client("acme"), k=5))
        assert memory._store.audit().model_dump() == {"orphans": [], "missing": []}
        memory.forget(client="globex")
        assert memory._store.audit().orphans == []
        assert all("CANARY-99" not in h.text for h in memory.search("CANARY-99 logo", k=5))
    assert not (data / "chroma").exists(), "in server mode no local Chroma store is made"
    assert not (data / "memory.sqlite3").exists(), "in server mode the catalogue lives in the server too"
    with Memory.open(settings, data, embedder=real_embedder) as again:
        assert [s.meta.client for s in again.sources()] == ["Acme"]
        assert again.search("otter", k=1)[0].client == "Acme"


def test_unreachable_server_is_a_clear_error(tmp_path: Path, real_embedder: Embedder) -> None:
    settings = Settings(memory=MemorySettings(server_url=f"http://127.0.0.1:{free_port()}"))
    (tmp_path / "a.md").write_text("---\nclient: A\n---\ntext\n")
    with Memory.open(settings, tmp_path / "data", embedder=real_embedder) as memory:
        with pytest.raises(MemoryStoreError, match="cannot open the Chroma store"):
            memory.add([tmp_path / "a.md"], progress=False)


def test_server_catalogue_keeps_texts_through_a_flag_change_and_repairs_a_killed_write(
    tmp_path: Path, chroma_server: str, real_embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(memory=MemorySettings(server_url=chroma_server, collection="atelier-flags"))
    brief = tmp_path / "acme.md"
    brief.write_text("---\nclient: Acme\n---\nOtter mascot for Acme, KB-7001.\n")
    with Memory.open(settings, tmp_path / "data", embedder=real_embedder) as memory:
        memory.add([brief], progress=False)
        assert memory.search("otter", scope=client("globex"), k=3) == []
        memory.set_public(str(brief), True)
        seen = memory.search("otter mascot", scope=client("globex"), k=3)
        assert [h.text for h in seen] == ["Otter mascot for Acme, KB-7001."], "the flag update kept the text"
        assert memory.search("KB-7001", scope=client("globex"), mode="keyword", k=3)[0].public

        brief.write_text("---\nclient: Acme\n---\nReplacement text mentioning zebras.\n")

        def crash(self: ChromaCatalog, docs: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(ChromaCatalog, "commit_sources", crash)
        with pytest.raises(KeyboardInterrupt):
            memory.add([brief], progress=False)
        monkeypatch.undo()
        assert len(memory._store.audit().orphans) == 1
        assert memory.search("zebras", mode="keyword", k=3) == [], "the half-written version stays invisible"
        assert memory.stats().pending_repairs == 1
    with Memory.open(settings, tmp_path / "other-home", embedder=real_embedder) as other:
        assert other.repair() == [str(brief)]
        assert other._store.audit().orphans == []
        assert "Otter" in other.chunks(str(brief))[0].text


def test_a_second_machine_cannot_write_while_the_first_does(
    tmp_path: Path, chroma_server: str, real_embedder: Embedder
) -> None:
    settings = Settings(memory=MemorySettings(server_url=chroma_server, collection="atelier-lease"))
    brief = tmp_path / "acme.md"
    brief.write_text("---\nclient: Acme\n---\nOtter mascot for Acme.\n")
    first = Memory.open(settings, tmp_path / "laptop", embedder=real_embedder)
    second = Memory.open(settings, tmp_path / "desktop", embedder=real_embedder)
    try:
        first.add([brief], progress=False)
        with pytest.raises(StoreLockedError, match="being written by"):
            second.add([brief], progress=False)
        assert [s.meta.client for s in second.sources()] == ["Acme"], "reading needs no lease"
        first.close()
        assert second.forget(client="acme") == [str(brief)]
    finally:
        first.close()
        second.close()
