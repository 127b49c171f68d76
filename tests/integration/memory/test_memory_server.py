"""Server mode: the same Memory against a real `chroma run` on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import MemorySettings, Settings
from assistant.errors import MemoryStoreError
from assistant.memory import Memory, client
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
