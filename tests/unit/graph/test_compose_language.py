"""Chat answers speak the freelancer's language: the records' labels and the sources list are code-written words too."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.messages import HumanMessage

from tests.unit.graph.conftest import acme_retriever

CONFIG = {"configurable": {"thread_id": "lang"}}


def answer(graph: Any, context: Any, text: str) -> str:
    graph.invoke({"messages": [HumanMessage(text)]}, CONFIG, context=context)
    return str(graph.get_state(CONFIG).values["messages"][-1].content)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "/memory Wie viel habe ich Acme für das Maskottchen berechnet?",
            ["Aus deinen Unterlagen:", "berechnet 2640 EUR", "geschätzt 30 h", "tatsächlich 41 h", "abgeschlossen",
             "Quellen:\n[1] 2024-02-acme-pip.md:5"],
        ),
        (
            "/memory Combien j'ai facturé à Acme pour la mascotte ?",
            ["D’après tes dossiers\u202f:", "facturé 2640 EUR", "estimé 30 h", "réellement 41 h", "terminé",
             "Sources\u202f:\n[1] 2024-02-acme-pip.md:5"],
        ),
    ],
)  # fmt: skip
def test_records_and_sources_are_written_in_the_language_of_the_question(
    graph: Any, make_context: Any, question: str, expected: list[str]
) -> None:
    text = answer(graph, make_context(prose="off", retriever=acme_retriever), question)
    for words in expected:
        assert words in text
    for english in ("From your records", "Sources:", "charged", "estimated", "actually took", "completed"):
        assert english not in text


def test_an_english_question_keeps_the_english_labels(graph: Any, make_context: Any) -> None:
    text = answer(graph, make_context(prose="off", retriever=acme_retriever), "/memory What did Acme pay for Pip?")
    assert "From your records:\n- Acme: Pip the otter, 2024-03-01: charged 2640 EUR, estimated 30 h" in text
    assert "actually took 41 h, completed [1]" in text and "Sources:\n[1]" in text
