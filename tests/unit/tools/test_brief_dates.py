import datetime as dt

import pytest

from assistant.tools.brief_dates import find_dates, find_deadline, parse_date

ANCHOR = dt.date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("by 2027-03-15", dt.date(2027, 3, 15)),
        ("print files 26.03.2027", dt.date(2027, 3, 26)),
        ("on 15th of March", dt.date(2027, 3, 15)),
        ("January 22nd, 2027", dt.date(2027, 1, 22)),
        ("by 30 November", dt.date(2026, 11, 30)),
        ("by 20 November", dt.date(2027, 11, 20)),
        ("end of April", dt.date(2027, 4, 30)),
        ("mid-February", dt.date(2027, 2, 15)),
        ("bis Ende März", dt.date(2027, 3, 31)),
        ("in three weeks", dt.date(2026, 12, 16)),
        ("within 10 days", dt.date(2026, 12, 5)),
        ("in 2 months", dt.date(2027, 1, 25)),
        ("by Friday", dt.date(2026, 11, 27)),
        ("before Christmas", dt.date(2026, 12, 24)),
        ("tomorrow", dt.date(2026, 11, 26)),
    ],
)
def test_dates_resolve_against_the_anchor(text: str, expected: dt.date) -> None:
    assert parse_date(text, ANCHOR) == expected


def test_impossible_dates_and_the_verb_may_are_not_dates() -> None:
    assert find_dates("on 31 February, or 30/02/2027", ANCHOR) == []
    assert find_dates("we may 2 things", ANCHOR) == []


def test_us_locales_read_month_first() -> None:
    assert parse_date("03/04/2027", ANCHOR) == dt.date(2027, 4, 3)
    assert parse_date("03/04/2027", ANCHOR, month_first=True) == dt.date(2027, 3, 4)


def test_the_deadline_is_the_date_with_the_strongest_cue() -> None:
    text = "We could sign before Christmas. Our deadline for print files is 26 March 2027."
    found = find_deadline(text, ANCHOR)
    assert found is not None and found.date == dt.date(2027, 3, 26) and found.text == "26 March 2027"


def test_past_dates_are_not_deadlines() -> None:
    assert find_deadline("we met on 2026-10-01", ANCHOR) is None


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Liefertermin: KW 6/2027.", dt.date(2026, 12, 3), dt.date(2027, 2, 12)),
        ("Bis Ostern wäre super.", dt.date(2027, 1, 20), dt.date(2027, 3, 28)),
        ("necesito un logotipo antes de Reyes", dt.date(2026, 12, 2), dt.date(2027, 1, 6)),
        ("Délai : pour la fin du mois prochain.", dt.date(2027, 1, 25), dt.date(2027, 2, 28)),
        ("need a logo by end of month?", dt.date(2026, 10, 2), dt.date(2026, 10, 31)),
        ("La entrega final sería en un plazo de cuatro meses.", dt.date(2026, 11, 26), dt.date(2027, 3, 26)),
        ("pour Noël 2027 nous voudrions trois boîtes", dt.date(2026, 12, 10), dt.date(2027, 12, 24)),
        ("me gustaría tenerlo antes de fin de año que viene", dt.date(2026, 10, 8), dt.date(2027, 12, 31)),
    ],
)
def test_weeks_feasts_and_month_ends_are_dates(text: str, anchor: dt.date, expected: dt.date) -> None:
    found = find_deadline(text, anchor)
    assert found is not None and found.date == expected
