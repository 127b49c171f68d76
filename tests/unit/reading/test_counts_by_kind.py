"""Quantities by kind, in six languages: one per thing, pieces listed together, the singular, numbers that are
not counts, a count with its breakdown, and a count in a service's own unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.profile import load_profile
from assistant.tools.brief_counts import all_deliverables

PROFILE = load_profile(Path(__file__).resolve().parents[3] / "examples" / "profile.toml")


def _count(text: str, service: str) -> int | None:
    found = all_deliverables(text, PROFILE, service, [service])
    return sum(d.quantity for d in found if d.service == service) or None


@pytest.mark.parametrize(
    ("text", "service", "expected"),
    [
        ("We need labels: six new beers, a label each.", "packaging", 6),
        ("Vier Sorten, je eine Tüte.", "packaging", 4),
        ("Nos étiquettes : une douzaine de parfums, une étiquette par parfum.", "packaging", 12),
        ("Las cajas: cinco sabores, una caja por sabor.", "packaging", 5),
        ("Vorremmo rifare le confezioni: quattro formati, una confezione per formato.", "packaging", 4),
        ("Affiches: vier voorstellingen, één affiche per voorstelling.", "poster", 4),
        ("Eight single origins, each gets its own illustrated bag.", "packaging", 8),
        ("Rinnovare le confezioni: sei formati di pasta, ciascuno con la sua illustrazione.", "packaging", 6),
        ("A set of editorial illustrations, one per chapter. There are eight chapters.", "editorial-illustration", 8),
    ],
)
def test_one_piece_per_thing_counts_the_things(text: str, service: str, expected: int) -> None:
    assert _count(text, service) == expected


@pytest.mark.parametrize(
    ("text", "service", "expected"),
    [
        ("Two whisky labels and a gift box for our 12-year-old.", "packaging", 3),
        ("Wir brauchen zwei Etiketten und eine Geschenkbox.", "packaging", 3),
        ("Une boîte et deux étiquettes pour Noël.", "packaging", 3),
        ("Queremos dos etiquetas y una caja regalo.", "packaging", 3),
        ("Cerchiamo un manifesto principale e tre locandine.", "poster", 4),
        ("Twee etiketten en een doos voor de set.", "packaging", 3),
        ("A cover illustration and two illustrations for the lead feature.", "editorial-illustration", 3),
    ],
)
def test_a_piece_listed_with_counted_ones_is_one_more(text: str, service: str, expected: int) -> None:
    assert _count(text, service) == expected


def test_a_maybe_and_a_total_after_the_list_are_not_added() -> None:
    assert _count("Queremos 2 etiquetas y tal vez una caja de regalo.", "packaging") == 2
    assert _count("We need a bottle label and a matching gift box - two pieces of packaging.", "packaging") == 2


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Would you design this year's book fair poster for us?", "poster"),
        ("Wir brauchen das Plakat bis Mai.", "poster"),
        ("Il nous faut l'affiche (sérigraphie) pour le 15 mai.", "poster"),
        ("Buscamos ilustradora para el cartel de las fiestas.", "poster"),
        ("Serve un'etichetta nuova come le altre.", "packaging"),
        ("Zou je de cover van ons voorjaarsnummer willen illustreren?", "editorial-illustration"),
    ],
)
def test_a_piece_asked_for_in_the_singular_is_one(text: str, service: str) -> None:
    assert _count(text, service) == 1


def test_the_singular_is_no_count_when_it_is_not_wanted_or_plural() -> None:
    assert (
        _count("We need 14 spreads for a picture book. The cover is designed in-house.", "editorial-illustration")
        is None
    )
    assert _count("The posters for the festival are not decided yet.", "poster") is None
    assert _count("We are a festival in Leipzig and need posters.", "poster") is None


@pytest.mark.parametrize(
    ("text", "service", "expected"),
    [
        ("Poses by 31 March, poster by 31 May.", "poster", None),
        ("Blikjes graag voor 15 januari, poster voor 1 februari.", "poster", None),
        ("Le illustrazioni entro il 15 marzo, il logo entro il 31 gennaio.", "logo", 1),
        ("Nous payons 400 € l'illustration pour une illustration pleine page.", "editorial-illustration", 1),
        ("Vier voorstellingen, één affiche per voorstelling. We betalen 600 euro per affiche.", "poster", 4),
        ("Wir hätten gern ein Maskottchen für unsere drei Filialen.", "mascot", 1),
    ],
)
def test_a_day_a_price_or_a_number_of_shops_is_no_count(text: str, service: str, expected: int | None) -> None:
    assert _count(text, service) == expected


def test_a_count_and_its_breakdown_are_one_count_but_parts_are_added() -> None:
    text = "We need two posters for the festival, one for the main weekend and one for the kids' day."
    assert _count(text, "poster") == 2
    assert _count("2 posters for Berlin and 2 for Hamburg", "poster") == 4
    assert _count("drei Plakate für Berlin und zwei für Köln", "poster") == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il nous faudrait une mascotte (un renard) et huit poses pour les cartes.", 8),
        ("Wir hätten gern ein Maskottchen und dazu vier Posen für Tüten.", 4),
        ("Vorrebbero una mascotte e sei espressioni per i social.", 6),
        ("A mascot, a fox, and then five expressions for the app.", 5),
    ],
)
def test_a_count_in_a_services_own_unit_adds_that_service(text: str, expected: int) -> None:
    found = all_deliverables(text, PROFILE, "mascot", ["mascot"])
    assert [d.quantity for d in found if d.service == "mascot-poses"] == [expected]
    assert [d.quantity for d in found if d.service == "mascot"] == [1]


def test_a_picture_book_never_gains_editorial_illustrations_from_its_own_count() -> None:
    found = all_deliverables("A picture book with 14 spreads and 3 illustrations inside.", PROFILE, "book-illustration")
    assert {d.service for d in found} == {"book-illustration"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir brauchen ein Etikett für unseren neuen Gin und eine Geschenkbox dazu.", 2),
        ("We need a label for the jar and a box for the gift set.", 2),
        ("Il nous faut une étiquette et une boîte pour le coffret.", 2),
    ],
)
def test_pieces_listed_with_a_or_an_are_each_one(text: str, expected: int) -> None:
    assert _count(text, "packaging") == expected
    assert _count("We need a logo for the shop, and maybe a new logo for the van later.", "logo") == 1


@pytest.mark.parametrize(
    "text",
    [
        "We need a poster in A4 and A2 for the 2027 festival, call me on 0171 2345678.",
        "Poster for our 2027 season, 3 rounds of revisions included, 50 x 70 cm.",
        "Plakat für 2027, 3 Korrekturrunden, Format A1, Tel. 030 1234567.",
        "Affiche pour 2027, format 40 x 60 cm, tirage de 500 exemplaires.",
    ],
)
def test_a_year_a_size_a_phone_number_or_rounds_are_no_count_of_posters(text: str) -> None:
    assert _count(text, "poster") in (None, 1)
