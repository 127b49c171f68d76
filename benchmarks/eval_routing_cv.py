"""Chat routing scored by leaving one tuning set out: the honest figure for a bank that ships the sets' turns.

``assistant/reading/banks/intents_written.yaml`` holds the turns of the eight blind-written tuning sets
(``chat_dev``, ``chat_test``, ``chat_holdout``, ``chat_tune``, ``chat_fresh``, ``chat_fifth``, ``chat_sixth``,
``chat_seventh``), so scoring the shipped router on any of them would be scoring it on its own training data.
Here each set in turn is left out: the router is trained on the hand-written bank plus the other seven sets (built
by the same ``scripts/build_intent_bank.py`` code and read by the same loader) and scores the one left out, through
the real code path and the real embedder. The baseline, in the same run, is the hand-written bank alone on the same
sets. Printed: accuracy (a clarifying question is a miss), per route, per language, share of questions, p50/p95
routing latency, and the cost of training.

``--sweep`` also searches ridge L2, LEXICAL_WEIGHT and the thresholds on the pooled cross-validation (a dual
ridge solve per fold and setting over precomputed Gram matrices; the same maths as ``RidgeReader.fit``), so
nothing is tuned on one set. The current blind set (``chat_eighth``) is never read.

    .venv/bin/python benchmarks/eval_routing_cv.py [--sweep] [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402
import scipy.linalg  # noqa: E402

from assistant.config import EmbedderSettings, RoutingSettings  # noqa: E402
from assistant.graph.routing import parse_command  # noqa: E402
from assistant.memory.embeddings import make_embedder  # noqa: E402
from assistant.reading import ridge  # noqa: E402
from assistant.reading.intent import IntentRouter, bank_path, exact_route, load_examples  # noqa: E402
from assistant.reading.semantic import Embed, Example, Vectors  # noqa: E402
from benchmarks.eval_routing import Report, evaluate  # noqa: E402
from scripts.build_intent_bank import SETS, bank, load_set, render  # noqa: E402

GRID = ((1.5, 1.0), (1.0, 1.0), (2.5, 1.0), (1.5, 0.3), (1.5, 3.0))
"""``(LEXICAL_WEIGHT, L2)`` settings the sweep tries, one axis at a time around the shipped one (each setting
is a dense solve per fold, minutes on a loaded two-core machine)."""


class Memo:
    """The real embedder, remembering every text's vector (on disk with ``--cache-dir``) so folds embed once."""

    def __init__(self, cache_dir: Path | None) -> None:
        """Load the embedder and any vectors kept from an earlier run."""
        self.embedder = make_embedder(EmbedderSettings())
        self.embedder.embed(["warm up"])
        self.path = cache_dir / "cv-vectors.npz" if cache_dir else None
        self.known: dict[str, Vectors] = {}
        if self.path is not None and self.path.is_file():
            with np.load(self.path) as kept:
                self.known = dict(zip(kept["texts"].tolist(), kept["vectors"], strict=True))

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Vectors for ``texts``, embedding only the ones never seen."""
        new = list(dict.fromkeys(t for t in texts if t not in self.known))
        if new:
            self.known.update(zip(new, self.embedder.embed(new), strict=True))
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                np.savez(self.path, texts=np.array(list(self.known)), vectors=np.stack(list(self.known.values())))
        return np.stack([self.known[t] for t in texts]).astype(np.float32)


class Timed:
    """The real embedder, timing each call: how much of a routing decision is the embedding itself."""

    def __init__(self, embed: Embed) -> None:
        """Wrap ``embed``."""
        self._embed = embed
        self.seconds: list[float] = []

    def __call__(self, texts: Sequence[str]) -> Vectors:
        """Embed and record how long it took."""
        started = time.perf_counter()
        out = self._embed(texts)
        self.seconds.append(time.perf_counter() - started)
        return out


def fold_router(
    examples: list[Example], memo: Memo, cache: Path, settings: RoutingSettings, timed: Timed
) -> tuple[IntentRouter, float]:
    """Train through the memo (into ``cache``), then load the router as the app does, with the real embedder.

    Returns the router and the seconds training took (embedding excluded: the memo already holds the vectors).
    """
    memo.embed([e.text for e in examples])
    started = time.perf_counter()
    kwargs: dict[str, Any] = {"min_score": settings.min_score, "min_margin": settings.min_margin}
    IntentRouter(examples, memo.embed, cache_dir=cache, name=memo.embedder.name, **kwargs)
    trained = time.perf_counter() - started
    return IntentRouter(examples, timed, cache_dir=cache, name=memo.embedder.name, **kwargs), trained


def written_examples(names: Sequence[str], sets: dict[str, list[dict[str, Any]]], tmp: Path) -> list[Example]:
    """The written bank built from ``names`` only, written out and read back by the shipped loader."""
    path = tmp / f"written-{'-'.join(names)}.yaml"
    path.write_text(render(bank(sets[name] for name in names)), encoding="utf-8")
    return load_examples(path)


def fold_examples(held: str, base: list[Example], sets: dict[str, list[dict[str, Any]]], tmp: Path) -> list[Example]:
    """The hand-written bank plus the other seven sets; a text of the held-out set is never trained on."""
    held_texts = {str(item["text"]).strip() for item in sets[held]}
    written = written_examples([name for name in SETS if name != held], sets, tmp)
    return base + [example for example in written if example.text not in held_texts]


def pooled(name: str, reports: Sequence[Report]) -> Report:
    """One report over every fold's held-out turns."""
    return Report(
        name,
        [item for r in reports for item in r.items],
        [reading for r in reports for reading in r.readings],
        [latency for r in reports for latency in r.latencies],
    )


