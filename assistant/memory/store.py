"""The memory store: Chroma for vectors, the catalogue for truth, and one writer at a time.

The catalogue (:mod:`assistant.memory.catalog`) is a SQLite file in the data dir for local memory, and lives in
the Chroma server itself with ``[memory] server_url``, so that homes sharing a server share one memory.

Write protocol (the same for add, replace, forget and publish), so that a kill at any point leaves nothing half
visible and the next writer can finish the job:

1. journal the source in the catalogue;
2. do the Chroma side that must come first (add the new version's vectors under new ids);
3. switch the catalogue in one transaction (new chunks in, old out);
4. do the Chroma side that follows (delete the old version's vectors, or update flags);
5. clear the journal row.

Searches only show chunks the catalogue lists, so whatever a crash leaves in Chroma stays invisible until
:meth:`Store.repair` (run whenever a process becomes the writer) removes it. The writer lock is a file lock in
the data dir, and on a server also a lease the catalogue keeps there, so that a writer on another machine is kept
out too: a second writer gets :class:`StoreLockedError` at once instead of waiting or corrupting.
"""

from __future__ import annotations

import os
import socket
import urllib.parse
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from assistant.errors import MemoryStoreError, StoreLockedError
from assistant.memory import rebuild
from assistant.memory.catalog import Catalog, JournalRow, SourceRow, chunk_id, filter_fields
from assistant.memory.chunking import Chunk
from assistant.memory.embeddings import Embedder, Vectors
from assistant.memory.scope import Filters, Scope

if TYPE_CHECKING:
    from filelock import BaseFileLock

    from assistant.config import Settings

_CHROMA_BATCH = rebuild.BATCH
PROBE_FACTOR = 16
"""How much deeper than asked an unfiltered probe looks before falling back to Chroma's filter."""


@dataclass(frozen=True)
class PreparedSource:
    """A source read, chunked and embedded, waiting to be written (internal, holds numpy vectors)."""

    row: SourceRow
    chunks: Sequence[Chunk]
    vectors: Vectors


class Audit(BaseModel):
    """How Chroma and the catalogue differ (both lists empty means they agree)."""

    orphans: list[str]
    """Chroma ids that the catalogue does not list: invisible, removed by the next repair."""
    missing: list[str]
    """Catalogue chunks without a vector: never expected; a sign of a damaged store."""


