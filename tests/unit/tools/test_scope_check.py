import datetime as dt
import json
from decimal import Decimal

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

from assistant.profile import Profile
from assistant.tools.brief_models import Brief
from assistant.tools.quote_models import Deliverable
from assistant.tools.scope_check import check_scope
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
