"""The policy gate: what may go out alone, what waits, and what goes to the freelancer instead.

It runs in code after the model and trusts nothing the model wrote. Prices and dates are allowed only inside the
quote block that code rendered from the rate card (``Draft.quote_block``); the model's prose is scanned for
amounts, dates and commitments, and any it contains makes the reply wait. The recipient is always the
inquiry's parsed sender. Rules come from ``profile.auto_reply`` and ``profile.handoff``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from assistant.daemon.models import Draft, DraftKind, GateAction, GateVerdict
from assistant.errors import ProfileError
from assistant.mail.message import InboundMessage
from assistant.profile import Profile

_CURRENCY = r"(?:€|\$|£|¥|eur\b|euros?\b|usd\b|dollars?\b|gbp\b|pounds?\b|chf\b|sek\b|nok\b|dkk\b)"
_AMOUNT = r"\d[\d.,' ]*\d|\d"
PRICE = re.compile(rf"{_CURRENCY}\s*(?:{_AMOUNT})|(?:{_AMOUNT})\s*(?:k\b)?\s*{_CURRENCY}", re.IGNORECASE)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|juni|juli|oktober|dezember"
)
DATE = re.compile(
    rf"\b\d{{4}}-\d{{1,2}}-\d{{1,2}}\b|\b\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b|\b(?:{_MONTHS})\.?\s+\d{{1,2}}\b|"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|tomorrow|tonight|morgen|next week|next month|end of (?:the )?(?:week|month)|"
    r"within \d+ (?:days?|weeks?|months?)|in \d+ (?:days?|weeks?|months?)|\d+ (?:business |working )?days?)\b",
    re.IGNORECASE,
)
COMMITMENT = re.compile(
    r"\b(?:i|we)(?:'ll| will| can| shall)\s+(?:deliver|finish|start|have it|send (?:it|the final)|do it|"
    r"guarantee|commit)|\bguarantee[ds]?\b|\bpromise[ds]?\b|\b(?:it'?s a )?deal\b|\bagreed\b|\bi accept\b|"
    r"\bconfirm(?:ed)?\b|\bdiscount\b|\bfree of charge\b|\bfor free\b|\bno charge\b|\brefund\b|\bbooked\b|"
    r"\breserve[ds]?\b|\bcontract\b|\bsign(?:ed)?\b",
    re.IGNORECASE,
)
ANGRY = re.compile(
    r"\b(?:unacceptable|disappointed|disappointing|furious|angry|outrageous|ridiculous|scam|rip[- ]?off|"
    r"lawyer|legal action|sue\b|refund|complain(?:t)?|worst|terrible|awful|never again|wtf|frustrat\w*|"
    r"not ok(?:ay)?|expected better|not paying|won'?t pay|fed up|sick of|verärgert|enttäuscht|unverschämt)\b",
    re.IGNORECASE,
)
RUSH = re.compile(
    r"\b(?:asap|urgent(?:ly)?|rush|as soon as possible|tomorrow|eilig|dringend|by monday|this week)\b", re.IGNORECASE
)
CUSTOM_PRICING = re.compile(
    r"\b(?:discount|cheaper|lower (?:price|rate)|negotiat\w*|equity|revenue share|royalt(?:y|ies)|exposure|"
    r"unpaid|for free|free sample|spec work|barter|retainer|flat fee|custom pric\w*|buy-?out|exclusive rights)\b",
    re.IGNORECASE,
)
BUDGET = re.compile(
    rf"(?:budget|pay|spend|offer)\D{{0,30}}?(?:{_CURRENCY}\s*)?(\d[\d.,]*\d|\d)\s*(k\b)?", re.IGNORECASE
)


@dataclass(frozen=True)
class RateState:
    """How many replies the daemon sent recently, for the rate limits."""

    sent_to_sender_last_day: int
    sent_last_hour: int


def stated_budget(text: str) -> Decimal | None:
    """The largest budget figure an inquiry states, if any (``budget 2,500``, ``pay 3k``)."""
    best: Decimal | None = None
    for match in BUDGET.finditer(text):
        digits = re.sub(r"[.,](\d{3})(?!\d)", r"\1", match.group(1)).replace(",", ".")
        try:
            value = Decimal(digits)
        except InvalidOperation:
            continue
        if match.group(2):
            value *= 1000
        best = value if best is None or value > best else best
    return best


_SHOUT = re.compile(r"\b[A-ZÄÖÜ]{3,}\b")
_ACRONYMS = {"PDF", "CMYK", "RGB", "SVG", "PNG", "JPG", "USA", "EUR", "USD", "GBP", "VAT", "ASAP", "FAQ", "CEO", "API"}


def upset(text: str) -> bool:
    """Whether an inquiry reads as angry: angry words, shouting in capitals, or a pile of ! and ??."""
    shouted = [w for w in _SHOUT.findall(text) if w not in _ACRONYMS]
    return bool(ANGRY.search(text)) or len(set(shouted)) >= 3 or text.count("!") >= 5 or "??" in text


def handoff_reasons(profile: Profile, inquiry: InboundMessage, draft: Draft) -> list[str]:
    """Hand-off rules that apply to this inquiry and draft, with reasons."""
    rules = profile.handoff
    text = f"{inquiry.sender_name}\n{inquiry.subject}\n{inquiry.body}"
    reasons = list(draft.handoff_reasons)
    if rules.budget_over is not None:
        budget = stated_budget(text)
        quoted = max((q.amount for q in draft.quotes), default=Decimal(0))
        if (budget is not None and budget > rules.budget_over) or quoted > rules.budget_over:
            reasons.append(f"budget over {rules.budget_over} {profile.currency}")
    if rules.on_rush and RUSH.search(text):
        reasons.append("rush request")
    if rules.on_custom_pricing and CUSTOM_PRICING.search(text):
        reasons.append("custom pricing asked")
    if rules.on_angry_tone and upset(text):
        reasons.append("upset tone")
    return sorted(set(reasons))


def _prose(draft: Draft) -> str:
    return draft.body.replace(draft.quote_block, " ") if draft.quote_block else draft.body


def _quote_problems(profile: Profile, draft: Draft, today: dt.date) -> list[str]:
    problems = []
    for line in draft.quotes:
        try:
            services = [profile.service(service_id) for service_id in line.services]
        except ProfileError as exc:
            problems.append(str(exc))
            continue
        if not services:
            problems.append("a price with no service from the rate card")
            continue
        floor = max(profile.minimum_fee, sum((s.floor for s in services), Decimal(0)))
        if line.amount < floor:
            problems.append(f"{line.amount} is below the floor {floor}")
        lead = max(s.lead_days for s in services)
        if line.deadline is not None and line.deadline < today + dt.timedelta(days=lead):
            problems.append(f"deadline {line.deadline} is under the {lead}-day lead time")
    return problems


def private_leak(profile: Profile, text: str) -> str | None:
    """A line of the private pricing notes that appears in ``text``, if any."""
    lowered = " ".join(text.lower().split())
    for line in profile.private_notes.splitlines():
        words = " ".join(line.lower().split())
        if len(words) >= 12 and words[:40] in lowered:
            return words[:40]
    if "private-rate-note" in lowered:
        return "PRIVATE-RATE-NOTE"
    return None


def decide(
    profile: Profile,
    inquiry: InboundMessage,
    draft: Draft,
    rates: RateState,
    *,
    today: dt.date,
    mode: str | None = None,
) -> GateVerdict:
    """The gate's decision for one draft.

    Args:
        profile: the freelancer profile (``auto_reply``, ``handoff``, floors, lead times).
        inquiry: the parsed inquiry (its sender is the recipient, fixed by :mod:`assistant.daemon.identity`).
        draft: what the drafter wrote.
        rates: recent send counts for the rate limits.
        today: the date lead times count from.
        mode: override ``profile.auto_reply.mode`` (``--shadow``).
    """
    policy = profile.auto_reply
    mode = mode or policy.mode
    if mode == "shadow":
        return GateVerdict(decision=GateAction.SHADOW, reasons=("shadow mode: recorded, never sent",))
    leak = private_leak(profile, draft.body)
    handoff = handoff_reasons(profile, inquiry, draft)
    if leak:
        return GateVerdict(decision=GateAction.HOLD, reasons=(f"contains private notes ({leak!r})",))
    if handoff:
        return GateVerdict(decision=GateAction.HANDOFF, reasons=tuple(f"hand-off: {r}" for r in handoff))
    if mode == "draft":
        return GateVerdict(decision=GateAction.WAIT, reasons=("draft mode: waits for your approval",))
    reasons: list[str] = []
    if inquiry.attachments:
        reasons.append("the inquiry has attachments, which the daemon does not read")
    prose = _prose(draft)
    if PRICE.search(prose):
        reasons.append("the text states a price outside the computed quote")
    if DATE.search(prose):
        reasons.append("the text states a date outside the computed quote")
    if COMMITMENT.search(prose):
        reasons.append("the text makes a commitment")
    if draft.quotes or draft.kind is DraftKind.QUOTE:
        if not policy.allow_prices:
            reasons.append("contains a price and auto_reply.allow_prices is off")
        if any(q.deadline for q in draft.quotes) and not policy.allow_dates:
            reasons.append("contains a date and auto_reply.allow_dates is off")
        reasons.extend(_quote_problems(profile, draft, today))
    elif draft.kind not in (DraftKind.ACKNOWLEDGEMENT, DraftKind.CLARIFYING, DraftKind.FOLLOWUP):
        reasons.append(f"{draft.kind.value} replies always wait")
    if rates.sent_to_sender_last_day >= policy.max_per_sender_per_day:
        reasons.append(f"rate limit: {policy.max_per_sender_per_day} per sender per day")
    if rates.sent_last_hour >= policy.max_per_hour:
        reasons.append(f"rate limit: {policy.max_per_hour} per hour")
    if reasons:
        return GateVerdict(decision=GateAction.HOLD, reasons=tuple(reasons))
    return GateVerdict(decision=GateAction.SEND, reasons=("auto mode: safe to send alone",))
