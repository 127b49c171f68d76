"""The graph's nodes: route, retrieve, plan, approve, tools, compose.

Plan-then-execute: code decides which tool runs and with which arguments; the model classifies (when code is
unsure) and phrases the answer. Every node can be run alone with ``graph.nodes["name"].invoke(...)``.
"""

from __future__ import annotations

import logging
import re
import uuid
from typing import Any, Literal

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, ToolMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import ToolException
from langgraph.runtime import Runtime
from langgraph.types import interrupt
from pydantic import BaseModel, ValidationError

from assistant.errors import AtelierError
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
from assistant.graph.routing import classify, parse_command
from assistant.graph.state import Route, State

log = logging.getLogger(__name__)

TOOL_FOR_ROUTE: dict[Route, tuple[str, str]] = {
    "quote": ("quote", "text"),
    "brief": ("draft_brief", "inquiry"),
    "style": ("style_generate", "prompt"),
    "scope": ("check_scope", "message"),
    "reply": ("draft_reply", "text"),
    "sent": ("mark_quote_sent", "number"),
}
"""The one tool each tool route runs, and the argument that gets the user's words. The model never picks."""

_QUOTE_NUMBER = re.compile(r"\bQ-\d{4}-\d{4}\b")
_FOR_CLIENT = re.compile(r"^for\s+([^:\n]{1,80}):\s*(.+)$", re.IGNORECASE | re.DOTALL)

CLIENT_TOOLS = frozenset({"quote", "style_generate", "draft_reply"})
"""Tools whose ``client`` argument code fills from the context (hidden from the model as ``InjectedToolArg``)."""


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


def last_artifact(messages: list[AnyMessage], tool: str) -> dict[str, Any] | None:
    """The typed result of the latest successful call to ``tool`` in this thread (e.g. the agreed brief)."""
    for message in reversed(messages):
        if isinstance(message, ToolMessage) and message.name == tool and message.status != "error":
            return _as_dict(message.artifact)
    return None


def last_call_argument(messages: list[AnyMessage], tool: str, argument: str) -> Any:
    """An argument of the latest planned call to ``tool`` in this thread (e.g. the inquiry that was briefed)."""
    for message in reversed(messages):
        for call in reversed(getattr(message, "tool_calls", None) or []):
            if call["name"] == tool and argument in call["args"]:
                return call["args"][argument]
    return None


