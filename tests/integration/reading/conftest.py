"""The real chat router for the reading tests: built once per run, its bank vectors from the machine's cache.

Embedding the banks takes minutes on a loaded machine; the vectors are keyed by the texts and the embedder's
fingerprint (:mod:`assistant.reading.bank_cache`), so the machine's cache is as good as a fresh one.
"""

from __future__ import annotations

import pytest

from assistant import locations
from assistant.config import RoutingSettings, Settings
from assistant.memory.embeddings import make_embedder
from assistant.reading.intent import IntentRouter, load_examples


@pytest.fixture(scope="session")
def router() -> IntentRouter:
    """Both shipped banks, the real MiniLM embedder and the shipped thresholds."""
    embedder = make_embedder(Settings().embedder)
    routing = RoutingSettings()
    return IntentRouter(
        load_examples(),
        embedder.embed,
        min_score=routing.min_score,
        min_margin=routing.min_margin,
        cache_dir=locations.cache_dir() / "routing",
        name=embedder.name,
    )
