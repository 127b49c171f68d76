"""Records that memory hands to the rest of Atelier: past projects for pricing, search hits with citations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel, ConfigDict


class ProjectFacts(BaseModel):
    """What is known about one project: the fields of a brief's front matter that pricing and answers use."""

    model_config = ConfigDict(frozen=True)

    client: str = ""
    title: str = ""
    date: dt.date | None = None
    service: str = ""
    price: Decimal | None = None
    currency: str = ""
    hours_estimated: Decimal | None = None
    hours_actual: Decimal | None = None
    outcome: str = ""
    """Free text on purpose; usually ``completed``, ``accepted``, ``declined``, ``lost``, ``cancelled`` or
    ``inquiry``."""
    tags: tuple[str, ...] = ()


class PastProject(ProjectFacts):
    """One of the freelancer's past projects, as the quote tool sees it."""

    source: str
    """Path of the brief it comes from, for citations."""
    client: str
    similarity: float = 0.0
    """How close it is to the request, 0..1."""


class BriefMeta(ProjectFacts):
    """What a brief's front matter (or an e-mail's headers) says about the project, checked and normalised.

    Unknown front-matter keys are kept in ``extra`` as text, so nothing the freelancer wrote is lost.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    public: bool = False
    """True for portfolio pieces that any client may see."""
    extra: dict[str, str] = {}


class ChunkLocation(BaseModel):
    """Where a piece of text comes from, precisely enough to open the file at that place."""

    model_config = ConfigDict(frozen=True)

    source: str
    """The source: an absolute file path, or ``text:NAME`` for text the assistant stored itself."""
    chunk: int
    """0-based chunk number within the source."""
    line: int | None = None
    """1-based line where the chunk starts (text formats)."""
    page: int | None = None
    """1-based page (PDF)."""
    part: str = ""
    """For e-mail: ``message`` or the attachment's file name; the line counts within that part."""

    def __str__(self) -> str:
        """``path:12 (chunk 3)``, ``path p. 2 (chunk 0)`` or ``path [invoice.txt]:4 (chunk 1)``."""
        where = self.source
        if self.part and self.part != "message":
            where += f" [{self.part}]"
        if self.page is not None:
            where += f" p. {self.page}"
        elif self.line is not None:
            where += f":{self.line}"
        return f"{where} (chunk {self.chunk})"


class Hit(BaseModel):
    """One search result: the chunk's text, how well it matched, and where it comes from."""

    model_config = ConfigDict(frozen=True)

    text: str
    citation: ChunkLocation
    score: float
    """Fused rank score (reciprocal-rank fusion of the vector and keyword lists); higher is better."""
    similarity: float | None = None
    """Cosine similarity to the query, 0..1, when the vector search found this chunk."""
    matched_by: tuple[str, ...] = ()
    """``vector``, ``keyword`` or both; ``filter`` when it was listed because it matches what a question names."""
    client: str = ""
    title: str = ""
    service: str = ""
    date: dt.date | None = None
    outcome: str = ""
    public: bool = False


class SourceInfo(BaseModel):
    """One ingested source, as ``atelier memory sources`` lists it."""

    model_config = ConfigDict(frozen=True)

    source: str
    kind: str
    """``markdown``, ``text``, ``email``, ``pdf`` or ``note`` (added with ``add_text``)."""
    content_hash: str
    chunks: int
    added_at: dt.datetime
    meta: BriefMeta


class ChunkInfo(BaseModel):
    """One stored chunk of a source."""

    model_config = ConfigDict(frozen=True)

    citation: ChunkLocation
    text: str


class IngestFailure(BaseModel):
    """A file that could not be ingested, and why."""

    model_config = ConfigDict(frozen=True)

    source: str
    reason: str


class IngestReport(BaseModel):
    """What one ``add`` run did, file by file."""

    added: list[str] = []
    updated: list[str] = []
    """Sources whose content changed: their old chunks were replaced."""
    unchanged: list[str] = []
    failed: list[IngestFailure] = []
    ignored: list[str] = []
    """Files in the given folders whose type memory does not read (images, archives)."""
    chunks: int = 0
    """Chunks written in this run."""
    seconds: float = 0.0


class MemoryStats(BaseModel):
    """Counts for ``atelier memory stats``."""

    sources: int
    chunks: int
    public_sources: int
    clients: dict[str, int]
    """Sources per client; ``""`` counts sources without a client."""
    kinds: dict[str, int]
    store: str
    """Where the vectors live: the Chroma folder, or the server URL."""
    embedder: str
    """Embedder model and backend."""
    pending_repairs: int
    """Interrupted operations still waiting for the next writer to clean them up."""
