"""A linear reader trained on an example bank: ridge regression over the sentence embedding and character n-grams.

Nearest-neighbour voting over the bundled MiniLM embeddings reads English well but other languages poorly, and
it is swayed by names ("Spree Cycles" pulls a scope question to an example about Spree Cycles' quote). A linear
model trained on the same bank learns which parts of the embedding matter, and hashed character n-grams add
the cue words of every language ("devis", "verschickt", "combien"). On the dev split this reads 86 % right where
the vote reads 55 %; see ``benchmarks/eval_routing.py``.

Training is one ridge solve in its dual form (an ``n x n`` system for ``n`` examples), about a second for a
bank of 1,500 examples; the weights are cached with the bank's vectors.
"""

from __future__ import annotations

import logging
import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.reading.bank_cache import bank_vectors
from assistant.reading.semantic import Embed, Vectors
from assistant.reading.words import accent_blind

log = logging.getLogger(__name__)

HASH_DIM = 4096
"""Buckets for hashed words and character n-grams."""
LEXICAL_WEIGHT = 1.5
"""How much the n-grams count next to the embedding (both are unit length before this weight)."""
L2 = 1.0
"""Ridge penalty, measured on the dev split."""

_WORD = accent_blind(r"\w+")


def lexical_features(texts: Sequence[str]) -> Vectors:
    """Hashed words and character 3- to 5-grams of each word, one unit-length row per text."""
    out = np.zeros((len(texts), HASH_DIM), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in _WORD.findall(text.casefold()):
            out[row, zlib.crc32(b"w:" + word.encode()) % HASH_DIM] += 1.0
            padded = f"<{word}>".encode()
            for n in (3, 4, 5):
                for i in range(max(1, len(padded) - n + 1)):
                    out[row, zlib.crc32(padded[i : i + n]) % HASH_DIM] += 1.0
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit: Vectors = out / norms
    return unit


def features(vectors: Vectors, texts: Sequence[str]) -> Vectors:
    """The embedding rows next to the weighted n-gram rows."""
    return np.hstack([vectors, LEXICAL_WEIGHT * lexical_features(texts)]).astype(np.float32)


@dataclass(frozen=True)
class RidgeReader:
    """One-vs-rest ridge regression: a score per label, the highest wins."""

    labels: tuple[str, ...]
    weights: Vectors
    """``(features, labels)``."""

    @classmethod
    def fit(
        cls, vectors: Vectors, texts: Sequence[str], labels: Sequence[str], *, sample_weight: Sequence[float] = ()
    ) -> RidgeReader:
        """Train on the bank; every label weighs the same however many examples it has.

        ``sample_weight`` multiplies single examples (the freelancer's corrections count more).
        """
        names = tuple(sorted(set(labels)))
        index = np.array([names.index(label) for label in labels])
        counts = np.bincount(index, minlength=len(names)).astype(np.float32)
        balance = (len(index) / (len(names) * counts))[index]
        if sample_weight:
            balance = balance * np.asarray(sample_weight, dtype=np.float32)
        scale = np.sqrt(balance, dtype=np.float32)[:, None]
        design = features(vectors, texts) * scale
        targets = -np.ones((len(index), len(names)), dtype=np.float32)
        targets[np.arange(len(index)), index] = 1.0
        kernel = design @ design.T
        kernel[np.diag_indices_from(kernel)] += L2
        dual = np.linalg.solve(kernel, targets * scale)
        return cls(names, (design.T @ dual).astype(np.float32))

    def scores(self, vector: Vectors, text: str) -> dict[str, float]:
        """Each label's score for one text (higher is more likely; about 1 for a clear match)."""
        row = np.einsum("i,ij->j", features(vector[None, :], [text])[0], self.weights)  # no BLAS threads
        return {label: float(score) for label, score in zip(self.labels, row, strict=True)}


def cached_fit(
    texts: Sequence[str],
    labels: Sequence[str],
    embed: Embed,
    path: Path | None,
    *,
    sample_weight: Sequence[float] = (),
    vectors: Vectors | None = None,
) -> tuple[Vectors, RidgeReader]:
    """The texts' vectors and the reader trained on them, the weights from ``path`` when it holds them.

    ``path`` must name what was trained (a hash of the bank); ``None``: no cache. The vectors are the caller's
    (``vectors``), else the bank's vectors kept next to ``path`` (:mod:`assistant.reading.bank_cache`, shared
    by every bank with the same texts), so a changed label or weight retrains without embedding again. An
    unreadable file is trained again; files are written under a per-process name first, then renamed.
    """
    if vectors is None:
        vectors = bank_vectors(texts, embed, path.parent if path is not None else None)
    if path is not None and path.is_file():
        try:
            with np.load(path) as cached:
                matrix, names = cached["weights"], tuple(str(n) for n in cached["labels"])
            if matrix.shape == (vectors.shape[1] + HASH_DIM, len(names)):
                return vectors, RidgeReader(names, matrix)
        except (OSError, ValueError, KeyError) as exc:
            log.warning("ignoring the unreadable reader cache %s: %s", path, exc)
    reader = RidgeReader.fit(vectors, texts, labels, sample_weight=sample_weight)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f"{path.stem}.{os.getpid()}.partial.npz")
            np.savez(partial, weights=reader.weights, labels=np.array(reader.labels))
            partial.replace(path)
        except OSError as exc:
            log.warning("could not cache the reader in %s: %s", path.parent, exc)
    return vectors, reader