class Store:
    """Chroma plus catalogue plus writer lock. :class:`assistant.memory.Memory` is the public face."""

    def __init__(self, settings: Settings, data_dir: Path, embedder: Embedder) -> None:
        """Open the catalogue; Chroma connects at first use, the writer lock is taken at first write."""
        data_dir.mkdir(parents=True, exist_ok=True)
        self._settings = settings
        self._data_dir = data_dir
        self._embedder = embedder
        self._lock_path = data_dir / "memory.lock"
        self._lock: BaseFileLock | None = None
        self._holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        """Who this store is when it claims the writer's lease on a server."""
        self._client: Any = None
        self._collection: Any = None
        self._siblings: dict[str, Any] = {}
        self._opened: tuple[int, int] | None = None
        """The local store's folder (device, inode) when the client opened it: a rebuild elsewhere changes it."""
        server = settings.memory.server_url
        self.location = server if server else str(data_dir / "chroma")
        self.catalog: Catalog
        if server:
            from assistant.memory.catalog_chroma import ChromaCatalog

            self.catalog = ChromaCatalog(self._named_collection)
        else:
            from assistant.memory.catalog_sqlite import SqliteCatalog

            self.catalog = SqliteCatalog(data_dir / "memory.sqlite3")

    @property
    def settings(self) -> Settings:
        """The settings this store was opened with."""
        return self._settings

    # -- connection ------------------------------------------------------------------------------------------

    @property
    def collection(self) -> Any:
        """The Chroma collection, connected on first use (this is where chromadb gets imported).

        A local store that another process has rebuilt since (:mod:`assistant.memory.rebuild`) is a new folder:
        the client lets go of the old one's files and opens the new one.
        """
        if self._opened is not None and self._opened != _folder_id(Path(self.location)):
            self._disconnect()
        if self._collection is None:
            self._collection = self._connect()
        return self._collection

    def _named_collection(self, suffix: str) -> Any:
        """The chunks' collection (``""``), or the server catalogue's collection ``<name>-<suffix>``."""
        if not suffix:
            return self.collection
        if suffix not in self._siblings:
            name = f"{self._settings.memory.collection}-{suffix}"
            # No embedding function: these records carry a placeholder vector and are never embedded.
            self._siblings[suffix] = self._opening(lambda client: client.get_or_create_collection(name))
        return self._siblings[suffix]

    def _connect(self) -> Any:
        name = self._settings.memory.collection
        return self._opening(lambda client: rebuild.chunks_collection(client, name, self._embedder))

    def _opening(self, get: Callable[[Any], Any]) -> Any:
        """Run ``get`` on the Chroma client (connecting first), with a connection failure said plainly."""
        try:
            if self._client is None:
                self._client = self._new_client()
            return get(self._client)
        except MemoryStoreError:
            raise
        except (ValueError, ConnectionError, OSError, RuntimeError) as exc:
            raise MemoryStoreError(
                f"cannot open the Chroma store at {self.location}: {exc}",
                hint="Start the Chroma server, or clear [memory] server_url to use the local store.",
            ) from exc

    def _new_client(self) -> Any:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        url = self._settings.memory.server_url
        if not url:
            folder = Path(self.location)
            rebuild.finish_swap(folder)
            client = rebuild.local_client(folder)
            self._opened = _folder_id(folder)
            return client
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise MemoryStoreError(f"not a Chroma server URL: {url!r}", hint="Use http://HOST:PORT.")
        secure = parts.scheme == "https"
        return chromadb.HttpClient(
            host=parts.hostname,
            port=parts.port or (443 if secure else 8000),
            ssl=secure,
            settings=ChromaSettings(anonymized_telemetry=False),
        )

    # -- writer lock -----------------------------------------------------------------------------------------

    @property
    def is_writer(self) -> bool:
        """Whether this process holds the writer lock."""
        return self._lock is not None

    def acquire_writer(self) -> list[str]:
        """Take the writer lock (once) and finish any interrupted operation; returns the sources repaired.

        Raises:
            StoreLockedError: another process writes to this store.
        """
        if self._lock is not None:
            return []
        from filelock import FileLock, Timeout

        lock = FileLock(str(self._lock_path), timeout=0)
        try:
            lock.acquire()
        except Timeout as exc:
            raise StoreLockedError(
                f"memory at {self._data_dir} is being written by another process",
                hint="Wait for it to finish (or stop the daemon), then try again.",
            ) from exc
        try:
            self.catalog.claim_writer(self._holder)
        except BaseException:
            lock.release()
            raise
        self._lock = lock
        if not self._settings.memory.server_url:
            rebuild.drop_stale(Path(self.location))
        return self.repair()

    def release_writer(self) -> None:
        """Let another process write."""
        if self._lock is not None:
            try:
                self.catalog.release_writer(self._holder)
            finally:
                self._lock.release()
                self._lock = None

    def _require_writer(self) -> None:
        """Be the writer before a write; a writer renews its claim (a server lease lapses when not renewed)."""
        if self._lock is None:
            self.acquire_writer()
        else:
            self.catalog.claim_writer(self._holder)

    # -- writing ---------------------------------------------------------------------------------------------

    def write(self, prepared: Sequence[PreparedSource]) -> None:
        """Add or replace sources (see the module docstring for the order of steps)."""
        self._require_writer()
        if not prepared:
            return
        self.catalog.begin([JournalRow(sid=p.row.sid, op="add", source=p.row.source) for p in prepared])
        ids: list[str] = []
        metadatas: list[dict[str, Any]] = []
        documents: list[str] | None = []
        vectors: list[Vectors] = []
        stale: list[str] = []
        for item in prepared:
            fields, texts = self.catalog.vector_fields(item.row, item.chunks)
            ids += [chunk_id(item.row.sid, item.row.gen, c.index) for c in item.chunks]
            metadatas += fields
            documents = None if texts is None or documents is None else documents + texts
            vectors.append(item.vectors)
            stale += [
                i for i in self.catalog.chunk_ids(item.row.sid) if not i.startswith(f"{item.row.sid}:{item.row.gen}:")
            ]
        if ids:
            import numpy as np

            matrix = np.concatenate(vectors)
            for start in range(0, len(ids), _CHROMA_BATCH):
                end = start + _CHROMA_BATCH
                self.collection.upsert(
                    ids=ids[start:end],
                    embeddings=matrix[start:end],
                    metadatas=metadatas[start:end],
                    documents=None if documents is None else documents[start:end],
                )
        self.catalog.commit_sources([(item.row, item.chunks) for item in prepared])
        self._delete_ids(stale)
        self.catalog.done([item.row.sid for item in prepared])

    def forget(self, rows: Sequence[SourceRow]) -> None:
        """Remove sources from the catalogue at once, then their vectors, then scrub the deleted text."""
        self._require_writer()
        if not rows:
            return
        self.catalog.delete_sources(rows)
        sids = [row.sid for row in rows]
        for start in range(0, len(sids), 100):
            self.collection.delete(where={"sid": {"$in": sids[start : start + 100]}})
        self.catalog.done(sids)
        self.catalog.scrub()

    def erase_free_pages(self) -> None:
        """Rebuild the catalogue and the local Chroma store, so deleted rows leave no bytes in free pages or logs.

        Chroma keeps filter fields (the client's key among them) in its own SQLite file and write log, and its
        deletes only free pages; its HNSW files can hold heap garbage of the process that created them. So the
        local store is built anew from what the catalogue lists, in a child process that never saw anything
        forgotten (:mod:`assistant.memory.rebuild`), and swapped in. A Chroma server keeps its files on the
        server, which is the server's owner's to compact.
        """
        self._require_writer()
        self.catalog.erase_free_pages()
        if self._settings.memory.server_url:
            return
        ids, metadatas, vectors = rebuild.kept_records(self.catalog, self.collection, self._embedder)
        folder = Path(self.location)
        fresh = rebuild.build(folder, self._settings.memory.collection, self._embedder.name, ids, metadatas, vectors)
        self._disconnect()
        rebuild.swap(folder, fresh)

    def set_public(self, row: SourceRow, public: bool) -> None:
        """Flip a source's public flag: the catalogue first (what search trusts), then Chroma's copy."""
        self._require_writer()
        self.catalog.set_public(row.sid, public)
        self._sync_flags(row.sid)
        self.catalog.done([row.sid])

    def repair(self) -> list[str]:
        """Finish interrupted operations: drop vectors the catalogue does not list, resync flags."""
        pending = self.catalog.journal()
        for entry in pending:
            current = self.catalog.by_sid(entry.sid)
            if current is None:
                self.collection.delete(where={"sid": entry.sid})
            else:
                self.collection.delete(where={"$and": [{"sid": entry.sid}, {"gen": {"$ne": current.gen}}]})
                self._sync_flags(entry.sid)
        if pending:
            self.catalog.done([entry.sid for entry in pending])
            self.catalog.scrub()
        return [entry.source for entry in pending]

    def _sync_flags(self, sid: str) -> None:
        row = self.catalog.by_sid(sid)
        if row is None:
            return
        ids = self.catalog.chunk_ids(sid)
        for start in range(0, len(ids), _CHROMA_BATCH):
            batch = ids[start : start + _CHROMA_BATCH]
            self.collection.update(ids=batch, metadatas=[filter_fields(row)] * len(batch))

    def _delete_ids(self, ids: list[str]) -> None:
        for start in range(0, len(ids), _CHROMA_BATCH):
            self.collection.delete(ids=ids[start : start + _CHROMA_BATCH])

    def stored_vectors(self, sid: str) -> dict[str, Vectors]:
        """The vectors Chroma holds for the current chunks of ``sid``, by chunk text (to reuse on a re-ingest)."""
        chunks = {c.chunk_id: c.text for c in self.catalog.chunks(sid)}
        if not chunks:
            return {}
        got = self.collection.get(ids=list(chunks), include=["embeddings"])
        return {chunks[i]: vector for i, vector in zip(got["ids"], got["embeddings"], strict=True) if i in chunks}

    # -- reading ---------------------------------------------------------------------------------------------

    def query(self, vector: Vectors, scope: Scope, filters: Filters, n: int) -> list[tuple[str, float]]:
        """The ``n`` nearest chunk ids (with cosine distance) inside ``scope`` and ``filters``.

        Chroma's metadata filter costs ten times an unfiltered query, so a scoped query first probes the
        ``PROBE_FACTOR * n`` nearest chunks without a filter and keeps those the catalogue puts in scope. When
        that yields ``n`` ids they are exactly the top ``n`` in scope; otherwise (a small client in a large store)
        the query is run again with the scope in Chroma's own ``where``. Either way nothing out of scope is
        returned.
        """
        conditions: list[dict[str, Any]] = []
        scope_where = scope.chroma_where()
        if scope_where is not None:
            conditions.append(scope_where)
        conditions += filters.chroma_where()
        if not conditions:
            return self._nearest(vector, n, None)
        probe = self._nearest(vector, n * PROBE_FACTOR, None)
        allowed = self.catalog.visible([chunk for chunk, _ in probe], scope, filters)
        kept = [(chunk, distance) for chunk, distance in probe if chunk in allowed]
        if len(kept) >= n or len(probe) < n * PROBE_FACTOR:
            return kept[:n]
        return self._nearest(vector, n, conditions[0] if len(conditions) == 1 else {"$and": conditions})

    def _nearest(self, vector: Vectors, n: int, where: dict[str, Any] | None) -> list[tuple[str, float]]:
        result = self.collection.query(query_embeddings=[vector], n_results=n, where=where, include=["distances"])
        return list(zip(result["ids"][0], (float(d) for d in result["distances"][0]), strict=True))

    def audit(self) -> Audit:
        """Compare every Chroma id with the catalogue (reads all ids: a check, not a hot path)."""
        in_chroma = set(self.collection.get(include=[])["ids"])
        listed = self.catalog.all_chunk_ids()
        return Audit(orphans=sorted(in_chroma - listed), missing=sorted(listed - in_chroma))

    def close(self) -> None:
        """Release the writer lock, the Chroma client and the catalogue."""
        self.release_writer()
        self._disconnect()
        self.catalog.close()

    def _disconnect(self) -> None:
        """Close the Chroma client (the next use connects again)."""
        if self._client is not None:
            self._client.close()
            # chromadb's HTTP client (and its admin client) keep their httpx sessions open after close();
            # close them so that no socket leaks.
            for owner in (self._client, getattr(self._client, "_admin_client", None)):
                session = getattr(getattr(owner, "_server", None), "_session", None)
                if session is not None:
                    session.close()
            self._client = None
        self._collection = None
        self._siblings = {}
        self._opened = None


def _folder_id(folder: Path) -> tuple[int, int] | None:
    """``(device, inode)`` of a folder, or None when it is not there: a folder swapped in has a new one."""
    try:
        info = folder.stat()
    except FileNotFoundError:
        return None
    return info.st_dev, info.st_ino
