"""The freelancer's own voice in daemon drafts: learned from sent mail, chosen by situation, in the client's
register, carrying nothing of another client, and gone after ``forget``. Real SQLite; a hashing fake embedder."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

import pytest

import assistant.memory.embeddings as embeddings
from assistant import Assistant
from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.models import Triage
from assistant.daemon.shadow_report import pair_exchanges, read_folder
from assistant.daemon.voice import (
    DB_NAME,
    FORMAL,
    INFORMAL,
    Situation,
    VoiceBook,
    learn_exchange,
    read_register,
)
from assistant.daemon.voice.derive import derive
from assistant.erasure import Matcher
from assistant.mail.message import InboundMessage
from assistant.mail.parsing import parse_message
from assistant.profile import Profile, load_profile
from tests.support.fakes import HashingEmbedder

REPO = Path(__file__).resolve().parents[3]
PAST_MAIL = REPO / "examples" / "past-mail"
TODAY = dt.date(2027, 1, 8)
SIE = "Hallo Frau Lindqvist,\n\nwir brauchen ein Logo für unsere Bäckerei. Können Sie uns ein Angebot schicken?\n\nJana"
DU = "Hallo Mara,\n\nwir brauchen ein Logo für unsere Bäckerei. Kannst du mir sagen, was das kostet?\n\nJana"


def _inquiry(body: str, subject: str = "Logo für die Bäckerei Korn", sender: str = "Jana Roth <jana@korn.example>"):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "studio@lindqvist.example"
    msg["Subject"] = subject
    msg["Message-ID"] = "<q1@korn.example>"
    msg["Date"] = "Fri, 08 Jan 2027 10:00:00 +0100"
    msg.set_content(body)
    return parse_message(msg.as_bytes(), mailbox="INBOX", uidvalidity=1, uid=1)


def _profile() -> Profile:
    return load_profile(REPO / "examples" / "profile.toml")


def _past(*prefixes: str) -> list[tuple[InboundMessage, InboundMessage]]:
    own = ("studio@lindqvist.example",)
    pairs = pair_exchanges(read_folder(PAST_MAIL), own)
    return [(p.inquiry, p.reply) for p in pairs if any(p.inquiry.sender.startswith(x) for x in prefixes)]


def _book(tmp_path: Path, *prefixes: str) -> VoiceBook:
    book = VoiceBook(tmp_path / DB_NAME, HashingEmbedder().embed)
    for inquiry, reply in _past(*prefixes):
        assert learn_exchange(book, inquiry, reply) > 0
    return book


def _body(profile: Profile, body: str, book: VoiceBook | None = None, **kw: str) -> str:
    return ToolDrafter(profile, None, voice=book).draft(_inquiry(body, **kw), Triage.NEW_INQUIRY, today=TODAY).body


@pytest.mark.parametrize(
    ("lang", "text", "register"),
    [
        ("de", SIE, FORMAL),
        ("de", DU, INFORMAL),
        ("de", "Hallo Frau Lindqvist,\n\nwas kostet ein Logo?", FORMAL),  # a title and surname is formal
        ("fr", "Bonjour,\n\npourriez-vous nous indiquer votre tarif ?", FORMAL),
        ("fr", "Salut Mara,\n\ntu pourrais me dire combien ça coûte ?", INFORMAL),
        ("es", "Hola Mara,\n\nvimos tu trabajo. ¿Cuánto costaría y cuándo podrías tenerlo?", INFORMAL),
        ("es", "Buenos días,\n\n¿podría usted enviarnos un presupuesto?", FORMAL),
        ("it", "Gentile Mara,\n\nLe invio volentieri il testo. Quale sarebbe il suo preventivo?", FORMAL),
        ("it", "Ciao Mara,\n\nmi potresti dire quanto costa? Ti mando il testo.", INFORMAL),
        ("nl", "Hoi Mara,\n\nwat zou dat kosten, en kun je het in mei doen?", INFORMAL),
        ("nl", "Geachte mevrouw Lindqvist,\n\nkunt u ons een offerte sturen voor uw werk?", FORMAL),
    ],
)
def test_the_register_is_read_from_the_clients_words(lang: str, text: str, register: str) -> None:
    assert read_register(lang, [text]) == register


def test_sie_is_not_greeted_by_first_name_and_du_gets_du_words() -> None:
    """Today's drafts said "Hallo Jana," and then used Sie; with Sie the name is her full name."""
    formal = _body(_profile(), SIE)
    assert formal.startswith("Hallo Jana Roth,\n") and "Ihre Nachricht zu „Logo für die Bäckerei Korn“" in formal
    informal = _body(_profile(), DU)
    assert informal.startswith("Hallo Jana,\n")
    assert "vielen Dank für deine Nachricht zu „Logo für die Bäckerei Korn“." in informal
    assert "Ihre Nachricht" not in informal
    no_name = _body(_profile().model_copy(update={"tone": _profile().tone.model_copy(update={"languages": {}})}), SIE)
    assert no_name.startswith("Guten Tag Jana Roth,\n")  # the catalog's formal greeting without a profile word


