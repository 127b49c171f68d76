"""The judges read the quote summary as the daemon writes it: prose, in every reply language and register."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.models import Draft, Triage
from assistant.mail.message import InboundMessage
from assistant.profile import load_profile
from assistant.tools.money import format_money
from tests.hardening.checks import _price_sentences, _quote_problems, _without_summary

PROFILE = load_profile(Path(__file__).resolve().parents[2] / "examples" / "profile.toml")
TODAY = dt.date(2026, 11, 25)


def _draft(body: str) -> Draft:
    msg = InboundMessage(
        mailbox="INBOX", uidvalidity=1, uid=1, message_id="<i@example.com>", content_hash="h",
        sender="clara@example.com", sender_name="Clara Client", subject="Logo", body=body,
    )  # fmt: skip
    return ToolDrafter(PROFILE, None).draft(msg, Triage.NEW_INQUIRY, today=TODAY)


@pytest.mark.parametrize(
    "body",
    [
        "Hello, could you design a logo for my bakery? What would it cost? Thanks, Clara",
        "Hallo Mara, kannst du ein Logo für meine Bäckerei gestalten? Was kostet das? Danke, Clara",
        "Bonjour, pourriez-vous créer un logo pour ma boulangerie ? Quel serait votre tarif ? Merci, Clara",
        # formal German: its inclusive template also reads the exclusive sentence; the judge must count it once
        "Guten Tag, könnten Sie ein Logo für meine Bäckerei gestalten? Was würde das kosten? Mit freundlichen Grüßen",
    ],
)
def test_the_judge_reads_the_price_and_date_and_catches_a_price_below_the_floor(body: str) -> None:
    draft = _draft(body)
    assert draft.quote is not None and len(_price_sentences(draft.body)) == 1
    assert _quote_problems(draft.body, PROFILE, TODAY, sent_alone=True) == []
    assert draft.quote_block.split(". ")[0] not in _without_summary(draft.body)
    q = draft.quote
    price = format_money(q.option("target").net, q.currency, q.locale)
    cheap = draft.body.replace(price, format_money(Decimal(100), q.currency, q.locale), 1)
    assert cheap != draft.body
    assert any("below the floor" in p for p in _quote_problems(cheap, PROFILE, TODAY, sent_alone=True))


def test_a_budget_note_is_the_summarys_own_and_its_figures_are_judged_against_the_floor() -> None:
    # "Your budget of €300.00 is well under ...: even the smallest option comes to €1,317.50 net" is code's
    draft = _draft("Hello, could you design a logo for my bakery? Our budget is 300 EUR. Thanks, Clara")
    assert draft.quote is not None and "Your budget of" in draft.body
    assert _quote_problems(draft.body, PROFILE, TODAY, sent_alone=True) == []
    assert "€" not in _without_summary(draft.body), "the client's budget, echoed by code, is no price outside"
    q = draft.quote
    least = format_money(q.option("minimum").net, q.currency, q.locale)
    cheap = draft.body.replace(least, format_money(Decimal(100), q.currency, q.locale))
    assert any("budget note offers" in p for p in _quote_problems(cheap, PROFILE, TODAY, sent_alone=True))
