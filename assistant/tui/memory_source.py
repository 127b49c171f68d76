"""What the Memory screen shows and does, behind one small protocol, with the adapter to ``Assistant.memory``.

The screen sees only :class:`SourceView`, :class:`ChunkView` and :class:`HitView`; the adapter is the single
place that knows the memory library's method names. Nothing here imports textual.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from pydantic import BaseModel, ConfigDict

from assistant.errors import IngestError

if TYPE_CHECKING:
    from assistant.api import Assistant
    from assistant.erasure import ErasureReport
    from assistant.memory.models import SourceInfo

MEMORY_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".eml", ".pdf"})
"""File kinds memory can ingest; a folder is expanded to these."""


class SourceView(BaseModel):
    """One remembered file with the metadata a freelancer looks for."""

    model_config = ConfigDict(frozen=True)

    source: str
    title: str = ""
    client: str = ""
    service: str = ""
    date: dt.date | None = None
    outcome: str = ""
    price: str = ""
    hours: str = ""
    """``estimated/actual`` hours, when known."""
    public: bool = False
    chunks: int = 0

    @property
    def name(self) -> str:
        """The file name without its folder."""
        return self.source.rsplit("/", 1)[-1]


class ChunkView(BaseModel):
    """One chunk of a source."""

    model_config = ConfigDict(frozen=True)

    index: int
    text: str
    line: int | None = None
    page: int | None = None


class HitView(BaseModel):
    """One search result with its citation."""

    model_config = ConfigDict(frozen=True)

    source: str
    label: str
    text: str
    client: str = ""
    score: float = 0.0


class MemorySource(Protocol):
    """The memory actions the screen needs."""

    def sources(self) -> list[SourceView]:
        """Every remembered source."""
        ...

    def chunks(self, source: str) -> list[ChunkView]:
        """A source's chunks, in order."""
        ...

    def search(self, query: str, k: int = 8) -> list[HitView]:
        """The best chunks for ``query`` across all of memory (the freelancer's own view)."""
        ...

    def set_public(self, source: str, public: bool) -> None:
        """Mark a source as portfolio (visible to every client) or private."""
        ...

    def forget(
        self,
        *,
        client: str | None = None,
        source: str | None = None,
        dry_run: bool,
        keep_records: bool = False,
        threads: Literal["redact", "delete"] = "redact",
    ) -> ErasureReport:
        """Forget a client or one source in every store (or, with ``dry_run``, say what would go)."""
        ...

    def add(self, path: Path) -> int:
        """Ingest one file; returns how many chunks it now has (0 when unchanged)."""
        ...


def files_under(paths: Iterable[Path]) -> list[Path]:
    """The ingestible files among ``paths``, folders expanded, sorted, so a progress bar knows its total."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in MEMORY_SUFFIXES)
        elif path.is_file():
            found.append(path)
    return found


class AssistantMemory:
    """Adapter from an :class:`~assistant.api.Assistant` (its memory, and its erasure) to :class:`MemorySource`."""

    def __init__(self, assistant: Assistant) -> None:
        """Wrap an open assistant."""
        self._assistant = assistant
        self._memory = assistant.memory

    def sources(self) -> list[SourceView]:
        """Every source, newest project first."""
        views = [source_view(info) for info in self._memory.sources()]
        return sorted(views, key=lambda v: (v.date or dt.date.min, v.source), reverse=True)

    def chunks(self, source: str) -> list[ChunkView]:
        """A source's chunks."""
        return [
            ChunkView(index=c.citation.chunk, text=c.text, line=c.citation.line, page=c.citation.page)
            for c in self._memory.chunks(source)
        ]

    def search(self, query: str, k: int = 8) -> list[HitView]:
        """Search everything (the freelancer's own view is not client-scoped)."""
        return [
            HitView(source=h.citation.source, label=str(h.citation), text=h.text, client=h.client, score=h.score)
            for h in self._memory.search(query, k=k)
        ]

    def set_public(self, source: str, public: bool) -> None:
        """Mark public or private."""
        self._memory.set_public(source, public)

    def forget(
        self,
        *,
        client: str | None = None,
        source: str | None = None,
        dry_run: bool,
        keep_records: bool = False,
        threads: Literal["redact", "delete"] = "redact",
    ) -> ErasureReport:
        """The assistant's one erasure path, the same as ``atelier memory forget``."""
        return self._assistant.forget(
            client=client, source=source, dry_run=dry_run, keep_records=keep_records, threads=threads
        )

    def add(self, path: Path) -> int:
        """Ingest one file; a file memory cannot read raises :class:`IngestError` with the reason."""
        report = self._memory.add([path], progress=False)
        if report.failed:
            failure = report.failed[0]
            raise IngestError(f"{failure.source}: {failure.reason}")
        return report.chunks


def source_view(info: SourceInfo) -> SourceView:
    """A memory source as the screen lists it."""
    meta = info.meta
    hours = ""
    if meta.hours_estimated is not None or meta.hours_actual is not None:
        hours = "/".join(f"{h:f}" if h is not None else "?" for h in (meta.hours_estimated, meta.hours_actual))
    return SourceView(
        source=info.source,
        title=meta.title,
        client=meta.client,
        service=meta.service,
        date=meta.date,
        outcome=meta.outcome,
        price=f"{meta.price:f} {meta.currency}".strip() if meta.price is not None else "",
        hours=hours,
        public=meta.public,
        chunks=info.chunks,
    )
