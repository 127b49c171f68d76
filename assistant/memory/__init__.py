"""Memory: the freelancer's past briefs, searchable with citations, scoped per client, and forgettable.

>>> from assistant.memory import Memory, client
>>> with Memory.open(settings) as memory:                              # doctest: +SKIP
...     memory.add(["~/briefs"])
...     hits = memory.search("children's book", scope=client("acme"))
...     logos = memory.recall("What did I charge for past logo projects?", services={"logo": ("logo",)})

Importing this package is cheap: Chroma, torch and the embedder load when first needed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from assistant.errors import MemoryStoreError
from assistant.memory.models import (
    BriefMeta,
    ChunkInfo,
    ChunkLocation,
    Hit,
    IngestFailure,
    IngestReport,
    MemoryStats,
    PastProject,
    SourceInfo,
)
from assistant.memory.scope import Filters, Scope, client, everything

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.erasure.matcher import Matcher
    from assistant.memory.catalog import SourceRow
    from assistant.memory.embeddings import Embedder
    from assistant.memory.search import Mode
    from assistant.memory.store import Store

__all__ = [
    "BriefMeta",
    "ChunkInfo",
    "ChunkLocation",
    "Hit",
    "IngestFailure",
    "IngestReport",
    "Memory",
    "MemoryStats",
    "PastProject",
    "Scope",
    "SourceInfo",
    "client",
    "everything",
]


class Memory:
    """The public face of memory. Open it with :meth:`Memory.open`; close it (or use ``with``) when done.

    Reading needs no lock. The first write (add, forget, set_public) takes the store's writer lock and keeps it
    until :meth:`close`; a second process that tries to write gets :class:`StoreLockedError`.
    """

    def __init__(self, store: Store, embedder: Embedder) -> None:
        """Wrap an open store; use :meth:`open` unless a test brings its own parts."""
        self._store = store
        self._embedder = embedder

    @property
    def embedder(self) -> Embedder:
        """The embedder memory reads with; other readers (the intent router, mail triage) share it."""
        return self._embedder

    @classmethod
    def open(cls, settings: Settings, data_dir: Path | None = None, *, embedder: Embedder | None = None) -> Memory:
        """Open memory in ``data_dir`` (default: Atelier's data dir) as ``settings`` say.

        Args:
            settings: the loaded settings (``[memory]`` and ``[embedder]`` are used).
            data_dir: where the catalogue, the lock and the local Chroma store live.
            embedder: a different embedder (tests pass a fake); default is the one the settings name.
        """
        from assistant import locations
        from assistant.memory.embeddings import make_embedder
        from assistant.memory.store import Store

        directory = data_dir if data_dir is not None else locations.data_dir()
        chosen = embedder if embedder is not None else make_embedder(settings.embedder)
        return cls(Store(settings, directory, chosen), chosen)

    # -- ingest ----------------------------------------------------------------------------------------------

    def add(self, paths: Iterable[str | Path], *, client: str | None = None, progress: bool = True) -> IngestReport:
        """Ingest files and folders. Unchanged files are skipped, changed ones replaced, bad ones reported.

        Args:
            paths: files or folders (folders are read recursively).
            client: a client for every file of this run, over what the files say (for .eml and .txt exports).
            progress: show a progress bar on stderr when the run takes more than a second.
        """
        from assistant.memory.ingest import run

        return run(self._store, self._embedder, paths, client=client, progress=progress)

    def add_text(self, text: str, *, name: str, metadata: Mapping[str, Any] | None = None) -> IngestReport:
        """Remember a text the assistant made (e.g. a brief for an inquiry) as source ``text:NAME``.

        ``metadata`` takes the same keys as a brief's front matter; ``outcome`` defaults to ``inquiry``.
        """
        from assistant.memory.ingest import Ingestor

        ingestor = Ingestor(self._store, self._embedder)
        ingestor.add_text(text, name=name, metadata=metadata or {})
        return ingestor.report

    # -- search ----------------------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        k: int = 5,
        scope: Scope | None = None,
        client: str | None = None,
        service: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        outcome: str | None = None,
        mode: Mode = "hybrid",
    ) -> list[Hit]:
        """The ``k`` best chunks for ``query``, each with its citation.

        Args:
            query: what to look for, in plain words.
            k: how many hits at most.
            scope: who the answer is for: ``client("acme")`` sees acme's chunks and public ones;
                None means :func:`everything` (the freelancer's own view).
            client: only this client's sources (a filter inside the scope, not a scope).
            service: only this service.
            date_from: only briefs dated on or after this day.
            date_to: only briefs dated on or before this day.
            outcome: only this outcome (``completed``, ``declined``...).
            mode: ``hybrid`` (default), ``vector`` or ``keyword``.
        """
        from assistant.memory.search import search

        filters = Filters.of(client=client, service=service, date_from=date_from, date_to=date_to, outcome=outcome)
        return search(self._store, self._embedder, query, k=k, scope=scope or everything(), filters=filters, mode=mode)

    def recall(
        self,
        question: str,
        *,
        k: int = 4,
        scope: Scope | None = None,
        services: Mapping[str, Sequence[str]] | None = None,
        clients: Iterable[str] = (),
        today: dt.date | None = None,
        general: bool = False,
    ) -> list[Hit]:
        """What memory holds on a question, read for the clients, services, outcome and period it names.

        Small talk gets nothing; a question that names something gets every matching source (see
        :mod:`assistant.memory.recall`); anything else gets up to ``k`` hits that pass the relevance test.

        Args:
            question: the freelancer's words.
            k: how many hits at most when the question names nothing.
            scope: who the answer is for; None means :func:`everything`.
            services: service id to the words that name it (``service_vocabulary(profile)``).
            clients: client names to recognise besides those memory knows (the profile's).
            today: the freelancer's today, for "last year".
            general: the question may be a general one (a chat turn): only a named client lists projects.
        """
        from assistant.memory.question import read_question
        from assistant.memory.recall import Relevance, recall

        read = read_question(question, clients=[*self.clients(), *clients], services=services or {}, today=today)
        settings = self._store.settings.memory
        relevance = Relevance(min_similarity=settings.min_similarity, rare_chunks=settings.rare_chunks)
        return recall(
            self._store, self._embedder, read, k=k, scope=scope or everything(), relevance=relevance, general=general
        )

    def similar_projects(
        self, service: str | None, description: str, k: int = 5, *, scope: Scope | None = None
    ) -> list[PastProject]:
        """Past projects closest to a request, with price, hours estimated vs actual and outcome."""
        from assistant.memory.projects import similar_projects

        return similar_projects(self._store, self._embedder, service, description, k, scope=scope or everything())

    # -- control ---------------------------------------------------------------------------------------------

    def sources(self, *, client: str | None = None) -> list[SourceInfo]:
        """Every source in memory (or one client's), by date."""
        return [_info(row) for row in self._store.catalog.sources(client=client)]

    def clients(self) -> list[str]:
        """Every client that has a source in memory."""
        return self._store.catalog.clients()

    def source(self, source: str) -> SourceInfo:
        """One source, found by its path (relative paths work) or ``text:NAME``."""
        return _info(self._row(source))

    def chunks(self, source: str) -> list[ChunkInfo]:
        """The chunks of one source, in order, with their citations."""
        from assistant.memory.search import citation_of

        row = self._row(source)
        return [ChunkInfo(citation=citation_of(c), text=c.text) for c in self._store.catalog.chunks(row.sid)]

    def forget(self, source: str | None = None, client: str | None = None) -> list[str]:
        """Forget one source or every source of a client, from Chroma and every record; returns what went.

        Raises:
            MemoryStoreError: neither a source nor a client was given, or the source is not in memory.
        """
        if source is None and client is None:
            raise MemoryStoreError("say what to forget", hint="Give a source or a client.")
        rows = [self._row(source)] if source is not None else []
        if client is not None:
            rows += self._store.catalog.sources(client=client)
        unique = list({row.sid: row for row in rows}.values())
        self._store.forget(unique)
        return [row.source for row in unique]

    def erase(self, matcher: Matcher, *, dry_run: bool = False) -> list[str]:
        """Forget every source that is the client's, names them, or comes from or goes to their addresses.

        Tone examples (sent mails filed under a recipient) and daemon briefs (filed under the sender's scope)
        go too, since their client field holds the address. Then the catalogue and Chroma's own file are rebuilt
        without free pages. Returns the sources (that would be) forgotten.
        """
        catalog = self._store.catalog
        rows = [
            row
            for row in catalog.sources()
            if matcher.is_source(row.source)
            or matcher.is_client(row.meta.client)
            or matcher.mentions(row.source)
            or any(matcher.mentions(chunk.text) for chunk in catalog.chunks(row.sid))
        ]
        if not dry_run and rows:
            self._store.forget(rows)
            self._store.erase_free_pages()
        return [row.source for row in rows]

    def set_public(self, source: str, public: bool) -> SourceInfo:
        """Mark a source public (part of the portfolio every client may see) or private again."""
        row = self._row(source)
        if row.public != public:
            self._store.set_public(row, public)
        return self.source(row.source)

    def stats(self) -> MemoryStats:
        """Counts of sources, chunks and clients, and where memory lives."""
        rows = self._store.catalog.sources()
        n_sources, n_chunks, n_public = self._store.catalog.counts()
        clients: dict[str, int] = {}
        kinds: dict[str, int] = {}
        for row in rows:
            clients[row.meta.client] = clients.get(row.meta.client, 0) + 1
            kinds[row.kind] = kinds.get(row.kind, 0) + 1
        return MemoryStats(
            sources=n_sources,
            chunks=n_chunks,
            public_sources=n_public,
            clients=clients,
            kinds=kinds,
            store=self._store.location,
            embedder=self._embedder.name,
            pending_repairs=len(self._store.catalog.journal()),
        )

    def repair(self) -> list[str]:
        """Become the writer and finish interrupted operations now; returns the sources touched."""
        return self._store.acquire_writer() if not self._store.is_writer else self._store.repair()

    def close(self) -> None:
        """Release the writer lock and close the catalogue."""
        self._store.close()

    def __enter__(self) -> Memory:
        """Use as a context manager that closes on exit."""
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Close."""
        self.close()

    def _row(self, source: str) -> SourceRow:
        catalog = self._store.catalog
        row = catalog.source(source) or catalog.source(str(Path(source).expanduser().absolute()))
        if row is None:
            raise MemoryStoreError(f"not in memory: {source}", hint="See `atelier memory sources` for what is.")
        return row


def _info(row: SourceRow) -> SourceInfo:
    return SourceInfo(
        source=row.source,
        kind=row.kind,
        content_hash=row.content_hash,
        chunks=row.n_chunks,
        added_at=row.added_at,
        meta=row.meta,
    )
