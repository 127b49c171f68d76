"""Rebuild the local Chroma store in a fresh process that only ever holds what is kept, then swap it in.

Why a process: chromadb's HNSW index (chroma-core/hnswlib, ``HierarchicalNSW`` constructor, then
``initPersistentIndex``) writes its whole preallocated level-0 buffer, ``max_elements * size_data_per_element``
bytes straight from ``malloc``, to ``data_level0.bin`` (and its length buffer to ``length.bin``) the moment a
segment is created; the slots not yet filled hold whatever that heap held before. A rebuild run in the process
that had just read a forgotten client's chunks wrote their metadata JSON into those slots (1 run in 30 of the
memory CLI test, 6 rounds in 8 once chromadb had read the records' metadata; 0 in 30 since).
Zeroing the slots afterwards would depend on hnswlib's private file layout; a fresh interpreter does not: an
``exec``'d process starts from zeroed pages, receives only the kept records over a pipe and never opens the old
store, so whatever its heap holds, it holds nothing that was forgotten. The same buffer is written again by
any process that opens a store whose index chromadb has not saved yet, so the child also makes chromadb save it
(:func:`_saved_index`): from then on every open loads the index instead of re-creating it.

The child builds ``chroma.rebuild/`` next to ``chroma/``; the parent, its own client closed, exchanges the two
directories in one step (``renameat2(RENAME_EXCHANGE)`` on Linux; two renames elsewhere, finished by
:func:`finish_swap` if a kill falls between them) and deletes the old one. Another process that had the old store
open sees a new directory and reconnects (:meth:`assistant.memory.store.Store.collection`).

Run as ``python -m assistant.memory.rebuild TARGET COLLECTION EMBEDDER`` it is the child: it reads one JSON line
(ids, filter fields, dimension) and then the vectors as raw little-endian float32 from stdin.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.errors import MemoryStoreError
from assistant.memory.catalog import filter_fields
from assistant.memory.embeddings import Embedder, Vectors, chroma_embedding_function, placeholder_embedder

if TYPE_CHECKING:
    from assistant.memory.catalog import Catalog

BATCH = 1000
"""Records per Chroma upsert, in the parent's store and in the child alike."""
REBUILD_TIMEOUT = 600.0
"""Seconds the child may take: generous, since it only writes the vectors it is handed."""


