"""A reply in the client's language: its words from the catalogs, its money and dates in their locale, its quote
as a PDF whose figures are the body's, and the profile's own words for a language where it gives them."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import re
from email.message import EmailMessage
from pathlib import Path

from pypdf import PdfReader

from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.models import Draft, DraftKind, Triage
from assistant.daemon.outgoing import Attachment, build_reply
from assistant.daemon.policy import PRICE
from assistant.mail.message import InboundMessage
from assistant.mail.parsing import parse_message
from assistant.profile import Profile, ToneWords, load_profile
from assistant.tools.quote_render import html_context, pdf_filename, to_html, to_pdf

REPO = Path(__file__).resolve().parents[3]
TODAY = dt.date(2027, 1, 8)
GERMAN = (
    "Neues Logo für unser Café",
    "Hallo Mara,\n\nwir eröffnen ein Café in Leipzig und brauchen ein Logo. Fertig sein sollte es bis zum "
    "15. März 2027. Können Sie uns ein Angebot schicken?\n\nViele Grüße\nJonas Keller",
)
PORTUGUESE = (
    "Logotipo para a nossa padaria",
    "Olá Mara,\n\nvamos abrir uma padaria em Lisboa e precisamos de um logotipo. Pode enviar-nos um orçamento?\n\n"
    "Obrigado,\nJonas Keller",
)


def _inquiry(subject: str, body: str, *, reply: bool = False) -> InboundMessage:
    msg = EmailMessage()
    msg["From"] = "Jonas Keller <jonas@cafe.example>"
    msg["To"] = "studio@lindqvist.example"
    msg["Subject"] = subject
    msg["Message-ID"] = "<q1@cafe.example>"
    msg["Date"] = "Fri, 08 Jan 2027 10:00:00 +0100"
    if reply:
        msg["In-Reply-To"] = "<r0@lindqvist.example>"
    msg.set_content(body)
    return parse_message(msg.as_bytes(), mailbox="INBOX", uidvalidity=1, uid=1)


def _profile(**tone: object) -> Profile:
    profile = load_profile(REPO / "examples" / "profile.toml")
    return profile.model_copy(update={"tone": profile.tone.model_copy(update=tone)}) if tone else profile


def _draft(profile: Profile, subject: str, body: str, triage: Triage = Triage.NEW_INQUIRY) -> Draft:
    return ToolDrafter(profile, None).draft(_inquiry(subject, body), triage, today=TODAY)


def _figures(text: str) -> list[str]:
    """Every amount (``1.530,00 €``) and every date (``15.03.2027``) written in ``text``."""
    return re.findall(r"\d[\d.]*,\d\d\s€|\b\d\d\.\d\d\.\d{4}\b", text.replace("\xa0", " "))


def test_a_german_inquiry_gets_a_german_reply_with_german_money_and_dates() -> None:
    draft = _draft(_profile(), *GERMAN)
    assert draft.language == "de" and draft.kind is DraftKind.QUOTE and draft.quote is not None
    assert draft.body.startswith("Hallo Jonas,")  # Sie, but he wrote "Hallo Mara": first names both ways
    assert "vielen Dank für Ihre Nachricht zu „Neues Logo für unser Café“." in draft.body  # about this inquiry
    assert "Thank you for your message" not in draft.body
    assert re.fullmatch(  # what it priced, net and with the tax named in German, the client's date in their locale
        r"Mein Angebot umfasst Logodesign: insgesamt 1\.\d{3},\d\d\xa0€ netto "
        r"\(1\.\d{3},\d\d\xa0€ inkl\. MwSt\. 19 %\)\. "
        r"Inklusive 2 Korrekturrunden\. Zum Start berechne ich 50 % Anzahlung\. "
        r"Im angehängten Angebot \S+ finden Sie auch eine kleinere und eine größere "
        r"Variante, dazu Anzahlung, Gültigkeit und Zahlungsbedingungen\.\n\n"
        r"Die fertigen Dateien kann ich bis zum 15\. März 2027 liefern\.",
        draft.quote_block,
    )
    assert "Viele Grüße\nMara Lindqvist" in draft.body
    assert not PRICE.search(draft.body.replace(draft.quote_block, ""))  # no figure outside the trusted block
    assert draft.questions and not any(c.isdigit() for q in draft.questions for c in q)
    vague = _draft(_profile(), "Eine Anfrage", "Hallo Mara, wir hätten gern etwas Schönes von Ihnen. Was kostet das?")
    assert vague.kind is DraftKind.CLARIFYING and "- Welcher dieser Leistungen kommt es am nächsten: " in vague.body


def test_the_pdf_holds_the_whole_quote_and_the_same_figures_as_the_body() -> None:
    draft = _draft(_profile(), *GERMAN)
    assert draft.quote is not None
    pdf = to_pdf(draft.quote)
    assert pdf.startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.replace("\xa0", " ").split())
    body_figures = _figures(draft.quote_block)
    assert len(body_figures) == 2  # net and total; the PDF holds the options, deposit and validity
    assert "15. März 2027" in draft.quote_block and "15.03.2027" in flat  # the same delivery, written out
    missing = [f for f in body_figures if f not in flat]
    assert not missing, f"in the mail but not in the PDF: {missing}"
    for word in ("Position", "Menge", "Basis", "Empfohlen", "Erweitert", "Anzahlung", "Restbetrag", "Gültig bis"):
        assert word in flat, word
    quote = draft.quote
    assert quote.issuer.email in flat and quote.number in flat
    assert " ".join(quote.payment_terms.split())[:40] in flat
    lines = html_context(quote)["lines"]  # the line items as the client reads them (in German)
    assert len(lines) == len(quote.line_items)
    assert all(" ".join(li["description"].split())[:20] in flat for li in lines)
    assert pdf_filename(quote) == f"angebot-{quote.number}.pdf"


def test_the_reply_mail_attaches_the_pdf_and_discloses_in_the_clients_language() -> None:
    profile = _profile()
    draft = _draft(profile, *GERMAN)
    assert draft.quote is not None
    raw = build_reply(
        profile=profile, from_addr="studio@lindqvist.example", to="jonas@cafe.example",
        inquiry_sender="jonas@cafe.example", subject=draft.subject, body=draft.body, message_id="<r1@l.example>",
        in_reply_to="<q1@cafe.example>", references="<q1@cafe.example>", auto=True, item_id=1, language="de",
        attachments=(Attachment(pdf_filename(draft.quote), "application/pdf", to_pdf(draft.quote)),),
    )  # fmt: skip
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts = {part.get_content_type(): part for part in msg.walk() if not part.is_multipart()}
    assert set(parts) == {"text/plain", "application/pdf"}
    assert parts["application/pdf"].get_filename() == f"angebot-{draft.quote.number}.pdf"
    assert parts["application/pdf"].get_content().startswith(b"%PDF")
    text = parts["text/plain"].get_content()
    assert "Diese Antwort habe ich mit meinem eigenen KI-Assistenten entworfen" in text  # the profile's German
    assert "calendar" not in text and "Kalender" not in text
    plain = _profile(languages={})  # no German words of its own: the catalog's disclosure, in German
    raw = build_reply(
        profile=plain, from_addr="studio@lindqvist.example", to="jonas@cafe.example",
        inquiry_sender="jonas@cafe.example", subject=draft.subject, body=draft.body, message_id="<r2@l.example>",
        in_reply_to="", references="", auto=True, item_id=2, language="de",
    )  # fmt: skip
    sent = email.message_from_bytes(raw, policy=email.policy.default).get_body(("plain",))
    assert sent is not None
    assert "KI-Assistenten entworfen. Preise und Termine darin wurden aus meiner Preisliste" in sent.get_content()


def test_the_profiles_own_words_for_a_language_win_over_the_catalog() -> None:
    own = ToneWords(greeting="Moin", sign_off="Herzlich,", ai_disclosure="Entworfen mit meinem KI-Assistenten.")
    profile = _profile(languages={"de": own})
    draft = _draft(profile, *GERMAN)
    assert draft.body.startswith("Moin Jonas,") and "Herzlich,\nMara Lindqvist" in draft.body
    assert profile.tone.words("de").ai_disclosure == "Entworfen mit meinem KI-Assistenten."
    assert profile.tone.words("fr").greeting == ""  # the catalog's "Bonjour"
    assert profile.tone.words("en").greeting == profile.tone.greeting  # the base words are English


def test_a_language_without_catalog_gets_english_and_the_inbox_says_so() -> None:
    draft = _draft(_profile(), *PORTUGUESE)
    assert draft.language == "en" and draft.body.startswith("Hi Jonas,")
    assert "the client wrote in Portuguese; no catalog for it, so the reply is in English" in draft.summary


def test_a_returning_client_with_a_new_project_gets_a_real_reply() -> None:
    draft = _draft(_profile(), *GERMAN, triage=Triage.CLIENT)
    assert draft.kind is DraftKind.QUOTE and draft.quote is not None
    assert "danke, dass Sie sich wieder melden, diesmal wegen „Neues Logo für unser Café“." in draft.body
    ack = ToolDrafter(_profile(), None).draft(
        _inquiry("Re: Entwürfe", "Danke, die Entwürfe sind angekommen.", reply=True), Triage.CLIENT, today=TODAY
    )
    assert ack.kind is DraftKind.ACKNOWLEDGEMENT and "Ihre Nachricht ist angekommen" in ack.body
    fresh = _draft(_profile(), "Ein neues Projekt", "Hallo Mara, wir planen etwas Neues mit Ihnen.", Triage.CLIENT)
    assert fresh.kind is DraftKind.CLARIFYING and fresh.questions  # a new thread: questions, not "I'll be back"


SPANISH = (
    "Envases para nuestro café",
    "Hola Mara,\n\nsomos una tostadora de café en Valencia y necesitamos el diseño de envases para 3 bolsas de "
    "café. ¿Nos puede enviar un presupuesto?\n\nGracias,\nJonas Keller",
)


def test_a_spanish_quote_names_the_service_as_the_profile_does_in_spanish() -> None:
    draft = _draft(_profile(), *SPANISH)
    assert draft.language == "es" and draft.quote is not None and draft.quote.services == ["packaging"]
    html = to_html(draft.quote)
    pdf = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(to_pdf(draft.quote))).pages)
    assert "3 diseños de envases" in draft.body  # a common noun inside the sentence
    for view in (html, " ".join(pdf.split())):
        assert "Diseño de envases" in view and "Packaging design" not in view
    assert "Packaging design" not in draft.body


def test_a_french_quote_is_typeset_and_paragraphed_as_the_freelancer_writes() -> None:
    body = "Bonjour Mara, le festival a lieu le 12 juin. Il nous faut 2 affiches pour le 15 mai. On a 400 euros."
    draft = _draft(_profile(), "Affiche festival", body)
    assert draft.kind is DraftKind.QUOTE and draft.quote_block in draft.body  # the gate still finds its block
    price, timing = draft.quote_block.split("\n\n")
    assert price.startswith("Pour 2 affiches, je compte ") and "budget" in price  # the low budget, by its price
    assert timing.startswith("Je peux livrer les fichiers définitifs le ")
    assert "Quelques questions pour bien préparer le projet\u202f:" in draft.body and " :" not in draft.body
    assert "«\u202fAffiche festival\u202f»" in draft.body


def test_the_notes_keep_the_replys_register_and_a_rush_is_said_in_words() -> None:
    body = "Ciao Mara, ci servirebbero due illustrazioni per un articolo. Consegna tra dieci giorni. Paghiamo 200 €."
    draft = _draft(_profile(), "Illustrazione per articolo", body)
    assert draft.body.startswith("Ciao ") and "il tuo budget di 200\xa0€" in draft.body.casefold()
    assert " Lei " not in draft.body and " dica " not in draft.body  # one mail never mixes tu and Lei
    rushed = _draft(_profile(), "logo", "hola!! necesito un logo para mi panaderia, abrimos en dos semanas jeje")
    assert rushed.quote is not None and rushed.quote.rush
    assert "recargo por urgencia" in rushed.quote_block.split("\n\n")[1]  # with the date it is about


def test_a_client_in_the_directory_is_thanked_for_writing_again_whatever_the_triage() -> None:
    # the mail reader sends a client's new work on as a new inquiry; the opening still knows them
    body = "Liebe Mara,\n\nwir möchten wieder mit Ihnen arbeiten: drei Plakate bis zum 1. August.\n\nAnna Weiss"
    msg = _inquiry("Ausstellung im Stadtmuseum: Plakate", body)
    msg = msg.model_copy(update={"sender": "a.weiss@museum-am-ufer.example", "sender_name": "Dr. Anna Weiss"})
    draft = ToolDrafter(_profile(), None).draft(msg, Triage.NEW_INQUIRY, today=dt.date(2027, 1, 6))
    assert draft.body.startswith(
        "Hallo Anna,\n\ndanke, dass Sie sich wieder melden, diesmal wegen „Ausstellung im Stadtmuseum: Plakate“."
    ), draft.body


def test_a_subject_that_names_no_project_is_not_quoted_back() -> None:
    draft = _draft(_profile(), "Anfrage", "Hallo, machen Sie auch Logos für Vereine? Unser Ruderverein braucht eins.")
    assert "„Anfrage“" not in draft.body and draft.body.split("\n\n")[1] == "vielen Dank für Ihre Nachricht."
    named = _draft(_profile(), "Logo für den Ruderverein", "Hallo, machen Sie auch Logos für Vereine?")
    assert "„Logo für den Ruderverein“" in named.body
