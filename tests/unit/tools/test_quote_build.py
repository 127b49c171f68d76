import datetime as dt
from decimal import Decimal

import pytest

from assistant.errors import ToolError
from assistant.memory.models import PastProject
from assistant.profile import Profile
from assistant.tools.quote import build_quote
from assistant.tools.quote_models import Deliverable, Expense, QuoteRequest
from tests.unit.tools.tools_helpers import TODAY, assert_checks_out, make_profile, profile_data

D = Decimal


def request(service: str = "logo", qty: int = 1, **kw: object) -> QuoteRequest:
    return QuoteRequest(
        service=service, deliverables=[Deliverable(description=service, quantity=qty, service=service)], **kw
    )


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def test_logo_below_its_floor_is_lifted_to_the_floor(profile: Profile) -> None:
    quote = build_quote(request(deadline=days(20), client="Ada"), profile, today=TODAY)
    # 10 h x 80 = 800 < floor 900: one "minimum order" line of 100.
    assert [(li.kind, li.amount) for li in quote.line_items] == [("work", D("800.00")), ("floor", D("100.00"))]
    assert quote.subtotal == D("900.00")
    assert quote.tax == D("180.00")
    assert quote.total == D("1080.00")
    assert quote.deposit == D("432.00")
    assert quote.balance == D("648.00")
    assert quote.deposit_due == days(5)
    assert quote.balance_due == days(20) + dt.timedelta(days=30)
    assert quote.valid_until == days(21)
    assert quote.delivery_date == days(20)
    assert not quote.rush
    assert quote.floor == D("900")
    assert_checks_out(quote)


def test_hours_come_from_past_projects_weighted_to_actuals(profile: Profile) -> None:
    projects = [
        PastProject(source="a.md", client="Acme", title="Icons", service="spot", hours_actual=D(14),
                    hours_estimated=D(10), tags=("units:4",), similarity=1.0),
        PastProject(source="b.md", client="Bee", title="5 spot illustrations", service="spot",
                    hours_estimated=D(10), similarity=0.0),
        PastProject(source="c.md", client="Cee", title="A logo", service="logo", hours_actual=D(30)),
        PastProject(source="d.md", client="Dee", title="Spots", service="spot"),
    ]  # fmt: skip
    asked: list[tuple[str, str, int]] = []

    def similar(service: str, description: str, k: int) -> list[PastProject]:
        asked.append((service, description, k))
        return projects

    req = request("spot", 4, deadline=days(5), returning=True, description="four spots for a blog")
    quote = build_quote(req, profile, similar, today=TODAY)
    assert asked and asked[0][0] == "spot" and asked[0][1] == "four spots for a blog"
    est = quote.estimates[0]
    assert est.basis == "past_projects"
    assert [p.source for p in est.projects] == ["a.md", "b.md"]
    # a.md: 14 h actual / 4 = 3.50 per unit, weight 1.00; b.md: 10 h estimate / 5 = 2.00, weight 0.25.
    assert [(p.hours_per_unit, p.weight) for p in est.projects] == [(D("3.50"), D("1.00")), (D("2.00"), D("0.25"))]
    assert est.hours_per_unit == D("3.20")
    assert est.hours == D(13)  # 12.8 rounded up to the quarter hour
    work, rush = quote.line_items
    assert (work.quantity, work.amount) == (D(13), D("1040.00"))
    assert quote.rush and rush.amount == D("520.00")  # 5 days < lead 10: +50 %
    assert quote.discount == D("156.00")  # returning client 10 % of 1560
    assert quote.total == D("1684.80")
    assert "Icons for Acme" in quote.explanation and "5 spot illustrations for Bee" in quote.explanation
    assert_checks_out(quote)


def test_a_deadline_under_the_minimum_lead_time_is_moved_and_explained(profile: Profile) -> None:
    quote = build_quote(request("spot", 2, deadline=days(1)), profile, today=TODAY)
    assert quote.delivery_date == days(3)
    assert quote.requested_deadline == days(1)
    assert quote.rush
    assert any(days(3).isoformat() in note and "at least 3 days" in note for note in quote.notes)


def test_no_deadline_plans_the_usual_lead_time_and_asks(profile: Profile) -> None:
    quote = build_quote(request("logo"), profile, today=TODAY)
    assert quote.delivery_date == days(14)
    assert not quote.rush
    assert any("When do you need" in q for q in quote.questions)


