from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.daemon.identity import (
    domain_of,
    followup_to,
    reply_message_id,
    reply_subject,
    reply_to,
    revision,
)
from assistant.daemon.models import Draft, DraftKind, GateAction, OutboxItem, OutboxState, QuoteLine
from assistant.daemon.outgoing import build_reply
from assistant.daemon.policy import RateState, decide, stated_budget
from assistant.errors import MailError
from assistant.mail.message import InboundMessage
from assistant.profile import Profile, load_profile

PROFILE_PATH = Path(__file__).resolve().parents[3] / "examples" / "profile.toml"
TODAY = dt.date(2026, 11, 25)
CALM = RateState(sent_to_sender_last_day=0, sent_last_hour=0)


def _profile(mode: str = "auto", **auto: object) -> Profile:
    profile = load_profile(PROFILE_PATH)
    rules = profile.auto_reply.model_copy(update={"mode": mode, **auto})
    return profile.model_copy(update={"auto_reply": rules})


def _inquiry(body: str = "Could you design a logo for my bakery?", subject: str = "Logo") -> InboundMessage:
    return InboundMessage(
        mailbox="INBOX",
        uidvalidity=1,
        uid=1,
        message_id="<i@example.com>",
        content_hash="h",
        sender="client@example.com",
        subject=subject,
        body=body,
    )


def _draft(kind: DraftKind = DraftKind.CLARIFYING, body: str = "Hi,\n\nThanks. Who is it for?\n", **kw) -> Draft:  # type: ignore[no-untyped-def]
    return Draft(kind=kind, subject="Re: Logo", body=body, **kw)


def test_draft_mode_always_waits() -> None:
    verdict = decide(_profile("draft"), _inquiry(), _draft(), CALM, today=TODAY)
    assert verdict.decision is GateAction.WAIT
    assert reply_to(_inquiry(), "<i@example.com>h", "lindqvist.example").to == "client@example.com"


def test_shadow_mode_never_sends() -> None:
    assert decide(_profile("shadow"), _inquiry(), _draft(), CALM, today=TODAY).decision is GateAction.SHADOW


def test_auto_mode_sends_plain_questions_alone() -> None:
    verdict = decide(_profile(), _inquiry(), _draft(), CALM, today=TODAY)
    assert verdict.decision is GateAction.SEND


def test_auto_mode_holds_a_reply_to_mail_triage_was_unsure_of() -> None:
    unsure = decide(_profile(), _inquiry(), _draft(), CALM, today=TODAY, triage_confidence=0.45)
    assert unsure.decision is GateAction.HOLD and "0.45" in unsure.reasons[0] and "0.60" in unsure.reasons[0]
    sure = decide(_profile(), _inquiry(), _draft(), CALM, today=TODAY, triage_confidence=0.8)
    assert sure.decision is GateAction.SEND


@pytest.mark.parametrize(
    ("prose", "reason"),
    [
        ("I can do it for 300 EUR.", "price"),
        ("It would be €1.200 all in.", "price"),
        ("I'll deliver on 3 December.", "date"),
        ("Sure, ready by Friday.", "date"),
        ("I guarantee you will love it.", "commitment"),
        ("Deal, I accept your budget.", "commitment"),
    ],
)
def test_prices_dates_and_commitments_in_model_prose_wait(prose: str, reason: str) -> None:
    verdict = decide(
        _profile(allow_prices=True, allow_dates=True), _inquiry(), _draft(body=f"Hi,\n\n{prose}\n"), CALM, today=TODAY
    )
    assert verdict.decision is GateAction.HOLD
    assert any(reason in r for r in verdict.reasons)


def test_quotes_wait_unless_allowed_and_above_the_floor_and_lead_time() -> None:
    block = "Quote Q1\nPrice: 1.530,00 €\nDelivery: 2026-12-20"
    line = QuoteLine(services=("logo",), amount=Decimal("1530.00"), deadline=TODAY + dt.timedelta(days=25))
    quote = _draft(DraftKind.QUOTE, body=f"Hi,\n\nThanks.\n\n{block}\n", quotes=(line,), quote_block=block)
    assert decide(_profile(), _inquiry(), quote, CALM, today=TODAY).decision is GateAction.HOLD
    allowed = _profile(allow_prices=True, allow_dates=True)
    assert decide(allowed, _inquiry(), quote, CALM, today=TODAY).decision is GateAction.SEND

    cheap = quote.model_copy(update={"quotes": (line.model_copy(update={"amount": Decimal("900")}),)})
    verdict = decide(allowed, _inquiry(), cheap, CALM, today=TODAY)
    assert verdict.decision is GateAction.HOLD and any("below the floor 1200" in r for r in verdict.reasons)
    soon = quote.model_copy(update={"quotes": (line.model_copy(update={"deadline": TODAY}),)})
    verdict = decide(allowed, _inquiry(), soon, CALM, today=TODAY)
    assert verdict.decision is GateAction.HOLD and any("lead time" in r for r in verdict.reasons)
    unknown = quote.model_copy(update={"quotes": (line.model_copy(update={"services": ("yachts",)}),)})
    assert decide(allowed, _inquiry(), unknown, CALM, today=TODAY).decision is GateAction.HOLD


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("We need this ASAP, urgent!", "rush"),
        ("Could you do it for exposure, or a revenue share?", "custom pricing"),
        ("This is unacceptable. I want a refund.", "upset"),
        ("The files are WRONG AGAIN and NOT usable.", "upset"),
        ("Our budget is 20,000 EUR for the rebrand.", "budget"),
        ("We can pay 15k for the whole thing.", "budget"),
    ],
)
def test_handoff_rules_send_a_summary_instead(body: str, reason: str) -> None:
    for mode in ("auto", "draft"):
        verdict = decide(_profile(mode), _inquiry(body), _draft(), CALM, today=TODAY)
        assert verdict.decision is GateAction.HANDOFF
        assert any(reason in r for r in verdict.reasons)


