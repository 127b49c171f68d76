"""A tool is one declaration: a toy spec, added to the registry's specs and nothing else, is routed by its own
command, planned with its injected argument, gated for approval with its summary and editable field, run, and
its typed artifact reaches the events, the checkpoint (as data with its ``kind``) and the TUI's tool view."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

import pytest
from langchain_core.messages import HumanMessage, ToolMessage
from langchain_core.tools import InjectedToolArg
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.types import Command
from pydantic import BaseModel, Field

from assistant.artifacts import Artifact, dump_artifact, parse_artifact
from assistant.errors import ToolError
from assistant.events import ToolFinished, TurnDone
from assistant.graph import Context, build_graph
from assistant.profile import Profile
from assistant.tools.brief_models import Brief
from assistant.tools.parts import Parts
from assistant.tools.quote_models import Quote
from assistant.tools.registry import SPECS, build_tools
from assistant.toolspec import Specs, ToolSpec, from_artifact
from tests.unit.graph.conftest import scripted

CONFIG = {"configurable": {"thread_id": "toy"}}


class Postcard(Artifact):
    """The toy tool's typed result."""

    kind: Literal["postcard"] = "postcard"
    to: str
    greeting: str
    after_brief: str = ""


class PostcardArgs(BaseModel):
    greeting: str = Field(min_length=1)
    client: Annotated[str, InjectedToolArg] = ""
    brief: Annotated[dict[str, Any] | None, InjectedToolArg] = None


def _postcard(parts: Parts) -> Callable[..., tuple[str, Postcard]]:
    def send(greeting: str, client: str = "", brief: dict[str, Any] | None = None) -> tuple[str, Postcard]:
        card = Postcard(to=client, greeting=greeting, after_brief=(brief or {}).get("title", ""))
        return f"Postcard to {client}: {greeting} (from {parts.profile.name})", card

    return send


POSTCARD: ToolSpec[Parts] = ToolSpec(
    name="send_postcard",
    description="Send a postcard to the client.",
    args_schema=PostcardArgs,
    make=_postcard,
    artifact=Postcard,
    routes=("postcard",),
    command="/postcard",
    words="greeting",
    client="required",
    ask_client="Who gets the postcard? /postcard for Acme: hello",
    injected={"brief": from_artifact("draft_brief")},
    approval=True,
    summary=lambda args: f"Post a card to {args['client']}: {args['greeting']}",
    editable=("greeting",),
)


def _stream(graph: Any, context: Context, graph_input: Any) -> list[Any]:
    stream = graph.stream(graph_input, CONFIG, context=context, stream_mode=["custom", "updates"])
    return [payload for mode, payload in stream if mode == "custom"]


def test_a_toy_tool_added_as_one_spec_is_routed_gated_run_and_typed(profile: Profile, tmp_path: Path) -> None:
    specs = SPECS.with_spec(POSTCARD)
    parts = Parts(profile=profile, today=lambda: dt.date(2026, 11, 25))
    tools = build_tools(parts, specs)
    assert "send_postcard" in tools and "mark_quote_sent" not in tools  # no store in these parts
    assert set(tools["send_postcard"].tool_call_schema.model_json_schema()["properties"]) == {"greeting"}
    context = Context(profile=profile, model=scripted("Asked.", "Sent it."), tools=tools, specs=specs)
    conn = sqlite3.connect(tmp_path / "threads.sqlite", check_same_thread=False)
    graph = build_graph().compile(checkpointer=SqliteSaver(conn))

    _stream(graph, context, {"messages": [HumanMessage("/postcard hello")]})
    assert "Who gets the postcard?" in str(graph.get_state(CONFIG).values["messages"][-1].content)

    _stream(graph, context, {"messages": [HumanMessage("/postcard for Acme: warm regards")]})
    pending = graph.get_state(CONFIG).interrupts[0].value
    assert pending["tool"] == "send_postcard" and pending["summary"] == "Post a card to Acme: warm regards"
    assert list(pending["editable"]) == ["greeting"]
    assert pending["args"] == {"greeting": "warm regards", "client": "Acme", "brief": None}

    events = _stream(graph, context, Command(resume={"action": "edit", "args": {"greeting": "kind regards"}}))
    finished = next(e for e in events if isinstance(e, ToolFinished))
    assert isinstance(finished.artifact, Postcard)
    assert finished.artifact.greeting == "kind regards" and finished.artifact.to == "Acme"
    assert finished.model_dump(mode="json")["artifact"]["greeting"] == "kind regards"  # JSON keeps the subclass

    stored = next(m for m in graph.get_state(CONFIG).values["messages"] if isinstance(m, ToolMessage))
    assert stored.artifact == {"kind": "postcard", "to": "Acme", "greeting": "kind regards", "after_brief": ""}
    done = TurnDone(thread_id="toy", text="", route="postcard", artifact=stored.artifact)
    assert isinstance(done.artifact, Postcard)  # the checkpoint's dict is parsed back by its kind
    conn.close()


