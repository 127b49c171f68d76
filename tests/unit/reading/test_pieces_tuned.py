"""A character and its poses asked together, round and guessed counts, and a sculpture of a mascot as off-card work."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.profile import Profile, load_profile
from assistant.reading.off_card import OFF_CARD
from assistant.reading.quantities import fold, read_quantity
from assistant.reading.services import ServiceReader, brief_examples
from tests.support.fakes import HashingEmbedder

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


@pytest.fixture(scope="module")
def reader() -> ServiceReader:
    profile: Profile = load_profile(EXAMPLES / "profile.toml")
    past = brief_examples(sorted((EXAMPLES / "briefs").glob("*.md")), profile)
    return ServiceReader(profile, HashingEmbedder().embed, past)


@pytest.mark.parametrize(
    "text",
    [
        "Wir suchen eine Figur für unser Kartenspiel, einen Fuchs, und dazu neun Posen für die Karten.",
        "We need twenty stickers of different expressions and a new mascot for the bakery, a hedgehog.",
        "Ci serve una mascotte per la nostra app e una ventina di espressioni.",
        "Pour notre club il nous faudrait un personnage et environ six poses.",
    ],
)
def test_a_new_character_and_its_poses_are_both_asked(reader: ServiceReader, text: str) -> None:
    assert set(reader.read(text).services) == {"mascot", "mascot-poses"}


def test_a_mascot_with_its_own_expressions_is_one_service(reader: ServiceReader) -> None:
    assert reader.read("We need a mascot for our bakery with its expressions.").services == ("mascot",)


@pytest.mark.parametrize(
    ("text", "noun", "value"),
    [
        ("ein halbes Dutzend Etiketten", "etikett", 6),
        ("une demi-douzaine d'affiches", "affiche", 6),
        ("half a dozen posters", "poster", 6),
    ],
)
def test_half_a_dozen_is_six(text: str, noun: str, value: int) -> None:
    found = read_quantity(text, [noun])
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    ("text", "noun"),
    [("una decina di pose", "pose"), ("une vingtaine d'affiches", "affiche"), ("circa zehn Sticker-Motive", "sticker")],
)
def test_a_round_or_guessed_count_is_asked_never_quoted(text: str, noun: str) -> None:
    found = read_quantity(text, [noun])
    assert found is not None and found.vague


@pytest.mark.parametrize(
    "text",
    ["Could you sculpt a statue of our mascot?", "Wir suchen jemanden für einen 3D-Druck unseres Maskottchens."],
)
def test_sculpting_and_3d_printing_are_off_the_card(text: str) -> None:
    assert OFF_CARD.search(fold(text))


def test_poses_of_a_character_the_client_already_has_are_poses_only(reader: ServiceReader) -> None:
    text = "We already have our mascot, a fox drawn by another studio. We need eight new poses of him for the app."
    assert reader.read(text, "Mascot poses").services == ("mascot-poses",)
