"""The parts the agent's tools are built from: never the whole assistant, only what the tools use.

The facade fills a :class:`Parts` from its profile, model, memory, quote store, style studio and mail, and each
tool spec builds its tool from it. A script or a test builds one from fakes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from assistant.tools.quote_estimate import SimilarProjects, no_past_projects

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.profile import Profile
    from assistant.reading.services import ServiceReader
    from assistant.tools.quote_store import QuoteStore
    from assistant.tools.reply_models import QueuedReply, ReplyDraft
    from assistant.tools.style.studio import StyleStudio


class ReplyDesk(Protocol):
    """Drafting and queueing replies to an inquiry: what the reply tools need from the mail side."""

    def draft(self, inquiry: str, instruction: str) -> ReplyDraft:
        """A reply to the raw inquiry, following the freelancer's instruction; nothing is sent."""
        ...

    def queue(self, inquiry: str, subject: str, body: str) -> QueuedReply:
        """Queue an approved reply to the inquiry's sender for the mail daemon."""
        ...

    def last_inquiry(self, request: str, client: str = "") -> str:
        """The raw last mail of the one known client ``request`` (else ``client``) names; else :class:`ToolError`."""
        ...


@dataclass(frozen=True)
class Parts:
    """What tools are built from. A missing part leaves out the tools that need it."""

    profile: Profile
    today: Callable[[], dt.date]
    """The date quotes and briefs are computed for, read at each call (one clock, injected)."""
    model: BaseChatModel | None = None
    """None: extract with code only."""
    similar_projects: SimilarProjects = no_past_projects
    """Past projects like a request, for estimates (memory's, scoped to the run's client)."""
    quotes: QuoteStore | None = None
    """Where computed quotes are kept as numbered drafts."""
    style: StyleStudio | None = None
    replies: ReplyDesk | None = None
    services: Callable[[], ServiceReader | None] = lambda: None
    """The reader of which services a request asks for (rate card plus past projects over the embedder), the
    same one the daemon reads mail with; built on first use. ``None``: rate-card keywords only."""