def route(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Pick the route: a slash command, else the classifier with its keyword fallback."""
    command, request = parse_command(latest_request(state["messages"]))
    if command is not None:
        chosen, reason = command, "command"
    else:
        chosen, reason = classify(runtime.context.model, request, runtime.context.classifier_threshold)
    runtime.stream_writer(RouteChosen(route=chosen, reason=reason))
    return {
        "route": chosen,
        "route_reason": reason,
        "request": request,
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
        hits = retriever(request, client=runtime.context.client, k=runtime.context.k)
    except AtelierError as err:
        log.warning("memory search failed: %s", err)
        return {"citations": [], "outcome": {"tool": "memory", "ok": False, "text": f"Memory search failed: {err}"}}
    citations = [hit.model_copy(update={"number": i}) for i, hit in enumerate(hits, start=1)]
    if citations:
        runtime.stream_writer(CitationsFound(citations=tuple(citations)))
    return {"citations": [c.model_dump() for c in citations]}


def plan(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Plan the route's one tool call in code; refuse a tool that is not on this run's allow-list."""
    planned = TOOL_FOR_ROUTE.get(state.get("route", "chat"))
    if planned is None:
        return {}
    tool, text_argument = planned
    if tool not in runtime.context.tools:
        text = f"The {tool} tool is not available here."
        return {"outcome": {"tool": tool, "ok": False, "text": text}}
    request, client = state.get("request", ""), runtime.context.client
    if tool in CLIENT_TOOLS and client is None:
        named = _FOR_CLIENT.match(request)  # "/style for Acme: a fox in the snow"
        if named:
            client, request = named.group(1).strip(), named.group(2).strip()
    if tool == "style_generate" and not client:
        text = "Who are these samples for? Say it like this: /style for Acme: a fox in the snow"
        return {"outcome": {"tool": tool, "ok": False, "text": text}}
    args: dict[str, Any] = {text_argument: request}
    if tool in CLIENT_TOOLS and client:
        args["client"] = client
    if tool == "check_scope":
        args["brief"] = last_artifact(state["messages"], "draft_brief")
    if tool == "draft_reply":
        args["inquiry"] = last_call_argument(state["messages"], "draft_brief", "inquiry") or ""
    if tool == "mark_quote_sent":
        named = _QUOTE_NUMBER.search(request)
        latest = last_artifact(state["messages"], "quote") or {}
        args = {"number": named.group(0) if named else str(latest.get("number", ""))}
        if not args["number"]:
            text = "Which quote? Give its number, e.g. /sent Q-2026-0007."
            return {"outcome": {"tool": tool, "ok": False, "text": text}}
    call = {"name": tool, "args": args, "id": f"call_{uuid.uuid4().hex[:12]}"}
    message = AIMessage(content="", tool_calls=[call], id=f"plan_{call['id']}")
    return {"messages": [message], "needs_approval": tool in runtime.context.needs_approval}


def plan_send(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """After a reply is drafted, plan sending it; the send waits for approval like every outbound effect."""
    draft = state.get("outcome", {}).get("artifact") or {}
    if "send_reply" not in runtime.context.tools or not draft.get("to"):
        return {}
    args = {
        "to": draft["to"],
        "subject": draft["subject"],
        "body": draft["body"],
        "inquiry": last_call_argument(state["messages"], "draft_reply", "inquiry") or "",
    }
    call = {"name": "send_reply", "args": args, "id": f"call_{uuid.uuid4().hex[:12]}"}
    message = AIMessage(content="", tool_calls=[call], id=f"plan_{call['id']}")
    return {"messages": [message], "needs_approval": "send_reply" in runtime.context.needs_approval}


def summarize(tool: str, args: dict[str, Any]) -> str:
    """One line that says what an action will do, for the freelancer deciding on it."""
    if tool == "send_reply":
        return f"Send the reply “{args.get('subject', '')}” to {args.get('to', '?')}"
    if tool == "mark_quote_sent":
        return f"Mark quote {args.get('number', '?')} as sent"
    if tool == "style_generate":
        return f"Make {args.get('n', 1)} style sample(s) for {args.get('client', '?')}: {args.get('prompt', '')}"[:200]
    shown = {key: value for key, value in args.items() if key not in ("inquiry", "brief")}
    return f"Run {tool} with {shown}"[:200]


def approve(state: State, config: RunnableConfig) -> dict[str, Any]:
    """Wait for the freelancer before a side effect that leaves the machine.

    This node has no side effect of its own, so re-running it from the top on resume is harmless.
    """
    planned = state["messages"][-1]
    assert isinstance(planned, AIMessage) and planned.tool_calls
    call = planned.tool_calls[0]
    action = PendingAction(
        thread_id=str(config.get("configurable", {}).get("thread_id", "")),
        tool=call["name"],
        args=call["args"],
        summary=summarize(call["name"], call["args"]),
        call_id=str(call["id"]),
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
        message = _run_tool(runtime.context, call)
        artifact = _as_dict(message.artifact)
        ok = message.status != "error"
        writer(ToolFinished(tool=call["name"], call_id=call_id, ok=ok, text=message.text, artifact=artifact))
        results.append(message)
        outcome = {"tool": call["name"], "ok": ok, "text": message.text, "artifact": artifact}
    return {"messages": results, "outcome": outcome}


def _run_tool(context: Context, call: Any) -> ToolMessage:
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
        # Keep artifacts as plain data: checkpoints then never need to rebuild tool-specific classes.
        return result.model_copy(update={"artifact": _as_dict(result.artifact)})
    return ToolMessage(content=str(result), tool_call_id=call_id, name=call["name"])


def _as_dict(artifact: Any) -> dict[str, Any] | None:
    if isinstance(artifact, BaseModel):
        return artifact.model_dump(mode="json")
    return artifact if isinstance(artifact, dict) else None


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
