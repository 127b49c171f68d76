"""Deciding where a turn goes: slash commands, the model's classifier, and a deterministic fallback.

The bundled model is tiny, so the design must not depend on it being right: a slash command always wins, the
classifier's answer is used only when it is confident, and otherwise keyword rules decide. The routers that
pick the next node are pure functions of the state.
"""

from __future__ import annotations

import re
from typing import Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from assistant import prompts
from assistant.errors import ModelError
from assistant.graph.state import Route, State
from assistant.llm import structured_output

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


# Keyword rules, checked in order; the first rule with a match decides. Each is (route, name, pattern).
_RULES: tuple[tuple[Route, str, re.Pattern[str]], ...] = (
    (
        "sent",
        "quote sent",
        re.compile(r"\b(mark|record)\b.{0,40}\b(as )?sent\b|\bQ-\d{4}-\d{4}\b.{0,30}\bsent\b", re.I),
    ),
    (
        "scope",
        "scope words",
        re.compile(r"\b(out of scope|in scope|scope creep|change order|outside (the|our) (brief|scope))\b", re.I),
    ),
    (
        "style",
        "style sample words",
        re.compile(r"\b(in my style|style sample|samples?\b.*\bstyle|generate (a |an |some )?(sample|preview))", re.I),
    ),
    (
        "reply",
        "reply words",
        re.compile(
            r"\b(reply to|respond to|answer (this|the|her|his|their)|write back|draft (a |an )?(reply|answer))", re.I
        ),
    ),
    (
        "memory",
        "past-tense question",
        re.compile(
            r"\b(did i|have i|did we|last time|in the past|previous(ly)?|past (project|brief|job|work)s?|"
            r"remind me|what did|how (long|many hours) did|what (was|were)|how much was|who was|when did|search|"
            r"find (my|the)|show (me )?(my|the) )",
            re.I,
        ),
    ),
    (
        "brief",
        "inquiry text",
        re.compile(
            r"(^|\n)(from|subject):|\b(brief|inquiry|enquiry|we are looking for|we're looking for|"
            r"i am looking for|i'm looking for|would you be available|are you available)\b",
            re.I,
        ),
    ),
    (
        "quote",
        "pricing words",
        re.compile(
            r"\b(quote|quotation|estimate|how much (would|will|should|to|for|is|does)|price (for|of)|"
            r"what (would|should) i charge|cost(s)? (of|for)|pricing for)\b",
            re.I,
        ),
    ),
)


NO_RULE = "no rule matched"


def keyword_route(text: str) -> tuple[Route, str]:
    """The deterministic route for ``text`` and the rule that chose it (``chat`` when none matches)."""
    for route, name, pattern in _RULES:
        if pattern.search(text):
            return route, name
    return "chat", NO_RULE


class RouteDecision(BaseModel):
    """The classifier's answer."""

    route: Route
    confidence: float = Field(description="How sure, from 0 to 1.")


def classify(model: BaseChatModel, text: str, threshold: float) -> tuple[Route, str]:
    """Route free text: the model's schema-constrained choice when it is sure, else the keyword fallback.

    The model counts as unsure when its confidence is below ``threshold``, and also when a keyword rule matched
    and the model disagrees with it: a tiny model is often confidently wrong, and a matching rule is evidence.
    The model decides alone only where no rule has an opinion.
    """
    fallback, rule = keyword_route(text)
    messages = [SystemMessage(prompts.render("route_classifier")), HumanMessage(text[:2000])]
    try:
        decision = structured_output(model, messages, RouteDecision, max_tokens=32)
    except ModelError:
        return fallback, f"fallback: {rule} (classifier output unusable)"
    confidence = min(max(decision.confidence, 0.0), 1.0)
    if confidence < threshold:
        return fallback, f"fallback: {rule} (classifier unsure: {decision.route} at {confidence:.2f})"
    if rule != NO_RULE and decision.route != fallback:
        return fallback, f"fallback: {rule} (classifier disagreed: {decision.route} at {confidence:.2f})"
    return decision.route, f"model ({confidence:.2f})"


def after_route(state: State) -> Literal["retrieve", "plan"]:
    """Memory questions and chat read memory first; tool routes plan a tool call."""
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
