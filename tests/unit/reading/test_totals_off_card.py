from pathlib import Path

import pytest

from assistant.profile import Profile, load_profile
from assistant.reading.off_card import OFF_CARD, off_card_asked
from assistant.reading.quantities import fold, unit_words
from assistant.reading.scope import merch_asked
from assistant.reading.totals import stated_totals
from assistant.tools.brief_counts import all_deliverables

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


@pytest.fixture(scope="module")
def profile() -> Profile:
    return load_profile(EXAMPLES / "profile.toml")


def _nouns(profile: Profile) -> dict[str, list[str]]:
    return {s.id: [*unit_words(s.unit), *s.keywords] for s in profile.services}


@pytest.mark.parametrize(
    ("text", "service", "count"),
    [
        ("We'd like a cover illustration plus five inside illustrations, one per programme - six in total.",
         "editorial-illustration", 6),
        ("A poster series for the season, one for each month sept-dec, so four. 350 each ok?", "poster", 4),
        ("Wir haben vier Sorten, dazu im Herbst eine Weihnachtsmischung – also insgesamt fünf Etiketten.",
         "packaging", 5),
        ("Brouwerij Bakker brengt drie nieuwe bieren uit en een kerstbier. Vier etiketten dus.", "packaging", 4),
        ("Fraise, abricot, figue, et deux éditions de Noël, donc cinq étiquettes au total.", "packaging", 5),
        ("La portada y cuatro ilustraciones interiores para el número de primavera. Cinco en total.",
         "editorial-illustration", 5),
        ("Due illustrazioni per un articolo e la copertina. Tre illustrazioni in tutto.", "editorial-illustration", 3),
    ],
)  # fmt: skip
def test_a_total_the_client_states_is_the_count(profile: Profile, text: str, service: str, count: int) -> None:
    totals = stated_totals(text, _nouns(profile))
    assert totals[service].value == count
    assert [d.quantity for d in all_deliverables(text, profile, service)] == [count]


def test_a_bare_total_belongs_to_the_thing_named_last(profile: Profile) -> None:
    text = "We want a mascot character and then a set of poses: waving, thinking, pointing, confused, sleeping, happy. "
    text += "That's six."
    assert {sid: q.value for sid, q in stated_totals(text, _nouns(profile)).items()} == {"mascot-poses": 6}


@pytest.mark.parametrize(
    "text",
    [
        "We need it in two weeks, so 3000 euros in total.",  # a sum of money, not a count
        "The festival runs five evenings, so two weeks of posters.",  # a total of something no service makes
        "So a poster would be great.",  # an article is never a total
    ],
)
def test_totals_of_other_things_are_not_counts(profile: Profile, text: str) -> None:
    assert stated_totals(text, _nouns(profile)) == {}


def test_off_card_work_asked_next_to_on_card_work_is_named_in_the_clients_words() -> None:
    assert merch_asked("Could you design a logo and build a new website for us?") == ("website",)
    assert merch_asked("Wir bräuchten ein Logo und eine neue Webseite.") == ("Webseite",)
    assert merch_asked("Il nous faut une affiche et la traduction du programme en anglais.") == ("traduction",)


def test_a_website_the_client_already_has_is_no_request() -> None:
    assert merch_asked("Could you draw a mascot for our website and the shop?") == ()
    assert off_card_asked(fold("we'd like posters for the website"), "We'd like posters for the website") == []


def test_a_charity_programme_is_not_programming() -> None:
    assert OFF_CARD.search(fold("five inside illustrations, one per programme")) is None
    assert OFF_CARD.search(fold("Wir suchen jemanden, der unsere App programmiert.")) is not None


@pytest.mark.parametrize(
    ("text", "service", "count"),
    [
        ("Eight single origins, each gets its own bag. We were thinking 1,200 per bag, so 9,600 euros.",
         "packaging", 8),
        ("Queremos una etiqueta. Presupuesto total 30.000 €, de los cuales 8.000 € son para diseño.",
         "packaging", 1),
        ("Un logo e una locandina per l'inaugurazione del 14 novembre. La locandina deve essere pronta prima.",
         "poster", 1),
        ("Six new beers for 2027, a label each. All six by April 1.", "packaging", 6),
        ("Voor ons tijdschrift zoeken we een illustratie voor de cover en twee voor een lang artikel.",
         "editorial-illustration", 3),
        ("Wir bräuchten für unseren Stand ein Plakat. Abgabe bis 30. Juni.", "poster", 1),
        ("Des étiquettes pour trois vins. Budget design : 7 500 €.", "packaging", 3),
    ],
)  # fmt: skip
def test_a_price_a_date_or_a_capitalised_noun_before_the_thing_is_no_count(
    profile: Profile, text: str, service: str, count: int
) -> None:
    assert sum(d.quantity for d in all_deliverables(text, profile, service) if d.service == service) == count


def test_poses_counted_next_to_a_new_mascot_are_asked_for_beyond_it(profile: Profile) -> None:
    from assistant.reading.services import ServiceReader

    reader = ServiceReader(profile)
    read = reader.read("Nous cherchons une mascotte, un personnage de renard, et huit poses de la mascotte.")
    assert set(read.services) == {"mascot", "mascot-poses"}
    assert reader.read("We need a mascot with its key expressions.").services == ("mascot",)
