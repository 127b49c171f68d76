"""Briefs, quotes from words and scope checks with the real bundled SmolLM2-135M.

The tiny model is not expected to be clever: these tests check that whatever it says, the brief stays
well-formed, every value kept is grounded in the inquiry, and the quote's figures come from code.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from langchain_core.language_models import BaseChatModel

from assistant.config import Settings
from assistant.llm import load_chat_model
from assistant.profile import Profile, load_profile
from assistant.tools import brief_extract as ex
from assistant.tools.brief import draft_brief, read_inquiry
from assistant.tools.quote_text import quote_from_text
from assistant.tools.scope_check import check_scope
from tests.unit.tools.tools_helpers import assert_checks_out

pytestmark = pytest.mark.real_model

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def model() -> BaseChatModel:
    return load_chat_model(Settings())


@pytest.fixture(scope="module")
def profile() -> Profile:
    return load_profile(EXAMPLES / "profile.toml")


@pytest.mark.parametrize("name", ["06-vague-inquiry.eml", "04-lowball-budget-app-startup.eml"])
def test_briefs_with_the_real_model_are_grounded(model: BaseChatModel, profile: Profile, name: str) -> None:
    path = EXAMPLES / "inquiries" / name
    without = draft_brief(path, profile, None, today=TODAY)
    brief = draft_brief(path, profile, model, today=TODAY)
    inquiry = read_inquiry(path)
    text = f"{inquiry.text}\n{inquiry.attachments}"
    # What code found is never overwritten by the model.
    for field in ("client", "service", "deadline", "budget", "deliverables"):
        if getattr(without, field):
            assert getattr(brief, field) == getattr(without, field), field
    # What the model added is in the text.
    if not without.client:
        assert brief.client.lower() in text.lower()
    for goal in brief.goals:
        assert ex.grounded(goal, text)
    if brief.audience:
        assert ex.grounded(brief.audience, text)
    for item in brief.deliverables:
        assert ex.number_in_text(item.quantity, text)
    assert brief.deadline is None or brief.deadline >= TODAY
    assert brief.service is None or brief.service in {s.id for s in profile.services}
    assert brief.open_questions  # both inquiries leave things unsaid


def test_quote_from_words_with_the_real_model(model: BaseChatModel, profile: Profile) -> None:
    text = "Hello Mara, we'd like a poster for our jazz night on 2027-03-12. Could you quote 2 posters?\n\nBest,\nIna"
    drafted = quote_from_text(text, profile, model, today=TODAY)
    assert drafted.quote is not None
    assert drafted.quote.services == ["poster"]
    assert drafted.quote.estimates[0].units == 2
    assert drafted.quote.line_items[0].unit_price == profile.service("poster").unit_price
    assert_checks_out(drafted.quote)


def test_scope_check_with_the_real_model_never_invents_items(model: BaseChatModel, profile: Profile) -> None:
    brief = draft_brief(EXAMPLES / "inquiries" / "02-acme-pip-summer-pose-set.eml", profile, None, today=TODAY)
    message = "Thanks Mara, the first sketches look lovely. Could we move our call to Thursday?"
    result = check_scope(brief, message, profile, model, today=TODAY)
    for item in result.out_of_scope:
        assert ex.number_in_text(item.quantity, message)
    if not result.in_scope:
        assert result.change_order is not None
