"""Ingest throughput (chunks/s) against plain sentence-transformers torch encoding, in the same run.

Usage: python benchmarks/memory_ingest.py [N_CHUNKS] [ROUNDS]

Prints, for the same N short chunks from the demo workspace:
- the baseline: ``SentenceTransformer(all-MiniLM-L6-v2).encode`` on torch, batch 32;
- Atelier's full ingest (files -> load -> chunk -> embed -> Chroma + catalogue) with each backend;
- recall@5 of the OpenVINO vectors against the torch vectors (the share of torch's top 5 that OpenVINO's top 5
  also holds): the labelled queries over the demo workspace's real chunks, and (a harsher case) half-chunk
  queries over the N overlapping chunks.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from memory_common import EXAMPLES, short_chunks  # noqa: E402
from memory_labels import LABELLED  # noqa: E402

from assistant.config import EmbedderSettings, Settings  # noqa: E402
from assistant.memory import Memory  # noqa: E402
from assistant.memory.embeddings import bundled_model_path, make_embedder, openvino_precision  # noqa: E402


def baseline(texts: list[str], model: object) -> float:
    started = time.perf_counter()
    model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)  # type: ignore[attr-defined]
    return len(texts) / (time.perf_counter() - started)


def atelier_ingest(texts: list[str], backend: str, work: Path, round_no: int) -> float:
    folder = work / f"files-{backend}-{round_no}"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"chunk-{i:05d}.txt").write_text(text + "\n", encoding="utf-8")
    settings = Settings(embedder=EmbedderSettings(backend=backend))  # type: ignore[arg-type]
    embedder = make_embedder(settings.embedder)
    embedder.embed(["warm up the model (and the one-time export for OpenVINO)"])
    with Memory.open(settings, work / f"data-{backend}-{round_no}", embedder=embedder) as memory:
        memory.add([work / "warm.txt"], progress=False)  # opens Chroma outside the timing
        report = memory.add([folder], progress=False)
    assert report.chunks == len(texts), report.failed
    return report.chunks / report.seconds


def demo_chunks() -> list[str]:
    """The real chunks of the demo workspace, as Atelier cuts them."""
    from assistant.errors import IngestError
    from assistant.memory.chunking import chunk_document
    from assistant.memory.loaders import load

    texts: list[str] = []
    for path in sorted((EXAMPLES / "briefs").glob("*")) + sorted((EXAMPLES / "inquiries").glob("*")):
        try:
            texts += [c.text for c in chunk_document(load(path, path.read_bytes()))]
        except IngestError:
            continue
    return texts


def recall_at_5(corpus: list[str], queries: list[str]) -> float:
    """Mean overlap of the top-5 chunks by OpenVINO vectors with the top-5 by torch vectors."""
    fast = make_embedder(EmbedderSettings(backend="openvino"))
    torch_embedder = make_embedder(EmbedderSettings(backend="torch"))
    c_torch, c_fast = torch_embedder.embed(corpus), fast.embed(corpus)
    q_torch, q_fast = torch_embedder.embed(queries), fast.embed(queries)
    total = 0.0
    for i in range(len(queries)):
        top_t = set(np.argsort(-(c_torch @ q_torch[i]))[:5])
        top_o = set(np.argsort(-(c_fast @ q_fast[i]))[:5])
        total += len(top_t & top_o) / 5
    return total / len(queries)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    texts = short_chunks(n)
    print(f"{n} short chunks, mean {sum(map(len, texts)) / n:.0f} characters, {os.cpu_count()} CPUs, {rounds} rounds")
    print(f"OpenVINO computes in {openvino_precision()} on this CPU")
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(bundled_model_path()), device="cpu")
    model.encode(texts[:32], batch_size=32)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "warm.txt").write_text("warm up\n")
        ratios: dict[str, list[float]] = {"torch": [], "openvino": []}
        # Interleaved rounds: the CPU is shared, so each ratio compares runs made seconds apart.
        for round_no in range(rounds):
            base = baseline(texts, model)
            line = f"round {round_no + 1}: baseline torch encode {base:6.1f} chunks/s"
            for backend in ("torch", "openvino"):
                rate = atelier_ingest(texts, backend, work, round_no)
                ratios[backend].append(rate / base)
                line += f" | atelier ingest {backend} {rate:6.1f} chunks/s ({rate / base:.2f}x)"
            print(line)
        for backend, values in ratios.items():
            print(f"median ratio, atelier ingest ({backend}) / baseline: {statistics.median(values):.2f}x")
        demo = demo_chunks()
        labelled = [query for query, _ in LABELLED]
        recall = recall_at_5(demo, labelled)
        print(f"recall@5  openvino vs torch, labelled queries over the {len(demo)} demo chunks: {recall:.3f}")
        chunk_queries = [t[: len(t) // 2] for t in texts[:: max(1, n // 200)]]
        recall = recall_at_5(texts, chunk_queries)
        print(
            f"recall@5  openvino vs torch, {len(chunk_queries)} half-chunk queries over the {n} chunks"
            f" (overlapping windows, a harsh case): {recall:.3f}"
        )


if __name__ == "__main__":
    main()