def test_quoted_total_over_the_budget_threshold_hands_off() -> None:
    line = QuoteLine(services=("logo",), amount=Decimal("13000"))
    verdict = decide(_profile(), _inquiry(), _draft(DraftKind.QUOTE, quotes=(line,)), CALM, today=TODAY)
    assert verdict.decision is GateAction.HANDOFF


def test_rate_limits_hold_auto_replies() -> None:
    profile = _profile()
    busy_sender = RateState(sent_to_sender_last_day=profile.auto_reply.max_per_sender_per_day, sent_last_hour=0)
    busy_hour = RateState(sent_to_sender_last_day=0, sent_last_hour=profile.auto_reply.max_per_hour)
    for rates in (busy_sender, busy_hour):
        verdict = decide(profile, _inquiry(), _draft(), rates, today=TODAY)
        assert verdict.decision is GateAction.HOLD and any("rate limit" in r for r in verdict.reasons)


def test_private_notes_never_go_out() -> None:
    leak = _draft(body="Hi,\n\nPRIVATE-RATE-NOTE: my real walk-away point is 72/h.\n")
    verdict = decide(_profile(), _inquiry(), leak, CALM, today=TODAY)
    assert verdict.decision is GateAction.HOLD and "private notes" in verdict.reasons[0]


def test_stated_budget() -> None:
    assert stated_budget("our budget is around 2,500 EUR") == Decimal("2500")
    assert stated_budget("we could pay 3k") == Decimal("3000")
    assert stated_budget("no money talk here") is None


def test_reply_goes_only_to_the_inquiry_sender_with_threading_and_disclosure() -> None:
    profile = _profile()
    args = dict(
        profile=profile,
        from_addr="studio@lindqvist.example",
        inquiry_sender="client@example.com",
        subject="Re: Logo",
        body="Hi",
        message_id="<atelier.x@lindqvist.example>",
        in_reply_to="<i@example.com>",
        references="<i@example.com>",
        item_id=1,
    )
    raw = build_reply(to="client@example.com", auto=True, **args).decode()
    assert "To: client@example.com\r\n" in raw and "\r\nCc:" not in raw and "\r\nBcc:" not in raw
    assert "Auto-Submitted: auto-replied" in raw and "In-Reply-To: <i@example.com>" in raw
    assert profile.tone.ai_disclosure[:40] in raw.replace("\r\n", " ").replace("  ", " ") or "AI assistant" in raw
    for bad in ("attacker@evil.example", "client@example.com, attacker@evil.example", ""):
        with pytest.raises(MailError):
            build_reply(to=bad, auto=True, **args)


def test_reply_identity_threads_and_forces_the_recipient() -> None:
    inquiry = _inquiry().model_copy(update={"references": ("<a@x>", "<i@example.com>")})
    first = reply_to(inquiry, "<i@example.com>h", "lindqvist.example")
    assert first.to == "client@example.com" and first.in_reply_to == "<i@example.com>"
    assert first.references == "<a@x> <i@example.com>"  # the inquiry's own id last, never twice
    assert first.message_id == reply_message_id("<i@example.com>h", "reply", 1, "lindqvist.example")
    sent = OutboxItem(
        id=1, inquiry_id=1, kind="reply", version=1, message_id=first.message_id, to=first.to, subject="Re: Logo",
        body="Hi", in_reply_to=first.in_reply_to, references=first.references, state=OutboxState.SENT,
    )  # fmt: skip
    nudge = followup_to(inquiry, sent, "<i@example.com>h", "lindqvist.example")
    assert nudge.in_reply_to == first.message_id and nudge.references == f"<a@x> <i@example.com> {first.message_id}"
    assert nudge.message_id not in (
        first.message_id,
        revision(sent, "<i@example.com>h", "lindqvist.example").message_id,
    )
    edited = revision(sent, "<i@example.com>h", "lindqvist.example")
    assert (edited.version, edited.to, edited.in_reply_to) == (2, first.to, first.in_reply_to)
    assert reply_subject("Logo") == "Re: Logo" and reply_subject("AW: Logo") == "Re: Logo"
    assert reply_subject("") == "Re: your message"
    assert domain_of("Studio@Lindqvist.Example") == "lindqvist.example" and domain_of(None) == "atelier.invalid"
