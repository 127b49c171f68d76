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
from decimal import Decimal

from assistant.daemon import lexicon
from assistant.daemon.figures import AMOUNT, MONEY, figure_value
from assistant.daemon.models import Draft, DraftKind, GateAction, GateVerdict, QuoteLine
from assistant.errors import ProfileError
from assistant.mail.message import InboundMessage
from assistant.mail.text import folded, visible
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
_BUDGETS = (
    *MONEY,
    re.compile(rf"(?<!\w)(?:{lexicon.BUDGET_WORDS})\w*\D{{0,30}}?(?<![\d.,]){AMOUNT}"),
)
"""A figure next to a currency, or after a budget word, on folded text: "50 000 EUR", "€2,5 Mio.", "budget: 3k"."""


@dataclass(frozen=True)
class RateState:
    """How many replies the daemon sent recently, for the rate limits."""

    sent_to_sender_last_day: int
    sent_last_hour: int


def stated_budget(text: str) -> Decimal | None:
    """The largest sum of money an inquiry states, if any, read on its folded form.

    A figure counts when a currency stands next to it (``50 000 EUR``, ``€2,5 Mio.``) or a budget word in any
    reply language comes shortly before it (``budget 2,500``, ``pay 3k``, ``Budget: 2 Mio.``); thousands
    separators (space, dot, comma, apostrophe) and multipliers (k, Tsd., Mio., million, Mrd.) are understood.
    """
    best: Decimal | None = None
    folded_text = folded(text)
    for pattern in _BUDGETS:
        for match in pattern.finditer(folded_text):
            value = figure_value(match.group("num"), match.group("mult"))
            if value is not None and (best is None or value > best):
                best = value
    return best


_SHOUT = re.compile(r"\b[A-ZÄÖÜ]{3,}\b")
_ACRONYMS = {"PDF", "CMYK", "RGB", "SVG", "PNG", "JPG", "USA", "EUR", "USD", "GBP", "VAT", "ASAP", "FAQ", "CEO", "API"}


def upset(text: str) -> bool:
    """Whether an inquiry reads as angry: angry words (any reply language), shouting in capitals, ! and ??."""
    seen = visible(text)
    shouted = [w for w in _SHOUT.findall(seen) if w not in _ACRONYMS]
    return bool(lexicon.ANGRY.search(folded(seen))) or len(set(shouted)) >= 3 or seen.count("!") >= 5 or "??" in seen


def inquiry_text(inquiry: InboundMessage) -> str:
    """Everything of an inquiry a reader can see, for the hand-off rules.

    Name, subject, both alternatives and the text attachments: a trigger written only in the HTML part, or only
    in an attached brief, still counts.
    """
    parts = (inquiry.sender_name, inquiry.subject, inquiry.body, inquiry.alternative, *inquiry.attachment_texts)
    return "\n".join(p for p in parts if p)


