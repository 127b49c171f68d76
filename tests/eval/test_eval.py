"""The evaluation set with a model that is never sure: routing, tools, approvals and facts decided by code."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.api import Assistant
from assistant.events import ToolStarted
from assistant.replies import collect
from tests.eval.conftest import load_turns

TURNS = load_turns()


def test_the_set_is_large_and_covers_every_route() -> None:
    assert len(TURNS) >= 40
    assert {t["route"] for t in TURNS} == {"memory", "quote", "brief", "style", "scope", "reply", "sent", "chat"}


@pytest.mark.parametrize("turn", TURNS, ids=[t["id"] for t in TURNS])
def test_turn(eval_assistant: Assistant, turn: dict[str, Any]) -> None:
    events = list(eval_assistant.stream(turn["text"]))
    reply = collect(iter(events))
    assert reply.route == turn["route"], reply.route_reason
    tools = [e.tool for e in events if isinstance(e, ToolStarted)]
    if turn.get("pending"):
        assert reply.pending is not None and reply.pending.tool == turn["tool"]
        assert tools == []  # nothing that leaves the machine ran before approval
        return
    assert reply.pending is None
    expected_tool = turn.get("tool")
    assert tools == ([expected_tool] if expected_tool else []), reply.text
    for fact in turn.get("facts", []):
        assert fact.casefold() in reply.text.casefold(), f"{fact!r} missing from:\n{reply.text}"
