"""Example banks' vectors kept on disk, so that a bank is embedded once per machine rather than once per process.

Every reader built on a shipped bank (the chat router's ~4,900 phrasings, the daemon's mail examples and mail
kinds) embeds the same texts with the same model in every process: seconds per start on an idle machine,
minutes on a loaded one. The vectors depend only on the texts and the embedder, so they are kept in the cache
dir under a hash of both and read back with numpy's memory mapping (no copy, no parse). Any change to a text or
to the embedder changes the key, and the bank is embedded again; nothing is ever updated in place.

The embedder is named by what it does, not by what it says it is: the rounded vector of a fixed sentence, so a
different model, backend or precision never reads another one's vectors.
"""

from __future__ import annotations

import hashlib
import logging
import os
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from assistant.reading.semantic import Embed, Vectors

log = logging.getLogger(__name__)

VERSION = 1
"""Bump when what a vectors file holds changes, so that old files are not read."""
_PROBE = "Atelier mail kinds: a probe sentence whose vector names the embedder."
_FINGERPRINTS: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def fingerprint(embed: Embed) -> str:
    """A name for the embedder from what it does: the hash of the rounded vector of a fixed sentence.

    Remembered per embedder object (a bound method's ``__self__``), so asking again costs nothing.
    """
    owner = getattr(embed, "__self__", embed)
    try:
        return _FINGERPRINTS[owner]
    except (KeyError, TypeError):
        pass
    vector = np.round(np.asarray(embed([_PROBE])[0], dtype=np.float64), 3)
    name = hashlib.sha256(vector.tobytes()).hexdigest()[:16]
    try:
        _FINGERPRINTS[owner] = name
    except TypeError:  # an owner that cannot be weakly referenced is asked every time
        log.debug("cannot remember the fingerprint of %r", owner)
    return name


def vectors_path(texts: Sequence[str], embed: Embed, cache_dir: Path) -> Path:
    """Where the vectors of ``texts`` by ``embed`` are kept (the key is the texts, in order, and the embedder)."""
    digest = hashlib.sha256(f"v{VERSION}\0{fingerprint(embed)}".encode())
    for text in texts:
        digest.update(b"\0" + text.encode())
    return cache_dir / f"vectors-{digest.hexdigest()[:24]}.npy"


def bank_vectors(texts: Sequence[str], embed: Embed, cache_dir: Path | None) -> Vectors:
    """One unit-length row per text, read from ``cache_dir`` when this machine embedded them before.

    ``None``: embed every time. An unreadable or mis-shaped file is embedded again and replaced. The file is
    written under a per-process name first and renamed, so two processes never read half a file.
    """
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    if cache_dir is None:
        return embed(texts)
    path = vectors_path(texts, embed, cache_dir)
    if path.is_file():
        try:
            kept = np.load(path, mmap_mode="r")
            if kept.shape[0] == len(texts) and kept.dtype == np.float32:
                cached: Vectors = kept
                return cached
            log.warning("ignoring %s: %s rows for %d texts", path, kept.shape, len(texts))
        except (OSError, ValueError) as exc:
            log.warning("ignoring the unreadable bank vectors %s: %s", path, exc)
    vectors = np.ascontiguousarray(embed(texts), dtype=np.float32)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.stem}.{os.getpid()}.partial.npy")
        np.save(partial, vectors)
        partial.replace(path)
    except OSError as exc:
        log.warning("could not keep the bank vectors in %s: %s", cache_dir, exc)
    return vectors