def local_client(path: Path) -> Any:
    """A chromadb client on the local store at ``path`` (the store and the rebuild child open it alike)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))


def chunks_collection(client: Any, name: str, embedder: Embedder) -> Any:
    """The chunks' collection, created with the one configuration Atelier's stores use."""
    return client.get_or_create_collection(
        name, configuration={"hnsw": {"space": "cosine"}}, embedding_function=chroma_embedding_function(embedder)
    )


def kept_records(
    catalog: Catalog, collection: Any, embedder: Embedder
) -> tuple[list[str], list[dict[str, Any]], Vectors]:
    """Every chunk the catalogue lists: ids, filter fields and vectors (one row each), for :func:`build`.

    Vectors are reused from ``collection``; a chunk whose vector is missing (never expected, see
    :class:`assistant.memory.store.Audit`) is embedded again from the catalogue's text.
    """
    rows = {row.sid: row for row in catalog.sources()}
    chunks = [chunk for sid in rows for chunk in catalog.chunks(sid)]
    vectors: dict[str, Any] = {}
    for start in range(0, len(chunks), BATCH):
        wanted = [chunk.chunk_id for chunk in chunks[start : start + BATCH]]
        got = collection.get(ids=wanted, include=["embeddings"])
        vectors.update(zip(got["ids"], got["embeddings"], strict=True))
    missing = [chunk for chunk in chunks if chunk.chunk_id not in vectors]
    if missing:
        vectors.update(zip([c.chunk_id for c in missing], embedder.embed([c.text for c in missing]), strict=True))
    matrix = (
        np.stack([np.asarray(vectors[c.chunk_id], dtype=np.float32) for c in chunks])
        if chunks
        else np.zeros((0, 0), dtype=np.float32)
    )
    return [c.chunk_id for c in chunks], [filter_fields(rows[c.sid]) for c in chunks], matrix


def _fresh(chroma_dir: Path) -> Path:
    return chroma_dir.with_name(chroma_dir.name + ".rebuild")


def _old(chroma_dir: Path) -> Path:
    return chroma_dir.with_name(chroma_dir.name + ".old")


def build(
    chroma_dir: Path,
    name: str,
    embedder_name: str,
    ids: Sequence[str],
    metadatas: Sequence[dict[str, Any]],
    vectors: Vectors,
) -> Path:
    """Build the kept records into a new store next to ``chroma_dir`` in a child process; returns its folder.

    Raises:
        MemoryStoreError: the child failed or timed out (the half-built folder is removed).
    """
    fresh = _fresh(chroma_dir)
    shutil.rmtree(fresh, ignore_errors=True)
    matrix = np.ascontiguousarray(vectors, dtype="<f4")
    if matrix.ndim != 2 or matrix.shape[0] != len(ids):
        raise ValueError(f"{len(ids)} ids need as many vector rows, got shape {matrix.shape}")
    header = {"ids": list(ids), "metadatas": list(metadatas), "dim": int(matrix.shape[1])}
    payload = json.dumps(header).encode("utf-8") + b"\n" + matrix.tobytes()
    command = [sys.executable, "-m", "assistant.memory.rebuild", str(fresh), name, embedder_name]
    try:
        done = subprocess.run(command, input=payload, capture_output=True, timeout=REBUILD_TIMEOUT, check=False)
    except subprocess.TimeoutExpired as exc:
        shutil.rmtree(fresh, ignore_errors=True)
        raise MemoryStoreError(f"rebuilding {chroma_dir} timed out after {REBUILD_TIMEOUT:.0f} s") from exc
    if done.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise MemoryStoreError(f"rebuilding {chroma_dir} failed: {(lines or [f'exit {done.returncode}'])[-1][:300]}")
    return fresh


def swap(chroma_dir: Path, fresh: Path) -> None:
    """Put ``fresh`` where ``chroma_dir`` is and delete the old store (no client may have it open here)."""
    if not _exchange(fresh, chroma_dir):
        old = _old(chroma_dir)
        chroma_dir.rename(old)
        fresh.rename(chroma_dir)
        fresh = old
    shutil.rmtree(fresh)


def finish_swap(chroma_dir: Path) -> None:
    """Put the new store in place if a kill fell between :func:`swap`'s two renames (safe for any process).

    ``chroma.old`` without ``chroma`` can only mean that: the old store is renamed away only after the child
    has finished the new one. Run before a client opens the store, so that nobody creates an empty one instead.
    """
    old, fresh = _old(chroma_dir), _fresh(chroma_dir)
    if old.exists() and not chroma_dir.exists() and fresh.exists():
        with contextlib.suppress(FileNotFoundError):  # another process finished it first
            fresh.rename(chroma_dir)


def drop_stale(chroma_dir: Path) -> None:
    """Delete what a killed rebuild left: a build never swapped in, or (after an exchange) the old store.

    Only the writer may: a ``chroma.rebuild`` may be the build a writer's child is making right now.
    """
    finish_swap(chroma_dir)
    for stale in (_old(chroma_dir), _fresh(chroma_dir)):
        if stale.exists():
            shutil.rmtree(stale)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories atomically with Linux's ``renameat2``; False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False  # a C library older than glibc 2.28
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in {errno.EINVAL, errno.ENOSYS}:
        return False  # a file system without exchange
    raise OSError(code, os.strerror(code), str(b))


def main(argv: Sequence[str]) -> None:
    """The child: read the kept records from stdin and write them into a new store at ``argv[0]``.

    The index is saved before the child exits (see :func:`_saved_index`), so that no later process re-creates it.
    """
    target, name, embedder_name = argv
    stream = sys.stdin.buffer
    header = json.loads(stream.readline())
    ids: list[str] = header["ids"]
    vectors = np.frombuffer(stream.read(), dtype="<f4").reshape(len(ids), header["dim"])
    client = local_client(Path(target))
    try:
        collection = chunks_collection(client, name, placeholder_embedder(embedder_name))
        with _saved_index(collection):
            for start in range(0, len(ids), BATCH):
                end = start + BATCH
                collection.upsert(
                    ids=ids[start:end], embeddings=vectors[start:end], metadatas=header["metadatas"][start:end]
                )
            if len(ids) == 1:  # chromadb saves after two writes at the least: write the one record twice
                collection.upsert(ids=ids, embeddings=vectors, metadatas=header["metadatas"])
    finally:
        client.close()
    if ids and not any(Path(target).glob(f"*/{_INDEX_MAP}")):
        raise SystemExit(f"chromadb did not save the index of {target}")


_INDEX_MAP = "index_metadata.pickle"
"""The file chromadb writes when it saves a local HNSW index; a segment without it is re-created at every open."""


@contextlib.contextmanager
def _saved_index(collection: Any) -> Iterator[None]:
    """Have chromadb save the HNSW index after every write while the rebuild writes, then restore its setting.

    Why: chromadb saves a local index only once ``sync_threshold`` (1000) writes have gathered; until then every
    process that opens the store re-creates the index, and with it ``data_level0.bin`` from *that* process's
    uninitialised heap (the TUI or the daemon that did the forget, still holding the client's text). Saved once,
    the index is loaded from its files on every open, and only ever written element by element.
    """
    hnsw = dict(collection.configuration_json.get("hnsw") or {})
    collection.modify(configuration={"hnsw": {"sync_threshold": 2, "batch_size": 2}})
    yield
    restore = {"sync_threshold": hnsw.get("sync_threshold", 1000), "batch_size": hnsw.get("batch_size", 100)}
    collection.modify(configuration={"hnsw": restore})


if __name__ == "__main__":
    main(sys.argv[1:])
