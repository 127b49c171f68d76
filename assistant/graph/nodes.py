"""The graph's nodes: route, retrieve, plan, approve, tools, follow_up, compose.

Plan-then-execute: code decides which tool runs and with which arguments, reading each tool's
:class:`~assistant.toolspec.ToolSpec` from the context; the model classifies (when code is unsure) and phrases
the answer. Every node can be run alone with ``graph.nodes["name"].invoke(...)``.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any, Literal

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, ToolMessage
from langchain_core.tools import ToolException
from langgraph.config import get_config
from langgraph.runtime import Runtime
from langgraph.types import interrupt
from pydantic import BaseModel, ValidationError

from assistant.artifacts import Artifact, dump_artifact, parse_artifact
from assistant.errors import AtelierError, ToolError
from assistant.events import (
    Citation,
    CitationsFound,
    PendingAction,
    RouteChosen,
    ToolFinished,
    ToolStarted,
)
from assistant.graph.compose import compose_answer
from assistant.graph.context import Context
from assistant.graph.routing import RouteChoice, decide, parse_command
from assistant.graph.state import State
from assistant.toolspec import ToolSpec, summarize_call

log = logging.getLogger(__name__)


class Decision(BaseModel):
    """How the freelancer answered a pending action."""

    action: Literal["accept", "edit", "reject", "feedback"]
    args: dict[str, Any] = {}
    """With ``edit``: the arguments to change."""
    text: str = ""
    """With ``reject`` or ``feedback``: what the freelancer said."""


def latest_request(messages: list[AnyMessage]) -> str:
    """The text of the last human message."""
    for message in reversed(messages):
        if isinstance(message, HumanMessage):
            return message.text
    return ""


def route(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Pick the route: a tool's own command, else :func:`assistant.graph.routing.decide`."""
    text = latest_request(state["messages"])
    declared, rest = runtime.context.specs.command(text)  # a tool's own command, for a route the router lacks
    if declared is not None and parse_command(text)[0] is None:
        choice = RouteChoice(declared, "command", rest)  # type: ignore[arg-type]
    else:
        choice = decide(text, state, runtime.context)
    runtime.stream_writer(RouteChosen(route=choice.route, reason=choice.reason))
    return {
        "route": choice.route,
        "route_reason": choice.reason,
        "request": choice.request,
        "clarify": list(choice.clarify),
        "citations": [],
        "outcome": {},
        "needs_approval": False,
    }


