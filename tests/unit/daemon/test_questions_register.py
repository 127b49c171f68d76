"""The questions of a reply follow its register: a client who writes du or tu is never asked with Sie or vous."""

from __future__ import annotations

import pytest

from assistant.daemon import wording
from assistant.daemon.voice import FORMAL, INFORMAL
from assistant.tools.brief import DEADLINE_QUESTION

STYLES = "Are there styles, artists or examples you like (or dislike) for this?"
BUDGET = "Do you have a budget or a range in mind?"
WHO = "Who is it for: who will see or use it?"

FORMAL_WORDS = {"de": " Sie ", "fr": "vous", "es": "necesita ", "it": " le ", "nl": " u "}
INFORMAL_WORDS = {"de": " du ", "fr": " te ", "es": "necesitas ", "it": " ti ", "nl": " je "}


@pytest.mark.parametrize("lang", sorted(FORMAL_WORDS))
def test_an_informal_reply_asks_informally(lang: str) -> None:
    informal = wording.questions_block(lang, [DEADLINE_QUESTION, STYLES, BUDGET], INFORMAL)
    formal = wording.questions_block(lang, [DEADLINE_QUESTION, STYLES, BUDGET], FORMAL)
    informal, formal = (f" {text} ".replace("\n", " ") for text in (informal, formal))
    assert INFORMAL_WORDS[lang] in informal
    assert FORMAL_WORDS[lang] not in informal
    assert FORMAL_WORDS[lang] in formal


def test_a_question_without_you_reads_the_same_in_both() -> None:
    assert wording.questions_block("de", [WHO], INFORMAL) == wording.questions_block("de", [WHO], FORMAL)


def test_english_has_one_wording() -> None:
    assert wording.questions_block("en", [DEADLINE_QUESTION, STYLES], INFORMAL) == wording.questions_block(
        "en", [DEADLINE_QUESTION, STYLES], FORMAL
    )


@pytest.mark.parametrize(
    ("greeting", "sentence", "expected"),
    [
        ("Hallo Frau Vogel,", "Vielen Dank für Ihre Nachricht.", "vielen Dank für Ihre Nachricht."),
        ("Hallo Anna,", "Danke, dass du dich wieder meldest.", "danke, dass du dich wieder meldest."),
        ("Hallo Anna,", "Ich wollte nachfragen.", "ich wollte nachfragen."),
        ("Hallo Frau Vogel,", "Ihre Nachricht ist angekommen.", "Ihre Nachricht ist angekommen."),
        ("Hallo Frau Vogel,", "Plakate sind meine Lieblingsarbeit.", "Plakate sind meine Lieblingsarbeit."),
        ("Sehr geehrte Frau Vogel!", "Vielen Dank.", "Vielen Dank."),
    ],
)
def test_german_runs_on_lowercase_after_a_greeting_with_a_comma(greeting: str, sentence: str, expected: str) -> None:
    assert wording.after_greeting("de", greeting, sentence) == expected


def test_other_languages_keep_their_capital() -> None:
    assert wording.after_greeting("fr", "Bonjour Léa,", "Merci pour ton message.") == "Merci pour ton message."
