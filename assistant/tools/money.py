"""Money arithmetic for quotes: ``Decimal`` only, rounded the way each currency is written.

Every figure on a quote must check out by hand, so amounts are rounded once per line (half up, to the
currency's minor unit as babel knows it: two places for EUR, none for JPY) and totals are sums of rounded
lines. Formatting uses babel in the freelancer's locale, so ``1234.5 EUR`` reads ``1.234,50 €`` in ``de_DE``.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from babel.core import Locale, UnknownLocaleError
from babel.numbers import format_currency, format_decimal, get_currency_precision

from assistant.errors import ToolError

HUNDRED = Decimal(100)


def precision(currency: str) -> int:
    """Digits after the decimal point for ``currency`` (2 for EUR, 0 for JPY)."""
    return int(get_currency_precision(currency.upper()))


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round ``amount`` half up to the minor unit of ``currency``."""
    return amount.quantize(Decimal(1).scaleb(-precision(currency)), rounding=ROUND_HALF_UP)


def ceil_money(amount: Decimal, currency: str) -> Decimal:
    """Round ``amount`` up to the minor unit of ``currency``: how floors are applied, so they never round down."""
    return amount.quantize(Decimal(1).scaleb(-precision(currency)), rounding=ROUND_CEILING)


def percent_of(amount: Decimal, percent: Decimal, currency: str) -> Decimal:
    """``percent`` % of ``amount``, rounded for ``currency``."""
    return round_money(amount * percent / HUNDRED, currency)


def tax_included_in(gross: Decimal, rate_percent: Decimal, currency: str) -> Decimal:
    """The tax contained in a tax-inclusive ``gross`` amount: ``gross x rate / (100 + rate)``."""
    return round_money(gross * rate_percent / (HUNDRED + rate_percent), currency)


def round_hours(hours: Decimal) -> Decimal:
    """Round hours up to the next quarter hour, the smallest unit a freelancer bills."""
    return (hours * 4).to_integral_value(rounding=ROUND_CEILING) / 4


def format_money(amount: Decimal, currency: str, locale: str = "en", *, whole: bool = False) -> str:
    """``amount`` as the locale writes it, with the currency sign (``€1,234.50`` in ``en``).

    With ``whole``, a whole amount is written without its minor units (``4.000 €``, not ``4.000,00 €``): how a
    client's round budget is said back to them. Computed figures keep them, as the quote document prints them.

    Raises:
        ToolError: the locale is unknown to babel.
    """
    try:
        if whole and amount == amount.to_integral_value():
            pattern = Locale.parse(_babel_locale(locale)).currency_formats["standard"].pattern
            return str(
                format_currency(
                    amount, currency.upper(), pattern.replace(".00", ""), _babel_locale(locale), currency_digits=False
                )
            )
        return str(format_currency(amount, currency.upper(), locale=_babel_locale(locale)))
    except (UnknownLocaleError, ValueError) as exc:
        raise ToolError(
            f"cannot format money in locale {locale!r}", hint="Set a locale like en_GB in profile.toml."
        ) from exc


def format_number(value: Decimal, locale: str = "en") -> str:
    """A plain number (hours, quantities) as the locale writes it."""
    return str(format_decimal(_trim(value), locale=_babel_locale(locale)))


def _trim(value: Decimal) -> Decimal:
    """``12.00`` becomes ``12`` and ``1.50`` becomes ``1.5``, without scientific notation."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _babel_locale(locale: str) -> str:
    return locale.replace("-", "_")
