"""A reply's identity: its one recipient, its Message-ID, its threading headers and its subject, built only here.

The Message-ID is a hash of the inquiry's ledger key (its Message-ID and content hash), the reply kind and the
version, so a resend after a crash carries the same Message-ID and is recognised in the Sent folder, and an edit
(a new version) gets a new one. The recipient is the inquiry's parsed sender, whatever the draft or the model
said; ``References`` follow RFC 5322 3.6.4. The daemon's replies and follow-ups, edits in the inbox and replies
approved in chat all take their identity from these functions.
"""

from __future__ import annotations

import hashlib
import re

from pydantic import BaseModel, ConfigDict

from assistant.daemon.models import OutboxItem
from assistant.mail.message import InboundMessage
from assistant.mail.text import folded, quotable

FALLBACK_DOMAIN = "atelier.invalid"
MAX_REFERENCES = 20
MAX_SUBJECT_CHARS = 60
FALLBACK_SUBJECT = "your message"
_PREFIX = re.compile(r"^(?:\s*(?:re|aw|fwd?|wg|tr|rv|r|sv|antw)\s*(?:\[\d+\])?\s*:)+", re.IGNORECASE)
_LURE = re.compile(
    r"invoice|overdue|payment|\bpay\b|paypal|password|passwort|account|login|verif|bank|iban|swift|wire|transfer|"
    r"bitcoin|crypto|wallet|gift ?card|refund|rechnung|mahnung|zahlung|uberweis|überweis|konto|facture|paiement|"
    r"virement|factura|pago|transferencia|fattura|pagamento|bonifico|factuur|betaling|betalen|overschrijving|"
    r"achterstallig|urgent|dringend|immediately|sofort",
)
"""Words a phishing subject is made of, in the six reply languages. A reply subject goes out from the
freelancer's own address to whoever the From header named (which may be forged), so a subject carrying them
is not repeated: the reply says "Re: your message" instead."""


class ReplyIdentity(BaseModel):
    """Who a reply goes to and where it sits in the thread."""

    model_config = ConfigDict(frozen=True)

    kind: str
    """``reply`` (the answer to an inquiry) or ``followup``."""
    version: int = 1
    to: str
    """The inquiry's parsed sender: the only recipient a reply may ever have."""
    message_id: str
    in_reply_to: str
    references: str


def domain_of(address: str | None) -> str:
    """The domain in which Atelier's Message-IDs are made: the freelancer's address's, or a reserved one."""
    return address.split("@", 1)[1].lower() if address and "@" in address else FALLBACK_DOMAIN


def reply_message_id(key: str, kind: str, version: int, domain: str) -> str:
    """The deterministic Message-ID of one version of one reply to the inquiry with ledger key ``key``."""
    digest = hashlib.sha256(f"{key}\0{kind}\0{version}".encode()).hexdigest()[:32]
    return f"<atelier.{digest}@{domain or FALLBACK_DOMAIN}>"


def reply_subject(subject: str) -> str:
    """``Re: <subject>`` built by code from the inquiry's subject, never a stranger's words verbatim.

    The subject is cut to :data:`MAX_SUBJECT_CHARS` at a word, without links, addresses, domains, role tokens or
    quotes (:func:`~assistant.mail.text.quotable`), and without its reply prefixes (one ``Re:`` is added). A
    subject made of payment or urgency words, or nothing left, becomes ``Re: your message``: a forged From must
    not make the freelancer's address send "Invoice overdue: pay today" to a third party.
    """
    text = quotable(_PREFIX.sub("", quotable(subject, 4 * MAX_SUBJECT_CHARS)), MAX_SUBJECT_CHARS)
    if not any(ch.isalnum() for ch in text) or _LURE.search(folded(text)):
        text = FALLBACK_SUBJECT
    return f"Re: {text}"


def thread_references(message_id: str, references: tuple[str, ...]) -> str:
    """``References:`` for an answer to a message: its references plus its own Message-ID (RFC 5322 3.6.4)."""
    refs = [r for r in references if r != message_id][-MAX_REFERENCES:]
    if message_id:
        refs.append(message_id)
    return " ".join(refs)


def reply_to(inquiry: InboundMessage, key: str, domain: str) -> ReplyIdentity:
    """The identity of the (first version of the) reply to ``inquiry``."""
    return ReplyIdentity(
        kind="reply",
        to=inquiry.sender,
        message_id=reply_message_id(key, "reply", 1, domain),
        in_reply_to=inquiry.message_id,
        references=thread_references(inquiry.message_id, inquiry.references),
    )


def followup_to(inquiry: InboundMessage, sent: OutboxItem, key: str, domain: str) -> ReplyIdentity:
    """The identity of a follow-up to the reply ``sent``: it answers that reply, in the same thread."""
    return ReplyIdentity(
        kind="followup",
        to=inquiry.sender,
        message_id=reply_message_id(key, "followup", 1, domain),
        in_reply_to=sent.message_id,
        references=" ".join(filter(None, [sent.references, sent.message_id])),
    )


def revision(item: OutboxItem, key: str, domain: str) -> ReplyIdentity:
    """The identity of the next version of ``item`` (after an edit): same thread, new Message-ID."""
    version = item.version + 1
    return ReplyIdentity(
        kind=item.kind,
        version=version,
        to=item.to,
        message_id=reply_message_id(key, item.kind, version, domain),
        in_reply_to=item.in_reply_to,
        references=item.references,
    )
