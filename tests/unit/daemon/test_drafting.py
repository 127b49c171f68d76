from __future__ import annotations

import datetime as dt
from pathlib import Path

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.models import DraftKind, Triage
from assistant.daemon.policy import PRICE
from assistant.mail.parsing import parse_message
from assistant.profile import load_profile
from assistant.tools.quote_render import to_markdown

REPO = Path(__file__).resolve().parents[3]
INQUIRIES = REPO / "examples" / "inquiries"
TODAY = dt.date(2026, 11, 25)


def _parse(raw: bytes):  # type: ignore[no-untyped-def]
    return parse_message(raw, mailbox="INBOX", uidvalidity=1, uid=1)


def test_drafter_quotes_with_code_numbers_and_uses_the_model_only_for_prose() -> None:
    profile = load_profile(REPO / "examples" / "profile.toml")
    model = GenericFakeChatModel(messages=iter([AIMessage(content='{"opening": "Thank you, Lena, lovely project."}')]))
    drafter = ToolDrafter(profile, model)
    inquiry = _parse((INQUIRIES / "01-new-childrens-book-hedgehog.eml").read_bytes())
    draft = drafter.draft(inquiry, Triage.NEW_INQUIRY, today=TODAY)
    assert draft.subject.startswith("Re: Picture book illustration")
    assert "Thank you, Lena, lovely project." in draft.body
    assert draft.body.startswith("Hi Lena,")
    assert profile.tone.signature.strip().splitlines()[0] in draft.body
    if draft.kind is DraftKind.QUOTE:
        assert draft.quote_block and draft.quote_block in draft.body
        assert draft.quotes and all(q.amount > 0 for q in draft.quotes)
        prose = draft.body.replace(draft.quote_block, "")
        assert not PRICE.search(prose)
    else:
        assert draft.kind is DraftKind.CLARIFYING and draft.questions


def test_drafter_survives_a_model_that_answers_garbage() -> None:
    profile = load_profile(REPO / "examples" / "profile.toml")
    model = GenericFakeChatModel(messages=iter([AIMessage(content="I refuse to answer in JSON")]))
    inquiry = _parse((INQUIRIES / "06-vague-inquiry.eml").read_bytes())
    draft = ToolDrafter(profile, model).draft(inquiry, Triage.NEW_INQUIRY, today=TODAY)
    assert draft.kind is DraftKind.CLARIFYING
    assert "Thank you for your message" in draft.body
    assert draft.questions and all(q in draft.body for q in draft.questions)


def _new_mail(body: str, subject: str) -> bytes:
    return (
        "From: Sam Rivera <sam@rivera-rides.example>\r\nTo: studio@lindqvist.example\r\n"
        f"Subject: {subject}\r\nMessage-ID: <mix1@rivera-rides.example>\r\n"
        "Date: Tue, 24 Nov 2026 09:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
    ).encode()


def test_on_card_work_mixed_with_off_card_work_is_quoted_and_the_rest_named() -> None:
    profile = load_profile(REPO / "examples" / "profile.toml")
    body = "Hi Mara, could you design a logo and build a new website for my bike shop? Needed by 1 March 2027.\r\n"
    draft = ToolDrafter(profile, None).draft(_parse(_new_mail(body, "Logo + website")), Triage.NEW_INQUIRY, today=TODAY)
    assert draft.quote is not None and draft.quote.services == ["logo"]  # the on-card part is priced
    assert "You also ask about website." in draft.body  # and the rest gets one line, never a price
    assert any("website" in reason for reason in draft.handoff_reasons)


def test_the_line_about_off_card_work_is_in_the_clients_language() -> None:
    profile = load_profile(REPO / "examples" / "profile.toml")
    body = "Hallo Mara, wir bräuchten ein Logo und eine neue Webseite. Bis 1. März 2027 bitte.\r\n"
    draft = ToolDrafter(profile, None).draft(
        _parse(_new_mail(body, "Logo und Webseite")), Triage.NEW_INQUIRY, today=TODAY
    )
    assert draft.language == "de" and "Du fragst auch nach Webseite." in draft.body  # in the reply's du