def handoff_reasons(profile: Profile, inquiry: InboundMessage, draft: Draft) -> list[str]:
    """Hand-off rules that apply to this inquiry and draft, with reasons.

    The words are matched on the folded text (:func:`~assistant.mail.text.folded`): soft hyphens, zero-width
    characters, full-width forms and look-alike letters do not hide them.
    """
    rules = profile.handoff
    text = inquiry_text(inquiry)
    words = folded(text)
    reasons = list(draft.handoff_reasons)
    if rules.budget_over is not None:
        budget = stated_budget(text)
        quoted = max((q.amount for q in draft.quotes), default=Decimal(0))
        if (budget is not None and budget > rules.budget_over) or quoted > rules.budget_over:
            reasons.append(f"budget over {rules.budget_over} {profile.currency}")
    if rules.on_rush and lexicon.RUSH.search(words):
        reasons.append("rush request")
    if rules.on_custom_pricing and lexicon.CUSTOM_PRICING.search(words):
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
        floor = _floor(profile, line.services)
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
    triage_confidence: float = 1.0,
) -> GateVerdict:
    """The gate's decision for one draft.

    Args:
        profile: the freelancer profile (``auto_reply``, ``handoff``, floors, lead times).
        inquiry: the parsed inquiry (its sender is the recipient, fixed by :mod:`assistant.daemon.identity`).
        draft: what the drafter wrote.
        rates: recent send counts for the rate limits.
        today: the date lead times count from.
        mode: override ``profile.auto_reply.mode`` (``--shadow``).
        triage_confidence: how surely triage read the mail as work to answer; below ``[triage]
            auto_send_confidence`` a reply never goes out alone (a misread "Budget approval" must not be answered).
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
    needed = profile.triage.auto_send_confidence
    if triage_confidence < needed:
        reasons.append(f"read as work to answer only {triage_confidence:.2f} surely; sending alone needs {needed:.2f}")
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


def decide_edit(
    profile: Profile,
    body: str,
    *,
    drafted: str,
    services: tuple[str, ...],
    today: dt.date,
    recipients: tuple[str, ...],
    inquiry_sender: str,
    pdf_disagrees: bool,
    written: dt.date | None = None,
) -> GateVerdict:
    """The gate for a reply the freelancer edited (and approved): the hard floors still hold.

    The freelancer's approval overrides the soft reasons a new draft waits for (a price in the prose, draft mode),
    never these: only the inquiry's sender receives it (an edit that adds or changes recipients is sent from the
    mail client, not by Atelier), no private note leaks, a price the edit typed respects the floor and a date it
    typed the lead time (the same checks a new draft's quote meets; "next Friday", "in zwei Wochen" or "la semaine
    prochaine" is a date as much as "15.01.2027" is, counted from the day the draft was written), and an attached
    PDF quote still agrees with the text. A figure that replaced one already under the floor (a deposit) or the
    lead time (a due date) is not a new price or delivery date, so it is not held for it.

    Args:
        profile: the freelancer profile (floors, lead times, private notes).
        body: the edited text.
        drafted: what Atelier drafted, to tell what the edit changed.
        services: the services the reply's quote prices (none: no floor applies).
        today: the date lead times count from.
        recipients: every address the edited draft is written to (To, Cc, Bcc), parsed.
        inquiry_sender: the one permitted recipient.
        pdf_disagrees: the quote's PDF is attached but the edit changed the quote's summary.
        written: the day the draft was written, which relative dates in it count from (else ``today``).
    """
    from assistant.daemon.figures import changes

    reasons: list[str] = []
    others = sorted(set(recipients) - {inquiry_sender})
    if others:
        reasons.append(
            f"the edited draft is also addressed to {', '.join(others)[:200]}: Atelier sends only to "
            f"{inquiry_sender}; send it from your mail client instead"
        )
    leak = private_leak(profile, body)
    if leak:
        reasons.append(f"contains private notes ({leak!r})")
    lines: list[QuoteLine] = []
    if services:
        floor, lead = _floor(profile, services), _lead(profile, services)
        for change in changes(drafted, body, today, written):
            if not any(old < floor for old in change.replaced_amounts):
                lines.extend(QuoteLine(services=services, amount=a) for a in change.amounts if a < floor)
            if not any(old < today + lead for old in change.replaced_dates):
                lines.extend(QuoteLine(services=services, amount=floor, deadline=d) for d in change.dates)
    edited = Draft(kind=DraftKind.QUOTE, subject="", body=body, quotes=tuple(lines))
    reasons.extend(_quote_problems(profile, edited, today))
    if pdf_disagrees:
        reasons.append("it changes the quote that the attached PDF still states: remove the PDF or the change")
    if reasons:
        return GateVerdict(decision=GateAction.HOLD, reasons=tuple(f"your edit: {r}" for r in reasons))
    return GateVerdict(decision=GateAction.SEND, reasons=("approved by you",))


def _floor(profile: Profile, service_ids: tuple[str, ...]) -> Decimal:
    return max(profile.minimum_fee, sum((profile.service(s).floor for s in service_ids), Decimal(0)))


def _lead(profile: Profile, service_ids: tuple[str, ...]) -> dt.timedelta:
    return dt.timedelta(days=max(profile.service(s).lead_days for s in service_ids))
