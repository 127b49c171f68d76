"""The real chat router for the reading tests: built once per run, since embedding its banks takes minutes."""

from __future__ import annotations

import pytest

from assistant.config import RoutingSettings, Settings
from assistant.memory.embeddings import make_embedder
from assistant.reading.intent import IntentRouter, load_examples


@pytest.fixture(scope="session")
def router(tmp_path_factory: pytest.TempPathFactory) -> IntentRouter:
    """Both shipped banks, the real MiniLM embedder and the shipped thresholds, with a fresh vector cache."""
    embedder = make_embedder(Settings().embedder)
    routing = RoutingSettings()
    return IntentRouter(
        load_examples(),
        embedder.embed,
        min_score=routing.min_score,
        min_margin=routing.min_margin,
        cache_dir=tmp_path_factory.mktemp("routing-cache"),
        name=embedder.name,
    )
