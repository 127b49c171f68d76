"""The sums of money and the dates a reply's text states, and which of them an edit changed.

The freelancer may edit a draft anywhere (their mail client, ``atelier inbox edit``, the TUI); before the edited
text goes out, the gate checks what the edit *changed*: a price the freelancer typed must still respect the
floor, a date they typed the lead time. So this module reads figures the way the quote writes them in the six
reply languages (``1.234,56 €``, ``€1,234.56``, ``15.03.2027``, ``Mar 15, 2027``, ``15 mars 2027``) and compares
the text before and after the edit word by word. Relative dates ("next Friday", "in zwei Wochen", "morgen", "la
semaine prochaine") promise a day just as a calendar date does; they are read by the client-date reader
(:mod:`assistant.reading.dates`), counted from the day the draft was written.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel.dates import get_month_names

from assistant.mail.text import folded
from assistant.reading.dates import find_dates
from assistant.reading.quantities import fold

FOLDED_CURRENCY = r"(?:[€$£¥]|(?<!\w)(?:eur|euros?|usd|dollars?|gbp|pounds?|chf|sek|nok|dkk|franken|francs?)(?!\w))"
_NUMBER = r"(?P<num>\d{1,3}(?:[ .,'’\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)"
_MULTIPLIER = (
    r"(?:\s*(?P<mult>k|tsd|tausend|mille|mil|mio|mill?ion(?:en|es|s|i)?|millón|mln|miljoen|milioni|mrd|"
    r"milliard\w*|billion)(?!\w)\.?)?"
)
AMOUNT = _NUMBER + _MULTIPLIER
"""A figure as people write one (thousands separators, decimals, a multiplier), with groups ``num`` and ``mult``."""
MONEY = (
    re.compile(rf"{FOLDED_CURRENCY}\s*{AMOUNT}"),
    re.compile(rf"(?<![\d.,]){AMOUNT}\s*{FOLDED_CURRENCY}"),
)
"""A figure next to a currency, on folded text: "50 000 EUR", "€2,5 Mio.", "1.234,56 €"."""
_TIMES = {"k": 3, "tsd": 3, "tausend": 3, "mille": 3, "mil": 3, "mrd": 9, "billion": 9}
LOCALES = ("en", "de", "fr", "es", "it", "nl")
CONTEXT_WORDS = 2
"""Words either side of a changed stretch that are read with it: an edit of "1.000" in "1.000 €" keeps the €."""


def figure_value(number: str, multiplier: str | None) -> Decimal | None:
    """``"50 000"``, ``"2.500"``, ``"1.234,56"``, ``"2,5"`` with ``"mio"`` ... as one number."""
    digits = re.sub(r"[ '’\u00a0\u202f]", "", number)
    decimals = re.fullmatch(r"(.*?)[.,](\d{1,2})", digits)
    whole, fraction = (decimals.group(1), decimals.group(2)) if decimals else (digits, "0")
    try:
        value = Decimal(f"{re.sub(r'[.,]', '', whole)}.{fraction}")
    except InvalidOperation:
        return None
    if multiplier:
        word = multiplier.rstrip(".")
        power = _TIMES.get(word, 9 if word.startswith("milliard") else 6)
        value *= Decimal(10) ** power
    return value


@functools.cache
def _months() -> dict[str, int]:
    """Month names and abbreviations in the reply languages (folded), to their number."""
    names: dict[str, int] = {}
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=locale).items():
                    names.setdefault(folded(name).rstrip("."), number)
    return names


@functools.cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    months = "|".join(sorted((re.escape(m) for m in _months()), key=len, reverse=True))
    return (
        re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
        re.compile(r"(?<![\d.])(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4}|\d{2})(?![\d])"),
        re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?(?P<mn>{months})\.?(?:\s+(?:de\s+)?(?P<y>\d{{4}}))?"
        ),
        re.compile(rf"(?<!\w)(?P<mn>{months})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?(?!\d)"),
    )


def amounts(text: str) -> set[Decimal]:
    """Every sum of money ``text`` states (a figure next to a currency), read on its folded form."""
    found: set[Decimal] = set()
    for pattern in MONEY:
        for match in pattern.finditer(folded(text)):
            value = figure_value(match.group("num"), match.group("mult"))
            if value is not None:
                found.add(value)
    return found


_EXPLICIT_KINDS = frozenset({"iso", "numeric", "numeric_short", "day_month", "month_day"})
"""Calendar dates, which :func:`dates` reads itself with the month names the quote writes (babel's)."""
_GREETING = re.compile(r"(?:guten|goeden|goede|good)\s+$")
"""Before "morgen", a greeting ("Guten Morgen", "goedemorgen" written apart), not tomorrow."""


def relative_dates(text: str, written: dt.date) -> set[dt.date]:
    """The days ``text`` names relative to ``written`` ("next Friday", "in two weeks", "morgen", "fin du mois")."""
    words = fold(text)
    return {
        found.date
        for found in find_dates(text, written)
        if found.kind not in _EXPLICIT_KINDS and not (found.kind == "named" and _GREETING.search(words[: found.start]))
    }


def dates(text: str, today: dt.date, written: dt.date | None = None) -> set[dt.date]:
    """Every date ``text`` states; a day and month without a year is the next one from ``today``.

    Relative dates count from ``written`` (the day the text was written), else from ``today``.
    """
    found: set[dt.date] = relative_dates(text, written or today)
    words = folded(text)
    for pattern in _date_patterns():
        for match in pattern.finditer(words):
            parts = match.groupdict()
            month = _months()[parts["mn"]] if parts.get("mn") else int(parts["m"])
            year = int(parts["y"]) if parts.get("y") else today.year
            year += 2000 if year < 100 else 0
            try:
                value = dt.date(year, month, int(parts["d"]))
            except ValueError:
                continue
            if not parts.get("y") and value < today:
                value = value.replace(year=year + 1)
            found.add(value)
    return found


@dataclass(frozen=True)
class Change:
    """One stretch of words an edit replaced or added, with the figures on either side of it."""

    amounts: frozenset[Decimal]
    """Sums the new words state that the text before the edit did not."""
    replaced_amounts: frozenset[Decimal]
    """Sums the replaced words stated that the edited text no longer does."""
    dates: frozenset[dt.date]
    replaced_dates: frozenset[dt.date]


def changes(before: str, after: str, today: dt.date, written: dt.date | None = None) -> list[Change]:
    """The stretches of ``after`` that differ from ``before`` and state a sum or a date (none when unchanged).

    Relative dates in either text count from ``written``, the day the draft was written (else ``today``).
    """
    old, new = before.split(), after.split()
    old_amounts, new_amounts = amounts(before), amounts(after)
    old_dates, new_dates = dates(before, today, written), dates(after, today, written)
    found: list[Change] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        was = " ".join(old[max(0, a0 - CONTEXT_WORDS) : a1 + CONTEXT_WORDS])
        now = " ".join(new[max(0, b0 - CONTEXT_WORDS) : b1 + CONTEXT_WORDS])
        change = Change(
            amounts=frozenset(amounts(now) - old_amounts),
            replaced_amounts=frozenset(amounts(was) - new_amounts),
            dates=frozenset(dates(now, today, written) - old_dates),
            replaced_dates=frozenset(dates(was, today, written) - new_dates),
        )
        if change.amounts or change.replaced_amounts or change.dates or change.replaced_dates:
            found.append(change)
    return found


def states_figures(summary: str, body: str, written: dt.date) -> bool:
    """Whether ``body`` still states every sum and every date that ``summary`` states (and the summary has some).

    The quote summary is prose the freelancer may reword ("Für drei Plakate ..."): the PDF still agrees with the
    mail as long as the figures it shares with it stand. Changing or deleting one of them is a disagreement.
    ``written`` is the day the summary was written (a day and month without a year are the next one from it).
    """
    sums, days = amounts(summary), dates(summary, written)
    return bool(sums or days) and sums <= amounts(body) and days <= dates(body, written, written)
