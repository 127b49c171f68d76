"""Dates read the way the freelancer reads them: feasts, weekday phrases, corrections, starts and refused days."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.reading.deadlines import find_deadline

D = dt.date
WEDNESDAY = D(2027, 1, 13)


def _deadline(text: str, anchor: dt.date = WEDNESDAY) -> dt.date | None:
    found = find_deadline(text, anchor)
    return found.date if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Plakate brauchen wir bis zum Samstag vor Ostern.", D(2027, 3, 27)),
        ("Entrega como tarde el domingo de Pascua, por favor.", D(2027, 3, 28)),
        ("We'd like the labels ready before Easter Sunday.", D(2027, 3, 28)),
        ("Het etiket moet klaar zijn voor Koningsdag.", D(2027, 4, 27)),
        ("Die Dosen sollten bis Pfingsten fertig sein.", D(2027, 5, 16)),
        ("Can the poster be ready by Halloween?", D(2027, 10, 31)),
    ],
)
def test_a_feast_is_the_day_it_falls_on(text: str, expected: dt.date) -> None:
    assert _deadline(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Graag aanleveren volgende week vrijdag.", D(2027, 1, 22)),
        ("Could we have it Tuesday next week?", D(2027, 1, 19)),
        ("La consegna sarebbe lunedì prossimo.", D(2027, 1, 18)),
        ("Lo necesitamos para el próximo jueves.", D(2027, 1, 21)),
    ],
)
def test_a_weekday_of_next_week_is_in_the_following_week(text: str, expected: dt.date) -> None:
    assert _deadline(text) == expected


def test_a_weekday_named_with_its_date_is_that_date() -> None:
    assert _deadline("Abgabe bitte bis Donnerstag, den 4. März.") == D(2027, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zeitrahmen: fünf Wochen.", D(2027, 2, 17)),
        ("Turnaround: 10 days if possible.", D(2027, 1, 23)),
        ("Nos gustaría tenerlo en dos semanas desde hoy.", D(2027, 1, 27)),
    ],
)
def test_a_span_after_a_label_or_before_from_today_counts_from_the_mail(text: str, expected: dt.date) -> None:
    assert _deadline(text) == expected


def test_a_greeting_is_not_tomorrow() -> None:
    assert _deadline("Guten Morgen, wir suchen ein Etikett für unseren Senf.") is None


def test_the_end_of_next_month_said_loosely() -> None:
    assert _deadline("brauche das bis ende nächsten monat") == D(2027, 2, 28)


def test_a_day_the_client_rules_out_is_not_the_deadline() -> None:
    text = "Morgen wäre natürlich unmöglich, aber in drei Wochen passt es."
    assert _deadline(text) == D(2027, 2, 3)


def test_a_corrected_day_replaces_the_one_it_corrects() -> None:
    text = "Final files by 20 February, sorry, I mean 12 February."
    assert _deadline(text) == D(2027, 2, 12)


@pytest.mark.parametrize(
    "text",
    ["Starten können wir gern nach Ostern, Eile haben wir keine.", "We could begin after 1 March, no rush at all."],
)
def test_a_day_work_may_start_after_is_no_deadline(text: str) -> None:
    assert _deadline(text) is None


def test_a_restated_day_keeps_the_event_it_counts_back_from() -> None:
    text = "La apertura es el 1 de marzo, la imprenta pide los archivos dos semanas antes, o sea el 15 de febrero."
    assert _deadline(text) == D(2027, 2, 15)
