"""Memory retrieval on the labelled questions of ``tests/eval/memory_questions.yaml``, against the old retriever.

Usage: python benchmarks/eval_memory.py [--split dev|test|all] [--sweep]

Both sides run in the same process over the demo workspace (examples/briefs) with the bundled embedder:

- baseline: what the chat retriever did before questions were read: a hybrid search for the top k chunks, run
  first inside each client the question names;
- recall: :meth:`Memory.recall`, which reads the question's clients, services, outcome and period, lists every
  matching project, and cites other hits only above the relevance threshold.

Per split it prints hit@5 (a relevant source among the first five), recall of the whole list for questions that
ask for every project, precision of what came back, and the share of small-talk and off-topic questions that got
anything at all. ``--sweep`` also prints the same figures for other thresholds, on the dev split, which is how
the default ``[memory] min_similarity`` was chosen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402

from assistant.config import MemorySettings, Settings  # noqa: E402
from assistant.memory import Hit, Memory  # noqa: E402
from assistant.memory.embeddings import make_embedder  # noqa: E402
from assistant.memory.question import service_vocabulary  # noqa: E402
from assistant.profile import Profile  # noqa: E402

K = 5
TODAY = dt.date(2026, 11, 25)
QUESTIONS = REPO / "tests" / "eval" / "memory_questions.yaml"
Retrieve = Callable[[str], list[Hit]]


def load(split: str) -> list[dict[str, Any]]:
    """The labelled questions of one split (or all)."""
    cases: list[dict[str, Any]] = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    return [case for case in cases if split == "all" or case["split"] == split]


def baseline(memory: Memory) -> Retrieve:
    """The chat retriever before this change: named clients first, then the plain top-k hybrid search."""

    def retrieve(query: str) -> list[Hit]:
        folded = query.casefold()
        words = set(folded.replace("?", " ").replace(",", " ").split())
        named = [n for n in memory.clients() if n.casefold() in folded or n.split()[0].casefold() in words]
        hits = [hit for name in named for hit in memory.search(query, k=K, client=name)]
        hits += memory.search(query, k=K)
        unique = list({(h.citation.source, h.citation.chunk): h for h in reversed(hits)}.values())[::-1]
        return unique[:K]

    return retrieve


def reading(memory: Memory, profile: Profile) -> Retrieve:
    """The new retriever: :meth:`Memory.recall` with the rate card's words and the eval's today."""
    services = service_vocabulary(profile)
    return lambda query: memory.recall(query, k=K, services=services, today=TODAY)


def score(retrieve: Retrieve, cases: list[dict[str, Any]]) -> dict[str, float]:
    """hit@5, list recall, precision and the small-talk false-retrieval rate over ``cases``."""
    hits = wanted = 0
    recall_sum = list_cases = 0.0
    precise = returned = 0
    false_hits = none_cases = 0
    for case in cases:
        sources = list(dict.fromkeys(Path(h.citation.source).name for h in retrieve(case["q"])))
        expected = set(case["expect"])
        if not expected:
            none_cases += 1
            false_hits += bool(sources)
            continue
        wanted += 1
        hits += bool(expected & set(sources[:K]))
        if case.get("all"):
            list_cases += 1
            recall_sum += len(expected & set(sources)) / len(expected)
        precise += len(expected & set(sources))
        returned += len(sources)
    return {
        "hit@5": hits / max(wanted, 1),
        "list recall": recall_sum / max(list_cases, 1),
        "precision": precise / max(returned, 1),
        "small-talk retrieved": false_hits / max(none_cases, 1),
        "n": float(len(cases)),
    }


def show(label: str, figures: dict[str, float]) -> None:
    """One line of figures."""
    print(
        f"  {label:28s} hit@5 {figures['hit@5']:.3f}   list recall {figures['list recall']:.3f}   "
        f"precision {figures['precision']:.3f}   small talk/off-topic retrieved {figures['small-talk retrieved']:.3f}"
        f"   ({int(figures['n'])} questions)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="test", choices=["dev", "test", "all"])
    parser.add_argument("--sweep", action="store_true", help="Also sweep the threshold on the dev split.")
    args = parser.parse_args()
    profile = Profile.model_validate(tomllib.loads((REPO / "examples" / "profile.toml").read_text("utf-8")))
    embedder = make_embedder(Settings().embedder)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings()
        with Memory.open(settings, Path(tmp) / "demo", embedder=embedder) as memory:
            memory.add([REPO / "examples" / "briefs"], progress=False)
            print(f"embedder: {embedder.name}; k={K}; today={TODAY}")
            if args.sweep:
                print("threshold sweep on the dev split ([memory] min_similarity, rare_chunks):")
                for rare in (0, 5, 10, 20):
                    for threshold in (0.0, 0.3, 0.35, 0.4, 0.45, 0.5):
                        tuned = Settings(memory=MemorySettings(min_similarity=threshold, rare_chunks=rare))
                        with Memory.open(tuned, Path(tmp) / "demo", embedder=embedder) as swept:
                            show(f"{threshold:.2f}, rare {rare}", score(reading(swept, profile), load("dev")))
            cases = load(args.split)
            print(f"{args.split} split:")
            show("baseline (top-k search)", score(baseline(memory), cases))
            chosen = f"recall ({settings.memory.min_similarity:.2f}, rare {settings.memory.rare_chunks})"
            show(chosen, score(reading(memory, profile), cases))


if __name__ == "__main__":
    main()
