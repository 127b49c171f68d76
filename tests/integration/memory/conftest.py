"""Integration fixtures for memory: the real embedder, real Chroma, the demo workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.memory import Memory
from assistant.memory.embeddings import Embedder, make_embedder

REPO = Path(__file__).resolve().parents[3]
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def real_embedder() -> Embedder:
    """The bundled all-MiniLM-L6-v2 on the default backend, shared by the session (loading it takes time)."""
    return make_embedder(Settings().embedder)


@pytest.fixture(scope="module")
def demo_memory(tmp_path_factory: pytest.TempPathFactory, real_embedder: Embedder) -> Iterator[Memory]:
    """The demo workspace's briefs ingested into a real local Chroma store."""
    memory = Memory.open(Settings(), tmp_path_factory.mktemp("demo") / "data", embedder=real_embedder)
    report = memory.add([EXAMPLES / "briefs"], progress=False)
    assert not report.failed, report.failed
    yield memory
    memory.close()
