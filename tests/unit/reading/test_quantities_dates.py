import datetime as dt

import pytest

from assistant.reading.dates import parse_date
from assistant.reading.deadlines import find_deadline
from assistant.reading.quantities import read_quantity, word_value

WEDNESDAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("two hundred", 200),
        ("twenty-four", 24),
        ("zwölf", 12),
        ("vierundzwanzig", 24),
        ("zweihundertfünfzig", 250),
        ("vingt-quatre", 24),
        ("quatre-vingt-dix", 90),
        ("trois cents", 300),
        ("veinticuatro", 24),
        ("doscientos", 200),
        ("ventiquattro", 24),
        ("duecento", 200),
        ("vierentwintig", 24),
        ("tweehonderd", 200),
        ("une douzaine", 12),
        ("a dozen", 12),
    ],
)
def test_number_words_in_six_languages(words: str, value: int) -> None:
    assert word_value(words) == value


@pytest.mark.parametrize("word", ["trees", "elfen", "tienen", "seine", "a few", "ein paar", "quelques"])
def test_words_that_only_look_like_numbers_or_are_vague_have_no_value(word: str) -> None:
    assert word_value(word) is None


@pytest.mark.parametrize(
    ("text", "nouns", "value", "parts"),
    [
        ("We need two hundred stickers.", ["sticker"], 200, ()),
        ("Wir brauchen zwölf Illustrationen.", ["illustration"], 12, ()),
        ("Il nous faut une douzaine d'affiches.", ["affiche"], 12, ()),
        ("2 posters for Berlin and 2 for Hamburg, please.", ["poster"], 4, (2, 2)),
        ("Posters: 3 for Berlin, 2 for Munich and 1 for Hamburg.", ["poster"], 6, (3, 2, 1)),
        ("Plakate: 3 für Berlin und 2 für Köln.", ["plakat"], 5, (3, 2)),
        ("les étiquettes de nos trois fromages", ["étiquette"], 3, ()),
        ("We have eight teas, each tin needs its own illustration.", ["tin"], 8, ()),
    ],
)
def test_counts_in_words_in_parts_and_per_product(
    text: str, nouns: list[str], value: int, parts: tuple[int, ...]
) -> None:
    found = read_quantity(text, nouns)
    assert found is not None and found.value == value and found.parts == parts


def test_a_vague_count_is_read_as_vague_so_that_it_is_asked_about() -> None:
    for text, noun in [("a few posters", "poster"), ("ein paar Plakate", "plakat"), ("quelques affiches", "affiche")]:
        found = read_quantity(text, [noun])
        assert found is not None and found.vague and found.value is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We need it by next Friday.", dt.date(2026, 12, 4)),  # the Friday of the following week
        ("Final art by next Friday, 11 December please.", dt.date(2026, 12, 11)),
        ("Wir brauchen alles bis Ende März.", dt.date(2027, 3, 31)),
        ("Wir brauchen das bis 15.3.", dt.date(2027, 3, 15)),
        ("in zwei Wochen fertig", dt.date(2026, 12, 9)),
        ("Livraison d'ici le 15 mars.", dt.date(2027, 3, 15)),
        ("Nous en avons besoin pour vendredi prochain.", dt.date(2026, 12, 4)),  # as "next Friday": next week's
        ("dans trois semaines", dt.date(2026, 12, 16)),
        ("Ci servono i file entro fine mese.", dt.date(2026, 11, 30)),
        ("Consegna entro il 20 dicembre.", dt.date(2026, 12, 20)),
        ("Entrega: el 3 de febrero de 2027.", dt.date(2027, 2, 3)),
        ("Lo necesitamos antes del viernes.", dt.date(2026, 11, 27)),
        ("a finales de enero", dt.date(2027, 1, 31)),
        ("Graag uiterlijk 1 april klaar.", dt.date(2027, 4, 1)),
        ("over twee weken", dt.date(2026, 12, 9)),
    ],
)
def test_deadlines_in_the_clients_language_resolve_against_the_day_they_wrote(text: str, expected: dt.date) -> None:
    found = find_deadline(text, WEDNESDAY)
    assert found is not None and found.date == expected


def test_the_day_to_answer_by_is_not_the_deadline() -> None:
    text = "Can you let me know by tomorrow? We need final art by 11 December."
    found = find_deadline(text, WEDNESDAY)
    assert found is not None and found.date == dt.date(2026, 12, 11)


def test_the_same_words_resolve_against_the_date_the_client_wrote() -> None:
    assert parse_date("next Friday", dt.date(2026, 11, 25)) == dt.date(2026, 12, 4)
    assert parse_date("by Friday", dt.date(2026, 11, 25)) == dt.date(2026, 11, 27)
    assert parse_date("next Friday", dt.date(2026, 11, 28)) == dt.date(2026, 12, 4)


def test_an_approximate_count_is_vague() -> None:
    for text, noun in [
        ("about 12 spreads", "spread"),
        ("ca. acht Motive", "motiv"),
        ("maybe six spreads?", "spread"),
    ]:
        found = read_quantity(text, [noun])
        assert found is not None and found.vague, text
