"""The graph's state: a narrow input (the conversation) and the fuller state that nodes fill in.

``messages`` lives in a :class:`~langgraph.channels.delta.DeltaChannel`, so each checkpoint stores only the
messages a turn added rather than the whole conversation again: checkpoint writes stay small at turn 50.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from langchain_core.messages import AnyMessage
from langgraph.channels.delta import DeltaChannel
from langgraph.graph.message import _messages_delta_reducer
from typing_extensions import TypedDict

Route = Literal["chat", "memory", "quote", "brief", "style", "scope", "reply", "sent"]
"""What a turn is about. ``chat`` and ``memory`` answer from memory; the others run a tool."""


class InputState(TypedDict):
    """What a caller sends in: new messages, appended to the thread's history."""

    messages: Annotated[list[AnyMessage], DeltaChannel(_messages_delta_reducer)]
    """The conversation. Every message carries an id, so replays and edits target the right one."""


class State(InputState, total=False):
    """Everything the nodes know about the current turn."""

    route: Route
    """Where this turn goes, decided by :mod:`assistant.graph.routing`."""
    route_reason: str
    """Why: ``command``, the router's reading (``rule: ...`` or the scores and closest example), ``model (...)``,
    or ``unsure: ...``; shown to the user and measured by ``benchmarks/eval_routing.py``."""
    clarify: list[Route]
    """Set when the router was unsure: the two routes the turn's clarifying question offers (``route`` is then
    ``chat``). The next turn may answer it; empty otherwise."""
    request: str
    """The user's text for this turn, without a leading slash command (a bare command that corrects the turn
    before, or an answer to a clarifying question, carries that turn's text)."""
    citations: list[dict[str, Any]]
    """Memory hits used for this turn, as :class:`assistant.events.Citation` dicts, numbered from 1."""
    needs_approval: bool
    """The planned tool call leaves the machine and must wait for the freelancer."""
    outcome: dict[str, Any]
    """What the last tool returned, for the composer: ``{"tool", "ok", "text", "artifact"}``, plus ``follow_up``
    (the next tool to plan) when its spec names one. ``artifact`` is plain data with its ``kind``."""
