"""The readers' word lists are written with accents and searched on folded text: both must match."""

import pytest

from assistant.reading.services import REQUEST_CUES
from assistant.reading.words import accent_blind, fold


@pytest.mark.parametrize(
    "text",
    ["Wir bräuchten ein Plakat.", "Ich möchte ein Logo.", "¿Podríamos encargar un cartel?", "Wir benötigen Etiketten."],
)
def test_an_accented_cue_matches_the_folded_text_it_is_searched_on(text: str) -> None:
    # compiled as written, "möchte" never matched the folded "mochte" the readers search
    assert REQUEST_CUES.search(fold(text))


def test_written_text_still_matches_and_character_class_ranges_stay_as_written() -> None:
    pattern = accent_blind(r"[a-zà-ÿ]+")
    assert pattern.fullmatch("café") and not pattern.search("{|}~")
    assert accent_blind(r"stra(?:ß|ss)e").search(fold("Straße"))
    assert accent_blind(r"\bcoût\b").search("le coût") and accent_blind(r"\bcoût\b").search("le cout")
