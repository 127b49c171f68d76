"""A project's title next to its client names the client once, in answers, memory search and quote lists."""

from __future__ import annotations

import pytest

from assistant.events import Citation
from assistant.graph.compose import project_facts
from assistant.titles import client_title, names_client, title_for


@pytest.mark.parametrize(
    ("client", "title", "shown"),
    [
        (
            "Greenleaf Kombucha",
            "Greenleaf Kombucha: move to cans, three designs",
            "Greenleaf Kombucha: move to cans, three designs",
        ),
        ("Spree Cycles", "Spree Cycles logo", "Spree Cycles logo"),
        ("Zeitgeist Magazin", "Zeitgeist: loneliness column illustration", "Zeitgeist: loneliness column illustration"),
        ("Nordlicht Coffee Roasters", "Nordlicht Coffee: three bags", "Nordlicht Coffee: three bags"),
        ("Acme", "Pip the otter: Acme mascot", "Pip the otter: Acme mascot"),
        ("Hafen Festival", "Main poster 2023", "Hafen Festival: Main poster 2023"),
        ("Acme", "Acmeo rebrand", "Acme: Acmeo rebrand"),  # a whole word, not a prefix of one
        ("", "Main poster", "Main poster"),
        ("Acme", "", "Acme"),
    ],
)
def test_the_client_is_written_once(client: str, title: str, shown: str) -> None:
    assert client_title(client, title) == shown


def test_a_title_for_a_client_names_the_client_once() -> None:
    assert title_for("Spree Cycles logo", "Spree Cycles") == "Spree Cycles logo"
    assert title_for("Logo", "Spree Cycles") == "Logo for Spree Cycles"
    assert not names_client("Logo", "Spree Cycles")


def test_an_answer_from_memory_names_the_client_of_each_project_once() -> None:
    meta = {"client": "Greenleaf Kombucha", "title": "Greenleaf Kombucha: move to cans, three designs",
            "price": 2900, "currency": "EUR", "date": "2025-10-06"}  # fmt: skip
    facts = project_facts([Citation(number=1, source="briefs/cans.md", metadata=meta)], "EUR")
    assert "- Greenleaf Kombucha: move to cans, three designs, 2025-10-06: charged 2900 EUR [1]" in facts
    assert facts.count("Greenleaf Kombucha") == 1