def test_the_opening_names_the_project_and_reads_like_no_form() -> None:
    text = "Hi Mara,\n\nwe need 3 posters for our festival by 30 April 2027.\n\nBo"
    body = _body(_profile(), text, subject="Festival posters", sender="Bo Lind <bo@fest.example>")
    opening = body.split("\n\n")[1]
    assert opening.startswith("Thank you for your message about “Festival posters”.")
    assert "You are asking for" not in body and "×" not in opening and "kind of work I do" not in body


def test_a_learned_opening_greeting_and_sign_off_win_over_the_catalog(tmp_path: Path) -> None:
    book = _book(tmp_path, "tobias@")  # Mara's formal German reply to the wine bar
    body = _body(_profile(), SIE, book)
    assert body.startswith("Hallo Jana Roth,\n")  # her word; a title she wrote to Herr Hartmann is not reused
    opening = body.split("\n\n")[1]
    assert opening.startswith("vielen Dank für Ihre Anfrage zu „Logo für die Bäckerei Korn“.")  # her words
    assert body.rstrip().endswith("Viele Grüße\nMara Lindqvist")
    assert not opening.startswith("vielen Dank für Ihre Nachricht")  # the catalog's, which it replaces
    # a du client gets no Sie snippet: nothing learned in that register, so the catalog's du wording speaks
    assert "vielen Dank für Ihre Anfrage" not in _body(_profile(), DU, book)


def test_the_nearest_situation_and_same_kind_are_chosen(tmp_path: Path) -> None:
    """Two English replies were learned; a question-only inquiry gets the lead of the reply nearer to it."""
    book = VoiceBook(tmp_path / DB_NAME, HashingEmbedder().embed)
    quote = Situation("Poster for our reading night, the price please", "Priya Raman", "priya@books.example")
    book.learn("Hi Priya,\n\nwhat a lovely thing to be asked. One poster is 950 EUR.\n\nBest,\nMara", quote)
    questions = Situation("Can you draw our mascot? Some questions first", "Ida Berg", "ida@club.example")
    book.learn("Hi Ida,\n\nhappy to hear from you again. Which size, and by when?\n\nCheers,\nMara", questions)
    chosen = book.choose("en", "neutral", "questions", "Questions about a mascot for our club", "new@x.example")
    assert chosen.lead is not None and chosen.lead.text == "happy to hear from you again"
    assert chosen.closing is not None and chosen.closing.text == "Cheers,"
    assert book.choose("en", "neutral", "quote", "a reading night poster, cost?", "new@x.example").lead.text == (
        "what a lovely thing to be asked"
    )


