"""Budgets read as the client means them, in six languages: per piece, a share of a whole, words, parts, ranges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.reading.budgets import read_budget


def _amount(text: str, count: int | None = None) -> Decimal | None:
    found = read_budget(text, "EUR", (lambda noun: count) if count is not None else None)
    return found.amount if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budget one thousand five hundred pounds for both.", 1500),
        ("Budget: knapp fünftausend Euro.", 5000),
        ("Budget : deux mille cinq cents euros.", 2500),
        ("Presupuesto: tres mil euros.", 3000),
        ("Budget: quattromila euro.", 4000),
        ("Budget: vijftienhonderd euro.", 1500),
    ],
)
def test_a_budget_in_words_is_a_figure(text: str, expected: int) -> None:
    assert _amount(text) == expected


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [
        ("The band pays 350 each, ok?", 4, 1400),
        ("Pro Design haben wir 1.500 € eingeplant.", 4, 6000),
        ("Rémunération : 450 € par illustration.", 3, 1350),
        ("Pagamos 900 € por cartel.", 2, 1800),
        ("Paghiamo 400 € l'una.", 2, 800),
        ("Fee: € 350 per stuk.", 3, 1050),
    ],
)
def test_a_fee_per_piece_is_multiplied_by_the_count(text: str, count: int, expected: int) -> None:
    assert _amount(text, count) == expected


def test_a_per_piece_fee_the_client_sums_is_their_sum_and_an_hourly_rate_is_no_fee_per_piece() -> None:
    assert _amount("Fee is £600 per illustration, so £1,800 for the three.", 3) == 1800
    assert _amount("We were thinking 1,200 per bag, so 9,600 euros in total.", 8) == 9600
    assert _amount("We pay 60 EUR per hour.", 5) == 60
    assert _amount("Pro Design haben wir 1.500 € eingeplant.") == 1500  # no count known: the fee as stated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The whole report budget is £12,000; illustration is £2,400 of that.", 2400),
        ("Der Gesamtetat beträgt 25.000 €, davon sind 6.000 € für das Design vorgesehen.", 6000),
        ("Le budget global est de 60 000 € dont 14 000 € pour le design.", 14000),
        ("Presupuesto total 5000, de eso unos 2.500 para la mascota.", 2500),
        ("Il budget complessivo è di 15.000 euro, di cui 9.000 per la parte di design.", 9000),
        ("Totaal budget 10k, waarvan 6k voor de huisstijl.", 6000),
        ("Budget : 8 000 € pour l'identité, sur une enveloppe totale de 25 000 € pour l'ouverture.", 8000),
    ],
)
def test_the_design_share_of_a_whole_project_is_the_budget(text: str, expected: int) -> None:
    assert _amount(text) == expected


def test_figures_for_parts_are_added() -> None:
    assert _amount("Para la identidad tenemos 90.000 MXN y para la etiqueta aparte 30.000 MXN.") == 120000
    assert _amount("Budget : 2 x 1 800 € pour les deux grandes, et 1 200 € pour la petite.") == 4800


@pytest.mark.parametrize(
    "text",
    [
        "Budget 3-4k EUR not sure",
        "Presupuesto orientativo entre 9.000 y 12.000 €.",
        "My budget is between four and five thousand pounds.",
        "Unser Budget liegt zwischen 3.000 und 4.000 Euro.",
    ],
)
def test_a_range_is_no_stated_budget(text: str) -> None:
    assert read_budget(text, "EUR") is None


def test_bare_figures_need_a_budget_word_and_are_not_years_counts_or_hearsay() -> None:
    assert _amount("Fee is 900.") == 900
    assert _amount("budget hab ich etwa 2000") == 2000
    assert _amount("We have 3k for this phase.") == 3000
    assert _amount("yo, une affiche pour notre concert ? 400 balles") == 400
    assert _amount("my webcomic has about 4k followers lol. i can pay maybe 800?") == 800
    assert read_budget("Somebody told me a few thousand, somebody else said 20k.", "EUR") is None
    assert read_budget("Budget für 2027 ist noch offen.", "EUR") is None
    assert read_budget("We print 500 copies.", "EUR") is None


def test_currencies_as_clients_write_them() -> None:
    found = read_budget("On a 3 500 $ CA de budget.", "EUR")
    assert found is not None and (found.amount, found.currency) == (Decimal(3500), "CAD")
    found = read_budget("Advance for illustration: CAD 12,000.", "EUR")
    assert found is not None and (found.amount, found.currency) == (Decimal(12000), "CAD")
    found = read_budget("Ofrecemos 4.500.000 CLP.", "EUR")
    assert found is not None and (found.amount, found.currency) == (Decimal(4500000), "CLP")
