"""Nearest-neighbour reading over labelled examples, with the bundled sentence embedder.

An :class:`ExampleBank` holds short labelled texts (route examples, past briefs with their ``service:``, mail
kinds). A new text is embedded once and the ``k`` most similar examples vote, weighted by similarity. The answer
carries the winning label, a confidence (the winner's share of the vote, scaled by how similar its best example
is), and the examples that decided it, so a person can see why.

Vectors are unit length (the embedder normalises), so similarity is a dot product: a bank of a few thousand
examples answers in well under a millisecond once the query is embedded.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]
Embed = Callable[[Sequence[str]], Vectors]


@dataclass(frozen=True)
class Example:
    """One labelled text."""

    text: str
    label: str
    source: str = ""
    """Where it came from (a file, ``bank``, ``correction``), shown when it decides."""


@dataclass(frozen=True)
class Reading:
    """What a bank read in a text."""

    label: str
    confidence: float
    """0 to 1: the winner's share of the weighted vote times its best similarity."""
    similarity: float
    """Cosine similarity of the closest example with the winning label."""
    margin: float
    """Winner's vote share minus the runner-up's."""
    nearest: tuple[tuple[Example, float], ...]
    """The examples that voted, most similar first."""

    @property
    def reason(self) -> str:
        """One line a person can check: the closest example and how close it is."""
        if not self.nearest:
            return "no examples"
        example, score = self.nearest[0]
        return f"closest to {example.text[:60]!r} ({example.label}, {score:.2f})"


class ExampleBank:
    """Labelled examples, embedded once, read by weighted k-nearest-neighbour vote."""

    def __init__(self, examples: Iterable[Example], embed: Embed, *, k: int = 7, cache_dir: Path | None = None) -> None:
        """Embed every example now (one batch), or read their vectors from ``cache_dir`` (see :mod:`.bank_cache`)."""
        from assistant.reading.bank_cache import bank_vectors

        self.examples = tuple(examples)
        self.k = k
        self._embed = embed
        vectors = bank_vectors([example.text for example in self.examples], embed, cache_dir)
        self._vectors: Vectors = np.ascontiguousarray(vectors, dtype=np.float32)

    @classmethod
    def from_vectors(cls, examples: Iterable[Example], vectors: Vectors, embed: Embed, *, k: int = 7) -> ExampleBank:
        """A bank whose examples were embedded before (e.g. vectors cached on disk), one row per example."""
        bank = cls.__new__(cls)
        bank.examples = tuple(examples)
        if len(bank.examples) != len(vectors):
            raise ValueError(f"{len(bank.examples)} examples but {len(vectors)} vectors")
        bank.k = k
        bank._embed = embed
        empty = np.zeros((0, 1), dtype=np.float32)
        bank._vectors = np.ascontiguousarray(vectors, dtype=np.float32) if len(vectors) else empty
        return bank

    def with_examples(self, more: Sequence[Example]) -> ExampleBank:
        """A new bank with ``more`` examples added; only the new ones are embedded."""
        if not more:
            return self
        added = self._embed([example.text for example in more])
        vectors = np.concatenate([self._vectors, added]) if len(self.examples) else added
        return ExampleBank.from_vectors(self.examples + tuple(more), vectors, self._embed, k=self.k)

    def without(self, drop: Callable[[Example], bool]) -> ExampleBank:
        """A new bank without the examples ``drop`` picks (nothing is embedded again)."""
        keep = [i for i, example in enumerate(self.examples) if not drop(example)]
        vectors = self._vectors[keep] if keep else np.zeros((0, 1), dtype=np.float32)
        return ExampleBank.from_vectors([self.examples[i] for i in keep], vectors, self._embed, k=self.k)

    def similarities(self, vector: Vectors) -> Vectors:
        """Cosine similarity of an embedded text to every example: one matrix-vector product.

        ``einsum`` rather than ``@``: a matrix-vector product through threaded BLAS costs ~25 ms on a busy
        machine (its threads wait for cores) against ~0.1 ms single-threaded.
        """
        scores: Vectors = np.einsum("ij,j->i", self._vectors, vector)
        return scores

    def closest(
        self, vector: Vectors, label: str | None = None, *, scores: Vectors | None = None
    ) -> tuple[Example, float] | None:
        """The most similar example to an embedded text (with ``label``, among that label's examples only).

        ``scores`` are :meth:`similarities` computed before, so that several questions cost one product.
        """
        if not self.examples:
            return None
        scores = self.similarities(vector) if scores is None else scores
        rows = self._rows.get(label) if label is not None else None
        if label is not None and rows is None:
            return None
        best = int(np.argmax(scores)) if rows is None else int(rows[np.argmax(scores[rows])])
        return self.examples[best], float(scores[best])

    @functools.cached_property
    def _rows(self) -> dict[str, npt.NDArray[np.intp]]:
        """Each label's example rows, found once so that a reading never loops over the examples."""
        labels = np.array([example.label for example in self.examples])
        return {str(label): np.flatnonzero(labels == label) for label in np.unique(labels)}

    def __len__(self) -> int:
        """How many examples the bank holds."""
        return len(self.examples)

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Embed texts with the bank's embedder (callers reuse a query vector across banks)."""
        return self._embed(texts)

    def read(self, text: str, *, vector: Vectors | None = None, labels: Iterable[str] | None = None) -> Reading:
        """The label the nearest examples vote for; ``labels`` limits the vote to those labels."""
        if not self.examples:
            return Reading("", 0.0, 0.0, 0.0, ())
        query = vector if vector is not None else self._embed([text])[0]
        scores = self.similarities(query)
        if labels is not None:
            rows = [self._rows[label] for label in set(labels) if label in self._rows]
            candidates = np.concatenate(rows) if rows else np.zeros(0, dtype=np.intp)
        else:
            candidates = np.arange(len(self.examples))
        if not len(candidates):
            return Reading("", 0.0, 0.0, 0.0, ())
        k = min(self.k, len(candidates))
        picked = candidates[np.argpartition(-scores[candidates], k - 1)[:k]]
        top = [int(i) for i in picked[np.argsort(-scores[picked], kind="stable")]]
        votes: dict[str, float] = {}
        best: dict[str, float] = {}
        for i in top:
            label = self.examples[i].label
            weight = max(float(scores[i]), 0.0) ** 2
            votes[label] = votes.get(label, 0.0) + weight
            best[label] = max(best.get(label, -1.0), float(scores[i]))
        total = sum(votes.values()) or 1.0
        ranked = sorted(votes, key=lambda label: votes[label], reverse=True)
        winner = ranked[0]
        share = votes[winner] / total
        runner_up = votes[ranked[1]] / total if len(ranked) > 1 else 0.0
        similarity = best[winner]
        nearest = tuple((self.examples[i], float(scores[i])) for i in top)
        return Reading(winner, share * max(similarity, 0.0), similarity, share - runner_up, nearest)


def load_bank_file(path: Path) -> Any:
    """A shipped bank file (YAML), read with libyaml's C parser where PyYAML has it.

    The banks are large (a thousand labelled mails), and every daemon run and chat start reads them: the pure
    Python parser takes seconds where the C one takes a tenth of that. Both are safe loaders.
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
