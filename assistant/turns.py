"""Running one turn of the graph: stream its events, stop at an approval, and keep a cancelled thread whole.

The :class:`~assistant.Assistant` owns the graph and the context; this module owns what happens between the
first event and the last, so that a caller that stops iterating leaves a thread as consistent as one that
cancels.
"""

from __future__ import annotations

import uuid
from collections.abc import Generator, Iterator
from typing import Any, cast

from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableConfig
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import StreamMode
from pydantic import BaseModel

from assistant.artifacts import parse_artifact
from assistant.errors import TurnCancelledError
from assistant.events import ApprovalNeeded, Citation, Event, PendingAction, TurnCancelled, TurnDone
from assistant.graph import Context
from assistant.toolspec import Specs

_STREAM_MODES: list[StreamMode] = ["custom", "updates"]

Graph = CompiledStateGraph[Any, Any, Any, Any]


def config_for(thread_id: str) -> RunnableConfig:
    """The graph config that addresses one thread."""
    return {"configurable": {"thread_id": thread_id}}


def run_turn(graph: Graph, graph_input: Any, thread_id: str, context: Context) -> Iterator[Event]:
    """Run the graph on ``graph_input`` and yield the turn's events, ending with one that says how it ended.

    Setting ``context.cancel`` stops generation at the next token; the thread then records the cancellation.
    """
    config = config_for(thread_id)
    finished = False
    stream = cast(
        Generator[Any, None, None], graph.stream(graph_input, config, context=context, stream_mode=_STREAM_MODES)
    )
    try:
        for mode, payload in stream:
            if mode == "custom" and isinstance(payload, BaseModel):
                yield payload  # type: ignore[misc]
            elif mode == "updates" and isinstance(payload, dict) and "__interrupt__" in payload:
                action = PendingAction.model_validate(payload["__interrupt__"][0].value)
                finished = True
                yield ApprovalNeeded(action=action)
                return
        finished = True
        yield turn_done(graph, thread_id, context.specs)
    except TurnCancelledError:
        finished = True
        record_cancel(graph, config)
        yield TurnCancelled(thread_id=thread_id)
    finally:
        if not finished:  # the caller stopped iterating: treat it as a cancel
            context.cancel.set()
        stream.close()  # waits for a running step and saves what it finished
        if not finished:
            record_cancel(graph, config)


def turn_done(graph: Graph, thread_id: str, specs: Specs) -> TurnDone:
    """The finished turn: its answer, route, citations and the last tool's typed artifact."""
    values = graph.get_state(config_for(thread_id)).values
    last = values["messages"][-1] if values.get("messages") else None
    citations = tuple(Citation.model_validate(c) for c in values.get("citations", []))
    outcome = values.get("outcome") or {}
    spec = specs.get(outcome.get("tool", ""))
    return TurnDone(
        thread_id=thread_id,
        text=last.text if isinstance(last, AIMessage) else "",
        route=values.get("route", ""),
        citations=citations,
        artifact=parse_artifact(outcome.get("artifact"), spec.artifact if spec else None),
    )


def record_cancel(graph: Graph, config: RunnableConfig) -> None:
    """Close a cancelled turn with a marker answer, so the thread's history stays well-formed.

    The turn is unfinished when steps are still pending or when its last message is the user's, unanswered.
    """
    state = graph.get_state(config)
    messages = state.values.get("messages", [])
    unanswered = bool(messages) and not isinstance(messages[-1], AIMessage)
    if (state.next or unanswered) and not state.interrupts:
        marker = AIMessage(content="(cancelled)", id=f"cancelled_{uuid.uuid4().hex[:12]}")
        graph.update_state(config, {"messages": [marker]}, as_node="compose")
