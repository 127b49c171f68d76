"""The scope cues in English, German and French: what asks for more than was agreed, and what does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.profile import Profile, load_profile
from assistant.reading.scope import asks_for_more, extra_rounds, mask_merch, merch_asked
from assistant.reading.triage import MailReader

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def profile() -> Profile:
    return load_profile(REPO / "examples" / "profile.toml")


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Can you also do 20 more stickers for the fair?", "mascot-poses"),
        ("We'd need another poster for the underground station.", "poster"),
        ("Könnten Sie noch 3 Plakate machen?", "poster"),
        ("Wir bräuchten für die Eröffnung noch zwei Plakate. Bis 25. Januar bitte.", "poster"),
        ("Pourriez-vous faire encore deux affiches ?", "poster"),
        ("Nous aimerions aussi une autre affiche pour le métro.", "poster"),
    ],
)
def test_an_addition_that_names_a_service_is_more(profile: Profile, text: str, service: str) -> None:
    reading = asks_for_more(text, profile)
    assert reading.asks_more and reading.services == (service,)


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ("Could we have one more round of revisions on the layout?", 1),
        ("We would like two extra revision rounds, please.", 2),
        ("Wir hätten gern eine weitere Korrekturrunde.", 1),
        ("Können Sie noch eine Korrekturschleife einplanen?", 1),
        ("Pourriez-vous prévoir un tour de corrections supplémentaire ?", 1),
    ],
)
def test_extra_revision_rounds_are_more(text: str, rounds: int) -> None:
    assert extra_rounds(text) == rounds


@pytest.mark.parametrize(
    "text",
    [
        # feedback within the agreed rounds
        "Anbei die Anmerkungen zur Reinzeichnung (zweite Korrekturrunde, wie vereinbart): bitte den Reiher kleiner.",
        "Here is our feedback for the second round, as agreed: the otter's scarf should be red.",
        "Voici nos retours pour le deuxième tour de corrections prévu : le titre un peu plus grand.",
        # files that belong to the delivery ("noch" alone is not more)
        "Kannst du uns noch die offenen Dateien für unser Archiv schicken? Die gehören ja zum Paket.",
        # scheduling, invoices, thanks
        "Can we move our Thursday call to Friday 10:00? Something came up.",
        "Können wir den Termin auf Mittwoch verschieben?",
        "Pouvons-nous décaler notre appel à vendredi ?",
        "These are perfect, thank you so much. Invoice whenever you're ready.",
        "Die Rechnung ist angekommen, wir überweisen diese Woche. Danke!",
        "Merci beaucoup, les affiches sont magnifiques !",
    ],
)
def test_what_asks_for_nothing_new_is_not_more(profile: Profile, text: str) -> None:
    assert not asks_for_more(text, profile).asks_more


def test_merch_is_more_that_names_no_service(profile: Profile) -> None:
    text = "Can you also do the mug and the tote bag? Same illustrations adapted."
    reading = asks_for_more(text, profile)
    assert reading.merch == ("mug", "tote bag") and reading.services == ()
    assert "bag" not in mask_merch(text)  # a tote bag's "bag" is never read as packaging
    assert merch_asked("Könntest du auch Tassen und Jutebeutel gestalten?") == ("Tassen", "Jutebeutel")
    assert merch_asked("Pourriez-vous aussi faire des sacs en toile ?") == ("sacs en toile",)
    assert merch_asked("We sold out of mugs at the fair, great news.") == ()  # no request


@pytest.mark.parametrize(
    ("body", "new"),
    [
        ("Can you also do the mug and 20 more stickers?", True),
        ("Könnten Sie noch 3 Plakate machen?", True),
        ("Pourriez-vous faire encore deux affiches ?", True),
        ("Wir hätten gern eine weitere Korrekturrunde für die Doppelseiten.", True),
        ("Could you also fix the colour on the poster?", False),  # a correction, not more work
        ("Kannst du uns noch die offenen Dateien schicken?", False),
        ("Pouvons-nous décaler notre appel à vendredi ?", False),
    ],
)
def test_the_mail_reader_asks_the_scope_cues_for_a_client(profile: Profile, body: str, new: bool) -> None:
    reading = MailReader(profile, None).read("Re: Pip", body, known_client=True)
    assert reading.kind.value == "existing_client" and reading.asks_new_work is new
