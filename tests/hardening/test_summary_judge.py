"""The judges read the quote summary as the daemon writes it: prose, in every reply language and register."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.models import Triage
from assistant.mail.message import InboundMessage
from assistant.profile import load_profile
from assistant.tools.money import format_money
from tests.hardening.checks import _price_sentences, _quote_problems, _without_summary

PROFILE = load_profile(Path(__file__).resolve().parents[2] / "examples" / "profile.toml")
TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    "body",
    [
        "Hello, could you design a logo for my bakery? What would it cost? Thanks, Clara",
        "Hallo Mara, kannst du ein Logo für meine Bäckerei gestalten? Was kostet das? Danke, Clara",
        "Bonjour, pourriez-vous créer un logo pour ma boulangerie ? Quel serait votre tarif ? Merci, Clara",
    ],
)
def test_the_judge_reads_the_price_and_date_and_catches_a_price_below_the_floor(body: str) -> None:
    msg = InboundMessage(
        mailbox="INBOX", uidvalidity=1, uid=1, message_id="<i@example.com>", content_hash="h",
        sender="clara@example.com", sender_name="Clara Client", subject="Logo", body=body,
    )  # fmt: skip
    draft = ToolDrafter(PROFILE, None).draft(msg, Triage.NEW_INQUIRY, today=TODAY)
    assert draft.quote is not None and len(_price_sentences(draft.body)) == 1
    assert _quote_problems(draft.body, PROFILE, TODAY, sent_alone=True) == []
    assert draft.quote_block.split(". ")[0] not in _without_summary(draft.body)
    q = draft.quote
    price = format_money(q.option("target").net, q.currency, q.locale)
    cheap = draft.body.replace(price, format_money(Decimal(100), q.currency, q.locale), 1)
    assert cheap != draft.body
    assert any("below the floor" in p for p in _quote_problems(cheap, PROFILE, TODAY, sent_alone=True))