async def test_the_tui_shows_a_toy_artifact_as_text(profile: Profile) -> None:
    from textual.app import App, ComposeResult

    from assistant.tui.widgets import ToolCallView

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield ToolCallView("send_postcard", {"greeting": "hi"}, "call-1")

    async with Host().run_test() as pilot:
        view = pilot.app.query_one(ToolCallView)
        await view.finish(True, "Postcard to Acme: hi", Postcard(to="Acme", greeting="hi"))
        assert view.kind == "postcard" and view.title.startswith("✓ send_postcard: Postcard to Acme")
        assert not view.query("#open-artifact")  # no editor for a postcard, so no button


def test_parse_artifact_reads_kinds_legacy_dicts_and_refuses_junk(profile: Profile) -> None:
    brief = Brief(title="Book")
    data = dump_artifact(brief)
    assert data is not None and data["kind"] == "brief"
    assert parse_artifact(data) == brief
    assert parse_artifact({"title": "Old"}, default=Brief) == Brief(title="Old")  # saved before kinds
    assert parse_artifact({"title": "Old"}) is None  # no kind, no default
    assert parse_artifact({"kind": "quote", "number": "Q-1"}) is None  # a quote missing its figures
    assert Artifact.registry["quote"] is Quote


def test_specs_refuse_a_second_owner_of_a_route_and_visible_injected_arguments() -> None:
    with pytest.raises(TypeError, match="served by both"):
        Specs([POSTCARD, ToolSpec(name="other", description="", args_schema=PostcardArgs, make=_postcard,
                                  routes=("postcard",))])  # fmt: skip
    with pytest.raises(TypeError, match="not InjectedToolArg"):
        ToolSpec(name="leaky", description="", args_schema=PostcardArgs, make=_postcard,
                 injected={"greeting": from_artifact("draft_brief")})  # fmt: skip


def test_a_spec_plans_words_client_and_injected_arguments() -> None:
    assert POSTCARD.plan("for Ada: hi", None, []) == {"greeting": "hi", "client": "Ada", "brief": None}
    assert POSTCARD.plan("hi", "Bo", [])["client"] == "Bo"
    with pytest.raises(ToolError, match="Who gets the postcard"):
        POSTCARD.plan("hi", None, [])
    sent = SPECS["mark_quote_sent"]
    assert sent.plan("mark Q-2026-0007 as sent", None, []) == {"number": "Q-2026-0007"}
    with pytest.raises(ToolError, match="Which quote"):
        sent.plan("mark it as sent", None, [])


def test_an_edit_replaces_the_specs_editable_field_and_older_actions_keep_body_or_text() -> None:
    from assistant.events import PendingAction

    def action(**fields: Any) -> PendingAction:
        return PendingAction(thread_id="t", tool="x", summary="", call_id="c", **fields)

    assert action(args={"prompt": "a fox"}, editable=SPECS["style_generate"].editable).edit_field == "prompt"
    assert action(args={"subject": "Re", "body": "Hi"}, editable=SPECS["send_reply"].editable).edit_field == "body"
    assert action(args={"subject": "Re", "body": "Hi"}).edit_field == "body"  # saved before specs
    assert action(args={"number": "Q-2026-0001"}).edit_field == "text"