def test_no_snippet_carries_facts_of_the_client_it_was_learned_from(tmp_path: Path) -> None:
    situation = Situation("Logo für unsere Weinbar Rebstock in Kreuzberg", "Tobias Hartmann", "tobias@rebstock.example")
    specific = (
        "Hallo Herr Hartmann,\n\nherzlichen Glückwunsch zur Weinbar! Das Logo kostet 1.530 EUR.\n\nViele Grüße\nMara"
    )
    kinds = {s.part: s for s in derive(specific, situation)}
    assert "lead" not in kinds  # "zur Weinbar" is the inquiry's word, and a congratulation fits one situation
    assert kinds["greeting"].text == "Hallo" and kinds["greeting"].title == "Herr Hartmann"
    named = "Hi Tobias,\n\nthanks for thinking of Lindqvist Studio for Rebstock.\n\nBest,\nMara"
    assert "lead" not in {s.part for s in derive(named, Situation("a logo", "Tobias Hartmann", "t@r.example"))}
    about = "Hi Helen,\n\nthank you for your message about the winter issue. Thaw is lovely.\n\nBest,\nMara"
    [lead] = [s for s in derive(about, Situation("Our winter issue", "Helen Ash", "h@nq.example")) if s.part == "lead"]
    assert (lead.text, lead.form) == ("thank you for your message about", "slot")  # the project is code's to fill
    book = _book(tmp_path, "tobias@", "priya@", "jonas.weber@")
    body = _body(_profile(), SIE, book)
    for word in ("Hartmann", "Tobias", "Weinbar", "Rebstock", "Priya", "Hafen", "Pip", "Jonas", "Herr"):
        assert word not in body, word
    # the title is used for the very person it was written to
    again = _body(_profile(), SIE, book, sender="Tobias Hartmann <tobias@rebstock-weinbar.example>")
    assert again.startswith("Hallo Herr Hartmann,\n")


def test_forget_takes_the_clients_snippets_and_leaves_no_byte(demo_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embeddings, "make_embedder", lambda settings, cache_dir=None: HashingEmbedder())
    with Assistant(demo_home) as atelier:
        book = VoiceBook(atelier.paths.data_dir / DB_NAME, atelier.memory.embedder.embed)
        for inquiry, reply in _past("tobias@", "priya@"):
            learn_exchange(book, inquiry, reply)
        before = book.count()
        dry = atelier.forget(address="tobias@rebstock-weinbar.example", dry_run=True)
        assert next(s for s in dry.stores if s.store == "voice").count > 0 and book.count() == before
        report = atelier.forget(address="tobias@rebstock-weinbar.example")
        gone = next(s for s in report.stores if s.store == "voice").count
        assert gone > 0 and book.count() == before - gone > 0  # Priya's stay
        assert not report.leftovers
        raw = b"".join(p.read_bytes() for p in atelier.paths.data_dir.glob(f"{DB_NAME}*"))
        who = Matcher(label="t", addresses=("tobias@rebstock-weinbar.example",), names=("herr hartmann",))
        assert not who.mentions_bytes(raw)


def test_feedback_goes_into_the_reply_in_the_clients_language_or_not_at_all() -> None:
    from assistant.daemon.feedback import in_reply_language, read_feedback

    said = read_feedback("mention I'm away in August; mention that sketches come as a PDF file")
    revision_body = (
        ToolDrafter(_profile(), None).draft(_inquiry(SIE), Triage.NEW_INQUIRY, today=TODAY, revision=said).body
    )
    assert "Im August bin ich nicht da." in revision_body  # a kind code knows, from the catalog
    assert "away" not in revision_body and "sketches" not in revision_body  # no English inside a German reply
    kept, left_out = in_reply_language(said.mentions, "de")
    assert kept == ["Im August bin ich nicht da."] and left_out == ["Sketches come as a PDF file."]
    assert in_reply_language(("Je suis absente en août.",), "fr") == (["Je suis absente en août."], [])
    assert in_reply_language(("I'm away in August.",), "nl") == (["In augustus ben ik er niet."], [])


def test_a_learned_lead_into_the_project_takes_this_inquirys_project(tmp_path: Path) -> None:
    book = VoiceBook(tmp_path / DB_NAME, HashingEmbedder().embed)
    about = Situation("Cover for our winter issue", "Helen Ash", "helen@nq.example")
    book.learn("Hi Helen,\n\nthank you for thinking of me for the winter issue.\n\nBest,\nMara", about)
    body = _body(_profile(), "Hi Mara,\n\ncould you draw a poster for us? What would it cost?\n\nBo", book,
                 subject="Poster for the boat race", sender="Bo Lind <bo@race.example>")  # fmt: skip
    assert body.split("\n\n")[1].startswith("thank you for thinking of me for “Poster for the boat race”.")
    assert "winter" not in body and "Helen" not in body and body.startswith("Hi Bo,")
