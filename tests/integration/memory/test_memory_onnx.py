"""The ONNX backend: exported once from the bundled model, cached, and close to the torch vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.config import EmbedderSettings
from assistant.memory.embeddings import Embedder, OnnxEmbedder, make_embedder

TEXTS = [
    "Children's picture book about a fox in the snow, 14 spreads, watercolour.",
    "Logo for a yoga studio in Berlin.",
    "KB-2291",
    "Poster for the harbour festival with bold type and a lighthouse. " * 6,
]


@pytest.mark.slow
def test_onnx_export_is_cached_and_matches_torch(tmp_path: Path, real_embedder: Embedder) -> None:
    onnx = make_embedder(EmbedderSettings(backend="onnx"), tmp_path)
    assert isinstance(onnx, OnnxEmbedder)
    vectors = onnx.embed(TEXTS)
    reference = real_embedder.embed(TEXTS)
    assert vectors.shape == reference.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert float((vectors * reference).sum(axis=1).min()) > 0.97
    exported = list((tmp_path / "models").rglob("model.int8.onnx"))
    assert len(exported) == 1
    stamp = exported[0].stat().st_mtime_ns
    again = make_embedder(EmbedderSettings(backend="onnx"), tmp_path).embed(TEXTS[:1])
    assert exported[0].stat().st_mtime_ns == stamp, "the export is reused, not redone"
    # int8 dynamic quantisation scales activations per batch, so a text's vector moves a little with its batch.
    assert float(again[0] @ vectors[0]) > 0.98
    assert not list((tmp_path / "models").rglob("*.partial"))
