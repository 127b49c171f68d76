"""Typed events that a turn streams to its caller (TUI, CLI, scripts), and the records they carry.

A UI consumes them in order: ``RouteChosen``, ``CitationsFound``, ``ToolStarted``/``ToolFinished``, many
``Token``, then ``ApprovalNeeded`` (the turn waits for the freelancer) or ``TurnDone``; ``TurnCancelled`` when
the caller stopped it.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, SerializeAsAny

from assistant.artifacts import Artifact, parse_artifact

TypedArtifact = Annotated[SerializeAsAny[Artifact] | None, BeforeValidator(parse_artifact)]
"""A tool's typed result (a :class:`~assistant.tools.quote_models.Quote`, a brief...); stored dicts are parsed
back into their class by their ``kind``, and the JSON form keeps every field of the concrete class."""


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True)


class Citation(_Event):
    """Where a fact came from: one chunk of one source in memory."""

    number: int
    """The ``[n]`` marker used in the answer."""
    source: str
    """File path (or name) of the source."""
    chunk: int = 0
    line: int | None = None
    page: int | None = None
    client: str = ""
    text: str = ""
    """The chunk's text, so a UI can open it."""
    metadata: dict[str, Any] = Field(default_factory=dict)
    """The source's front matter (price, hours, outcome...), for facts computed by code."""

    @property
    def label(self) -> str:
        """``file:line`` or ``file p.N`` for display."""
        name = self.source.rsplit("/", 1)[-1]
        if self.page is not None:
            return f"{name} p.{self.page}"
        if self.line is not None:
            return f"{name}:{self.line}"
        return f"{name}#{self.chunk}"


class PendingAction(_Event):
    """A side effect that leaves the machine and waits for the freelancer's decision."""

    thread_id: str
    tool: str
    args: dict[str, Any]
    summary: str
    """One line saying what will happen if accepted."""
    call_id: str
    editable: tuple[str, ...] = ()
    """The arguments the freelancer may edit before accepting, the main one first (from the tool's spec)."""

    @property
    def edit_field(self) -> str:
        """The argument an edit of the action's text replaces (actions saved before specs: ``body`` or ``text``)."""
        if self.editable:
            return self.editable[0]
        return "body" if "body" in self.args else "text"


class RouteChosen(_Event):
    """The turn was routed."""

    kind: Literal["route"] = "route"
    route: str
    reason: str


class CitationsFound(_Event):
    """Memory returned these sources for the turn."""

    kind: Literal["citations"] = "citations"
    citations: tuple[Citation, ...]


class ToolStarted(_Event):
    """A tool began running."""

    kind: Literal["tool_start"] = "tool_start"
    tool: str
    args: dict[str, Any]
    call_id: str


class ToolFinished(_Event):
    """A tool finished; ``ok`` is false when it failed and the error went back to the graph."""

    kind: Literal["tool_end"] = "tool_end"
    tool: str
    call_id: str
    ok: bool
    text: str
    artifact: TypedArtifact = None
    """The tool's typed result: match on its class (``Quote``, ``Brief``, ``ScopeCheck``...)."""


class Token(_Event):
    """A piece of the answer, as the model writes it."""

    kind: Literal["token"] = "token"
    text: str
    tokens: int = 0
    """Model tokens generated since the previous piece: those of this text, plus those of any sentence the
    number guard dropped on the way. Zero for text that code wrote (a quote, the sources)."""


class ApprovalNeeded(_Event):
    """The turn stopped before a side effect; approve or reject it to go on."""

    kind: Literal["approval"] = "approval"
    action: PendingAction


class TurnDone(_Event):
    """The turn finished."""

    kind: Literal["done"] = "done"
    thread_id: str
    text: str
    route: str
    citations: tuple[Citation, ...] = ()
    artifact: TypedArtifact = None
    """The typed result of the turn's last tool, if any."""


class TurnCancelled(_Event):
    """The caller cancelled the turn; the thread records it and stays consistent."""

    kind: Literal["cancelled"] = "cancelled"
    thread_id: str


Event = RouteChosen | CitationsFound | ToolStarted | ToolFinished | Token | ApprovalNeeded | TurnDone | TurnCancelled
