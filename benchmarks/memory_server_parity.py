"""Memory on a Chroma server against local memory: the same questions, the same answers?

Usage: python benchmarks/memory_server_parity.py [--split dev|test|all] [--server http://HOST:PORT]

With ``[memory] server_url`` the catalogue lives in the server and the keyword half of search is BM25 over the
chunks Chroma's ``$contains`` finds, instead of SQLite FTS5 (see ``assistant/memory/catalog_chroma.py``). This
ingests the demo workspace (examples/briefs) into both, with the bundled embedder, and prints per split:

- the figures of ``benchmarks/eval_memory.py`` (hit@5, list recall, precision, small talk retrieved) for
  :meth:`Memory.recall` on each side, the local one being the baseline;
- for plain search (hybrid and keyword-only), the share of questions whose top five sources are identical, in
  the same order, on both sides, the mean overlap (Jaccard) of the two top fives (two empty lists agree), and
  the time per search on each side (the server's ratio to local memory, measured in the same run).

Without ``--server`` a throw-away ``chroma run`` is started on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
import tomllib
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from eval_memory import K, load, reading, score, show  # noqa: E402

from assistant.config import MemorySettings, Settings  # noqa: E402
from assistant.memory import Memory  # noqa: E402
from assistant.memory.embeddings import make_embedder  # noqa: E402
from assistant.memory.search import Mode  # noqa: E402
from assistant.profile import Profile  # noqa: E402


@contextlib.contextmanager
def _server(url: str | None, tmp: Path) -> Iterator[str]:
    if url:
        yield url
        return
    from tests.support.chroma import chroma_server

    with chroma_server(tmp / "chroma") as started:
        yield started


def _top(memory: Memory, query: str, mode: Mode) -> list[str]:
    return [Path(h.citation.source).name for h in memory.search(query, k=K, mode=mode)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    parser.add_argument("--server", help="a running Chroma server (default: start one)")
    args = parser.parse_args()
    profile = Profile.model_validate(tomllib.loads((REPO / "examples" / "profile.toml").read_text("utf-8")))
    embedder = make_embedder(Settings().embedder)
    cases = load(args.split)
    with tempfile.TemporaryDirectory() as tmp, _server(args.server, Path(tmp)) as url:
        remote = Settings(memory=MemorySettings(server_url=url, collection=f"parity-{uuid.uuid4().hex[:8]}"))
        with (
            Memory.open(Settings(), Path(tmp) / "local", embedder=embedder) as local,
            Memory.open(remote, Path(tmp) / "server", embedder=embedder) as server,
        ):
            for memory in (local, server):
                memory.add([REPO / "examples" / "briefs"], progress=False)
            print(f"embedder: {embedder.name}; k={K}; {len(cases)} questions of the {args.split} split")
            show("recall, local (baseline)", score(reading(local, profile), cases))
            show("recall, Chroma server", score(reading(server, profile), cases))
            for mode in ("hybrid", "keyword"):
                same = overlap = 0.0
                seconds = {"local": 0.0, "server": 0.0}
                for case in cases:
                    started = time.perf_counter()
                    mine = _top(local, case["q"], mode)
                    seconds["local"] += time.perf_counter() - started
                    started = time.perf_counter()
                    theirs = _top(server, case["q"], mode)
                    seconds["server"] += time.perf_counter() - started
                    same += mine == theirs
                    union = set(mine) | set(theirs)
                    overlap += len(set(mine) & set(theirs)) / len(union) if union else 1.0
                n = max(len(cases), 1)
                print(
                    f"  search {mode:8s} identical top {K}: {same / n:.3f}   mean overlap: {overlap / n:.3f}   "
                    f"ms per search: local {1000 * seconds['local'] / n:.1f}, server {1000 * seconds['server'] / n:.1f}"
                    f" (x{seconds['server'] / max(seconds['local'], 1e-9):.1f})"
                )


if __name__ == "__main__":
    main()
