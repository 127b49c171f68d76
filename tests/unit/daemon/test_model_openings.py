"""A stronger model may phrase the opening of a non-English reply, through the same screens, in that language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage

from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.models import Triage
from assistant.i18n import typeset
from assistant.mail.parsing import parse_message
from assistant.profile import Profile, load_profile

REPO = Path(__file__).resolve().parents[3]
PAST_MAIL = REPO / "examples" / "past-mail"
GERMAN = "Schön, dass Sie an mich gedacht haben: ein Logo für eine Weinbar in Kreuzberg gestalte ich sehr gerne."
AFTER_GREETING = "s" + GERMAN[1:]
"""How it reads after "Hallo Tobias Hartmann,": German runs on lowercase after a greeting with a comma."""
FRENCH = "Merci beaucoup de penser à moi : illustrer un numéro consacré au sommeil me plaît énormément."


class Recording(GenericFakeChatModel):
    """A scripted model that keeps the messages it was given."""

    seen: list[list[BaseMessage]] = []

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> Any:
        self.seen.append(messages)
        return super()._generate(messages, *args, **kwargs)


def _model(opening: str) -> Recording:
    return Recording(messages=iter([AIMessage(content=f'{{"opening": "{opening}"}}')]), seen=[])


@pytest.fixture
def profile() -> Profile:
    return load_profile(REPO / "examples" / "profile.toml")


def _draft(profile: Profile, model: Recording, name: str, languages: tuple[str, ...]) -> str:
    msg = parse_message((PAST_MAIL / f"{name}.inquiry.eml").read_bytes(), mailbox="INBOX", uidvalidity=1, uid=1)
    assert msg.date is not None
    drafter = ToolDrafter(profile, model, opening_languages=languages)
    return drafter.draft(msg, Triage.NEW_INQUIRY, today=msg.date.date()).body


def test_a_configured_language_gets_the_models_opening_and_the_prompt_names_it(profile: Profile) -> None:
    model = _model(GERMAN)
    body = _draft(profile, model, "02-de-weinbar-rebstock-logo", ("en", "de"))
    assert AFTER_GREETING in body and body.startswith("Hallo Tobias Hartmann,")
    assert "Write two or three sentences in German" in str(model.seen[0][0].content)
    french = _model(FRENCH)
    body = _draft(profile, french, "03-fr-revue-ondes-editorial", ("en", "fr"))
    assert typeset("fr", FRENCH) in body and FRENCH.replace(" :", "\u202f:") in body  # set as French is set
    assert "in French" in str(french.seen[0][0].content)


def test_by_default_only_english_openings_come_from_the_model(profile: Profile) -> None:
    model = _model(GERMAN)
    body = _draft(profile, model, "02-de-weinbar-rebstock-logo", ("en",))
    assert AFTER_GREETING not in body and "vielen Dank für Ihre Nachricht" in body
    assert model.seen == []  # the model is not even asked


def test_an_opening_in_the_wrong_language_is_replaced_by_the_catalogs(profile: Profile) -> None:
    english = "Thank you so much for thinking of me, a logo for a wine bar sounds like a lovely project to draw."
    body = _draft(profile, _model(english), "02-de-weinbar-rebstock-logo", ("en", "de"))
    assert english not in body and "vielen Dank für Ihre Nachricht" in body


@pytest.mark.parametrize(
    ("name", "lang", "opening"),
    [
        ("02-de-weinbar-rebstock-logo", "de", "Sehr gerne gestalte ich Ihr Logo, und zwar kostenlos, abgemacht."),
        ("03-fr-revue-ondes-editorial", "fr", "Avec plaisir, je vous livre tout gratuitement, c'est promis."),
        ("04-es-tostadores-alba-packaging", "es", "Con mucho gusto lo hago gratis, te lo garantizo sin falta."),
        ("05-it-edizioni-pettirosso-picture-book", "it", "Con piacere lo faccio gratis, glielo garantisco senz'altro."),
        ("06-nl-fietsenmaker-spaak-mascot", "nl", "Heel graag maak ik het gratis voor jullie, dat beloof ik."),
    ],
)
def test_the_screens_refuse_a_promise_in_the_models_own_language(
    profile: Profile, name: str, lang: str, opening: str
) -> None:
    body = _draft(profile, _model(opening), name, ("en", lang))
    assert opening not in body
