"""Which date is the deadline, by kind, in six languages: before an event, to talk, waived, a draft, vague."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.reading.deadlines import find_deadline

D = dt.date


def _deadline(text: str, anchor: dt.date) -> dt.date | None:
    found = find_deadline(text, anchor)
    return found.date if found else None


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "The review goes to print on 15 February; we'd need final artwork two weeks before.",
            D(2026, 12, 21),
            D(2027, 2, 1),
        ),
        (
            "Das Fest ist am 3. Juli, die Plakate sollten drei Wochen vorher fertig sein.",
            D(2026, 12, 10),
            D(2027, 6, 12),
        ),
        (
            "Une affiche pour le salon du 20 mars. Tout doit être prêt 10 jours avant le salon.",
            D(2027, 1, 19),
            D(2027, 3, 10),
        ),
        ("La reapertura es el 15 de marzo, necesitamos todo una semana antes.", D(2027, 1, 28), D(2027, 3, 8)),
        (
            "L'inaugurazione è il 14 novembre. La locandina deve essere pronta una settimana prima.",
            D(2026, 9, 24),
            D(2026, 11, 7),
        ),
        ("De opening is op 12 juni, de posters moeten twee weken eerder klaar zijn.", D(2027, 3, 1), D(2027, 5, 29)),
        ("Deadline: two weeks before our beta on 14 December.", D(2026, 10, 28), D(2026, 11, 30)),
    ],
)
def test_a_day_before_an_event_is_the_deadline_and_the_event_is_not(
    text: str, anchor: dt.date, expected: dt.date
) -> None:
    assert _deadline(text, anchor) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It's on the 23rd of January, we'd need it a couple of weeks before.",
        "Der Markt ist am 5. Mai, wir bräuchten es ein paar Tage vorher.",
    ],
)
def test_a_vague_span_before_an_event_gives_no_deadline(text: str) -> None:
    assert _deadline(text, D(2026, 12, 16)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Can we talk next week?",
        "Können wir nächste Woche telefonieren?",
        "On peut s'appeler la semaine prochaine ?",
        "Let me know by Friday if you are free.",
    ],
)
def test_a_day_to_talk_or_answer_is_no_deadline(text: str) -> None:
    assert _deadline(text, D(2027, 1, 7)) is None


@pytest.mark.parametrize(
    "text",
    [
        "We reopen on 1 February, would be great to have it by then but not life or death.",
        "Bis zum Geburtstag am 14. Februar wäre traumhaft, aber ich kann auch mit Verspätung leben.",
    ],
)
def test_a_day_waived_in_the_same_breath_is_no_deadline(text: str) -> None:
    assert _deadline(text, D(2026, 11, 9)) is None


def test_no_rush_before_a_date_keeps_the_date() -> None:
    text = "No rush, but before the Christmas market on 12 December would be lovely."
    assert _deadline(text, D(2026, 10, 6)) == D(2026, 12, 12)


def test_a_drafts_day_is_not_the_deadline_when_the_final_files_have_theirs() -> None:
    text = "Wir hätten gerne einen Entwurf bis Mitte November und das fertige Logo bis spätestens 15. Dezember."
    assert _deadline(text, D(2026, 9, 22)) == D(2026, 12, 15)
    assert _deadline("First sketches by 10 March would be great.", D(2027, 2, 1)) == D(2027, 3, 10)


@pytest.mark.parametrize(
    "text", ["By early March would be ideal.", "Spätestens Anfang März.", "Pour début mars.", "A principios de marzo."]
)
def test_the_start_of_a_month_is_vague(text: str) -> None:
    assert _deadline(text, D(2027, 1, 27)) is None


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Art needed by next Friday.", D(2026, 12, 10), D(2026, 12, 18)),
        ("bräuchte bis nächsten freitag ein plakat", D(2026, 10, 1), D(2026, 10, 9)),
        ("Art needed by Friday.", D(2026, 12, 10), D(2026, 12, 11)),
    ],
)
def test_next_friday_is_in_the_following_week(text: str, anchor: dt.date, expected: dt.date) -> None:
    assert _deadline(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Ideally by the 20th.", D(2026, 11, 10), D(2026, 11, 20)),
        ("Ideally by the 5th.", D(2026, 11, 10), D(2026, 12, 5)),
        ("We need it by the 20th of this month.", D(2027, 2, 1), D(2027, 2, 20)),
        ("¿Para el 24?", D(2026, 11, 18), D(2026, 11, 24)),
        ("Les fichiers en septembre 2027, au plus tard le 15.", D(2026, 12, 10), D(2027, 9, 15)),
        ("Consegna entro il 12, grazie.", D(2027, 3, 2), D(2027, 3, 12)),
    ],
)
def test_a_day_without_its_month(text: str, anchor: dt.date, expected: dt.date) -> None:
    assert _deadline(text, anchor) == expected


def test_an_anniversary_is_no_day() -> None:
    assert _deadline("We celebrate on 3 May. Files by the 10th anniversary party.", D(2027, 1, 1)) == D(2027, 5, 3)


@pytest.mark.parametrize(
    "text", ["Consegna tra due mesi circa.", "Para el próximo mes si se puede.", "In about three weeks or so."]
)
def test_an_approximate_span_or_a_whole_month_is_vague(text: str) -> None:
    assert _deadline(text, D(2027, 3, 8)) is None


def test_a_day_without_its_month_takes_the_month_named_before_it() -> None:
    text = "Files are due on 8 January 2027; the report goes to print on the 20th."
    assert _deadline(text, D(2026, 10, 21)) == D(2027, 1, 8)


@pytest.mark.parametrize("text", ["Wir brauchen es bis 10 Uhr am Freitag.", "Files by the 10th anniversary party."])
def test_a_number_followed_by_a_word_is_no_day_of_the_month(text: str) -> None:
    found = find_deadline(text, D(2027, 1, 4))
    assert found is None or found.kind != "day_only"
