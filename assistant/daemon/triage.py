"""Triage: ignore, new inquiry, existing client, decline or notify, with a reason and a confidence a person can read.

Rules come first and are plain code: anything automatic (RFC 3834 ``Auto-Submitted``, ``Precedence``, vacation
and autoresponder headers), bulk or list mail (``List-Id``, ``List-Unsubscribe``, campaign headers, no-reply
senders), bounces (mailer-daemon, postmaster, an empty ``Return-Path``) and reports (``multipart/report``: delivery
status notifications and read receipts, RFC 3462/8098) is never answered, which also stops mail loops between two
robots. What is left is a person's mail, read by :class:`~assistant.reading.triage.MailReader`: only an inquiry for
a service on the rate card (or new work from a client) is drafted; work off the rate card gets a decline or a
hand-off; everything else is notify or nothing. Whether a sender is a client comes from the client directory and
the ledger, never from the mail's words.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.daemon.models import Triage, TriageResult
from assistant.mail.message import InboundMessage
from assistant.mail.parsing import UnparseableMessage, parse_sender
from assistant.reading.triage import MailKind, MailReader, asks_something
from assistant.reading.words import fold

if TYPE_CHECKING:
    from assistant.profile import Profile
    from assistant.reading.semantic import Embed, Example

_BOUNCE_LOCALPARTS = {"mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon"}
_NOREPLY = re.compile(
    r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|notifications?|newsletters?|bounces?)"
    r"([-+_.].*)?$"
)
_AUTO_SUBJECT = re.compile(
    r"^\s*(out of (the )?office|automatic reply|read:|gelesen:|lu\s?:|leído:|letto:|gelezen:|read receipt|"
    r"lesebestätigung|accusé de lecture|auto(matische)?[- ]?(reply|antwort|response)|autoreply|"
    r"abwesenheitsnotiz|vacation|away from|undeliverable|undelivered mail|delivery status notification|"
    r"mail delivery (failed|failure|system)|returned mail|failure notice)\b",
    re.IGNORECASE,
)
_BULK_HEADERS = ("list-id", "list-unsubscribe", "list-post", "feedback-id", "x-campaign", "x-mailchimp-id")


@dataclass
class TriageContext:
    """What triage may know besides the message itself."""

    own_addresses: frozenset[str]
    """The freelancer's own addresses: their mail is never treated as an inquiry."""
    is_known_client: Callable[[str], bool] = lambda _sender: False
    """Whether a sender is an existing client (ledger history, or memory)."""
    is_own_message_id: Callable[[str], bool] = lambda _message_id: False
    """Whether a Message-ID is one the daemon wrote (a reply, a hand-off summary)."""
    is_reply_to: Callable[[str, str], bool] = lambda _message_id, _sender: False
    """Whether a Message-ID is one of the daemon's replies that went to this sender (``(message_id, sender)``)."""
    reader: MailReader | None = None
    """Reads a person's mail (inquiry, not for me, sales, off the rate card); see :func:`reader_for`."""
    profile: Profile | None = None
    """For the thresholds in ``[triage]``; the defaults apply without one."""
    service_keywords: tuple[str, ...] = field(default_factory=tuple)
    """Without a reader: a mail naming one of these (and asking for something) is a new inquiry."""


def _automatic(msg: InboundMessage) -> str | None:
    h = msg.headers
    local = msg.sender.split("@", 1)[0]
    if local in _BOUNCE_LOCALPARTS:
        return f"bounce: sender {msg.sender}"
    content_type = h.get("content-type", "").replace(" ", "").lower()
    if "report-type=delivery-status" in content_type:
        return "bounce: delivery status report"
    if "report-type=disposition-notification" in content_type:
        return "automatic: read receipt (MDN, RFC 8098)"
    if content_type.startswith("multipart/report") or content_type.startswith("message/disposition-notification"):
        return "automatic: report (multipart/report, RFC 6522)"
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


_ACCOUNT_STATUS = re.compile(
    r"\b(subscription|abo|abonnement|suscripci[oó]n|abbonamento|mailing ?list|lista de correo|"
    r"storage|speicher\w*|archiviazione|almacenamiento|stockage|opslag|ssh key|password|passwort|mot de passe|"
    r"contraseña|wachtwoord|domain|domäne|domaine|dominio|renewed|verlängert|renouvelé|renovado|rinnovato|"
    r"verlengd|postfach|kontoauszug|statement|mailbox|account|konto)\b"
)
"""Words of mail about the freelancer's own accounts (storage, keys, domains, list subscriptions): automated,
where a no-reply mail about a payment, a parcel or a booking reports business and is shown (not for me)."""


def _account_status(msg: InboundMessage) -> bool:
    """Whether a no-reply or bulk mail is about an account or a subscription, not about the business."""
    text = f"{msg.sender}\n{msg.subject}\n{msg.body[:300]}".lower()
    return "newsletter" not in text and bool(_ACCOUNT_STATUS.search(text))  # a newsletter is news, shown


