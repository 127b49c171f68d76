"""Triage: ignore, new inquiry, existing client, or notify, with a reason a person can read.

Rules come first and are plain code: anything automatic (RFC 3834 ``Auto-Submitted``, ``Precedence``, vacation
and autoresponder headers), bulk or list mail (``List-Id``, ``List-Unsubscribe``, campaign headers, no-reply
senders) and bounces (mailer-daemon, postmaster, delivery reports, an empty ``Return-Path``) is never answered,
which also stops mail loops between two robots. What is left is a client we know, a new inquiry, or mail the
freelancer should read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from assistant.daemon.models import Triage, TriageResult
from assistant.mail.message import InboundMessage

_BOUNCE_LOCALPARTS = {"mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon"}
_NOREPLY = re.compile(
    r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|notifications?|newsletters?|bounces?)"
    r"([-+_.].*)?$"
)
_AUTO_SUBJECT = re.compile(
    r"^\s*(out of (the )?office|automatic reply|auto(matische)?[- ]?(reply|antwort|response)|autoreply|"
    r"abwesenheitsnotiz|vacation|away from|undeliverable|undelivered mail|delivery status notification|"
    r"mail delivery (failed|failure|system)|returned mail|failure notice)\b",
    re.IGNORECASE,
)
_BULK_HEADERS = ("list-id", "list-unsubscribe", "list-post", "feedback-id", "x-campaign", "x-mailchimp-id")
_INQUIRY_WORDS = (
    "quote",
    "price",
    "pricing",
    "cost",
    "rate",
    "budget",
    "fee",
    "commission",
    "project",
    "hire",
    "available",
    "availability",
    "deadline",
    "illustrat",
    "design",
    "logo",
    "brand",
    "book",
    "cover",
    "poster",
    "mascot",
    "character",
    "packaging",
    "work with you",
    "collaborat",
    "angebot",
    "preis",
    "auftrag",
    "kosten",
)


@dataclass
class TriageContext:
    """What triage may know besides the message itself."""

    own_addresses: frozenset[str]
    """The freelancer's own addresses: their mail is never treated as an inquiry."""
    is_known_client: Callable[[str], bool] = lambda _sender: False
    """Whether a sender is an existing client (ledger history, or memory)."""
    is_own_message_id: Callable[[str], bool] = lambda _message_id: False
    """Whether a Message-ID is one the daemon wrote (a reply, a hand-off summary)."""
    service_keywords: tuple[str, ...] = field(default_factory=tuple)


def _automatic(msg: InboundMessage) -> str | None:
    h = msg.headers
    local = msg.sender.split("@", 1)[0]
    if local in _BOUNCE_LOCALPARTS:
        return f"bounce: sender {msg.sender}"
    content_type = h.get("content-type", "").replace(" ", "").lower()
    if "report-type=delivery-status" in content_type:
        return "bounce: delivery status report"
    if content_type.startswith("multipart/report"):  # RFC 6522: only machines write reports
        what = "read receipt" if "disposition-notification" in content_type else "report"
        return f"automatic: {what} (multipart/report, RFC 3834)"
    auto = h.get("auto-submitted", "").strip().lower()
    if auto and not auto.startswith("no"):
        return f"automatic: Auto-Submitted: {auto[:40]} (RFC 3834)"
    if h.get("return-path", "").strip() == "<>":
        return "bounce or automatic: empty Return-Path"
    for name in ("x-autoreply", "x-autorespond"):
        if name in h:
            return f"automatic: {name} header"
    if "x-auto-response-suppress" in h and _AUTO_SUBJECT.search(msg.subject):
        return "automatic: auto-response"
    precedence = h.get("precedence", "").strip().lower()
    if precedence in {"bulk", "list", "junk", "auto_reply"}:
        return f"bulk: Precedence: {precedence}"
    for name in _BULK_HEADERS:
        if name in h:
            return f"list or bulk mail: {name} header"
    if _NOREPLY.match(local):
        return f"no-reply sender {msg.sender}"
    if _AUTO_SUBJECT.search(msg.subject):
        return f"automatic: subject {msg.subject[:60]!r}"
    return None


def _references(msg: InboundMessage) -> Iterable[str]:
    yield from msg.in_reply_to.split()
    yield from msg.references


def triage(msg: InboundMessage, ctx: TriageContext) -> TriageResult:
    """Decide what to do with one message, and say why."""
    if msg.sender in ctx.own_addresses:
        return TriageResult(triage=Triage.OWN, reason="sent from your own address")
    if msg.message_id and ctx.is_own_message_id(msg.message_id):
        return TriageResult(triage=Triage.OWN, reason="written by the daemon")
    automatic = _automatic(msg)
    if automatic:
        return TriageResult(triage=Triage.IGNORE, reason=automatic)
    if any(ctx.is_own_message_id(ref) for ref in _references(msg)):
        return TriageResult(triage=Triage.CLIENT, reason="answers one of your replies", client=msg.sender)
    own_domains = {a.split("@", 1)[1] for a in ctx.own_addresses if "@" in a}
    if any(ref.rstrip(">").rsplit("@", 1)[-1].lower() in own_domains for ref in _references(msg)):
        return TriageResult(triage=Triage.CLIENT, reason="answers a mail you sent", client=msg.sender)
    if ctx.is_known_client(msg.sender):
        return TriageResult(triage=Triage.CLIENT, reason="existing client", client=msg.sender)
    text = f"{msg.subject}\n{msg.body[:4000]}".lower()
    words = [w for w in (*_INQUIRY_WORDS, *ctx.service_keywords) if w and w.lower() in text]
    if words:
        return TriageResult(
            triage=Triage.NEW_INQUIRY, reason=f"new inquiry: mentions {', '.join(words[:4])}", client=msg.sender
        )
    return TriageResult(triage=Triage.NOTIFY, reason="not an inquiry: for you to read")
