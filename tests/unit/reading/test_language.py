"""The client's language, read by lingua: short mails in the six catalog languages, and the dev sets."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant import i18n
from assistant.mail.parsing import parse_message
from assistant.reading.language import detect_language

EVAL = Path(__file__).resolve().parents[2] / "eval"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Quick question: how much would a logo for my bakery cost?", "en"),
        ("Hallo, machen Sie auch Logos für kleine Cafés?", "de"),
        ("Bonjour, pourriez-vous nous faire un devis pour trois affiches ?", "fr"),
        ("Hola, ¿cuánto costaría un logotipo para mi tienda?", "es"),
        ("Ciao, ci servirebbe un preventivo per la confezione della pasta.", "it"),
        ("Hoi, kunt u een offerte maken voor een nieuw logo?", "nl"),
        ("Olá, gostaria de um orçamento para três cartazes.", "pt"),
    ],
)
def test_short_mails(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_nothing_to_read_quoted_lines_and_too_short_to_tell() -> None:
    assert detect_language("12.03. 19:00 — 4 × 300") is None
    assert i18n.reply_language(detect_language("do u do logos? how much")) == "en"  # not sure: English
    text = "Merci beaucoup, c'est parfait pour nous.\n> Hi Léa, here is the quote you asked for, with all options."
    assert detect_language(text) == "fr"


@pytest.mark.parametrize("name", ["replies/inquiries_dev.yaml", "reading/mail_dev.yaml"])
def test_dev_set_accuracy(name: str) -> None:
    rows = yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
    right = 0
    for row in rows:
        msg = parse_message(row["eml"].encode(), mailbox="INBOX", uidvalidity=1, uid=1)
        right += detect_language(f"{msg.subject}\n{msg.body}") == row["lang"]
    assert right / len(rows) >= 0.97