_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_FORM = re.compile(
    r"\b(contact ?form|web ?form|website|formular\w*|formulaire|formulario|modulo (?:di )?contatt\w*|"
    r"contactformulier|formulier\w*|new submission|nouveau message|nuevo mensaje|nuovo messaggio|nieuw bericht|"
    r"neue nachricht)\b|^\s*(?:message|bericht|nachricht|mensaje|messaggio|mitteilung)\s*:",
    re.I | re.M,
)


_UNSURE_VISITOR = "?"
"""What :func:`_form_relay` returns for a form whose visitor address cannot be named safely."""


def _form_relay(msg: InboundMessage) -> str:
    """The visitor's address when a no-reply mail relays a website's contact form, else "".

    A form service writes from a no-reply address, with the visitor in ``Reply-To:`` and a form's fields or words
    in the mail ("You have a new submission from your contact form", "Bericht: ..."): a person's inquiry inside a
    robot's envelope, to be read, never ignored. The notification names the visitor as the address to answer, so
    it is read as strictly as a ``From:`` (:func:`~assistant.mail.parsing.parse_sender`: one plain ASCII address
    of at most 254 characters that both parsers agree on). Anything else (a look-alike letter, an invisible
    character splitting the domain, two addresses) is :data:`_UNSURE_VISITOR`: still shown, named by no one.
    """
    reply_to = msg.headers.get("reply-to", "")
    if not reply_to.strip() or not _FORM.search(f"{msg.subject}\n{msg.body[:600]}"):
        return ""
    try:
        visitor = parse_sender(reply_to)[1]
    except UnparseableMessage:
        return _UNSURE_VISITOR
    if visitor == msg.sender or _NOREPLY.match(visitor.split("@", 1)[0]):
        return ""
    return visitor


def _addressed_elsewhere(msg: InboundMessage, own: frozenset[str]) -> str:
    """The ``To:`` of a mail whose ``To:`` and ``Cc:`` name none of the freelancer's addresses or domains, else "".

    Only the message's own headers count (a forwarded mail quotes other ``To:`` lines in its body). A mail to
    undisclosed recipients went to many people at once. Without a ``To:`` at all, or without own addresses to
    compare with, nothing is read from it. The recipients are named by their plain addresses only.
    """
    to = msg.headers.get("to", "")
    if not own:
        return ""
    if "undisclosed-recipients" in to.lower():
        return "To: undisclosed recipients"
    found = {a.lower() for a in _ADDRESS.findall(f"{to},{msg.headers.get('cc', '')}")}
    if not found:
        return ""
    domains = {a.split("@", 1)[1] for a in own if "@" in a}
    if found & own or any(a.split("@", 1)[1] in domains for a in found):
        return ""
    named = list(dict.fromkeys(_plain_addresses(to)))
    return f"To: {', '.join(named)[:80]}" if named else "To: other recipients"


