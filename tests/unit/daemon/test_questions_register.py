"""A reply follows its register: a client who writes du or tu is never asked, or declined, with Sie or vous."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.daemon import wording
from assistant.daemon.decline import decline_draft
from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.models import Triage, TriageResult
from assistant.daemon.voice import FORMAL, INFORMAL
from assistant.mail.message import InboundMessage
from assistant.mail.parsing import parse_message
from assistant.profile import load_profile
from assistant.tools.brief import DEADLINE_QUESTION
from assistant.tools.quote_text import FOR_ONE
from assistant.tools.quote_words import how_many

TODAY = dt.date(2027, 1, 11)
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"

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


def _off_card(body: str) -> tuple[InboundMessage, TriageResult]:
    raw = (
        "From: Jana Roth <jana@example.com>\r\nTo: studio@lindqvist.example\r\nSubject: Tattoo\r\n"
        f"Message-ID: <t3@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    msg = parse_message(raw, mailbox="INBOX", uidvalidity=1, uid=1)
    return msg, TriageResult(triage=Triage.DECLINE, reason="off_card", kind="off_card", client=msg.sender)


@pytest.mark.parametrize(
    ("body", "expected", "never"),
    [
        (
            "Hallo Mara, kannst du mir ein Tattoo entwerfen? Einen Fuchs am Unterarm. Was würde das kosten?",
            " dich ",
            " Sie ",
        ),
        (
            "Guten Tag, könnten Sie mir ein Tattoo entwerfen? Einen Fuchs am Unterarm. Was würde das kosten?",
            " Sie ",
            " dich ",
        ),
    ],
)
def test_a_decline_speaks_in_the_senders_register(body: str, expected: str, never: str) -> None:
    profile = load_profile(EXAMPLES / "profile.toml")
    msg, result = _off_card(body)
    draft = decline_draft(msg, profile, result, "Re: Tattoo")
    text = " " + draft.body.replace("\n", " ") + " "
    assert draft.language == "de" and expected in text and never not in text
    assert "\n\nvielen Dank für" in draft.body  # German runs on lowercase after the greeting's comma


@pytest.mark.parametrize(
    ("lang", "register", "expected"),
    [
        ("de", FORMAL, "- Wie viele Plakate brauchen Sie?"),
        ("de", INFORMAL, "- Wie viele Plakate brauchst du?"),
        ("fr", FORMAL, "- De combien d’affiches avez-vous besoin\u202f? Ce devis porte sur une seule unité."),
        ("es", INFORMAL, "- ¿Cuántos carteles necesitas?"),
        ("it", FORMAL, "- Di quanti manifesti Le servono?"),
        ("nl", INFORMAL, "- Hoeveel posters heb je nodig?"),
    ],
)
def test_the_count_question_is_asked_in_the_clients_language(lang: str, register: str, expected: str) -> None:
    question = how_many("poster") + (f" {FOR_ONE}" if lang == "fr" else "")
    block = wording.questions_block(lang, [question], register)  # type: ignore[arg-type]
    assert block.splitlines()[1] == expected


def test_a_clarifying_opening_names_the_service_in_the_clients_language() -> None:
    msg = parse_message(
        b"From: Julien Bernard <julien@festival.example>\nTo: studio@lindqvist.example\nSubject: Affiche festival\n"
        b"Message-ID: <aff@festival.example>\nContent-Type: text/plain; charset=utf-8\n\n"
        b"Bonjour Mara, il nous faut des affiches pour le festival. Pourriez-vous nous faire un devis ?\n",
        mailbox="INBOX",
        uidvalidity=1,
        uid=1,
    )
    draft = ToolDrafter(load_profile(EXAMPLES / "profile.toml"), None).draft(msg, Triage.NEW_INQUIRY, today=TODAY)
    assert "(Affiche)" in draft.body and "Poster" not in draft.body and "How many" not in draft.body
