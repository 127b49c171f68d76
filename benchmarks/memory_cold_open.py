"""Cold open + first query at 10k chunks, in a fresh process, against a raw Chroma open + query.

Usage: python benchmarks/memory_cold_open.py [--keep DIR] [--chunks N]

Each run is a new Python process that imports Atelier, opens memory (catalogue, Chroma, embedder, all lazily)
and answers one scoped query; the time is taken inside the process from before the imports to the first
result, and the wall time of the whole process (interpreter start included) is printed beside it. The baseline
process imports chromadb, opens the same collection and runs one filtered query with a ready-made vector.
The OS file cache is warm after the first run; the median of three runs is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from memory_common import synthetic_store  # noqa: E402

from assistant.config import EmbedderSettings, Settings  # noqa: E402
from assistant.memory.embeddings import make_embedder  # noqa: E402

ATELIER = """
import time
started = time.perf_counter()
from pathlib import Path
from assistant.config import EmbedderSettings, Settings
from assistant.memory import Memory, client
settings = Settings(embedder=EmbedderSettings(backend={backend!r}))
with Memory.open(settings, Path({data!r})) as memory:
    hits = memory.search("children's book with watercolour spreads", k=5, scope=client("client-07"))
assert len(hits) == 5
print(time.perf_counter() - started)
"""

RAW = """
import time
started = time.perf_counter()
import chromadb
from chromadb.config import Settings
client = chromadb.PersistentClient(path={chroma!r}, settings=Settings(anonymized_telemetry=False))
collection = client.get_collection("atelier", embedding_function=None)
vector = [0.05] * 384
where = {{"audience": {{"$in": ["client-07", "__public__"]}}}}
result = collection.query(query_embeddings=[vector], n_results=5, where=where)
assert len(result["ids"][0]) == 5
print(time.perf_counter() - started)
"""


def timed(code: str) -> tuple[float, float]:
    """(seconds inside the process, wall seconds of the process)."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ)
    return float(out.stdout.strip().splitlines()[-1]), time.perf_counter() - started


def median_of_three(code: str) -> tuple[float, float]:
    runs = [timed(code) for _ in range(3)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunks", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="Keep (and reuse) the store in this folder.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = (args.keep or Path(tmp)) / f"cold-{args.chunks}"
        for backend in ("openvino", "torch"):
            warm = make_embedder(EmbedderSettings(backend=backend))  # type: ignore[arg-type]
            warm.embed(["export the model for OpenVINO once (into the shared cache), outside the timing"])
        settings = Settings()
        with synthetic_store(data, args.chunks, settings, make_embedder(settings.embedder)):
            pass
        raw_in, raw_wall = median_of_three(RAW.format(chroma=str(data / "chroma")))
        print(f"{args.chunks} chunks, median of 3 fresh processes")
        print(f"raw chroma open + filtered query     : {raw_in:5.2f} s   (process wall {raw_wall:5.2f} s)")
        for backend in ("openvino", "torch"):
            ours_in, ours_wall = median_of_three(ATELIER.format(backend=backend, data=str(data)))
            print(
                f"atelier open + first query, {backend:8s}: {ours_in:5.2f} s   (process wall {ours_wall:5.2f} s)"
                f"   ratio {ours_in / raw_in:4.1f}x"
            )


if __name__ == "__main__":
    main()
