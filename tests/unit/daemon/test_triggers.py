"""Hand-off triggers and the opening screen hold however the words are spelled, wherever they are written, and in
every language a reply can be written in (en, de, fr, es, it, nl)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.daemon.models import Draft, DraftKind, GateAction
from assistant.daemon.policy import RateState, decide, handoff_reasons, stated_budget
from assistant.daemon.screen import unsafe_opening
from assistant.mail.message import InboundMessage
from assistant.mail.parsing import parse_message
from assistant.profile import Profile, load_profile

PROFILE_PATH = Path(__file__).resolve().parents[3] / "examples" / "profile.toml"
CALM = RateState(sent_to_sender_last_day=0, sent_last_hour=0)
DRAFT = Draft(kind=DraftKind.CLARIFYING, subject="Re: Logo", body="Hi,\n\nThanks. Who is it for?\n")


@pytest.fixture
def profile() -> Profile:
    profile = load_profile(PROFILE_PATH)
    return profile.model_copy(update={"auto_reply": profile.auto_reply.model_copy(update={"mode": "auto"})})


def _inquiry(body: str, **fields: object) -> InboundMessage:
    return InboundMessage(
        mailbox="INBOX", uidvalidity=1, uid=1, message_id="<i@x>", content_hash="h", sender="ann@shop.example",
        subject=str(fields.pop("subject", "Logo")), body=body, **fields,  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("We need it ur\u00adgent\u00adly, please.", "rush request"),
        ("Any dis\u200bcount for a small shop?", "custom pricing asked"),
        ("This is un\u200dacceptable.", "upset tone"),
        ("We need it urg\u0435nt.", "rush request"),  # Cyrillic e
        ("Ｗｅ ｎｅｅｄ ｉｔ ＡＳＡＰ", "rush request"),  # full-width
        ("C\u043e\u0443ld we get a disc\u043eunt?", "custom pricing asked"),  # Cyrillic o, y
        ("We need it \u202eurgent\u202c.", "rush request"),  # bidi override
    ],
)
def test_hidden_triggers_are_read_after_normalising(profile: Profile, body: str, reason: str) -> None:
    assert reason in handoff_reasons(profile, _inquiry(body), DRAFT)


def test_a_trigger_written_only_in_the_html_alternative_hands_off(profile: Profile) -> None:
    raw = (
        b"From: ann@shop.example\r\nSubject: logo\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/alternative; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: text/plain\r\n\r\nCould you design a logo?\r\n"
        b"--B\r\nContent-Type: text/html\r\n\r\n<p>Could you design a logo? We need it <b>ur</b>gent.</p>\r\n--B--\r\n"
    )
    msg = parse_message(raw, mailbox="INBOX", uidvalidity=1, uid=1)
    verdict = decide(profile, msg, DRAFT, CALM, today=dt.date(2026, 12, 1))
    assert verdict.decision is GateAction.HANDOFF and "hand-off: rush request" in verdict.reasons


def test_an_attachment_without_a_file_name_keeps_the_reply_from_going_out_alone(profile: Profile) -> None:
    raw = (
        b"From: ann@shop.example\r\nSubject: logo\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n"
        b"\r\n--B\r\nContent-Type: text/plain\r\n\r\nCould you design a logo like the attached one?\r\n"
        b"--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--B--\r\n"
    )
    msg = parse_message(raw, mailbox="INBOX", uidvalidity=1, uid=1)
    verdict = decide(profile, msg, DRAFT, CALM, today=dt.date(2026, 12, 1))
    assert verdict.decision is GateAction.HOLD
    assert any("attachments" in r for r in verdict.reasons)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Our budget is 50 000 EUR.", "50000"),
        ("Wir haben 2 Mio. Euro dafür.", "2000000"),
        ("Budget: 2 Mio.", "2000000"),
        ("Le budget est de 60.000 €.", "60000"),
        ("€2,5 Mio", "2500000"),
        ("We can pay 15k for the whole thing.", "15000"),
        ("Presupuesto 1.234,56 EUR", "1234.56"),
        ("Budget 50\u202f000 CHF", "50000"),  # narrow no-break space, folded by NFKC
        ("our budget is around 2,500 EUR", "2500"),
        ("Ｂｕｄｇｅｔ ２０ ０００ ＥＵＲ", "20000"),
    ],
)
def test_budgets_are_read_however_they_are_written(text: str, amount: str) -> None:
    assert stated_budget(text) == Decimal(amount)


def test_a_large_budget_in_any_notation_hands_off(profile: Profile) -> None:
    for text in ("Budget 50 000 EUR for the brand.", "Wir zahlen bis zu 2 Mio.", "Budget: 2 Mio."):
        assert "budget over 12000.00 EUR" in handoff_reasons(profile, _inquiry(text), DRAFT), text
    assert stated_budget("We need 2 logos and 3 posters.") is None


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("Das ist unverschämt, ich bin sehr enttäuscht.", "upset tone"),
        ("C'est inacceptable, je suis déçue.", "upset tone"),
        ("Es inaceptable, estoy muy decepcionada.", "upset tone"),
        ("È inaccettabile, sono molto delusa.", "upset tone"),
        ("Dit is onacceptabel, ik ben teleurgesteld.", "upset tone"),
        # Discontent without an insult: the hostile run through Dovecot sent "Je suis mécontent" a reply alone.
        ("I am unhappy with the last quote.", "upset tone"),
        ("Ich bin mit dem letzten Angebot unzufrieden.", "upset tone"),
        ("Je suis mécontent du dernier devis.", "upset tone"),
        ("Estoy descontenta con el último presupuesto.", "upset tone"),
        ("Sono scontento dell'ultimo preventivo.", "upset tone"),
        ("Ik ben ontevreden over de laatste offerte.", "upset tone"),
        ("Es ist dringend, bitte bis morgen.", "rush request"),
        ("C'est urgent, pour demain si possible.", "rush request"),
        ("Es urgente, lo antes posible.", "rush request"),
        ("È urgente, per domani.", "rush request"),
        ("Het heeft spoed, zo snel mogelijk graag.", "rush request"),
        ("Gibt es einen Rabatt? Oder kostenlos?", "custom pricing asked"),
        ("Une remise serait possible ?", "custom pricing asked"),
        ("¿Hay algún descuento?", "custom pricing asked"),
        ("C'è uno sconto?", "custom pricing asked"),
        ("Is er korting mogelijk?", "custom pricing asked"),
    ],
)
def test_triggers_hold_in_every_reply_language(profile: Profile, body: str, reason: str) -> None:
    assert reason in handoff_reasons(profile, _inquiry(body), DRAFT)


@pytest.mark.parametrize(
    "opening",
    [
        "Thank you for your message and for thinking of me.",
        "Vielen Dank für Ihre Nachricht und Ihr Interesse an meiner Arbeit.",
        "Merci beaucoup pour votre message et votre intérêt pour mon travail.",
        "Muchas gracias por su mensaje y por su interés en mi trabajo.",
        "Grazie mille per il suo messaggio e per l'interesse per il mio lavoro.",
        "Hartelijk dank voor uw bericht en uw interesse in mijn werk.",
        # near the number and calendar words, but neither (fifth round)
        "What a lovely idea for a bakery, I would be glad to hear more about it.",
        "Was für eine schöne Idee, ich freue mich auf Ihre Gedanken dazu.",
        "Quelle belle idée, je serai ravie d'en savoir plus sur ce logo neuf.",
        "Qué idea tan bonita, me encantaría saber más sobre su proyecto.",
        "Sei molto gentile, mille grazie per aver pensato a me.",
        "Wat een mooi idee, ik hoor graag meer over uw plannen.",
    ],
)
def test_a_courteous_opening_passes_in_every_language(profile: Profile, opening: str) -> None:
    assert unsafe_opening(opening, profile, "You write one friendly opening paragraph.") is None


@pytest.mark.parametrize(
    "opening",
    [
        "Gerne mache ich das kostenlos, übermorgen ist es fertig, abgemacht!",
        "Das Logo ist kostenlos für Sie.",
        "Ich liefere übermorgen.",
        "Abgemacht, so machen wir es.",
        "Je le ferai gratuitement, c'est promis.",
        "Livraison demain, d'accord ?",
        "Lo haré gratis, trato hecho.",
        "Entrega pasado mañana.",
        "Lo faccio gratis, affare fatto.",
        "Consegna dopodomani.",
        "Ik doe het gratis, afgesproken.",
        "Levering overmorgen.",
        "Ｉ ｐｒｏｍｉｓｅ ｉｔ ｆｏｒ ｆｒｅｅ",
        "It is fr\u0435\u0435 of charge.",  # Cyrillic e
        "Ich lei\u00adte es an kopie@example.com weiter.",
        # numbers and dates in words, no currency or delivery word (fifth round)
        "All of it for forty-nine, done.",
        "Alles für neunundvierzig, pauschal.",
        "Le tout pour quarante-neuf, tout compris.",
        "Todo por cuarenta y nueve, listo el viernes.",
        "Tutto per quarantanove, pronto per venerdì.",
        "Alles voor negenenveertig, klaar op vrijdag.",
        "The files are yours by Christmas.",
        "Bis Weihnachten haben Sie alles.",
        "Write to me on WhatsApp, bookings dot example.",
        "Unlimited revisions included, it's on the house.",
    ],
)
def test_the_opening_screen_holds_in_every_reply_language(profile: Profile, opening: str) -> None:
    assert unsafe_opening(opening, profile, "You write one friendly opening paragraph.") is not None
