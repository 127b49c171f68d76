from decimal import Decimal

import pytest

from assistant.errors import ToolError
from assistant.tools.money import (
    format_money,
    format_number,
    percent_of,
    precision,
    round_hours,
    round_money,
    tax_included_in,
)


def test_precision_follows_the_currency() -> None:
    assert precision("EUR") == 2
    assert precision("JPY") == 0


def test_round_money_is_half_up_to_the_minor_unit() -> None:
    assert round_money(Decimal("2.345"), "EUR") == Decimal("2.35")
    assert round_money(Decimal("2.344"), "EUR") == Decimal("2.34")
    assert round_money(Decimal("1234.5"), "JPY") == Decimal("1235")


def test_percentages_and_included_tax() -> None:
    assert percent_of(Decimal("2018.75"), Decimal(19), "EUR") == Decimal("383.56")
    assert tax_included_in(Decimal("120"), Decimal(20), "EUR") == Decimal("20.00")


def test_hours_round_up_to_the_quarter() -> None:
    assert round_hours(Decimal("12.8")) == Decimal(13)
    assert round_hours(Decimal("12.01")) == Decimal("12.25")
    assert round_hours(Decimal("12.25")) == Decimal("12.25")


def test_format_money_uses_the_locale() -> None:
    assert format_money(Decimal("1234.5"), "EUR", "de_DE") == "1.234,50\xa0€"
    assert format_money(Decimal("1234.5"), "EUR", "en") == "€1,234.50"
    assert format_number(Decimal("12.00"), "en") == "12"
    assert format_number(Decimal("1.50"), "de_DE") == "1,5"


def test_a_round_budget_is_said_back_without_cents() -> None:
    assert format_money(Decimal(4000), "EUR", "de_DE", whole=True) == "4.000\xa0€"
    assert format_money(Decimal(4000), "EUR", "en_GB", whole=True) == "€4,000"
    assert format_money(Decimal(4000), "EUR", "nl_NL", whole=True) == "€\xa04.000"
    assert format_money(Decimal("4000.50"), "EUR", "de_DE", whole=True) == "4.000,50\xa0€"  # cents it has are kept
    assert format_money(Decimal(4000), "EUR", "de_DE") == "4.000,00\xa0€"  # computed figures keep them


def test_unknown_locale_is_a_tool_error() -> None:
    with pytest.raises(ToolError):
        format_money(Decimal(1), "EUR", "xx_NOPE")
