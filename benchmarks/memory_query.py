"""Query latency: p95 of ``Memory.search`` (embedding included, k=5, client scope) at 1k, 10k and 100k chunks,
against a raw Chroma query on the same collection with the same vector and filter, in the same run.

Usage: python benchmarks/memory_query.py [SIZES...] [--backend openvino|torch] [--keep DIR]

The stores are synthetic (random unit vectors, demo sentences as text, 40 clients) and written through the
store's own write path; the queries are the labelled set's short queries, embedded for real. Also prints the
labelled hybrid-vs-vector comparison on the demo workspace (hit@5 and MRR by source), which is why hybrid
search is the default.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from memory_common import CLIENTS, EXAMPLES, percentile, synthetic_store  # noqa: E402
from memory_labels import LABELLED  # noqa: E402

from assistant.config import EmbedderSettings, Settings  # noqa: E402
from assistant.memory import Memory, client  # noqa: E402
from assistant.memory.embeddings import make_embedder  # noqa: E402

ROUNDS = 200


def latency(memory: Memory, queries: list[str]) -> tuple[float, float, float]:
    """(Atelier p95, raw Chroma p95, embedding-only p95) in milliseconds."""
    store = memory._store
    embedder = memory._embedder
    atelier, raw, embed = [], [], []
    for i in range(ROUNDS):
        query = queries[i % len(queries)]
        who = CLIENTS[i % len(CLIENTS)]
        started = time.perf_counter()
        hits = memory.search(query, k=5, scope=client(who))
        atelier.append(time.perf_counter() - started)
        assert hits, query
        started = time.perf_counter()
        vector = embedder.embed([query])[0]
        embed.append(time.perf_counter() - started)
        where = client(who).chroma_where()
        started = time.perf_counter()
        store.collection.query(query_embeddings=[vector], n_results=5, where=where, include=["distances"])
        raw.append(time.perf_counter() - started)
    return tuple(1000 * percentile(values, 95) for values in (atelier, raw, embed))  # type: ignore[return-value]


def hybrid_quality(settings: Settings, embedder: object, work: Path) -> None:
    with Memory.open(settings, work / "demo", embedder=embedder) as memory:  # type: ignore[arg-type]
        memory.add([EXAMPLES / "briefs"], progress=False)
        for mode in ("vector", "keyword", "hybrid"):
            found = reciprocal = 0.0
            for query, relevant in LABELLED:
                sources: list[str] = []
                for hit in memory.search(query, k=20, mode=mode):  # type: ignore[arg-type]
                    name = Path(hit.citation.source).name
                    if name not in sources:
                        sources.append(name)
                ranks = [i for i, name in enumerate(sources[:5]) if any(r in name for r in relevant)]
                if ranks:
                    found += 1
                    reciprocal += 1 / (ranks[0] + 1)
            n = len(LABELLED)
            print(f"  {mode:7s} hit@5 {found / n:.3f}   MRR {reciprocal / n:.3f}   ({n} labelled queries)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[1_000, 10_000, 100_000])
    parser.add_argument("--backend", default="openvino", choices=["openvino", "torch"])
    parser.add_argument("--keep", type=Path, help="Keep (and reuse) the synthetic stores in this folder.")
    args = parser.parse_args()
    settings = Settings(embedder=EmbedderSettings(backend=args.backend))
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        embedder = make_embedder(settings.embedder)
        queries = [query for query, _ in LABELLED]
        embedder.embed(queries[:2])
        print(f"embedder: {embedder.name}; {ROUNDS} queries per size, k=5, client scope")
        for size in args.sizes:
            with synthetic_store(work / f"store-{size}", size, settings, embedder) as memory:
                for query in queries[:5]:
                    memory.search(query, k=5, scope=client(CLIENTS[0]))
                ours, raw, embed = latency(memory, queries)
                print(
                    f"{size:>7} chunks: atelier p95 {ours:6.1f} ms (embedding {embed:5.1f} ms)   "
                    f"raw chroma p95 {raw:5.1f} ms   ratio {ours / raw:5.1f}x   "
                    f"(without the embedding {(ours - embed) / raw:4.1f}x)"
                )
        print("hybrid vs vector on the demo workspace:")
        hybrid_quality(settings, embedder, work)


if __name__ == "__main__":
    main()
