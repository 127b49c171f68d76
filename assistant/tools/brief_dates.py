"""Dates in inquiry text, found and resolved by code: ``15 March``, ``2027-03-15``, ``in 3 weeks``, ``end of April``.

Relative dates are resolved against an anchor (the day the mail was sent, else today). A date without a year is
the next such date on or after the anchor. Numeric dates are read day first (``03/04`` is 3 April) unless the
locale is US English. English and German month names are known, since many inquiries mix both.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "twenty": 20, "thirty": 30, "a couple of": 2, "a few": 3, "a dozen": 12, "dozen": 12,
    "ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "zehn": 10, "zwölf": 12,
}  # fmt: skip
MONTHS = {
    "jan": 1, "january": 1, "januar": 1, "feb": 2, "february": 2, "februar": 2, "mar": 3, "march": 3, "märz": 3,
    "maerz": 3, "apr": 4, "april": 4, "may": 5, "mai": 5, "jun": 6, "june": 6, "juni": 6, "jul": 7, "july": 7,
    "juli": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "okt": 10,
    "oktober": 10, "nov": 11, "november": 11, "dec": 12, "december": 12, "dez": 12, "dezember": 12,
}  # fmt: skip
WEEKDAYS = {name: i for i, names in enumerate(
    [("monday", "montag"), ("tuesday", "dienstag"), ("wednesday", "mittwoch"), ("thursday", "donnerstag"),
     ("friday", "freitag"), ("saturday", "samstag"), ("sunday", "sonntag")]) for name in names}  # fmt: skip

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUM = r"\d{1,3}|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_PART = r"early|mid|middle of|late|end of|the end of|start of|beginning of|ende|anfang|mitte"
_YEAR = r"(?:,?\s+(\d{4}))?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("numeric", re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2,4})\b")),
    ("day_month", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?({_MONTH})\.?{_YEAR}\b", re.I)),
    ("month_day", re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR}", re.I)),
    ("part_month", re.compile(rf"\b({_PART})[\s-]+({_MONTH})\b{_YEAR}", re.I)),
    ("relative", re.compile(rf"\b(?:in|within|inside)\s+(?:the\s+next\s+)?({_NUM})\s+(day|week|month)s?\b", re.I)),
    ("next", re.compile(r"\b(tomorrow|next week|next month|end of (?:the|this) (?:month|year)|christmas)\b", re.I)),
    ("weekday", re.compile(r"\b(?:by|on|until|before|next|this)\s+(" + "|".join(WEEKDAYS) + r")\b", re.I)),
]
_STRONG_CUES = re.compile(
    r"\b(by|deadline|due|need|needs|needed|latest|no later than|ready|deliver\w*|files|bis|spätestens|fertig)\b",
    re.I,
)
_WEAK_CUES = re.compile(r"\b(before|until|till|launch\w*|print\w*|start\w*)\b", re.I)


@dataclass(frozen=True)
class FoundDate:
    """A date found in text, with the words it came from and whether a deadline cue preceded it."""

    date: dt.date
    text: str
    start: int
    cue: int
    """2 after a strong deadline cue ("deadline", "by", "need"), 1 after a weak one ("before", "launch"), else 0."""


def number_value(word: str) -> int | None:
    """``12`` or ``twelve`` as an int, or None."""
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def find_dates(text: str, anchor: dt.date, *, month_first: bool = False) -> list[FoundDate]:
    """Every date in ``text``, in order of appearance; impossible dates (31 February) are skipped."""
    found: list[FoundDate] = []
    taken: list[range] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() in span for span in taken):
                continue
            date = _resolve(kind, match, anchor, month_first)
            if date is None:
                continue
            taken.append(range(match.start(), match.end()))
            before = re.split(r"[.!?\n]\s", text[max(0, match.start() - 60) : match.start()])[-1]
            context = before + " " + match.group(0)
            cue = 2 if _STRONG_CUES.search(context) else 1 if _WEAK_CUES.search(context) else 0
            found.append(FoundDate(date, match.group(0), match.start(), cue))
    return sorted(found, key=lambda f: f.start)


def find_deadline(text: str, anchor: dt.date, *, month_first: bool = False) -> FoundDate | None:
    """The deadline: the earliest of the dates with the strongest cue.

    "deadline", "by" and "need" beat "before" and "launch", which beat no cue; dates before the anchor are ignored.
    """
    dates = [d for d in find_dates(text, anchor, month_first=month_first) if d.date >= anchor]
    if not dates:
        return None
    best = max(d.cue for d in dates)
    return min((d for d in dates if d.cue == best), key=lambda d: d.date)


def parse_date(text: str, anchor: dt.date, *, month_first: bool = False) -> dt.date | None:
    """The first date in ``text`` (used to check a date the model wrote), or None."""
    dates = find_dates(text, anchor, month_first=month_first)
    return dates[0].date if dates else None


def _resolve(kind: str, m: re.Match[str], anchor: dt.date, month_first: bool) -> dt.date | None:
    g = m.groups()
    if kind in ("day_month", "month_day", "part_month") and re.search(r"\bmay\b", m.group(0)):
        return None  # lower-case "may" is the verb, not the month
    if kind == "iso":
        return _make(int(g[0]), int(g[1]), int(g[2]))
    if kind == "numeric":
        first, second, year = int(g[0]), int(g[1]), int(g[2])
        day, month = (second, first) if month_first else (first, second)
        return _make(year + 2000 if year < 100 else year, month, day)
    if kind == "day_month":
        return _with_year(int(g[0]), MONTHS[g[1].lower()], g[2], anchor)
    if kind == "month_day":
        return _with_year(int(g[1]), MONTHS[g[0].lower()], g[2], anchor)
    if kind == "part_month":
        return _part_of_month(g[0].lower(), MONTHS[g[1].lower()], g[2], anchor)
    if kind == "relative":
        count = number_value(g[0])
        return None if count is None else _add(anchor, count, g[1].lower())
    if kind == "next":
        return _named(g[0].lower(), anchor)
    weekday = WEEKDAYS[g[0].lower()]
    return anchor + dt.timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _with_year(day: int, month: int, year: str | None, anchor: dt.date) -> dt.date | None:
    if year:
        return _make(int(year), month, day)
    date = _make(anchor.year, month, day)
    if date is not None and date < anchor:
        date = _make(anchor.year + 1, month, day)
    return date


def _part_of_month(part: str, month: int, year: str | None, anchor: dt.date) -> dt.date | None:
    if part in ("early", "start of", "beginning of", "anfang"):
        day = 5
    elif part in ("mid", "middle of", "mitte"):
        day = 15
    else:
        day = 0  # late / end of: the last day
    base = _with_year(1, month, year, anchor.replace(day=1))
    if base is None:
        return None
    last = calendar.monthrange(base.year, base.month)[1]
    return base.replace(day=day or last)


def _add(anchor: dt.date, count: int, unit: str) -> dt.date:
    if unit == "day":
        return anchor + dt.timedelta(days=count)
    if unit == "week":
        return anchor + dt.timedelta(weeks=count)
    month_index = anchor.month - 1 + count
    year, month = anchor.year + month_index // 12, month_index % 12 + 1
    return anchor.replace(year=year, month=month, day=min(anchor.day, calendar.monthrange(year, month)[1]))


def _named(name: str, anchor: dt.date) -> dt.date:
    if name == "tomorrow":
        return anchor + dt.timedelta(days=1)
    if name == "next week":
        return anchor + dt.timedelta(weeks=1)
    if name == "next month":
        return _add(anchor, 1, "month")
    if name.endswith("month"):
        return anchor.replace(day=calendar.monthrange(anchor.year, anchor.month)[1])
    if name.endswith("year"):
        return dt.date(anchor.year, 12, 31)
    christmas = dt.date(anchor.year, 12, 24)
    return christmas if christmas >= anchor else dt.date(anchor.year + 1, 12, 24)
