"""Floors and lead times hold for any profile and any request (hypothesis)."""

import datetime as dt
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.memory.models import PastProject
from assistant.profile import Profile
from assistant.tools.quote import build_quote
from assistant.tools.quote_models import Deliverable, Expense, QuoteRequest
from tests.unit.tools.tools_helpers import TODAY, assert_checks_out

money = st.decimals(min_value=Decimal("0"), max_value=Decimal("20000"), places=2)
percent = st.decimals(min_value=Decimal("0"), max_value=Decimal("100"), places=1)


@st.composite
def services(draw: st.DrawFn, sid: str) -> dict[str, Any]:
    lead = draw(st.integers(0, 90))
    return {
        "id": sid,
        "name": sid.title(),
        "unit": draw(st.sampled_from(["project", "page", "illustration"])),
        "hours_per_unit": str(draw(st.decimals(min_value=Decimal("0.25"), max_value=Decimal("80"), places=2))),
        "floor": str(draw(money)),
        "unit_price": draw(st.none() | money.map(str)),
        "included_revisions": draw(st.integers(0, 4)),
        "revision_hours": str(draw(st.decimals(min_value=Decimal("0"), max_value=Decimal("10"), places=1))),
        "lead_days": lead,
        "min_lead_days": draw(st.integers(0, lead)),
    }


@st.composite
def profiles(draw: st.DrawFn) -> Profile:
    ids = draw(st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=3, unique=True))
    data = {
        "name": "P",
        "currency": draw(st.sampled_from(["EUR", "USD", "JPY", "GBP", "KWD"])),
        "hourly_rate": str(draw(st.decimals(min_value=Decimal("1"), max_value=Decimal("400"), places=2))),
        "minimum_fee": str(draw(money)),
        "services": [draw(services(sid)) for sid in ids],
        "tax": {
            "rate_percent": str(draw(st.decimals(min_value=0, max_value=30, places=1))),
            "inclusive": draw(st.booleans()),
        },
        "payment": {"deposit_percent": str(draw(percent)), "deposit_due_days": draw(st.integers(0, 30))},
        "rush": {"multiplier": str(draw(st.decimals(min_value=1, max_value=3, places=2)))},
        "discounts": {"returning_client_percent": str(draw(st.decimals(min_value=0, max_value=50, places=1)))},
    }
    return Profile.model_validate(data)


@st.composite
def requests(draw: st.DrawFn, profile: Profile) -> QuoteRequest:
    ids = [s.id for s in profile.services]
    items = draw(
        st.lists(
            st.builds(
                Deliverable, description=st.just("thing"), quantity=st.integers(1, 200), service=st.sampled_from(ids)
            ),
            min_size=1,
            max_size=3,
        )
    )
    offset = draw(st.none() | st.integers(-30, 200))
    return QuoteRequest(
        service=ids[0],
        deliverables=items,
        deadline=None if offset is None else TODAY + dt.timedelta(days=offset),
        returning=draw(st.booleans()),
        revisions=draw(st.none() | st.integers(0, 8)),
        discount_percent=draw(percent),
        expenses=draw(st.lists(st.builds(Expense, description=st.just("print"), amount=money), max_size=2)),
    )


@st.composite
def cases(draw: st.DrawFn) -> tuple[Profile, QuoteRequest, list[PastProject]]:
    profile = draw(profiles())
    projects = draw(
        st.lists(
            st.builds(
                PastProject,
                source=st.text("abcdef", min_size=1, max_size=5),
                client=st.just("x"),
                service=st.sampled_from([s.id for s in profile.services]),
                hours_actual=st.none() | st.decimals(min_value=Decimal("0.5"), max_value=Decimal("500"), places=1),
                hours_estimated=st.none() | st.decimals(min_value=Decimal("0.5"), max_value=Decimal("500"), places=1),
                tags=st.lists(st.sampled_from(["units:3", "units:12", "kids"]), max_size=2).map(tuple),
                similarity=st.floats(0, 1),
            ),
            max_size=6,
        )
    )
    return profile, draw(requests(profile)), projects


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_no_option_is_below_the_floor_and_no_delivery_inside_the_minimum_lead(
    case: tuple[Profile, QuoteRequest, list[PastProject]],
) -> None:
    profile, request, projects = case
    quote = build_quote(request, profile, lambda s, d, k: projects, today=TODAY)
    ordered = {d.service or request.service for d in request.deliverables}
    floor = max(profile.minimum_fee, sum((profile.service(s).floor for s in ordered), Decimal(0)))
    assert floor <= quote.floor <= floor + len(ordered) + 1  # floors are rounded up to the minor unit
    for option in quote.options:
        assert option.fee - option.discount >= floor
        assert option.fee - option.discount >= profile.minimum_fee
        for sid in ordered:
            assert option.fee - option.discount >= profile.service(sid).floor
    min_lead = max(profile.service(s).min_lead_days for s in ordered)
    assert quote.delivery_date >= TODAY + dt.timedelta(days=min_lead)
    if request.deadline is not None and request.deadline >= TODAY + dt.timedelta(days=min_lead):
        assert quote.delivery_date == request.deadline
    lead = max(profile.service(s).lead_days for s in ordered)
    assert quote.rush == (request.deadline is not None and quote.delivery_date < TODAY + dt.timedelta(days=lead))
    assert_checks_out(quote)