def sweep(base: list[Example], sets: dict[str, list[dict[str, Any]]], memo: Memo, tmp: Path) -> None:
    """Pooled leave-one-set-out accuracy over a grid of L2, lexical weight and thresholds."""
    folds = [(fold_examples(held, base, sets, tmp), sets[held]) for held in SETS]
    trained = [e.text for train, _ in folds for e in train]
    asked = [parse_command(item["text"])[1] for items in sets.values() for item in items]
    texts = list(dict.fromkeys(trained + asked))
    where = {t: n for n, t in enumerate(texts)}
    vectors, lexical = memo.embed(texts), ridge.lexical_features(texts)
    gram_e, gram_l = vectors @ vectors.T, lexical @ lexical.T
    scores_at: dict[tuple[float, float], list[tuple[str, float, float, bool]]] = {}
    for (train, items), (weight, l2) in itertools.product(folds, GRID):
        names = sorted({e.label for e in train})
        index = np.array([names.index(e.label) for e in train])
        rows = np.array([where[e.text] for e in train])
        scale = np.sqrt(len(index) / (len(names) * np.bincount(index)))[index]
        kernel = scale[:, None] * (gram_e[np.ix_(rows, rows)] + weight**2 * gram_l[np.ix_(rows, rows)]) * scale
        kernel[np.diag_indices_from(kernel)] += l2
        targets = -np.ones((len(index), len(names)))
        targets[np.arange(len(index)), index] = 1.0
        dual = scipy.linalg.solve(kernel, targets * scale[:, None], assume_a="pos")
        out = scores_at.setdefault((weight, l2), [])
        for item in items:
            command, text = parse_command(item["text"])
            if command is not None or exact_route(text) is not None:
                routed = command or exact_route(text)[0]  # type: ignore[index]
                out.append((str(routed), 9.0, 9.0, routed == item["route"]))
                continue
            t = where[text]
            score = (gram_e[t, rows] + weight**2 * gram_l[t, rows]) * scale @ dual
            best, second = np.argsort(-score)[:2]
            out.append((names[best], float(score[best]), float(score[best] - score[second]),
                        names[best] == item["route"]))  # fmt: skip
    print("lexical_weight l2 min_score min_margin  accuracy  asked")
    for (weight, l2), rows_ in sorted(scores_at.items()):
        for min_score, min_margin in itertools.product((-1.0, -0.6, -0.3, 0.0), (0.0, 0.05, 0.1, 0.2, 0.3)):
            sure = [s >= min_score and m >= min_margin for _, s, m, _ in rows_]
            right = sum(ok and r[3] for ok, r in zip(sure, rows_, strict=True))
            n = len(rows_)
            print(f"{weight:>14} {l2:>4} {min_score:>9} {min_margin:>10}  {right / n:8.1%}  {1 - np.mean(sure):5.1%}")


