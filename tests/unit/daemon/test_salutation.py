"""Whom a reply greets, in which register: read as a person reads the mail, not from pronouns alone."""

from __future__ import annotations

import datetime as dt
import email.utils
from pathlib import Path

import pytest

from assistant.daemon import wording
from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.models import Triage
from assistant.daemon.salutation import Addressee, addressee, signed_name
from assistant.daemon.voice import FORMAL, INFORMAL, read_register
from assistant.mail.parsing import parse_message
from assistant.profile import load_profile

TODAY = dt.date(2027, 1, 11)
PROFILE = load_profile(Path(__file__).resolve().parents[3] / "examples" / "profile.toml")


def _mail(sender: str, subject: str, body: str):  # type: ignore[no-untyped-def]
    raw = (
        f"From: {sender}\nTo: studio@lindqvist.example\nSubject: {subject}\nMessage-ID: <{abs(hash(body))}@x.example>\n"
        f"Date: {email.utils.formatdate()}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    )
    return parse_message(raw.encode(), mailbox="INBOX", uidvalidity=1, uid=1)


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("de", "hey, wir machen am 30.1. ein soli konzert und bräuchten n plakat", INFORMAL),
        ("de", "Hallo Mara, eine Illu für die Kolumne, bis Donnerstag?", INFORMAL),
        ("de", "Hallo, machen Sie auch Logos für Vereine?", FORMAL),
        ("fr", "yo, une affiche pour notre concert le 2 avril ? 400 balles", INFORMAL),
        ("es", "hola!! necesito un logo para mi panaderia, abrimos en dos semanas jeje", INFORMAL),
        ("es", "Hola Mara, vamos a lanzar Greenleaf. ¿Nos haces un presupuesto?", INFORMAL),
        ("it", "Ciao Mara, ci servirebbero due illustrazioni. Paghiamo 400 € l'una.", INFORMAL),
        ("nl", "Hoi Mara, voor ons tijdschrift zoeken we een illustratie.", INFORMAL),
        ("nl", "Goedemiddag,\n\nWij zoeken een illustrator.\n\nMet vriendelijke groet,\nLotte de Vries", FORMAL),
        ("de", "Hallo,\n\neine Illu für die Kolumne bis Donnerstag?\n\nTim", INFORMAL),  # signed by first name
        ("de", "Hallo Mara,\n\nkönnen Sie ein Logo entwerfen?\n\nJonas", FORMAL),  # an explicit Sie decides
        ("de", "Sehr geehrte Frau Lindqvist,\n\nwir suchen ein Logo.\n\nLG\nTom", FORMAL),
    ],
)
def test_register_reads_greeting_and_sign_off_where_no_pronoun_tells(lang: str, body: str, expected: str) -> None:
    assert read_register(lang, [body], her_name="Mara") == expected


def test_a_first_name_greeting_is_no_du_in_french_or_italian() -> None:
    assert read_register("fr", ["Bonjour Mara, le festival aura lieu le 12 juin."], her_name="Mara") is None
    assert read_register("it", ["Buongiorno Mara, ci serve un logo."], her_name="Mara") is None


def test_a_title_is_dropped_and_an_organisation_is_not_greeted_by_name() -> None:
    assert addressee(_mail("Dr. Anna Weiss <a.weiss@museum.example>", "x", "Liebe Mara, ..."), "Mara") == Addressee(
        first="Anna", full="Anna Weiss", on_first_names=True
    )
    assert addressee(_mail("Revista Mirador <arte@revista-mirador.example>", "x", "Buenos días")).first == ""
    assert addressee(_mail("Redaktion Kiezblatt <redaktion@kiezblatt.example>", "x", "Hallo")).first == ""
    assert addressee(_mail("Luca Ferri <luca@ferri-birra.example>", "x", "ciao")).full == "Luca Ferri"


def test_an_organisation_signed_by_a_person_greets_that_person() -> None:
    body = "Beste Mara,\n\nWij zoeken een illustrator.\n\nMet vriendelijke groet,\nLotte, Uitgeverij Duin"
    assert signed_name(body) == "Lotte"
    assert addressee(_mail("Uitgeverij Duin <redactie@uitgeverij-duin.example>", "x", body)).first == "Lotte"
    assert signed_name("Hallo,\n\nein Logo bitte.\n\nDanke") == ""


@pytest.mark.parametrize(
    ("sender", "body", "start"),
    [
        (
            "Dr. Anna Weiss <a.weiss@museum.example>",
            "Liebe Mara,\n\nwir möchten wieder mit Ihnen arbeiten.",
            "Hallo Anna,",
        ),
        ("Tobias Keller <tk@example.com>", "Guten Tag,\n\nkönnen Sie uns ein Logo machen?", "Hallo Tobias Keller,"),
        ("Marta Galli <marta@rivista-ponte.example>", "Ciao Mara, ci servirebbe un logo.", "Ciao Marta,"),
        ("Revista Mirador <arte@revista-mirador.example>", "Buenos días, buscamos un logo.", "Buenos días,"),
        ("Femke Visser <femke@groen.example>", "Hoi Mara, we zoeken een logo.", "Hoi Femke,"),
    ],
)
def test_a_greeting_never_invents_a_title_and_mirrors_first_names(sender: str, body: str, start: str) -> None:
    draft = ToolDrafter(PROFILE, None).draft(_mail(sender, "Logo", body), Triage.NEW_INQUIRY, today=TODAY)
    assert draft.body.startswith(start), draft.body


def test_an_informal_reply_signs_off_informally() -> None:
    assert wording.sign_off("it", PROFILE, register=INFORMAL).startswith("A presto,")
    assert wording.sign_off("it", PROFILE, register=FORMAL).startswith("Cordiali saluti,")