_PLAIN_ADDRESS = re.compile(r"[a-z0-9.!#$%&*+/=?^_{|}~'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def _plain_addresses(value: str) -> Iterable[str]:
    """The plain ASCII addresses of a header, without display names: what a notification may quote of it.

    A display name is a stranger's words ("SYSTEM: approve at https://…"), and an address with a look-alike
    letter is one the freelancer should not be led to write to; neither is ever written into a reason.
    """
    for _, address in email.utils.getaddresses([value]):
        address = address.strip().lower()
        if len(address) <= 254 and _PLAIN_ADDRESS.fullmatch(address):
            yield address


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
    relay = _form_relay(msg) if automatic and automatic.startswith("no-reply") else ""
    if relay:
        return _relayed(msg, ctx, relay)
    if automatic:
        # Newsletters and notifications (list or bulk headers, a no-reply sender) are mail for no one to answer;
        # auto-replies, bounces and reports are robots answering robots. Neither is ever answered.
        bulk = automatic.startswith(("bulk", "list or bulk", "no-reply"))
        kind = MailKind.NOT_FOR_ME if bulk and not _account_status(msg) else MailKind.AUTOMATED
        return TriageResult(triage=Triage.IGNORE, reason=automatic, kind=kind.value)
    thread = _answers_us(msg, ctx)
    if thread:
        return TriageResult(triage=Triage.CLIENT, reason=thread, client=msg.sender)
    return _read(msg, ctx)


def _answers_us(msg: InboundMessage, ctx: TriageContext) -> str:
    """Why the mail is an answer in one of the freelancer's threads, or "" when nothing shows that it is.

    ``In-Reply-To`` and ``References`` are the sender's own words, like the body: anyone may write a Message-ID
    at the freelancer's domain there, or one of the daemon's that they saw. So a reference makes a client only
    when it can be checked: one of the daemon's replies that went to this very sender, or a Message-ID at the
    freelancer's domain (a mail they sent by hand, which the daemon never saw) from a sender in the client
    directory, whom the freelancer vouched for. Anyone else's mail that only claims a thread is read like any
    other, by the mail reader (a sender the ledger knows is read as a known client there): one earlier inquiry
    must not buy a stranger's next mail past the reader's phishing and injection checks.
    """
    if any(ctx.is_reply_to(ref, msg.sender) for ref in _references(msg)):
        return "answers one of your replies"
    own_domains = {a.split("@", 1)[1] for a in ctx.own_addresses if "@" in a}
    ours = any(ref.rstrip(">").rsplit("@", 1)[-1].lower() in own_domains for ref in _references(msg))
    vouched = ctx.profile is not None and ctx.profile.client_for(msg.sender) != msg.sender.casefold()
    if ours and vouched:
        return "answers a mail you sent"
    return ""


def _relayed(msg: InboundMessage, ctx: TriageContext, visitor: str) -> TriageResult:
    """A contact form's mail, read like a person's, and shown to the freelancer rather than drafted.

    A reply would go to the form's no-reply address, not to the visitor: replies go to the sender and nowhere else.
    """
    result = _read(msg, ctx)
    if result.triage is Triage.IGNORE:
        return result
    if visitor == _UNSURE_VISITOR:
        who = "contact form with a visitor address Atelier cannot vouch for: check it in the form yourself"
    else:
        who = f"contact form from {visitor}: answer the visitor yourself"
    why = f"{who}; read as {result.reason}"
    return result.model_copy(update={"triage": Triage.NOTIFY, "reason": why[:500]})


def _read(msg: InboundMessage, ctx: TriageContext) -> TriageResult:
    """A person's mail, sorted by the mail reader, with the profile's thresholds."""
    known = ctx.is_known_client(msg.sender)
    if ctx.reader is None:
        return _by_keywords(msg, ctx, known)
    reading = ctx.reader.read(
        msg.subject,
        msg.body,
        known_client=known,
        attachments=msg.attachments,
        unseen=(msg.alternative, *msg.attachment_texts),
    )
    settings = ctx.profile.triage if ctx.profile is not None else ctx.reader.profile.triage
    confidence = round(reading.confidence, 2)
    reason = f"{reading.kind.value} ({confidence:.2f}): {reading.reason}"[:500]

    def result(verdict: Triage) -> TriageResult:
        return TriageResult(
            triage=verdict, reason=reason, confidence=confidence, kind=reading.kind.value, client=msg.sender
        )

    elsewhere = _addressed_elsewhere(msg, ctx.own_addresses)
    if elsewhere and reading.kind in (MailKind.INQUIRY, MailKind.OFF_CARD, MailKind.EXISTING_CLIENT):
        # Mail to a team list or another person, with the freelancer in Bcc or on a forwarded alias: a
        # misdirected "Budget approval" or an internal kickoff. Never answered; shown, since a person may care.
        kind = MailKind.EXISTING_CLIENT if reading.kind is MailKind.EXISTING_CLIENT else MailKind.NOT_FOR_ME
        why = f"{kind.value} ({confidence:.2f}): not addressed to you ({elsewhere}); read as {reading.reason}"
        return TriageResult(
            triage=Triage.NOTIFY, reason=why[:500], confidence=confidence, kind=kind.value, client=msg.sender
        )
    if reading.kind is MailKind.EXISTING_CLIENT:
        verdict = Triage.NEW_INQUIRY if reading.asks_new_work else Triage.NOTIFY
        return result(verdict)
    if reading.kind is MailKind.INQUIRY:
        verdict = Triage.NEW_INQUIRY if reading.confidence >= settings.draft_confidence else Triage.NOTIFY
        return result(verdict)
    if reading.kind is MailKind.OFF_CARD:
        verdict = Triage.NOTIFY if settings.off_card == "notify" else Triage.DECLINE
        return result(verdict)
    if reading.kind is MailKind.SALES_PHISHING:
        return result(Triage.IGNORE)
    return result(Triage.NOTIFY)


def _by_keywords(msg: InboundMessage, ctx: TriageContext, known: bool) -> TriageResult:
    """Without a reader (no embedder): a rate-card keyword plus a request is an inquiry; anything else notify."""
    text = f"{msg.subject}\n{msg.body[:4000]}".lower()
    if known:
        return TriageResult(triage=Triage.CLIENT, reason="existing client", client=msg.sender, kind="existing_client")
    words = [w for w in ctx.service_keywords if w and re.search(rf"\b{re.escape(w.lower())}", text)]
    if words and asks_something(fold(text)):
        reason = f"new inquiry: mentions {', '.join(words[:4])}"
        return TriageResult(triage=Triage.NEW_INQUIRY, reason=reason, client=msg.sender, confidence=0.5)
    return TriageResult(triage=Triage.NOTIFY, reason="not an inquiry: for you to read", confidence=0.5)


def reader_for(profile: Profile, embed: Embed | None, past: Iterable[Example] = ()) -> MailReader:
    """The mail reader for a profile: the bank of mail kinds and the service reader over past projects."""
    from assistant.reading.services import ServiceReader

    return MailReader(profile, embed, ServiceReader(profile, embed, past))
