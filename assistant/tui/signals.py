"""UI events: small Message dataclasses that widgets post and screens handle.

Worker threads post them too (``post_message`` is thread-safe), so a turn's events reach the UI in order
without blocking the model between tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message

from assistant.artifacts import Artifact

if TYPE_CHECKING:
    from assistant.tui.widgets import Role


@dataclass
class TurnEvent(Message):
    """One library event of a running turn (a :mod:`assistant.events` record), handed to the chat screen."""

    event: Any
    turn: int
    """Which turn it belongs to, so events of a cancelled turn that arrive late are dropped."""


@dataclass
class TurnFailed(Message):
    """A turn stopped with an error; the message is fit to show the user."""

    text: str
    turn: int


@dataclass
class ThreadChosen(Message):
    """The user picked a thread in the sidebar (``None``: start a new conversation)."""

    thread_id: str | None


@dataclass
class ThreadsChanged(Message):
    """Threads were added, renamed or deleted: the sidebar reloads its list."""


@dataclass
class CitationOpened(Message):
    """The user asked to read the source chunk behind a citation."""

    citation: Any
    """An :class:`assistant.events.Citation`."""


@dataclass
class ArtifactOpened(Message):
    """The user asked to open a tool's result (a quote or a brief) in its editor."""

    artifact: Artifact


@dataclass
class ApprovalDecided(Message):
    """The user answered a pending action inline in the chat."""

    thread_id: str
    action: str
    """``accept``, ``edit``, ``reject`` or ``feedback``."""
    text: str = ""


@dataclass
class CopyRequested(Message):
    """The user asked to copy a message's text."""

    text: str


@dataclass
class TurnEnded(Message):
    """The worker running a turn finished, whatever the outcome: the screen closes the answer."""

    turn: int


@dataclass
class ReplyArrived(Message):
    """A turn resumed after an approval decision finished with this :class:`assistant.api.Reply`."""

    reply: Any


@dataclass
class HistoryLoaded(Message):
    """A thread's conversation was read from the checkpointer and can be shown."""

    thread_id: str
    turns: list[tuple[Role, str]]


@dataclass
class ThreadsLoaded(Message):
    """The thread list was read (filtered by the search box) and can be shown."""

    threads: list[Any]
    """:class:`assistant.threads.ThreadInfo` records, most recent first."""