def test_what_only_a_service_not_quoted_holds_is_named_not_dropped() -> None:
    """ "Ein Logo und Visitenkarten": the cards are part of a brand identity, so the logo is quoted and the reply
    says where the cards belong, in the client's register; it never prices them or drops them silently."""
    profile = load_profile(REPO / "examples" / "profile.toml")
    body = "Hallo Mara, kannst du uns ein Logo und Visitenkarten machen? Bis 1. März 2027. LG Lena\r\n"
    draft = ToolDrafter(profile, None).draft(_parse(_new_mail(body, "Bäckerei")), Triage.NEW_INQUIRY, today=TODAY)
    assert draft.quote is not None and draft.quote.services == ["logo"]
    assert "Du erwähnst auch Visitenkarten: Das biete ich als Teil von „Markenidentität“ an" in draft.body
    shown = to_markdown(draft.quote, for_client=True)  # the PDF's notes, from the same context
    assert "Nicht in diesem Angebot enthalten: Visitenkarten (Teil von „Markenidentität“)." in shown
    english = "Hi Mara, we need a logo, plus business cards and letterhead. By 1 March 2027, thanks!\r\n"
    draft = ToolDrafter(profile, None).draft(_parse(_new_mail(english, "Bakery")), Triage.NEW_INQUIRY, today=TODAY)
    assert "You also mention business cards and letterhead: I offer that as part of “Brand identity”" in draft.body


def test_what_the_quoted_service_holds_is_not_named_again() -> None:
    profile = load_profile(REPO / "examples" / "profile.toml")
    body = "Hi Mara, we need a brand identity: logo, business cards and a style guide. By 1 May 2027.\r\n"
    draft = ToolDrafter(profile, None).draft(_parse(_new_mail(body, "Branding")), Triage.NEW_INQUIRY, today=TODAY)
    assert draft.quote is not None and draft.quote.services == ["brand-identity"]
    assert "You also mention" not in draft.body
    poster = "Hi Mara, could you design a poster for our open day? Our business cards are done already.\r\n"
    draft = ToolDrafter(profile, None).draft(_parse(_new_mail(poster, "Open day")), Triage.NEW_INQUIRY, today=TODAY)
    assert "You also mention" not in draft.body  # cards the client has are no request


def test_the_bundled_model_does_not_phrase_openings_under_prose_auto() -> None:
    """Asked for an opening, the 135M model mostly echoed the subject ("Mascot for our board game"): under
    ``[model] prose = "auto"`` code writes the daemon's openings, and ``on`` (or a bigger model) lets it phrase."""
    from assistant.llm import ChatLlamaCpp, bundled_model_path

    profile = load_profile(REPO / "examples" / "profile.toml")
    bundled = ChatLlamaCpp(model_path=bundled_model_path())  # never loaded: only its file's header is read
    assert ToolDrafter(profile, bundled).opening_languages == frozenset()
    assert ToolDrafter(profile, bundled, prose="on").opening_languages == {"en"}
    fake = GenericFakeChatModel(messages=iter([]))  # a chat model of unknown size counts as big
    assert ToolDrafter(profile, fake, opening_languages=("en", "de")).opening_languages == {"en", "de"}
    assert ToolDrafter(profile, fake, prose="off").opening_languages == frozenset()


def test_a_reply_with_a_quote_asks_her_own_question_and_few_others() -> None:
    from assistant.daemon.drafting import QUOTED_QUESTIONS, with_a_quote
    from assistant.tools.brief import DEADLINE_QUESTION

    generic = ["Who is it for?", "Any styles you like?", "Where will it be used?"]
    assert with_a_quote(generic, "A wordmark or a picture mark?", set()) == [
        "A wordmark or a picture mark?",
        "Who is it for?",
    ]
    must = [DEADLINE_QUESTION, "How many posters do you need?"]
    assert with_a_quote([*must, *generic], None, set(must)) == must  # what it must ask is never cut
    assert len(with_a_quote(generic, None, set())) == QUOTED_QUESTIONS
    profile = load_profile(REPO / "examples" / "profile.toml")
    body = "Hallo Mara, wir brauchen ein Logo für unsere Weinbar. Bis 31. März 2027. Viele Grüße, Tobias\r\n"
    draft = ToolDrafter(profile, None).draft(_parse(_new_mail(body, "Logo Weinbar")), Triage.NEW_INQUIRY, today=TODAY)
    assert draft.questions[0] == profile.service("logo").ask["de"] and len(draft.questions) == QUOTED_QUESTIONS