def thresholds(report: Report) -> None:
    """Pooled accuracy and share of questions for a grid of ``min_score``/``min_margin`` (readings reused)."""
    print("min_score min_margin  accuracy  asked  (pooled leave-one-set-out)")
    pairs = list(zip(report.items, report.readings, strict=True))
    for min_score, min_margin in itertools.product((-1.0, -0.6, -0.3, 0.0), (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)):
        sure = [r.runner_up == "" or (r.score >= min_score and r.margin >= min_margin) for _, r in pairs]
        right = sum(ok and r.route == item["route"] for ok, (item, r) in zip(sure, pairs, strict=True))
        print(f"{min_score:>9} {min_margin:>10}  {right / len(pairs):8.1%}  {1 - np.mean(sure):5.1%}")


def main() -> None:
    """Run the baseline and the leave-one-set-out folds and print their reports."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sweep", action="store_true", help="grid of L2, lexical weight and thresholds")
    parser.add_argument("--cache-dir", type=Path, help="keep embedded vectors here between runs")
    args = parser.parse_args()
    settings = RoutingSettings()
    memo = Memo(args.cache_dir)
    sets = {name: load_set(name) for name in SETS}
    base = load_examples(bank_path())
    print(f"ridge L2 {ridge.L2}, LEXICAL_WEIGHT {ridge.LEXICAL_WEIGHT}; "
          f"min_score {settings.min_score}, min_margin {settings.min_margin}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="atelier-routing-cv-") as tmp_name:
        tmp = Path(tmp_name)
        if args.sweep:
            sweep(base, sets, memo, tmp)
        timed = Timed(memo.embedder.embed)
        baseline, _ = fold_router(base, memo, tmp / "base", settings, timed)
        base_reports = [evaluate(baseline.route, sets[name], name) for name in SETS]
        reports, costs = [], []
        for held in SETS:
            router, trained = fold_router(fold_examples(held, base, sets, tmp), memo, tmp / held, settings, timed)
            costs.append((held, len(router), trained))
            reports.append(evaluate(router.route, sets[held], f"{held} (left out)"))
    ms = np.array(timed.seconds) * 1000
    print(f"embedding alone, per turn: p50 {np.percentile(ms, 50):.1f} ms, p95 {np.percentile(ms, 95):.1f} ms")
    for held, size, trained in costs:
        print(f"fold {held}: trained on {size} examples in {trained:.1f} s")
    base_all, cv_all = pooled("baseline: hand-written bank only", base_reports), pooled("leave-one-set-out", reports)
    for report in [*reports, base_all, cv_all]:
        print("\n".join(report.lines()))
    thresholds(cv_all)
    for b, r in zip(base_reports, reports, strict=True):
        print(f"{b.name}: baseline {b.accuracy:.1%} -> left out {r.accuracy:.1%}")
    print(f"pooled: baseline {base_all.accuracy:.1%} -> {cv_all.accuracy:.1%} "
          f"(x{cv_all.accuracy / max(base_all.accuracy, 1e-9):.2f})")  # fmt: skip


if __name__ == "__main__":
    main()
