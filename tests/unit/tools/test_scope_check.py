import datetime as dt
import json
from decimal import Decimal

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

from assistant.profile import Profile
from assistant.tools.brief_models import Brief
from assistant.tools.quote import build_quote
from assistant.tools.quote_models import Deliverable, QuoteRequest
from assistant.tools.scope_check import CHANGE_ORDER_NOTE, agreed_brief, check_scope
from tests.unit.tools.tools_helpers import TODAY, assert_checks_out, fake_model

BRIEF = Brief(
    title="Blog spots",
    client="Ada",
    company="Engines Ltd",
    service="spot",
    deliverables=[Deliverable(description="spot illustrations", quantity=6, service="spot")],
)


def test_a_message_about_agreed_work_is_in_scope(profile: Profile) -> None:
    never = GenericFakeChatModel(messages=iter([json.dumps({"asks_for_new_work": False, "new_items": []})]))
    result = check_scope(
        BRIEF, "Thanks for the sketches of the 6 spot illustrations, they look great!", profile, never, today=TODAY
    )
    assert result.in_scope and result.change_order is None and not result.needs_review


def test_extra_units_get_a_change_order_priced_like_any_quote(profile: Profile) -> None:
    message = "Could you also add 2 more spot illustrations? We need them by 2027-01-20."
    result = check_scope(BRIEF, message, profile, None, today=TODAY)
    assert not result.in_scope
    assert [(d.quantity, d.service) for d in result.out_of_scope] == [(2, "spot")]
    order = result.change_order
    assert order is not None and order.title == "Change order: Blog spots" and order.client == "Engines Ltd"
    assert order.net == Decimal("480.00")  # 2 x 3 h x 80, above the 250 floor
    assert order.delivery_date == dt.date(2027, 1, 20)
    assert_checks_out(order)


def test_another_service_is_out_of_scope_and_floors_hold(profile: Profile) -> None:
    result = check_scope(BRIEF, "Can you make a gig poster for the launch too?", profile, None, today=TODAY)
    assert not result.in_scope
    assert result.out_of_scope[0].service == "poster"
    assert result.change_order is not None and result.change_order.net >= Decimal(500)


def test_asking_for_more_than_agreed_counts_the_difference(profile: Profile) -> None:
    result = check_scope(BRIEF, "Please send us 8 spot illustrations in total.", profile, None, today=TODAY)
    assert [d.quantity for d in result.out_of_scope] == [2]


def test_model_items_must_be_in_the_message(profile: Profile) -> None:
    reply = {"asks_for_new_work": True, "new_items": [{"description": "animated video", "quantity": 5}]}
    result = check_scope(BRIEF, "Could we chat about the colours?", profile, fake_model(json.dumps(reply)), today=TODAY)
    assert result.in_scope and result.needs_review and result.change_order is None
    grounded = {"asks_for_new_work": True, "new_items": [{"description": "spot art for the footer", "quantity": 3}]}
    message = "Oh, and three spot art pieces for the footer would be lovely."
    result = check_scope(BRIEF, message, profile, fake_model(json.dumps(grounded)), today=TODAY)
    assert not result.in_scope and result.out_of_scope[0].quantity == 3


@pytest.mark.parametrize(
    ("message", "count"),
    [
        ("Könnten Sie noch 3 Plakate für die Eröffnung machen?", 3),
        ("Pourriez-vous faire encore deux affiches pour le métro ?", 2),
        ("Can you also do 2 gig posters for the tour?", 2),
    ],
)
def test_another_service_is_read_in_three_languages(profile: Profile, message: str, count: int) -> None:
    result = check_scope(BRIEF, message, profile, None, today=TODAY)
    assert [(d.quantity, d.service) for d in result.out_of_scope] == [(count, "poster")]
    order = result.change_order
    assert order is not None and order.net == Decimal(700 * count)  # 700 per poster, as every poster quote
    assert order.notes[0] == CHANGE_ORDER_NOTE % {"brief": "Blog spots"}
    assert_checks_out(order)


def test_more_units_in_german_and_french_count(profile: Profile) -> None:
    german = check_scope(
        BRIEF, "Wir bräuchten noch zwei Illustrationen für den Newsletter.", profile, None, today=TODAY
    )
    french = check_scope(BRIEF, "Pourriez-vous ajouter trois illustrations ?", profile, None, today=TODAY)
    assert [(d.quantity, d.service) for d in german.out_of_scope] == [(2, "spot")]
    assert [(d.quantity, d.service) for d in french.out_of_scope] == [(3, "spot")]


@pytest.mark.parametrize(
    "message",
    [
        "Could we have one more round of revisions on the header spot?",
        "Wir hätten gern eine weitere Korrekturrunde.",
        "Pourriez-vous prévoir un tour de corrections supplémentaire ?",
    ],
)
def test_an_extra_revision_round_is_priced_and_the_floors_hold(profile: Profile, message: str) -> None:
    result = check_scope(BRIEF, message, profile, None, today=TODAY)
    assert not result.in_scope and result.extra_rounds == 1 and result.out_of_scope == []
    order = result.change_order
    assert order is not None
    assert [line.kind for line in order.line_items] == ["revisions", "floor", "floor"]  # no work: only the round
    assert order.line_items[0].amount == Decimal("80.00")  # 1 h x 80
    assert order.net == Decimal("300.00")  # the spot floor (250), then the minimum fee (300)
    assert order.delivery_date >= TODAY + dt.timedelta(days=3)  # the spot's minimum lead time holds
    assert_checks_out(order)


def test_merch_fits_no_service_and_is_never_priced(profile: Profile) -> None:
    result = check_scope(BRIEF, "Can you also do the mug and the tote bag?", profile, None, today=TODAY)
    assert not result.in_scope and result.unpriced == ["mug", "tote bag"]
    assert result.change_order is None and result.out_of_scope == []


@pytest.mark.parametrize(
    "message",
    [
        "Here is our feedback for the second round, as agreed: the spot on page 2 should be warmer.",
        "Anbei unsere Anmerkungen zur zweiten Korrekturrunde, wie vereinbart.",
        "Voici nos retours pour le tour de corrections prévu.",
        "Can we move our call to Friday?",
        "Können wir den Termin auf Mittwoch verschieben?",
        "Thanks, the invoice arrived and we will pay it this week.",
        "Die Rechnung ist angekommen, danke!",
        "Merci beaucoup, les illustrations sont magnifiques !",
    ],
)
def test_feedback_scheduling_invoices_and_thanks_are_in_scope(profile: Profile, message: str) -> None:
    result = check_scope(BRIEF, message, profile, None, today=TODAY)
    assert result.in_scope and result.change_order is None and result.unpriced == []


def test_an_accepted_quote_is_the_agreed_brief(profile: Profile) -> None:
    request = QuoteRequest(
        service="spot",
        deliverables=[Deliverable(description="spot illustrations", quantity=6, service="spot")],
        client="Engines Ltd",
        client_email="ada@engines.example",
        title="Blog spots",
    )
    brief = agreed_brief(build_quote(request, profile, today=TODAY))
    assert (brief.title, brief.client_email, brief.service) == ("Blog spots", "ada@engines.example", "spot")
    assert [(d.quantity, d.service) for d in brief.deliverables] == [(6, "spot")]
    assert check_scope(brief, "Please send all 6 spot illustrations as PNG.", profile, None, today=TODAY).in_scope
