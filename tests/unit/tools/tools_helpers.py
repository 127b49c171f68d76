"""Helpers for the quote, brief and scope tests: a small profile of our own, model fakes, a by-hand check."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.profile import Profile
from assistant.tools.money import round_money
from assistant.tools.quote_models import Quote

TODAY = dt.date(2026, 11, 25)


def profile_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "Robin Test",
        "business": "Test Studio",
        "email": "robin@test.example",
        "currency": "EUR",
        "locale": "en",
        "hourly_rate": "80",
        "minimum_fee": "300",
        "services": [
            {
                "id": "logo",
                "name": "Logo design",
                "unit": "project",
                "hours_per_unit": "10",
                "floor": "900",
                "included_revisions": 2,
                "revision_hours": "2",
                "lead_days": 14,
                "min_lead_days": 5,
                "keywords": ["logo", "wordmark"],
            },
            {
                "id": "spot",
                "name": "Spot illustration",
                "unit": "illustration",
                "hours_per_unit": "3",
                "floor": "250",
                "included_revisions": 1,
                "revision_hours": "1",
                "lead_days": 10,
                "min_lead_days": 3,
                "keywords": ["spot illustration", "spot"],
            },
            {
                "id": "poster",
                "name": "Poster",
                "unit": "poster",
                "hours_per_unit": "8",
                "unit_price": "700",
                "floor": "500",
                "lead_days": 10,
                "min_lead_days": 4,
                "keywords": ["poster", "gig poster"],
            },
        ],
        "tax": {"name": "VAT", "rate_percent": "20", "inclusive": False},
        "payment": {"deposit_percent": "40", "deposit_due_days": 5, "terms_days": 30, "quote_validity_days": 21},
        "rush": {"multiplier": "1.5"},
        "discounts": {"returning_client_percent": "10"},
    }
    data.update(overrides)
    return data


def make_profile(**overrides: Any) -> Profile:
    return Profile.model_validate(profile_data(**overrides))


def fake_model(*replies: str) -> GenericFakeChatModel:
    """A chat model that answers with ``replies`` in order."""
    return GenericFakeChatModel(messages=iter([AIMessage(content=r) for r in replies]))


def assert_checks_out(quote: Quote) -> None:
    """Every figure of the quote can be redone by hand from its lines."""
    cur = quote.currency
    for line in quote.line_items:
        assert line.amount == round_money(line.quantity * line.unit_price, cur)
    fee = sum((li.amount for li in quote.line_items if li.kind != "expense"), Decimal(0))
    expenses = sum((li.amount for li in quote.line_items if li.kind == "expense"), Decimal(0))
    assert quote.subtotal == fee + expenses
    assert quote.net == quote.subtotal - quote.discount
    rate = quote.tax_rate_percent
    if quote.tax_inclusive:
        assert quote.total == quote.net
        assert quote.tax == round_money(quote.total * rate / (100 + rate), cur)
    else:
        assert quote.tax == round_money(quote.net * rate / 100, cur)
        assert quote.total == quote.net + quote.tax
    assert quote.deposit == round_money(quote.total * quote.deposit_percent / 100, cur)
    assert quote.balance == quote.total - quote.deposit
    target = quote.option("target")
    assert (target.fee, target.discount, target.net, target.total) == (fee, quote.discount, quote.net, quote.total)
