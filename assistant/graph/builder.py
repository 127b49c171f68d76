"""Assembling the graph. Callers compile it with their own checkpointer (SQLite in the app, memory in tests)."""

from __future__ import annotations

from typing import Any

from langgraph.graph import END, START, StateGraph

from assistant.graph import nodes
from assistant.graph.clarify import clarify
from assistant.graph.context import Context
from assistant.graph.routing import after_approve, after_plan, after_route, after_tools
from assistant.graph.state import InputState, State


def build_graph() -> StateGraph[State, Context, InputState, Any]:
    """Build the turn graph.

    ``START -> route -> retrieve -> compose -> END`` for questions, ``START -> route -> clarify -> END`` when the
    router is unsure (one code-written question), and
    ``START -> route -> plan -> [approve ->] tools -> compose -> END`` for tool routes, and for a drafted reply
    ``... tools -> follow_up -> approve -> tools -> compose -> END`` when a tool's spec names a follow-up (a drafted
    reply's send, which always waits for approval).
    """
    graph: StateGraph[State, Context, InputState, Any] = StateGraph(
        State, context_schema=Context, input_schema=InputState
    )
    graph.add_node("route", nodes.route)
    graph.add_node("clarify", clarify)
    graph.add_node("retrieve", nodes.retrieve)
    graph.add_node("plan", nodes.plan)
    graph.add_node("approve", nodes.approve)
    graph.add_node("tools", nodes.tools)
    graph.add_node("follow_up", nodes.follow_up)
    graph.add_node("compose", nodes.compose)
    graph.add_edge(START, "route")
    graph.add_conditional_edges("route", after_route)
    graph.add_edge("clarify", END)
    graph.add_edge("retrieve", "compose")
    graph.add_conditional_edges("plan", after_plan)
    graph.add_conditional_edges("approve", after_approve)
    graph.add_conditional_edges("tools", after_tools)
    graph.add_conditional_edges("follow_up", after_plan)
    graph.add_edge("compose", END)
    return graph
