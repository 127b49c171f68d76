"""A colleague's favour, price advice or referral names services and asks, and is no commission."""

from pathlib import Path

import pytest

from assistant.profile import load_profile
from assistant.reading.peers import colleague_favour
from assistant.reading.quantities import fold
from assistant.reading.triage import MailReader

PROFILE = load_profile(Path(__file__).resolve().parents[3] / "examples" / "profile.toml")
RULES = MailReader(PROFILE, None)


@pytest.mark.parametrize(
    "body",
    [
        "Hey, I'm fully booked till May and have a client who needs a mascot. Can I send them your way?",
        "Hi Mara, eine Kundin von mir möchte ein neues Logo, ich bin voll. Darf ich ihr deine\nAdresse geben?",
        "Hoi Mara, hoeveel reken jij voor een poster? Een klant vraagt om drie en ik twijfel.",
        "Hola Mara, ¿tú cuánto cobras por un logo? Es para saber si estoy cobrando muy poco.",
        "Coucou Mara, un client me demande une mascotte et 20 stickers. Comment chiffrer les poses ?",
    ],
)
def test_a_colleagues_referral_or_price_question_is_not_a_commission(body: str) -> None:
    assert colleague_favour(fold(body))
    assert RULES.read("Vraagje", body).kind == "not_for_me"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Mara, how much do you charge for a logo? We are a bakery in Bonn.",
        "Hola, ¿cuánto cobras por un logo? Abrimos una panadería en Valencia.",
        "Bonjour, nous aimerions une mascotte pour notre club. Pourriez-vous nous envoyer un devis ?",
        "Could you send me your prices for a poster? I will pass them on to my board.",
    ],
)
def test_a_clients_own_price_question_is_still_an_inquiry(body: str) -> None:
    assert colleague_favour(fold(body)) is None
    assert RULES.read("Logo", body).kind == "inquiry"


def test_a_students_interview_for_a_thesis_is_not_a_commission_but_a_thesis_cover_is() -> None:
    interview = "Bonjour, j'écris un mémoire sur les illustratrices. Accepteriez-vous un court entretien ?"
    assert RULES.read("Entretien", interview).kind == "not_for_me"
    cover = "Hi, I need an illustration for the cover of my thesis. Could you send me a quote?"
    assert colleague_favour(fold(cover)) is None
    assert RULES.read("Cover", cover).kind == "inquiry"
