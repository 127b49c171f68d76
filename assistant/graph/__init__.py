"""The LangGraph agent: state, context, nodes, routing and the builder."""

from assistant.graph.builder import build_graph
from assistant.graph.context import Context, Retriever
from assistant.graph.state import InputState, Route, State

__all__ = ["Context", "InputState", "Retriever", "Route", "State", "build_graph"]
