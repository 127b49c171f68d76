"""The turn graph end to end with a scripted model: routes, tools, approvals, errors, cancellation."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.runtime import Runtime
from langgraph.types import Command

from assistant.errors import TurnCancelledError
from assistant.events import Citation, CitationsFound, RouteChosen, Token, ToolFinished, ToolStarted
from assistant.graph import build_graph
from tests.unit.graph.conftest import Recorder, failing_tool, scripted

CONFIG = {"configurable": {"thread_id": "t"}}


def turn(graph: Any, context: Any, text: str, config: dict[str, Any] = CONFIG) -> list[Any]:
    events = []
    for mode, payload in graph.stream(
        {"messages": [HumanMessage(text)]}, config, context=context, stream_mode=["custom", "updates"]
    ):
        events.append(payload if mode == "custom" else ("update", payload))
    return events


def last_text(graph: Any, config: dict[str, Any] = CONFIG) -> str:
    return str(graph.get_state(config).values["messages"][-1].content)


def test_memory_question_cites_and_states_facts_from_front_matter(graph: Any, make_context: Any) -> None:
    context = make_context("You charged Acme for Pip [1]. It took 99 hours, I think.")
    events = turn(graph, context, "/memory How much did I charge Acme for the mascot?")
    answer = last_text(graph)
    assert "2640" in answer and "41 h" in answer and "[1]" in answer
    assert "99" not in answer  # the invented number was dropped by the guard
    assert "Sources:\n[1] 2024-02-acme-pip.md:5" in answer
    streamed = "".join(e.text for e in events if isinstance(e, Token))
    assert streamed.strip() == answer.strip()


def test_token_events_count_every_token_the_model_generated(graph: Any, make_context: Any) -> None:
    reply = "You charged Acme for Pip [1]. It took 99 hours, I think."
    chunks = len(list(scripted(reply).stream("count the stream chunks")))
    events = turn(graph, make_context(reply), "/memory How much did I charge Acme for the mascot?")
    pieces = [e for e in events if isinstance(e, Token)]
    assert pieces[0].tokens > 0
    # the dropped sentence's tokens were spent too: they are counted on the next piece shown (the facts)
    assert sum(e.tokens for e in pieces) == chunks


def test_tool_route_runs_the_planned_tool_once(graph: Any, make_context: Any, recorder: Recorder) -> None:
    context = make_context("Here is the quote.")
    events = turn(graph, context, "/quote 3 posters for a gig")
    assert recorder.calls == [("quote", {"text": "3 posters for a gig"})]
    assert [type(e) for e in events if isinstance(e, ToolStarted | ToolFinished)] == [ToolStarted, ToolFinished]
    assert "done: 3 posters for a gig" in last_text(graph)


def test_classifier_routes_free_text_when_enabled(graph: Any, make_context: Any, recorder: Recorder) -> None:
    context = make_context('{"route": "brief", "confidence": 0.95}', "A brief follows.", use_classifier=True)
    events = turn(graph, context, "Hello, we need a book illustrated")
    assert RouteChosen(route="brief", reason="model (0.95)") in events
    assert recorder.calls[0] == ("draft_brief", {"inquiry": "Hello, we need a book illustrated"})


def test_tool_error_becomes_a_message_and_the_turn_finishes(graph: Any, make_context: Any, profile: Any) -> None:
    context = make_context("Sorry, that did not work.", tools={"quote": failing_tool("quote")})
    turn(graph, context, "/quote something")
    messages = graph.get_state(CONFIG).values["messages"]
    tool_messages = [m for m in messages if isinstance(m, ToolMessage)]
    assert tool_messages and tool_messages[0].status == "error" and "boom" in tool_messages[0].text
    assert isinstance(messages[-1], AIMessage) and messages[-1].text


def test_a_tool_outside_the_allow_list_never_runs(graph: Any, make_context: Any, recorder: Recorder) -> None:
    context = make_context("I can't do that here.", tools={})
    turn(graph, context, "/style for Acme: a fox")
    assert recorder.calls == []
    assert "not available" in graph.get_state(CONFIG).values["outcome"]["text"]


def test_side_effect_waits_for_approval_then_runs_once(graph: Any, make_context: Any, recorder: Recorder) -> None:
    context = make_context("Samples are ready.")
    turn(graph, context, "/style for Acme: a fox in the snow")
    state = graph.get_state(CONFIG)
    assert state.interrupts and state.interrupts[0].value["tool"] == "style_generate"
    assert recorder.calls == []  # nothing ran before approval
    graph.invoke(Command(resume={"action": "accept"}), CONFIG, context=context)
    assert recorder.calls == [("style_generate", {"prompt": "a fox in the snow", "client": "Acme"})]
    assert not graph.get_state(CONFIG).interrupts


def test_edit_changes_the_arguments(graph: Any, make_context: Any, recorder: Recorder) -> None:
    context = make_context("Done.")
    turn(graph, context, "/style for Acme: a fox")
    graph.invoke(Command(resume={"action": "edit", "args": {"prompt": "a red fox"}}), CONFIG, context=context)
    assert recorder.calls == [("style_generate", {"prompt": "a red fox", "client": "Acme"})]


@pytest.mark.parametrize(("action", "said"), [("reject", "rejected it"), ("feedback", "asked for changes")])
def test_reject_or_feedback_runs_nothing(
    graph: Any, make_context: Any, recorder: Recorder, action: str, said: str
) -> None:
    context = make_context("Understood.")
    turn(graph, context, "/style for Acme: a fox")
    graph.invoke(Command(resume={"action": action, "text": "not now"}), CONFIG, context=context)
    assert recorder.calls == []
    outcome = graph.get_state(CONFIG).values["outcome"]
    assert said in outcome["text"] and "not now" in outcome["text"]


def test_approval_works_on_a_later_turn(graph: Any, make_context: Any, recorder: Recorder) -> None:
    context = make_context("Hello.", "Still here.", "Samples coming.")
    turn(graph, context, "/chat hi")
    turn(graph, context, "/chat how are you")
    turn(graph, context, "/style for Acme: a heron")
    graph.invoke(Command(resume={"action": "accept"}), CONFIG, context=context)
    assert recorder.calls == [("style_generate", {"prompt": "a heron", "client": "Acme"})]
    humans = [m for m in graph.get_state(CONFIG).values["messages"] if isinstance(m, HumanMessage)]
    assert len(humans) == 3


def test_pending_approval_survives_a_restart(tmp_path: Path, make_context: Any, recorder: Recorder) -> None:
    path = tmp_path / "threads.sqlite"
    first = SqliteSaver(sqlite3.connect(path, check_same_thread=False))
    turn(build_graph().compile(checkpointer=first), make_context(), "/style for Acme: an owl")
    first.conn.close()
    reopened = build_graph().compile(checkpointer=SqliteSaver(sqlite3.connect(path, check_same_thread=False)))
    assert reopened.get_state(CONFIG).interrupts
    reopened.invoke(Command(resume={"action": "accept"}), CONFIG, context=make_context("Done."))
    assert recorder.calls == [("style_generate", {"prompt": "an owl", "client": "Acme"})]


def test_cancel_stops_the_composer(graph: Any, make_context: Any) -> None:
    cancel = threading.Event()
    cancel.set()
    context = make_context("A long answer " * 20, cancel=cancel)
    with pytest.raises(TurnCancelledError):
        turn(graph, context, "/chat tell me a story")


def test_nodes_run_alone(make_context: Any) -> None:
    compiled = build_graph().compile()
    config = {"configurable": {"__pregel_runtime": Runtime(context=make_context())}}
    update = compiled.nodes["route"].invoke({"messages": [HumanMessage("/quote 2 logos")]}, config)
    assert update["route"] == "quote" and update["request"] == "2 logos"
    planned = compiled.nodes["plan"].invoke({"messages": [], "route": "quote", "request": "2 logos"}, config)
    call = planned["messages"][0].tool_calls[0]
    assert call["name"] == "quote" and call["args"] == {"text": "2 logos"}


def test_style_without_a_client_asks_who_it_is_for(graph: Any, make_context: Any, recorder: Recorder) -> None:
    turn(graph, make_context("Tell me who."), "/style a fox")
    assert recorder.calls == []
    assert "Who are these samples for?" in last_text(graph)


def test_scope_check_gets_the_threads_brief(graph: Any, make_context: Any, recorder: Recorder) -> None:
    context = make_context("Brief drafted.", "Checked.")
    turn(graph, context, "/brief We need 10 spreads")
    state = graph.get_state(CONFIG).values
    brief_message = next(m for m in state["messages"] if isinstance(m, ToolMessage))
    graph.update_state(CONFIG, {"messages": [brief_message.model_copy(update={"artifact": {"title": "Book"}})]})
    turn(graph, context, "/scope can you also do the cover?")
    name, args = recorder.calls[-1]
    assert name == "check_scope" and args["message"] == "can you also do the cover?"
    assert args["brief"] == {"title": "Book"}


def test_a_drafted_reply_is_sent_only_after_approval(graph: Any, make_context: Any, recorder: Recorder) -> None:
    from langchain_core.tools import StructuredTool

    def draft_reply(text: str = "", inquiry: str = "") -> tuple[str, dict[str, Any]]:
        recorder.calls.append(("draft_reply", {"text": text, "inquiry": inquiry}))
        return "draft", {"to": "anna@example.com", "subject": "Re: Book", "body": "Hi Anna, yes."}

    def send_reply(subject: str, body: str, to: str = "", inquiry: str = "") -> str:
        recorder.calls.append(("send_reply", {"subject": subject, "body": body, "inquiry": inquiry}))
        return "queued"

    tools = {
        "draft_brief": recorder.tool("draft_brief", "inquiry"),
        "draft_reply": StructuredTool.from_function(
            draft_reply, description="draft", response_format="content_and_artifact"
        ),
        "send_reply": StructuredTool.from_function(send_reply, description="send"),
    }
    context = make_context("Brief done.", "Reply drafted.", "Sent.", tools=tools)
    turn(graph, context, "/brief From: Anna <anna@example.com>\n\nA book, please.")
    turn(graph, context, "/reply say yes to the deadline")
    assert recorder.calls[-1] == (
        "draft_reply",
        {"text": "say yes to the deadline", "inquiry": "From: Anna <anna@example.com>\n\nA book, please."},
    )
    pending = graph.get_state(CONFIG).interrupts[0].value
    assert pending["tool"] == "send_reply" and "anna@example.com" in pending["summary"]
    assert not [c for c in recorder.calls if c[0] == "send_reply"]
    graph.invoke(Command(resume={"action": "edit", "args": {"body": "Hi Anna, yes! Deposit is 50 %."}}), CONFIG,
                 context=context)  # fmt: skip
    sends = [c for c in recorder.calls if c[0] == "send_reply"]
    assert sends == [("send_reply", {"subject": "Re: Book", "body": "Hi Anna, yes! Deposit is 50 %.",
                                     "inquiry": "From: Anna <anna@example.com>\n\nA book, please."})]  # fmt: skip
    graph.invoke(Command(resume={"action": "accept"}), CONFIG, context=context)  # a stray resume does nothing more
    assert len([c for c in recorder.calls if c[0] == "send_reply"]) == 1


def logo_retriever(query: str, *, client: str | None, k: int, route: str) -> list[Citation]:
    def cite(name: str, price: str, date: str) -> Citation:
        meta = {"client": name, "title": f"{name} logo", "service": "logo", "price": price, "date": date}
        return Citation(number=0, source=f"/briefs/{name}.md", line=3, client=name, text=f"{name} logo.", metadata=meta)

    return [cite("Spree Cycles", "950", "2023-05-10"), cite("Lumen Yoga", "1400", "2025-08-01")]


def test_ungrounded_model_sentences_never_reach_the_answer(graph: Any, make_context: Any) -> None:
    invented = (
        "The logo for Zorblax Ltd. is a custom-designed logo created by a team of designers at the Zorblax Design "
        "Studio. I'm sorry to hear that you've had to pay a lot of money for your logo projects."
    )
    context = make_context(invented, retriever=logo_retriever)
    turn(graph, context, "/memory What did I charge for past logo projects?")
    answer = last_text(graph)
    assert "Zorblax" not in answer and "sorry" not in answer
    assert answer.startswith("You have 2 past projects (logo design):")  # code wrote the lead instead
    assert "Spree Cycles" in answer and "950" in answer and "1400" in answer


def test_with_prose_off_the_model_is_not_asked_and_code_writes_the_lead(
    graph: Any, make_context: Any, recorder: Recorder
) -> None:
    context = make_context(prose="off", retriever=logo_retriever)  # no scripted reply: a model call would fail
    turn(graph, context, "/memory What did I charge for past logo projects?")
    assert last_text(graph).startswith("You have 2 past projects (logo design):\n\nFrom your records:")
    turn(graph, make_context(prose="off"), "/quote 3 posters", {"configurable": {"thread_id": "q"}})
    assert last_text(graph, {"configurable": {"thread_id": "q"}}) == "Here is the quote.\n\ndone: 3 posters"


def test_small_talk_gets_a_greeting_and_no_records(graph: Any, make_context: Any) -> None:
    seen: list[str] = []

    def nothing(query: str, *, client: str | None, k: int, route: str) -> list[Citation]:
        seen.append(query)
        return []

    events = turn(graph, make_context(prose="off", retriever=nothing), "/chat Good morning!")
    assert last_text(graph).startswith("Good morning! I can quote")
    assert seen == ["Good morning!"] and not [e for e in events if isinstance(e, CitationsFound)]


def test_without_prose_a_note_without_facts_is_quoted(graph: Any, make_context: Any) -> None:
    def notes(query: str, *, client: str | None, k: int, route: str) -> list[Citation]:
        text = "Call notes: Pixelhaus wants the lead character in three poses, start in January."
        return [Citation(number=0, source="/b/call.txt", line=1, text=text, metadata={"client": "Pixelhaus"})]

    turn(graph, make_context(prose="off", retriever=notes), "/memory notes from the Pixelhaus call")
    answer = last_text(graph)
    assert answer.startswith("Here is what your records say.\n\n> Call notes: Pixelhaus wants the lead character")
    assert "[1]" in answer and "Sources:\n[1] call.txt:1" in answer
