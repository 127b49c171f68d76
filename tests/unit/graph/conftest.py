"""Fakes for graph tests: a scripted chat model, tools that record their calls, and a canned retriever."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from langchain_core.tools import BaseTool, StructuredTool, ToolException
from langgraph.checkpoint.memory import InMemorySaver
from pydantic import create_model

from assistant.events import Citation
from assistant.graph import Context, build_graph
from assistant.profile import Profile
from assistant.tools.registry import SPECS

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def scripted(*replies: str) -> GenericFakeChatModel:
    """A chat model that answers with these texts, in order."""
    return GenericFakeChatModel(messages=iter([AIMessage(text) for text in replies]))


@pytest.fixture
def profile() -> Profile:
    return Profile.model_validate(tomllib.loads((EXAMPLES / "profile.toml").read_text()))


class Recorder:
    """Tools that record every call they get."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def tool(self, name: str, argument: str) -> BaseTool:
        def run(**kwargs: Any) -> str:
            self.calls.append((name, {key: value for key, value in kwargs.items() if value}))
            return f"done: {kwargs[argument]}"

        fields: dict[str, Any] = {argument: (str, ...), "client": (str, ""), "brief": (dict[str, Any] | None, None)}
        schema = create_model(f"{name}_args", **fields)
        return StructuredTool.from_function(func=run, name=name, description=name, args_schema=schema)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def acme_retriever(query: str, *, client: str | None, k: int, route: str) -> list[Citation]:
    return [
        Citation(
            number=0,
            source="/briefs/2024-02-acme-pip.md",
            line=5,
            client="Acme",
            text="Pip the otter mascot for Acme Foods.",
            metadata={
                "client": "Acme",
                "title": "Pip the otter",
                "price": "2640",
                "hours_estimated": "30",
                "hours_actual": "41",
                "outcome": "completed",
                "date": "2024-03-01",
            },
        )  # fmt: skip
    ]


@pytest.fixture
def make_context(profile: Profile, recorder: Recorder) -> Any:
    def make(*replies: str, **overrides: Any) -> Context:
        arguments = {"quote": "text", "draft_brief": "inquiry", "style_generate": "prompt", "check_scope": "message"}
        tools = {name: recorder.tool(name, argument) for name, argument in arguments.items()}
        fields: dict[str, Any] = {
            "profile": profile,
            "model": scripted(*replies),
            "tools": tools,
            "retriever": acme_retriever,
            "specs": SPECS,
        }
        fields.update(overrides)
        return Context(**fields)

    return make


@pytest.fixture
def graph() -> Iterator[Any]:
    yield build_graph().compile(checkpointer=InMemorySaver())


def failing_tool(name: str) -> BaseTool:
    def run(text: str) -> str:
        raise ToolException("boom")  # what a tool raises when it refuses its input

    return StructuredTool.from_function(func=run, name=name, description=name)
