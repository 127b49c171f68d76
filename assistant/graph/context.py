"""Per-run dependencies of the graph, passed as ``context=`` and read by nodes through ``Runtime[Context]``.

Nothing here is checkpointed: a thread can be resumed with a different model or a fresh memory handle.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from langchain_core.language_models import BaseChatModel
from langchain_core.tools import BaseTool

from assistant.events import Citation
from assistant.profile import Profile
from assistant.prose import Prose
from assistant.reading.intent import IntentRouter
from assistant.toolspec import Specs


class Retriever(Protocol):
    """Searches memory and returns numbered citations."""

    def __call__(self, query: str, *, client: str | None, k: int, route: str) -> list[Citation]:
        """What memory holds on ``query``; with ``client``, only that client's and public chunks.

        ``route`` is the turn's route: a ``memory`` question lists every project it names, other turns cite
        only what is relevant (up to ``k`` hits) or what a named client did.
        """
        ...


@dataclass(frozen=True)
class Context:
    """What one run of the graph works with."""

    profile: Profile
    model: BaseChatModel
    tools: Mapping[str, BaseTool] = field(default_factory=dict)
    """The tools this run may call, by name: the allow-list. A planned call to any other tool is refused."""
    specs: Specs = field(default_factory=Specs)
    """What each tool is: the route it serves, how its call is planned, whether it waits for approval."""
    retriever: Retriever | None = None
    rules: Sequence[str] = ()
    """Rules the freelancer accepted (learned from their edits); the composer follows them."""
    client: str | None = None
    """When set, memory is scoped to this client plus public work (the daemon sets it)."""
    today: dt.date | None = None
    k: int = 4
    """How many memory chunks a turn may cite."""
    router: IntentRouter | None = None
    """Reads free text's route (:mod:`assistant.reading.intent`); without one, free text is chat."""
    use_classifier: bool = False
    """Ask the model's classifier when the router is unsure (``[routing] classifier``)."""
    prose: Prose = "auto"
    """``[model] prose``: whether the model writes free sentences (see :mod:`assistant.prose`)."""
    classifier_threshold: float = 0.6
    """Below this confidence the model's route is not trusted and the turn gets a clarifying question."""
    cancel: threading.Event = field(default_factory=threading.Event)
    """Set by the caller to stop generation between tokens."""
