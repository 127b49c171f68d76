"""A count the reader cannot read is asked about in the client's language, never guessed; a count it reads is
the one the quote prices (issue 13, kind 4: wrong figures that look right)."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

import pytest

from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.models import Draft, DraftKind, Triage
from assistant.mail.parsing import parse_message
from assistant.profile import load_profile

PROFILE = load_profile(Path(__file__).resolve().parents[3] / "examples" / "profile.toml")
TODAY = dt.date(2027, 1, 8)


def _draft(subject: str, body: str) -> Draft:
    msg = EmailMessage()
    msg["From"] = "Jonas Keller <jonas@cafe.example>"
    msg["To"] = "studio@lindqvist.example"
    msg["Subject"] = subject
    msg["Message-ID"] = "<c1@cafe.example>"
    msg["Date"] = "Fri, 08 Jan 2027 10:00:00 +0100"
    msg.set_content(body)
    inquiry = parse_message(msg.as_bytes(), mailbox="INBOX", uidvalidity=1, uid=1)
    return ToolDrafter(PROFILE, None).draft(inquiry, Triage.NEW_INQUIRY, today=TODAY)


@pytest.mark.parametrize(
    ("subject", "body", "lang", "asked"),
    [
        (
            "Plakate",
            "Sehr geehrte Frau Lindqvist,\n\nwir brauchen einige Plakate für unser Sommerfest, bis 15. Mai.\n\n"
            "Mit freundlichen Grüßen\nJonas Keller",
            "de",
            "Wie viele Plakate brauchen Sie?",
        ),
        (
            "Affiches",
            "Bonjour Madame,\n\nnous aurions besoin de quelques affiches pour notre festival, pour le 15 mai.\n\n"
            "Cordialement,\nJonas Keller",
            "fr",
            "De combien d’affiches avez-vous besoin\u202f?",
        ),
        (
            "Etichette",
            "Buongiorno,\n\nci servono alcune etichette per i nostri vini, entro il 15 maggio.\n\n"
            "Cordiali saluti,\nJonas Keller",
            "it",
            "Di quanti design Le servono?",
        ),
    ],
)
def test_a_vague_count_is_asked_in_the_clients_language_and_not_quoted(
    subject: str, body: str, lang: str, asked: str
) -> None:
    draft = _draft(subject, body)
    assert draft.language == lang
    assert draft.kind is DraftKind.CLARIFYING and draft.quote is None  # nothing priced for a guessed count
    assert asked in draft.body


def test_a_service_whose_count_is_unread_is_asked_next_to_the_quote_of_the_others() -> None:
    draft = _draft(
        "Logo und Etiketten",
        "Sehr geehrte Frau Lindqvist,\n\nwir brauchen ein Logo und einige Etiketten für unsere Säfte, bis 15. Mai.\n\n"
        "Mit freundlichen Grüßen\nJonas Keller",
    )
    assert draft.quote is not None and draft.quote.services == ["logo"]
    assert "Wie viele Designs brauchen Sie" in draft.body


def test_a_count_in_words_and_parts_is_the_count_the_quote_prices() -> None:
    draft = _draft(
        "Plakate",
        "Sehr geehrte Frau Lindqvist,\n\nwir brauchen drei Plakate für Berlin und zwei für Köln, bis 15. Mai.\n\n"
        "Mit freundlichen Grüßen\nJonas Keller",
    )
    assert draft.quote is not None and draft.quote.request is not None
    assert sum(d.quantity for d in draft.quote.request.deliverables) == 5
    assert "5 Plakate" in draft.quote_block
