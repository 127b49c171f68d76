from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import HumanMessage

from assistant.events import RouteChosen
from assistant.graph.routing import classify, decide, parse_command
from assistant.reading.corrections import CorrectionBook
from assistant.reading.intent import IntentRouter
from assistant.reading.semantic import Example
from tests.support.fakes import HashingEmbedder
from tests.unit.graph.conftest import Recorder, scripted
from tests.unit.graph.test_graph import last_text, turn

BANK = [
    Example("what did I charge acme for the mascot", "memory"),
    Example("what did I charge the bakery for the logo", "memory"),
    Example("how many hours did the poster take", "memory"),
    Example("how much would a logo cost", "quote"),
    Example("how much would a poster cost", "quote"),
    Example("quote three posters", "quote"),
    Example("good morning", "chat"),
    Example("hello there", "chat"),
    Example("thanks a lot", "chat"),
]


def router(tmp_path: Path, **kwargs: Any) -> IntentRouter:
    book = CorrectionBook(tmp_path / "routing.sqlite")
    embedder = HashingEmbedder()
    settings = {"min_score": 0.3, "min_margin": 0.2} | kwargs
    return IntentRouter(BANK, embedder.embed, corrections=book.examples(), keep=book.add, **settings)


@pytest.mark.parametrize(
    ("text", "route", "rest"),
    [
        ("/quote 3 posters by May", "quote", "3 posters by May"),
        ("/BRIEF hello", "brief", "hello"),
        ("/memory acme", "memory", "acme"),
        ("/style a fox", "style", "a fox"),
        ("/unknown x", None, "/unknown x"),
        ("no command", None, "no command"),
    ],
)
def test_parse_command(text: str, route: str | None, rest: str) -> None:
    assert parse_command(text) == (route, rest)


def test_a_confident_classifier_answers_and_an_unsure_one_does_not() -> None:
    assert classify(scripted('{"route": "quote", "confidence": 0.9}'), "Good morning!", 0.6) == ("quote", 0.9)
    assert classify(scripted('{"route": "style", "confidence": 0.2}'), "Hm", 0.6) is None
    assert classify(scripted("I think it is a quote"), "Can you quote 3 posters?", 0.6) is None


def test_a_sure_router_decides_without_the_model(make_context: Any, tmp_path: Path) -> None:
    context = make_context(router=router(tmp_path), use_classifier=True)  # no scripted reply: a call would fail
    choice = decide("how much would a logo cost for a bakery", {"messages": []}, context)
    assert (choice.route, choice.clarify) == ("quote", ())


def test_an_unsure_router_asks_which_of_two_routes(make_context: Any, tmp_path: Path) -> None:
    choice = decide("charge", {"messages": []}, make_context(router=router(tmp_path, min_score=2.0)))
    assert choice.route == "chat" and choice.reason.startswith("unsure")
    assert len(choice.clarify) == 2 and choice.clarify[0] == "memory"


def test_the_classifier_counts_only_when_enabled(make_context: Any, tmp_path: Path) -> None:
    unsure = router(tmp_path, min_score=2.0)
    enabled = make_context('{"route": "quote", "confidence": 0.9}', router=unsure, use_classifier=True)
    choice = decide("charge", {"messages": []}, enabled)
    assert choice.route == "quote" and choice.reason.startswith("model (0.90); router unsure")
    assert decide("charge", {"messages": []}, make_context(router=unsure)).clarify


def test_a_command_after_a_misroute_is_kept_as_an_example(make_context: Any, tmp_path: Path) -> None:
    context = make_context(router=router(tmp_path))
    before = {"messages": [], "route": "chat", "route_reason": "chat 0.4", "request": "ballpark for a mascot"}
    choice = decide("/quote", before, context)  # type: ignore[arg-type]
    assert (choice.route, choice.request) == ("quote", "ballpark for a mascot")
    assert "kept" in choice.reason
    book = CorrectionBook(tmp_path / "routing.sqlite")
    assert [(c.text, c.route) for c in book.list()] == [("ballpark for a mascot", "quote")]
    assert decide("ballpark for a mascot", {"messages": []}, context).route == "quote"  # read from now on
    reopened = router(tmp_path)  # and after a restart, from the store
    assert reopened.route("ballpark for a mascot").reason.startswith("your correction")


def test_a_new_command_after_a_turn_teaches_nothing(make_context: Any, tmp_path: Path) -> None:
    context = make_context(router=router(tmp_path))
    before = {"messages": [], "route": "chat", "route_reason": "chat 0.9", "request": "good morning"}
    choice = decide("/quote 3 posters for a jazz festival", before, context)  # type: ignore[arg-type]
    assert (choice.route, choice.reason, choice.request) == ("quote", "command", "3 posters for a jazz festival")
    assert CorrectionBook(tmp_path / "routing.sqlite").list() == []
    after_command = {"messages": [], "route": "memory", "route_reason": "command", "request": "acme"}
    assert decide("/quote", after_command, context).reason == "command"  # type: ignore[arg-type]


def test_an_answer_to_the_question_routes_the_question_before(make_context: Any, tmp_path: Path) -> None:
    context = make_context(router=router(tmp_path))
    before = {
        "messages": [],
        "route": "chat",
        "route_reason": "unsure",
        "request": "charge for a logo",
        "clarify": ["memory", "quote"],
    }
    choice = decide("a quote", before, context)  # type: ignore[arg-type]
    assert (choice.route, choice.request) == ("quote", "charge for a logo")
    assert [c.route for c in CorrectionBook(tmp_path / "routing.sqlite").list()] == ["quote"]
    assert decide("good morning", before, context).route == "chat"  # type: ignore[arg-type]


def test_without_a_router_free_text_is_chat(make_context: Any) -> None:
    assert decide("how much would a logo cost", {"messages": []}, make_context()).reason == "no router"


def test_the_graph_asks_then_learns_from_the_command(
    graph: Any, make_context: Any, recorder: Recorder, tmp_path: Path
) -> None:
    context = make_context("Here is the quote.", router=router(tmp_path, min_score=2.0))
    events = turn(graph, context, "charge")
    assert last_text(graph) == "What you charged or did before (/memory), or a quote for new work (/quote)?"
    assert events[0].route == "chat" and recorder.calls == []
    events = turn(graph, context, "/quote")
    assert RouteChosen(route="quote", reason="command, kept as a routing example") in events
    assert recorder.calls == [("quote", {"text": "charge"})]


def test_nodes_see_the_clarify_field(make_context: Any, tmp_path: Path) -> None:
    from langgraph.runtime import Runtime

    from assistant.graph import build_graph

    compiled = build_graph().compile()
    config = {"configurable": {"__pregel_runtime": Runtime(context=make_context(router=router(tmp_path)))}}
    update = compiled.nodes["route"].invoke({"messages": [HumanMessage("good morning")]}, config)
    assert update["route"] == "chat" and update["clarify"] == []
