"""The OpenVINO backend: exported once from the bundled model, cached, and as close to torch as torch is to itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.config import EmbedderSettings
from assistant.memory.embeddings import OpenVinoEmbedder, make_embedder, openvino_precision

TEXTS = [
    "Children's picture book about a fox in the snow, 14 spreads, watercolour.",
    "Logo for a yoga studio in Berlin.",
    "KB-2291",
    "Poster for the harbour festival with bold type and a lighthouse. " * 6,
]

COLD_OPEN = """
import sys, time
from pathlib import Path
from assistant.config import EmbedderSettings
from assistant.memory.embeddings import make_embedder
started = time.perf_counter()
make_embedder(EmbedderSettings(), Path(sys.argv[1])).embed(["children's book"])
print(time.perf_counter() - started, "torch" in sys.modules, "sentence_transformers" in sys.modules)
"""


@pytest.mark.slow
def test_export_is_cached_and_matches_torch(tmp_path: Path) -> None:
    openvino = make_embedder(EmbedderSettings(backend="openvino"), tmp_path)
    assert isinstance(openvino, OpenVinoEmbedder)
    vectors = openvino.embed(TEXTS)
    reference = make_embedder(EmbedderSettings(backend="torch")).embed(TEXTS)
    assert vectors.shape == reference.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    # bfloat16 keeps about three significant digits; the vectors still point the same way.
    assert float((vectors * reference).sum(axis=1).min()) > 0.999
    assert openvino_precision() in {"bfloat16", "float32"}
    # A text's vector does not depend on what else is in its batch.
    alone = openvino.embed(TEXTS[:1])
    assert float(alone[0] @ vectors[0]) > 0.9999

    exported = list(tmp_path.rglob("model.onnx"))
    assert len(exported) == 1
    stamp = exported[0].stat().st_mtime_ns
    make_embedder(EmbedderSettings(backend="openvino"), tmp_path).embed(TEXTS[:1])
    assert exported[0].stat().st_mtime_ns == stamp, "the export is reused, not redone"
    assert not list(tmp_path.glob(".*.partial"))

    # The next process opens the cached export without torch or sentence-transformers.
    run = subprocess.run([sys.executable, "-c", COLD_OPEN, str(tmp_path)], capture_output=True, text=True, check=True)
    seconds, torch_loaded, st_loaded = run.stdout.split()
    assert (torch_loaded, st_loaded) == ("False", "False")
    assert float(seconds) < 10, "a generous bound for a loaded CI machine; the benchmark measures it properly"
