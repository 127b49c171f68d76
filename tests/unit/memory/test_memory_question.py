"""Reading memory questions for the clients, services, outcome and period they name."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from assistant.memory.question import Question, read_question, service_vocabulary
from assistant.profile import Profile
from tests.conftest import EXAMPLES

TODAY = dt.date(2026, 11, 25)
CLIENTS = ["Acme", "Spree Cycles", "Lumen Yoga", "Museum am Ufer", "Hollow Oak Press", "Pixelhaus Games"]
SERVICES = service_vocabulary(Profile.model_validate(tomllib.loads((EXAMPLES / "profile.toml").read_text())))


def read(text: str) -> Question:
    return read_question(text, clients=CLIENTS, services=SERVICES, today=TODAY)


@pytest.mark.parametrize(
    ("text", "services"),
    [
        ("What did I charge for past logo projects?", ("logo",)),
        ("Was habe ich für Plakate berechnet?", ("poster",)),
        ("Combien pour mes affiches ?", ("poster",)),
        ("Welche Maskottchen habe ich gezeichnet?", ("mascot",)),
        ("Meine Kinderbücher", ("book-illustration",)),
        ("Show me my past children's book projects", ("book-illustration",)),
        ("the Acme mascot poses", ("mascot-poses",)),  # the longer match wins
        ("Can you list my posters and my logos?", ("logo", "poster")),  # "can" on the packaging card is not read
    ],
)
def test_services_are_read_from_the_rate_card_in_several_languages(text: str, services: tuple[str, ...]) -> None:
    assert read(text).services == services


def test_clients_by_full_name_or_distinctive_first_word() -> None:
    assert read("Any history with Spree Cycles?").clients == ("Spree Cycles",)
    assert read("what have I done for Hollow Oak?").clients == ("Hollow Oak Press",)
    assert read("Acme's otter").clients == ("Acme",)
    assert read("a museum poster").clients == ("Museum am Ufer",)
    assert read("a yoga logo").clients == ()  # "yoga" is not the first word of "Lumen Yoga"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("what did I do in 2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("projects in 2023 and 2024", dt.date(2023, 1, 1), dt.date(2024, 12, 31)),
        ("posters since 2025", dt.date(2025, 1, 1), None),
        ("work before 2024", None, dt.date(2023, 12, 31)),
        ("what did I do in March 2025", dt.date(2025, 3, 1), dt.date(2025, 3, 31)),
        ("im Dezember 2024", dt.date(2024, 12, 1), dt.date(2024, 12, 31)),
        ("logos last year", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("l'année dernière", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("this year", dt.date(2026, 1, 1), TODAY),
        ("Find my notes on KB-2291", None, None),  # a project code is not a year
        ("mark Q-2026-0003", None, None),
    ],
)
def test_periods(text: str, start: dt.date | None, end: dt.date | None) -> None:
    question = read(text)
    assert (question.date_from, question.date_to) == (start, end)


def test_relative_periods_need_today() -> None:
    question = read_question("logos last year", clients=CLIENTS, services=SERVICES)
    assert question.date_from is None and question.services == ("logo",)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Which quotes did I lose?", "lost"),
        ("Lumen Yoga logo (quote not accepted)", "lost"),
        ("Which projects were cancelled?", "cancelled"),
        ("welche Aufträge wurden abgesagt", "cancelled"),
        ("Which jobs did I decline?", "declined"),
        ("accepted quotes", "accepted"),
        ("lost or cancelled", ""),  # two outcomes: not one filter
    ],
)
def test_outcomes(text: str, outcome: str) -> None:
    assert read(text).outcome == outcome


@pytest.mark.parametrize(
    "text",
    ["Good morning!", "thanks", "Thanks, that's all for today", "What can you do?", "Guten Morgen!", "merci", ""],
)
def test_small_talk_names_nothing(text: str) -> None:
    question = read(text)
    assert question.small_talk and not question.names_something


def test_a_question_with_content_is_not_small_talk() -> None:
    assert not read("tell me a joke about deadlines").small_talk
    assert not read("KB-2291").small_talk


def test_filters_are_every_combination_of_the_names() -> None:
    filters = read("Acme and Spree Cycles posters in 2024").filters()
    assert {(f.client, f.service) for f in filters} == {("acme", "poster"), ("spree-cycles", "poster")}
    assert all(f.date_from == dt.date(2024, 1, 1) for f in filters)