def retrieve(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Search memory (scoped to the context's client, if any) and number the hits for citation."""
    retriever = runtime.context.retriever
    request = state.get("request", "")
    if retriever is None or not request:
        return {"citations": []}
    try:
        hits = retriever(request, client=runtime.context.client, k=runtime.context.k, route=state.get("route", "chat"))
    except AtelierError as err:
        log.warning("memory search failed: %s", err)
        return {"citations": [], "outcome": {"tool": "memory", "ok": False, "text": f"Memory search failed: {err}"}}
    citations = [hit.model_copy(update={"number": i}) for i, hit in enumerate(hits, start=1)]
    if citations:
        runtime.stream_writer(CitationsFound(citations=tuple(citations)))
    return {"citations": [c.model_dump() for c in citations]}


def plan(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Plan the route's one tool call in code, from its spec; refuse a tool not on this run's allow-list."""
    spec = runtime.context.specs.for_route(state.get("route", "chat"))
    if spec is None:
        return {}
    if spec.name not in runtime.context.tools:
        text = f"The {spec.name} tool is not available here."
        return {"outcome": {"tool": spec.name, "ok": False, "text": text}}
    try:
        args = spec.plan(state.get("request", ""), runtime.context.client, state["messages"])
    except ToolError as err:  # the words are not enough: ask for what is missing
        return {"outcome": {"tool": spec.name, "ok": False, "text": str(err)}}
    return _planned(spec, args)


def follow_up(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Plan the call a tool's spec says comes next (a drafted reply's send), which waits like any other."""
    outcome = state.get("outcome", {})
    specs, tools = runtime.context.specs, runtime.context.tools
    done = specs.get(outcome.get("tool", ""))
    if done is None or done.follow_up is None or done.follow_up_args is None or done.follow_up not in tools:
        return {}
    artifact = parse_artifact(outcome.get("artifact"), done.artifact)
    args = done.follow_up_args(artifact) if artifact is not None else None
    nxt = specs.get(done.follow_up)
    if args is None or nxt is None:
        return {}
    return _planned(nxt, {**args, **{name: inject(state["messages"]) for name, inject in nxt.injected.items()}})


def _planned(spec: ToolSpec[Any], args: dict[str, Any]) -> dict[str, Any]:
    call = {"name": spec.name, "args": args, "id": f"call_{uuid.uuid4().hex[:12]}"}
    message = AIMessage(content="", tool_calls=[call], id=f"plan_{call['id']}")
    return {"messages": [message], "needs_approval": spec.approval}


def approve(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Wait for the freelancer before a side effect that leaves the machine.

    This node has no side effect of its own, so re-running it from the top on resume is harmless.
    """
    planned = state["messages"][-1]
    assert isinstance(planned, AIMessage) and planned.tool_calls
    call = planned.tool_calls[0]
    spec = runtime.context.specs.get(call["name"])
    action = PendingAction(
        thread_id=str(get_config().get("configurable", {}).get("thread_id", "")),
        tool=call["name"],
        args=call["args"],
        summary=spec.summarize(call["args"]) if spec else summarize_call(call["name"], call["args"]),
        call_id=str(call["id"]),
        editable=spec.editable if spec else (),
    )
    try:
        decision = Decision.model_validate(interrupt(action.model_dump()))
    except ValidationError as exc:
        decision = Decision(action="reject", text=f"unreadable decision: {exc.errors()[0]['msg']}")
    if decision.action == "accept":
        return {"needs_approval": False}
    if decision.action == "edit":
        edited = {**call, "args": {**call["args"], **decision.args}}
        return {"messages": [AIMessage(content="", tool_calls=[edited], id=planned.id)], "needs_approval": False}
    verb = "rejected it" if decision.action == "reject" else "asked for changes instead"
    text = f"Not done: the freelancer {verb}." + (f" They said: {decision.text}" if decision.text else "")
    result = ToolMessage(content=text, tool_call_id=str(call["id"]), name=call["name"], status="error")
    return {"messages": [result], "outcome": {"tool": call["name"], "ok": False, "text": text}}


def tools(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Run the planned calls. A failing tool becomes an error message for the composer, never a crash."""
    planned = state["messages"][-1]
    assert isinstance(planned, AIMessage)
    writer = runtime.stream_writer
    results: list[AnyMessage] = []
    outcome: dict[str, Any] = {}
    for call in planned.tool_calls:
        call_id = str(call["id"])
        writer(ToolStarted(tool=call["name"], args=call["args"], call_id=call_id))
        spec = runtime.context.specs.get(call["name"])
        message, typed = _run_tool(runtime.context, call, spec)
        ok = message.status != "error"
        writer(ToolFinished(tool=call["name"], call_id=call_id, ok=ok, text=message.text, artifact=typed))
        results.append(message)
        outcome = {"tool": call["name"], "ok": ok, "text": message.text, "artifact": message.artifact}
        if ok and spec is not None and spec.follow_up:
            outcome["follow_up"] = spec.follow_up
    return {"messages": results, "outcome": outcome}


def _run_tool(context: Context, call: Any, spec: ToolSpec[Any] | None) -> tuple[ToolMessage, Artifact | None]:
    """The tool's message (its artifact as plain data, for checkpoints) and its typed artifact, for events."""
    message = _invoke(context, call)
    if message.status == "error":
        return message, None
    typed = parse_artifact(message.artifact, spec.artifact if spec else None)
    # Keep artifacts as plain data: checkpoints then never need to rebuild tool-specific classes.
    return message.model_copy(update={"artifact": dump_artifact(message.artifact)}), typed


def _invoke(context: Context, call: Any) -> ToolMessage:
    tool = context.tools.get(call["name"])
    call_id = str(call["id"])
    if tool is None:
        text = f"error: {call['name']} is not an allowed tool"
        return ToolMessage(content=text, tool_call_id=call_id, name=call["name"], status="error")
    try:
        result = tool.invoke({**call, "type": "tool_call"})
    except AtelierError as err:
        text = f"error: {err}" + (f"\nhint: {err.hint}" if err.hint else "")
        return ToolMessage(content=text, tool_call_id=call_id, name=call["name"], status="error")
    except ToolException as exc:
        return ToolMessage(content=f"error: {exc}", tool_call_id=call_id, name=call["name"], status="error")
    except ValidationError as exc:
        text = f"error: the {call['name']} tool cannot use this input: {exc.errors()[0]['msg']}"
        return ToolMessage(content=text, tool_call_id=call_id, name=call["name"], status="error")
    except Exception as exc:  # the edge to tool code: a bug there must not lose the user's turn
        log.exception("tool %s failed", call["name"])
        text = f"error: the {call['name']} tool failed unexpectedly ({type(exc).__name__})"
        return ToolMessage(content=text, tool_call_id=call_id, name=call["name"], status="error")
    if isinstance(result, ToolMessage):
        return result
    return ToolMessage(content=str(result), tool_call_id=call_id, name=call["name"])


def compose(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Write the answer in the freelancer's voice around the facts that code computed."""
    citations = [Citation.model_validate(c) for c in state.get("citations", [])]
    text = compose_answer(
        runtime.context,
        history=state["messages"],
        request=state.get("request", ""),
        route=state.get("route", "chat"),
        citations=citations,
        outcome=state.get("outcome", {}),
        emit=runtime.stream_writer,
    )
    return {"messages": [AIMessage(content=text, id=f"answer_{uuid.uuid4().hex[:12]}")]}
