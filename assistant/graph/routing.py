"""Deciding where a turn goes: slash commands, the intent router, and a question when the router is unsure.

A slash command always wins. Free text goes to :class:`~assistant.reading.intent.IntentRouter` (exact rules,
then the example bank). When the router is unsure the turn does not fall to chat: it gets one short,
code-written question naming the two candidates. The model's classifier is consulted only when the settings
enable it (the bundled model is too small to beat the router) and only when the router is unsure, so a sure
turn makes no model call. A slash command right after a misrouted turn, or an answer to the question, is kept
as a routing example (:mod:`assistant.reading.corrections`). The routers that pick the next node are pure
functions of the state.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal, cast

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from assistant import prompts
from assistant.errors import ModelError
from assistant.graph.context import Context
from assistant.graph.state import Route, State
from assistant.llm import structured_output
from assistant.reading.intent import answer_to_question

COMMANDS: dict[str, Route] = {
    "/quote": "quote",
    "/brief": "brief",
    "/style": "style",
    "/memory": "memory",
    "/scope": "scope",
    "/reply": "reply",
    "/sent": "sent",
    "/chat": "chat",
}

_COMMAND = re.compile(r"^\s*(/[a-z]+)\b\s*", re.IGNORECASE)


def parse_command(text: str) -> tuple[Route | None, str]:
    """Split a leading slash command from the text: ``("/quote 3 spreads")`` gives ``("quote", "3 spreads")``."""
    match = _COMMAND.match(text)
    if match and match.group(1).lower() in COMMANDS:
        return COMMANDS[match.group(1).lower()], text[match.end() :].strip()
    return None, text.strip()


class RouteDecision(BaseModel):
    """The classifier's answer."""

    route: Route
    confidence: float = Field(description="How sure, from 0 to 1.")


def classify(model: BaseChatModel, text: str, threshold: float) -> tuple[Route, float] | None:
    """The model's schema-constrained route when it is at least ``threshold`` sure, else ``None``."""
    messages = [SystemMessage(prompts.render("route_classifier")), HumanMessage(text[:2000])]
    try:
        decision = structured_output(model, messages, RouteDecision, max_tokens=32)
    except ModelError:
        return None
    confidence = min(max(decision.confidence, 0.0), 1.0)
    return (decision.route, confidence) if confidence >= threshold else None


@dataclass(frozen=True)
class RouteChoice:
    """Where a turn goes, why, and with which text."""

    route: Route
    reason: str
    request: str
    clarify: tuple[Route, ...] = ()
    """When set, the router was unsure: the turn asks which of these two routes was meant."""


def decide(text: str, previous: State, context: Context) -> RouteChoice:
    """Route one turn; ``previous`` is the thread's state from the turn before.

    In order: a slash command (which, right after a misrouted turn, also teaches the router that turn's text);
    a short answer to the clarifying question just asked; the router (exact rules, then the bank); the model's
    classifier, only if the settings enable it and the router is unsure; else one clarifying question.
    """
    command, request = parse_command(text)
    earlier = previous.get("request", "")
    offered = tuple(previous.get("clarify", ()))
    router = context.router
    if command is not None:
        misrouted = bool(earlier) and not previous.get("route_reason", "command").startswith("command")
        if misrouted and (offered or previous.get("route") != command) and _same_request(request, earlier):
            if router is not None:
                after = "a clarifying question" if offered else f"a {previous.get('route')} turn"
                router.learn(earlier, command, f"{command} after {after}")
            return RouteChoice(command, "command, kept as a routing example", request or earlier)
        return RouteChoice(command, "command", request)
    if offered and earlier:
        picked = answer_to_question(request, offered)
        if picked is not None:
            if router is not None:
                router.learn(earlier, picked, "answer to a clarifying question")
            return RouteChoice(cast(Route, picked), "answer to the question, kept as a routing example", earlier)
    reading = router.route(request) if router is not None else None
    if reading is not None and reading.sure:
        return RouteChoice(cast(Route, reading.route), reading.reason, request)
    if context.use_classifier:
        decided = classify(context.model, request, context.classifier_threshold)
        if decided is not None:
            unsure = f"; router unsure: {reading.reason}" if reading is not None else ""
            return RouteChoice(decided[0], f"model ({decided[1]:.2f}){unsure}", request)
    if reading is None:
        return RouteChoice("chat", "no router", request)
    candidates = tuple(cast(Route, route) for route in reading.candidates)
    return RouteChoice("chat", f"unsure: {reading.reason}", request, clarify=candidates)


def _same_request(command_text: str, earlier: str) -> bool:
    """A bare command, or one that repeats the turn before, corrects that turn (rather than asking anew)."""
    if not command_text:
        return True
    a, b = command_text.casefold().strip(), earlier.casefold().strip()
    return a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def after_route(state: State) -> Literal["clarify", "retrieve", "plan"]:
    """An unsure turn asks its question; memory questions and chat read memory first; tool routes plan a call."""
    if state.get("clarify"):
        return "clarify"
    return "retrieve" if state.get("route", "chat") in ("chat", "memory") else "plan"


def after_plan(state: State) -> Literal["approve", "tools", "compose"]:
    """A planned call to a tool that leaves the machine waits for approval; no call means compose directly."""
    calls = _last_tool_calls(state)
    if not calls:
        return "compose"
    return "approve" if state.get("needs_approval") else "tools"


def after_tools(state: State) -> Literal["follow_up", "compose"]:
    """A result whose tool spec names a follow-up (a drafted reply's send) goes on to plan it; the rest is composed."""
    return "follow_up" if state.get("outcome", {}).get("follow_up") else "compose"


def after_approve(state: State) -> Literal["tools", "compose"]:
    """Run the tool only if the freelancer accepted (or edited) it."""
    return "tools" if _last_tool_calls(state) else "compose"


def _last_tool_calls(state: State) -> list[object]:
    messages = state.get("messages", [])
    if not messages:
        return []
    return list(getattr(messages[-1], "tool_calls", None) or [])
