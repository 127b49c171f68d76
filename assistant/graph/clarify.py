"""The clarifying question: when the router is unsure, the turn asks which of two routes was meant.

The question is written by code, names the two candidates and the command that picks each, and costs no model
call. The next turn answers it (:func:`assistant.graph.routing.decide`).
"""

from __future__ import annotations

import uuid
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage
from langgraph.runtime import Runtime

from assistant.events import Token
from assistant.graph.context import Context
from assistant.graph.state import State
from assistant.reading.intent import clarifying_question
from assistant.reading.language import turn_language


def clarify(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Answer the turn with the question, in the language the freelancer typed it in."""
    asked = next((m.text for m in reversed(state.get("messages", [])) if isinstance(m, HumanMessage)), "")
    question = clarifying_question(state.get("clarify", []), turn_language(asked))
    runtime.stream_writer(Token(text=question))
    return {"messages": [AIMessage(content=question, id=f"clarify_{uuid.uuid4().hex[:12]}")]}
