"""When the learned kind reader decides over the rules: short mail, off-card work, and the rules' missed requests."""

from pathlib import Path

import pytest

from assistant.profile import Profile, load_profile
from assistant.reading.mail_kind import KindReading
from assistant.reading.off_card import without_owned
from assistant.reading.second_opinion import SHORT_WORDS, asks_on_card, sure
from assistant.reading.triage import MailReader
from tests.support.fakes import HashingEmbedder

REPO = Path(__file__).resolve().parents[3]
PROFILE = load_profile(REPO / "examples" / "profile.toml")


class _Sure:
    """A learned reader that reads every mail as one kind, with one probability."""

    def __init__(self, kind: str, confidence: float) -> None:
        self.kind, self.confidence = kind, confidence

    def read(self, subject: str, body: str) -> KindReading:
        return KindReading(self.kind, self.confidence, f"reads like {self.kind} ({self.confidence:.2f})")


def reader(kind: str, confidence: float, profile: Profile = PROFILE) -> MailReader:
    return MailReader(profile, HashingEmbedder().embed, kinds=_Sure(kind, confidence))  # type: ignore[arg-type]


def settings(**thresholds: float) -> Profile:
    return PROFILE.model_copy(update={"triage": PROFILE.triage.model_copy(update=thresholds)})


def test_a_threshold_of_one_never_decides_even_for_a_probability_rounded_to_one() -> None:
    assert sure(0.8, 0.8) and not sure(0.79, 0.8)
    assert not sure(1.0, 1.0)


def test_a_short_lure_is_decided_by_the_learned_reader_but_a_short_not_for_me_is_not() -> None:
    body = "47 businesses need a logo designer right now. Unlock them for just 29 EUR a month."
    assert len(body.split()) < SHORT_WORDS
    assert reader("sales_phishing", 0.9).read("Logo leads", body).kind == "sales_phishing"
    assert reader("sales_phishing", 0.7).read("Logo leads", body).kind == "inquiry"  # under short_mail_confidence
    short = "Hi, could you design a logo for my hair salon?"
    assert reader("not_for_me", 0.99).read("logo", short).kind == "inquiry"
    off = settings(short_mail_confidence=1.0)
    assert reader("sales_phishing", 0.99, off).read("Logo leads", body).kind == "inquiry"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Fresque", "Bonjour, pourriez-vous peindre votre affiche en fresque sur le mur de notre école ?"),
        ("Animatie", "Hallo, wij zoeken iemand om onze mascotte te animeren voor een reclamefilmpje van 30 seconden."),
        ("Mascot costume", "Hi, can you make a walk-around suit of our mascot for the school fair?"),
    ],
)
def test_off_card_work_that_names_only_the_clients_own_thing_is_off_the_card(subject: str, body: str) -> None:
    assert reader("inquiry", 0.0).read(subject, body).kind == "inquiry"  # the rules alone quote it
    assert not asks_on_card(body, PROFILE)
    assert reader("off_card", 0.9).read(subject, body).kind == "off_card"
    assert reader("off_card", 0.4).read(subject, body).kind == "inquiry"  # under off_card_confidence


@pytest.mark.parametrize(
    "body",
    [
        "Hello, we are opening a clinic and need a new logo and a website built for it. Can you do both?",
        "Hello, new restaurant. We need a logo, and the sign painted on our window. Can you do both?",
    ],
)
def test_a_request_for_card_work_next_to_off_card_work_stays_an_inquiry(body: str) -> None:
    assert asks_on_card(body, PROFILE)
    assert reader("off_card", 0.95).read("Logo + website", body).kind == "inquiry"


@pytest.mark.parametrize(
    "body",
    [
        "Hi, saw your stuff online. Do you also do drawings for businesses? What would that cost roughly?",
        "Hallo, machen Sie auch Zeichnungen für Firmen? Wir bräuchten etwas für unseren Laden.",
    ],
)
def test_a_vague_ask_that_names_no_work_gets_a_question_not_a_decline(body: str) -> None:
    read = reader("off_card", 0.95).read("question", body)
    assert read.kind == "inquiry" and read.services == ()


def test_the_clients_own_thing_is_masked_unless_a_rework_of_it_is_asked() -> None:
    assert "logo" not in without_owned("a website with our existing logo")
    assert "poster" not in without_owned("could you paint il tuo poster as a mural")
    assert "logo" in without_owned("could you redesign our logo")
    assert "cherche" in without_owned("je cherche un logo")  # "je" is a pronoun, not the Dutch possessive


def test_a_request_the_rules_miss_is_an_inquiry_only_when_the_learned_reader_is_very_sure() -> None:
    body = "Liebe Mara, meine Tochter wird sechs. Eine Geschichte mit ihrem Kuschelhasen als Bilderbuch, das wäre toll."
    assert reader("inquiry", 0.85).read("Geschenk", body).kind == "not_for_me"  # the rules find no request
    found = reader("inquiry", 0.95).read("Geschenk", body)
    assert found.kind == "inquiry" and found.services == ("book-illustration",)
    assert reader("inquiry", 0.95, settings(inquiry_confidence=1.0)).read("Geschenk", body).kind == "not_for_me"


def test_a_closing_is_no_greeting_of_someone_else() -> None:
    body = "Hallo, unsere Kita hätte gern ein Maskottchen, vielleicht einen Igel, und zwei Plakate fürs Sommerfest.\n"
    assert reader("inquiry", 0.5).read("Maskottchen", body + "Liebe Grüße,\nSabine").kind == "inquiry"
    assert reader("inquiry", 0.5).read("Maskottchen", "Hallo Claudia,\n" + body).kind == "not_for_me"
