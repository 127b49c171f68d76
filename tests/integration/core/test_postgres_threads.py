"""Threads on a real PostgreSQL server: the checkpointer switch, a pending approval across reconnects."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage
from langgraph.types import Command

from assistant.checkpoints import postgres_checkpointer
from assistant.errors import ConfigError
from assistant.graph import build_graph
from assistant.profile import Profile
from tests.support.postgres import postgres_server
from tests.unit.graph.conftest import Recorder, scripted

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
CONFIG = {"configurable": {"thread_id": "pg-thread"}}


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    with postgres_server() as url:
        yield url


def test_pending_approval_survives_a_reconnect(postgres_url: str) -> None:
    from assistant.graph import Context
    from assistant.tools.registry import SPECS

    profile = Profile.model_validate(tomllib.loads((EXAMPLES / "profile.toml").read_text()))
    recorder = Recorder()
    tools = {"style_generate": recorder.tool("style_generate", "prompt")}

    def context(*replies: str) -> Context:
        return Context(profile=profile, model=scripted(*replies), tools=tools, specs=SPECS)

    first = postgres_checkpointer(postgres_url)
    graph = build_graph().compile(checkpointer=first)
    graph.invoke({"messages": [HumanMessage("/style for Acme: a heron")]}, CONFIG, context=context())
    assert graph.get_state(CONFIG).interrupts
    first.conn.close()

    second = postgres_checkpointer(postgres_url)
    reopened = build_graph().compile(checkpointer=second)
    assert reopened.get_state(CONFIG).interrupts[0].value["tool"] == "style_generate"
    reopened.invoke(Command(resume={"action": "accept"}), CONFIG, context=context("Done."))
    assert recorder.calls == [("style_generate", {"prompt": "a heron", "client": "Acme"})]
    assert reopened.get_state(CONFIG).values["messages"][-1].text.startswith("Done.")
    second.delete_thread("pg-thread")
    assert not reopened.get_state(CONFIG).values
    second.conn.close()


def test_unreachable_server_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="cannot reach PostgreSQL"):
        postgres_checkpointer("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")