def test_extra_revision_rounds_are_billed(profile: Profile) -> None:
    quote = build_quote(request("logo", revisions=4, deadline=days(30)), profile, today=TODAY)
    revisions = [li for li in quote.line_items if li.kind == "revisions"]
    assert len(revisions) == 1
    assert (revisions[0].quantity, revisions[0].amount) == (D(4), D("320.00"))  # 2 rounds x 2 h x 80
    assert quote.revision_rounds == 4
    assert_checks_out(quote)


def test_a_discount_never_takes_the_price_below_the_floor(profile: Profile) -> None:
    quote = build_quote(request("logo", discount_percent=D(50), deadline=days(30)), profile, today=TODAY)
    assert quote.discount == D(0)
    assert quote.net == D("900.00")
    assert any("limited" in note for note in quote.notes)


def test_expenses_pass_through_undiscounted(profile: Profile) -> None:
    req = request(
        "spot", 4, returning=True, deadline=days(30), expenses=[Expense(description="Stock", amount=D("49.99"))]
    )
    quote = build_quote(req, profile, today=TODAY)
    fee = D(12) * D(80)  # 4 x 3 h
    assert quote.discount == D("96.00")  # 10 % of the fee only
    assert quote.subtotal == fee + D("49.99")
    assert_checks_out(quote)


def test_unit_priced_services_use_the_unit_price() -> None:
    profile = make_profile()
    quote = build_quote(request("poster", 2, deadline=days(30)), profile, today=TODAY)
    work = quote.line_items[0]
    assert (work.quantity, work.unit, work.unit_price, work.amount) == (D(2), "poster", D("700"), D("1400.00"))
    assert quote.estimates[0].basis == "unit_price"


def test_tax_inclusive_prices_contain_the_tax() -> None:
    profile = make_profile(tax={"name": "MwSt", "rate_percent": "20", "inclusive": True})
    quote = build_quote(request("logo", deadline=days(30)), profile, today=TODAY)
    assert quote.total == quote.net == D("900.00")
    assert quote.tax == D("150.00")
    assert_checks_out(quote)


def test_options_are_ordered_and_respect_the_floor(profile: Profile) -> None:
    quote = build_quote(request("spot", 10, deadline=days(30)), profile, today=TODAY)
    low, mid, high = quote.options
    assert low.total < mid.total < high.total
    assert low.revision_rounds == 1 and high.revision_rounds == mid.revision_rounds + 2
    assert low.hours == D("25.5") and mid.hours == D(30)  # 85 % of 30 h
    assert all(o.fee - o.discount >= quote.floor for o in quote.options)


def test_several_services_share_one_order_floor(profile: Profile) -> None:
    req = QuoteRequest(
        service="logo",
        deliverables=[
            Deliverable(description="Logo", quantity=1),
            Deliverable(description="Icons", quantity=2, service="spot"),
        ],
        deadline=days(30),
    )
    quote = build_quote(req, profile, today=TODAY)
    assert quote.services == ["logo", "spot"]
    assert quote.floor == D("1150")  # 900 + 250, above the 300 minimum fee
    assert quote.delivery_date == days(30)
    assert_checks_out(quote)


def test_minimum_fee_applies_to_the_whole_order() -> None:
    profile = make_profile(minimum_fee="2000")
    quote = build_quote(request("spot", 1, deadline=days(30)), profile, today=TODAY)
    assert quote.line_items[-1].description == "Minimum fee"
    assert quote.net == D("2000.00")


def test_zero_decimal_currency_rounds_to_whole_units() -> None:
    data = profile_data(currency="JPY", hourly_rate="8333", minimum_fee="0")
    quote = build_quote(request("spot", 1, deadline=days(30)), Profile.model_validate(data), today=TODAY)
    assert all(li.amount == li.amount.to_integral_value() for li in quote.line_items)
    assert quote.total == quote.total.to_integral_value()
    assert_checks_out(quote)


def test_foreign_currency_and_unknown_services_are_refused(profile: Profile) -> None:
    with pytest.raises(ToolError, match="USD"):
        build_quote(request("logo", currency="USD"), profile, today=TODAY)
    with pytest.raises(ToolError, match="unknown service"):
        build_quote(request("mural"), profile, today=TODAY)


def test_build_quote_is_pure(profile: Profile) -> None:
    req = request("spot", 3, deadline=days(8), returning=True)
    assert build_quote(req, profile, today=TODAY) == build_quote(req, profile, today=TODAY)
