"""Ingestion: files and folders in, chunks and vectors out, with a report of what happened to each file.

Files are hashed first, so an unchanged file costs one read and no embedding, and a changed file only
embeds the chunks whose text changed (a mail thread that grew, a brief with one paragraph edited). Files are
embedded in batches across files (one brief is often a single chunk, and the embedder is much faster on full
batches), and each batch is written with the store's crash-safe protocol. A file that cannot be read goes
into the report with its reason and the run goes on.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from assistant.clock import Clock
from assistant.errors import IngestError
from assistant.memory.catalog import SourceRow
from assistant.memory.chunking import Chunk, chunk_document
from assistant.memory.embeddings import Embedder
from assistant.memory.loaders import LoadedDocument, kind_of, load, parse_text
from assistant.memory.models import IngestFailure, IngestReport
from assistant.memory.scope import client_key
from assistant.memory.store import PreparedSource, Store

BATCH_CHUNKS = 256
"""Chunks embedded and written together: big enough for fast batches, small enough to lose little on a kill."""


def source_id(source: str) -> str:
    """A short stable id for a source string, used in Chroma ids and metadata."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


class Ingestor:
    """One ingestion run against a store; collects the report as it goes."""

    def __init__(self, store: Store, embedder: Embedder) -> None:
        """Take the writer lock at once, so that a locked store fails before any file is read."""
        self._store = store
        self._embedder = embedder
        self._pending: list[tuple[SourceRow, list[Chunk], bool]] = []
        self.report = IngestReport()
        store.acquire_writer()

    def add_paths(self, paths: Iterable[str | Path], *, client: str | None = None, progress: bool = True) -> None:
        """Ingest files and folders (recursively; hidden files and unsupported types are skipped)."""
        from tqdm import tqdm

        files = self._expand(paths)
        with tqdm(total=len(files), unit="file", desc="memory", disable=not progress, delay=1.0, leave=False) as bar:
            for path in files:
                self._add_file(path, client)
                bar.update(1)
                if sum(len(chunks) for _, chunks, _ in self._pending) >= BATCH_CHUNKS:
                    self.flush()
        self.flush()

    def add_text(self, text: str, *, name: str, metadata: Mapping[str, Any]) -> None:
        """Ingest a text the assistant made (a brief for an inquiry); ``outcome`` defaults to ``inquiry``."""
        source = f"text:{name}"
        meta = {"outcome": "inquiry", **metadata}
        digest = _digest(text.encode("utf-8"), repr(sorted(meta.items())))
        if self._unchanged(source, digest):
            return
        try:
            doc = parse_text(text, kind="note", where=source, meta=meta)
        except IngestError as exc:
            self.report.failed.append(IngestFailure(source=source, reason=str(exc)))
            return
        self._queue(source, digest, doc)
        self.flush()

    def flush(self) -> None:
        """Embed and write everything queued so far."""
        if not self._pending:
            return
        texts = [chunk.text for _, chunks, _ in self._pending for chunk in chunks]
        known: dict[str, Any] = {}
        for row, _, replaced in self._pending:
            if replaced:
                known |= self._store.stored_vectors(row.sid)
        fresh = list(dict.fromkeys(t for t in texts if t not in known))
        known |= dict(zip(fresh, self._embedder.embed(fresh), strict=True)) if fresh else {}
        vectors = np.asarray([known[t] for t in texts], dtype=np.float32)
        prepared: list[PreparedSource] = []
        offset = 0
        for row, chunks, _ in self._pending:
            prepared.append(PreparedSource(row=row, chunks=chunks, vectors=vectors[offset : offset + len(chunks)]))
            offset += len(chunks)
        self._store.write(prepared)
        for row, chunks, replaced in self._pending:
            (self.report.updated if replaced else self.report.added).append(row.source)
            self.report.chunks += len(chunks)
        self._pending = []

    def _expand(self, paths: Iterable[str | Path]) -> list[Path]:
        files: list[Path] = []
        for given in paths:
            path = Path(given).expanduser().absolute()
            if path.is_dir():
                for found in sorted(path.rglob("*")):
                    if any(part.startswith(".") for part in found.relative_to(path).parts) or not found.is_file():
                        continue
                    if kind_of(found) is None:
                        self.report.ignored.append(str(found))
                    else:
                        files.append(found)
            elif path.is_file():
                files.append(path)
            else:
                self.report.failed.append(IngestFailure(source=str(path), reason="no such file or folder"))
        return list(dict.fromkeys(files))

    def _add_file(self, path: Path, client: str | None) -> None:
        source = str(path)
        try:
            data = path.read_bytes()
            digest = _digest(data, client or "")
            if self._unchanged(source, digest):
                return
            doc = load(path, data)
        except OSError as exc:
            self.report.failed.append(IngestFailure(source=source, reason=f"cannot read: {exc.strerror or exc}"))
            return
        except IngestError as exc:
            self.report.failed.append(IngestFailure(source=source, reason=str(exc)))
            return
        if client:
            doc = doc.model_copy(update={"meta": doc.meta.model_copy(update={"client": client.strip()})})
        self._queue(source, digest, doc)

    def _unchanged(self, source: str, digest: str) -> bool:
        existing = self._store.catalog.source(source)
        if existing is not None and existing.content_hash == digest:
            self.report.unchanged.append(source)
            return True
        return False

    def _queue(self, source: str, digest: str, doc: LoadedDocument) -> None:
        chunks = chunk_document(doc)
        if not chunks:
            self.report.failed.append(IngestFailure(source=source, reason="no text to remember"))
            return
        existing = self._store.catalog.source(source)
        # The front matter decides when it says; otherwise a flag set with set_public() survives edits.
        if "public" in doc.meta.model_fields_set or existing is None:
            public = doc.meta.public
        else:
            public = existing.public
        sid = source_id(source)
        row = SourceRow(
            sid=sid,
            source=source,
            kind=doc.kind,
            content_hash=digest,
            gen=digest[:16],
            client_key=client_key(doc.meta.client),
            public=public,
            meta=doc.meta.model_copy(update={"public": public}),
            n_chunks=len(chunks),
            added_at=Clock.from_env().utcnow(),
        )
        self._pending.append((row, chunks, existing is not None))


def _digest(data: bytes, salt: str) -> str:
    """Content hash; the salt (a client override, note metadata) makes a different reading a different version."""
    return hashlib.sha256(data + b"\0" + salt.encode("utf-8")).hexdigest()


def run(
    store: Store, embedder: Embedder, paths: Iterable[str | Path], *, client: str | None, progress: bool
) -> IngestReport:
    """Ingest ``paths`` and return the report (with the time taken)."""
    started = time.perf_counter()
    ingestor = Ingestor(store, embedder)
    ingestor.add_paths(paths, client=client, progress=progress)
    ingestor.report.seconds = round(time.perf_counter() - started, 3)
    return ingestor.report
