import datetime as dt
import json
from decimal import Decimal

from assistant.profile import Profile
from assistant.tools.brief import draft_brief
from assistant.tools.quote_text import quote_from_text, request_from_brief
from tests.unit.tools.tools_helpers import TODAY, assert_checks_out, fake_model


def test_a_clear_request_is_quoted_without_the_model(profile: Profile) -> None:
    text = "Hi! Could you quote 4 spot illustrations for our newsletter, needed by 2027-01-15?\n\nThanks,\nBo Lind"
    drafted = quote_from_text(text, profile, None, today=TODAY)
    assert drafted.request is not None and drafted.quote is not None
    assert drafted.request.client == "Bo Lind"
    assert drafted.request.deadline == dt.date(2027, 1, 15)
    assert drafted.quote.estimates[0].units == 4
    assert drafted.quote.line_items[0].amount == Decimal("960.00")  # 4 x 3 h x 80
    assert_checks_out(drafted.quote)


def test_missing_quantity_is_quoted_for_one_and_asked(profile: Profile) -> None:
    drafted = quote_from_text("Poster design for our gig, what would it cost?", profile, None, today=TODAY)
    assert drafted.quote is not None
    assert drafted.quote.estimates[0].units == 1
    assert any(q.startswith("How many posters") for q in drafted.questions)
    assert any("When do you need" in q for q in drafted.questions)


def test_no_service_means_a_question_and_no_quote(profile: Profile) -> None:
    drafted = quote_from_text("How much do you charge?", profile, None, today=TODAY)
    assert drafted.quote is None and drafted.request is None
    assert "closest to" in drafted.questions[0]


def test_the_model_cannot_invent_a_quantity(profile: Profile) -> None:
    reply = {"service": "spot", "quantity": 40, "deadline": "", "client_name": ""}
    drafted = quote_from_text("Some spot art for the blog please.", profile, fake_model(json.dumps(reply)), today=TODAY)
    assert drafted.quote is not None
    assert drafted.quote.estimates[0].units == 1  # 40 is not in the text


def test_a_brief_becomes_a_request(profile: Profile) -> None:
    brief = draft_brief("We need 3 gig posters by 2027-02-01.\n\nCheers,\nBo", profile, None, today=TODAY)
    request = request_from_brief(brief, profile)
    assert request.service == "poster"
    assert [(d.quantity, d.service) for d in request.deliverables] == [(3, "poster")]
    assert request.deadline == dt.date(2027, 2, 1)
    assert request.client == "Bo"


def test_the_model_cannot_turn_the_request_into_a_client_name(profile: Profile) -> None:
    text = "Combien pour une douzaine de posters ?"
    copied = {"service": "poster", "quantity": 12, "deadline": "", "client_name": "Combien pour une douzaine"}
    drafted = quote_from_text(text, profile, fake_model(json.dumps(copied)), today=TODAY)
    assert drafted.request is not None and drafted.request.client == ""
    named = {"service": "poster", "quantity": 12, "deadline": "", "client_name": "Hafen Festival"}
    text = "Hafen Festival needs a dozen posters."
    assert quote_from_text(text, profile, fake_model(json.dumps(named)), today=TODAY).request.client == "Hafen Festival"  # type: ignore[union-attr]


def test_what_only_an_unquoted_service_holds_is_a_note_on_the_quote() -> None:
    from pathlib import Path

    from assistant.i18n import translator
    from assistant.profile import load_profile
    from assistant.tools.quote_words import localise

    profile = load_profile(Path(__file__).resolve().parents[3] / "examples" / "profile.toml")
    drafted = quote_from_text("Was kostet ein Logo und Visitenkarten für Bäckerei Sonne?", profile, today=TODAY)
    assert drafted.quote is not None and drafted.quote.services == ["logo"]
    note = "Not included in this quote: Visitenkarten (part of “Brand identity”)."
    assert note in drafted.quote.notes and drafted.request is not None and note in drafted.request.notes
    assert localise(note, translator("fr")) == (
        "Non compris dans ce devis\u202f: Visitenkarten (fait partie de «\u202fBrand identity\u202f»)."
    )  # the service's own name is the quote renderer's to translate
