"""The bundled model on the issue's two examples: no ungrounded sentence reaches the answer.

With ``[model] prose = "auto"`` the bundled SmolLM2-135M writes no free prose at all (code writes the lead);
with ``prose = "on"`` it writes, and the guard must drop whatever it invents. The check here is independent of
the guard's own context: every name left in the answer must be one the freelancer's data or the question holds.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.api import Assistant
from assistant.memory import Memory
from assistant.reading.words import names_in, tokens

pytestmark = pytest.mark.real_model

TODAY = dt.date(2026, 11, 25)
LOGOS = "/memory What did I charge for past logo projects?"
ZORBLAX = "/chat Tell me about the logo for Zorblax Ltd."


def known_words(memory: Memory, assistant: Assistant, question: str) -> set[str]:
    profile = assistant.profile
    texts = [question, profile.name, profile.business, profile.location, profile.currency]
    texts += [f"{s.name} {s.description}" for s in profile.services]
    texts += [chunk.text for source in memory.sources() for chunk in memory.chunks(source.source)]
    texts += [f"{s.meta.client} {s.meta.title}" for s in memory.sources()]
    return {word for text in texts for word in tokens(text)}


def lead_of(answer: str) -> str:
    return re.split(r"\n\n(?:From your records:|Sources:)", answer)[0]


def test_auto_prose_keeps_the_bundled_model_quiet(demo_home: Path, demo_memory: Memory) -> None:
    with Assistant(demo_home, memory=demo_memory, today=TODAY) as assistant:
        logos = assistant.chat(LOGOS).text
        zorblax = assistant.chat(ZORBLAX).text
        morning = assistant.chat("Good morning!")
    assert morning.citations == () and "EUR" not in morning.text  # small talk gets no past projects' prices
    assert morning.text.startswith("Good morning!")
    assert logos.startswith("You have 5 past projects (logo design):\n\nFrom your records:")
    for fact in ("Spree Cycles", "950", "Lumen Yoga", "1100", "Nordlicht Coffee", "Brotzeit Bakery", "2300"):
        assert fact in logos
    assert zorblax.startswith("I found nothing in your records about that.")


@pytest.mark.parametrize("question", [LOGOS, ZORBLAX])
def test_with_prose_on_no_invented_name_or_claim_survives(
    demo_home: Path, demo_memory: Memory, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    monkeypatch.setenv("ATELIER_MODEL__PROSE", "on")
    with Assistant(demo_home, memory=demo_memory, today=TODAY) as assistant:
        answer = assistant.chat(question).text
        known = known_words(demo_memory, assistant, question)
    lead = lead_of(answer)
    assert lead.strip()
    for name in names_in(lead):
        assert set(tokens(name)) <= known, (name, answer)
    assert "Design Studio" not in answer and "team of designers" not in answer
    assert "sorry to hear" not in answer.casefold()
