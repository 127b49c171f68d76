import pytest

from assistant.graph.routing import classify, keyword_route, parse_command
from tests.unit.graph.conftest import scripted


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


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("How much did I charge Acme for the mascot?", "memory"),
        ("How much would a logo for a bakery cost?", "quote"),
        ("Can you give me a quote for 12 spreads?", "quote"),
        ("From: anna@example.com\nSubject: picture book\n\nHi, we are looking for an illustrator", "brief"),
        ("Is this request out of scope for the Greenleaf brief?", "scope"),
        ("Make two style samples of a fox in my style", "style"),
        ("Please reply to Anna and say yes", "reply"),
        ("Good morning!", "chat"),
    ],
)
def test_keyword_fallback(text: str, route: str) -> None:
    assert keyword_route(text)[0] == route


def test_confident_classifier_wins() -> None:
    model = scripted('{"route": "quote", "confidence": 0.9}')
    assert classify(model, "Good morning!", 0.6) == ("quote", "model (0.90)")


def test_unsure_classifier_falls_back_to_keywords() -> None:
    model = scripted('{"route": "style", "confidence": 0.2}')
    route, reason = classify(model, "How much did I charge Acme?", 0.6)
    assert route == "memory"
    assert reason.startswith("fallback: past-tense question") and "unsure" in reason


def test_unusable_classifier_output_falls_back() -> None:
    route, reason = classify(scripted("I think it is a quote"), "Can you quote 3 posters?", 0.6)
    assert route == "quote" and "unusable" in reason


def test_a_matching_rule_wins_over_a_model_that_disagrees() -> None:
    model = scripted('{"route": "brief", "confidence": 1.0}')
    route, reason = classify(model, "What should I charge for an editorial illustration?", 0.6)
    assert route == "quote" and "classifier disagreed: brief" in reason


def test_the_model_decides_where_no_rule_matches_and_when_it_agrees() -> None:
    assert classify(scripted('{"route": "memory", "confidence": 0.9}'), "Acme?", 0.6) == ("memory", "model (0.90)")
    agreed = classify(scripted('{"route": "quote", "confidence": 0.9}'), "Quote 3 posters", 0.6)
    assert agreed == ("quote", "model (0.90)")
