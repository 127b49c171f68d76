"""A service word is read by its clause: where the work goes, what the client has, what off-card work is done to."""

from pathlib import Path

import pytest

from assistant.profile import Profile, load_profile
from assistant.reading.quantities import read_quantity
from assistant.reading.services import ServiceReader, keyword_hits, request_sentences
from assistant.reading.triage import MailReader
from assistant.tools.brief_counts import all_deliverables

PROFILE_PATH = Path(__file__).resolve().parents[3] / "examples" / "profile.toml"


@pytest.fixture(scope="module")
def profile() -> Profile:
    return load_profile(PROFILE_PATH)


@pytest.mark.parametrize(
    "text",
    [
        "Could you design a friendly fox mascot, plus 4 poses for the box and cards?",
        "Könnten Sie ein Maskottchen entwerfen, plus 4 Posen für die Verpackung und die Karten?",
        "Pourriez-vous créer une mascotte, et 4 poses pour la boîte et les cartes ?",
        "¿Podrías diseñar una mascota y 4 poses para la caja?",
        "Potresti disegnare una mascotte e 4 pose per la scatola?",
        "Kun je een mascotte maken, plus 4 poses voor de doos?",
    ],
)
def test_a_thing_after_for_names_where_another_service_goes(profile: Profile, text: str) -> None:
    hits = keyword_hits(text, profile)
    assert "packaging" not in hits
    assert {"mascot", "mascot-poses"} <= hits.keys()


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("We need two illustrations for our magazine.", "editorial-illustration"),
        ("Wir suchen ein Logo und eine Illustration für unser Stadtmagazin.", "editorial-illustration"),
        ("We need labels for the jars of our jam.", "packaging"),
        ("Could you design a box for our tea?", "packaging"),
    ],
)
def test_a_thing_after_for_its_own_kind_of_piece_is_still_asked(profile: Profile, text: str, service: str) -> None:
    assert service in keyword_hits(text, profile)


@pytest.mark.parametrize(
    "text",
    [
        "Wir bräuchten zwei Plakate im bestehenden Erscheinungsbild.",
        "We need two posters in our existing branding.",
        "Nous aimerions deux affiches dans notre charte graphique actuelle.",
        "Necesitamos dos carteles con nuestra identidad visual actual.",
        "Vorremmo due manifesti nella nostra immagine coordinata attuale.",
        "We willen graag twee posters in onze huidige huisstijl.",
    ],
)
def test_the_identity_a_client_has_is_not_asked_for(profile: Profile, text: str) -> None:
    assert keyword_hits(text, profile).keys() == {"poster"}


def test_a_rework_of_what_exists_is_asked(profile: Profile) -> None:
    assert "logo" in keyword_hits("Could you redesign our current logo?", profile)
    assert "brand-identity" in keyword_hits("Wir möchten unser bestehendes Erscheinungsbild überarbeiten.", profile)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Translation", "Hello, could you translate our children's book into English? Thanks"),
        ("3D", "Hi, we would like a 3D-printed figure of our mascot for the shop. Best"),
        ("Video", "Hi, we need video editing with our mascot in the titles. Thanks"),
        ("Website", "Hello, we need our website redesigned, about 12 pages, with our existing logo. Can you quote?"),
    ],
)
def test_off_card_work_on_an_on_card_thing_is_off_the_card(profile: Profile, subject: str, body: str) -> None:
    assert keyword_hits(body, profile) == {}
    assert MailReader(profile, None).read(subject, body).kind == "off_card"


def test_a_new_thing_next_to_off_card_work_is_asked(profile: Profile) -> None:
    assert "logo" in keyword_hits("We need a website and a logo for our bakery.", profile)
    assert "logo" in keyword_hits("We need a website with a new logo.", profile)


@pytest.mark.parametrize(
    ("text", "service", "count"),
    [
        ("Wir bräuchten zwei Plakatmotive für den Sommer.", "poster", 2),
        ("Wir brauchen drei Stickermotive.", "mascot-poses", 3),
        ("Wij zoeken twee posterontwerpen voor ons festival.", "poster", 2),
        ("Wir brauchen zwei Konzertplakate.", "poster", 2),
    ],
)
def test_a_german_or_dutch_compound_names_its_service_and_is_counted(
    profile: Profile, text: str, service: str, count: int
) -> None:
    assert service in keyword_hits(text, profile)
    found = all_deliverables(text, profile, service)
    assert [(d.service, d.quantity) for d in found] == [(service, count)]


def test_english_words_that_end_in_a_keyword_are_not_compounds(profile: Profile) -> None:
    assert keyword_hits("I suppose we could discover something on purpose.", profile) == {}


def test_a_weight_is_no_count(profile: Profile) -> None:
    text = "Serían dos bolsas (una de 100 g y otra de 250 g, con diseños distintos)."
    assert [(d.service, d.quantity) for d in all_deliverables(text, profile, "packaging")] == [("packaging", 2)]
    found = read_quantity("bags of 250 g, in two designs", ["design"])
    assert found is not None and found.value == 2


@pytest.mark.parametrize(
    "text",
    [
        "Hola, en Editorial Brisa buscamos ilustradora para un cuento infantil de diez dobles páginas más la portada.",
        "Una pequeña editorial quiere publicar mi cuento infantil de diez dobles páginas.",
    ],
)
def test_a_book_with_its_cover_for_a_publisher_is_a_book(profile: Profile, text: str) -> None:
    assert ServiceReader(profile, None).read(text).services == ("book-illustration",)


def test_a_cover_next_to_a_book_is_the_books_extra(profile: Profile) -> None:
    text = "We are looking for an illustrator for a picture book of 12 spreads, plus the cover."
    reading = ServiceReader(profile, None).read(text)
    assert reading.services == ("book-illustration",)
    assert "editorial-illustration" not in reading.scores  # "cover" scores for the book alone, whoever comes first


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Wir wünschen uns ein Maskottchen. Zusätzlich bräuchten wir später ca. acht Sticker-Motive.", True),
        ("We need a logo. Later maybe labels but let's not get ahead of ourselves.", False),
        ("We need a logo. We don't need stickers later.", False),
    ],
)
def test_later_in_a_request_plans_the_thing_unless_it_is_a_maybe(profile: Profile, text: str, asked: bool) -> None:
    found = keyword_hits(text, profile)
    assert ("mascot-poses" in found or "packaging" in found) is asked


def test_an_abbreviation_does_not_end_the_request() -> None:
    assert request_sentences("Wir bräuchten ca. acht Sticker. Danke!") == ["wir bräuchten ca. acht sticker.", "danke!"]
