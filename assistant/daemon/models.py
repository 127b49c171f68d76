"""Records that cross the daemon's boundaries: parsed mail, triage verdicts, drafts, outbox rows, status.

They are pydantic models so that the ledger, the CLI, the TUI inbox and the tests all read the same shapes.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True)


class InboundMessage(_Record):
    """One parsed message from the mailbox. Every field is untrusted text from a stranger."""

    mailbox: str
    uidvalidity: int
    uid: int
    message_id: str
    """The ``Message-ID`` with its angle brackets, or ``""`` when the message has none."""
    content_hash: str
    """sha256 of the identifying headers and the body: with the Message-ID, the dedupe key."""
    sender: str
    """The single address parsed from ``From:``, lower-cased. Replies go here and nowhere else."""
    sender_name: str = ""
    subject: str = ""
    date: dt.datetime | None = None
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    headers: dict[str, str] = Field(default_factory=dict)
    """Lower-cased header names to their (first) decoded values, for triage."""
    body: str = ""
    """The text/plain body (or text from HTML), capped in length."""
    attachments: tuple[str, ...] = ()
    """Attachment file names."""


class Triage(StrEnum):
    """What the daemon does with a message."""

    IGNORE = "ignore"
    NEW_INQUIRY = "new_inquiry"
    CLIENT = "client"
    NOTIFY = "notify"
    OWN = "own"
    """A message the daemon or the freelancer wrote (a hand-off summary, a copy of a reply)."""


class TriageResult(_Record):
    """The verdict and the reason, stored in the ledger and shown in the inbox."""

    triage: Triage
    reason: str
    client: str = ""
    """The client key (the sender's address) for inquiries and client mail."""


class DraftKind(StrEnum):
    """What a drafted reply contains, as decided by code (not by the model)."""

    ACKNOWLEDGEMENT = "acknowledgement"
    CLARIFYING = "clarifying"
    QUOTE = "quote"
    FOLLOWUP = "followup"


class QuoteLine(_Record):
    """A price that code computed and that the reply states."""

    services: tuple[str, ...]
    """Service ids the price covers."""
    amount: Decimal
    """Net amount for the order, before tax: it must respect the floors of these services."""
    deadline: dt.date | None = None
    """The delivery date the reply promises, if any."""


class Draft(_Record):
    """A reply drafted for one inquiry, before the policy gate."""

    kind: DraftKind
    subject: str
    body: str
    quotes: tuple[QuoteLine, ...] = ()
    questions: tuple[str, ...] = ()
    handoff_reasons: tuple[str, ...] = ()
    """Hand-off signals the drafter found in the inquiry (rush, custom pricing, budget, tone)."""
    summary: str = ""
    """A short summary of the inquiry for the freelancer."""
    brief_markdown: str = ""
    quote_block: str = ""
    """The exact text of the quote that code rendered; the only place a price or a date may appear."""


class Decision(StrEnum):
    """What the policy gate decides for a draft."""

    SEND = "send"
    """Auto mode, and nothing in it needs a person: send now."""
    WAIT = "wait"
    """Draft mode: wait for approval (state ``pending``)."""
    HOLD = "hold"
    """Policy found a price, date, commitment, leak or rate limit: wait (state ``held``) with the reasons."""
    HANDOFF = "handoff"
    SHADOW = "shadow"


class PolicyVerdict(_Record):
    """The gate's decision, with every reason it found."""

    decision: Decision
    reasons: tuple[str, ...] = ()
    to: str
    """The only recipient: the inquiry's parsed sender."""


class OutboxState(StrEnum):
    """Where a reply is on its way out."""

    PENDING = "pending"
    """Waiting for the freelancer's approval (draft mode)."""
    HELD = "held"
    """Waiting for the freelancer because policy, a hand-off rule, a rate limit or a crash said so."""
    APPROVED = "approved"
    SENDING = "sending"
    SENT = "sent"
    REJECTED = "rejected"
    FAILED = "failed"
    SHADOW = "shadow"
    """Shadow mode: what would have been sent; never sent."""


WAITING_STATES = (OutboxState.PENDING, OutboxState.HELD)


class OutboxItem(_Record):
    """One reply in the outbox, as the inbox shows it."""

    id: int
    inquiry_id: int
    kind: str
    version: int
    message_id: str
    to: str
    subject: str
    body: str
    in_reply_to: str
    references: str
    state: OutboxState
    reason: str = ""
    auto: bool = False
    created_at: str = ""
    updated_at: str = ""
    sent_at: str = ""
    sent_via: str = ""
    """``daemon`` or ``mail-client`` (sent by the freelancer from the Drafts folder)."""
    feedback: str = ""
    actual_reply: str = ""
    """Shadow mode: what the freelancer really sent."""
    inquiry_subject: str = ""
    inquiry_sender: str = ""
    brief_markdown: str = ""
    """The brief the drafter read from the inquiry, for review next to the reply."""
    quote_block: str = ""
    """The computed quote as it appears in the reply (empty when the reply has none)."""
    inquiry_body: str = ""


class QuarantineEntry(_Record):
    """A message that could not be parsed, kept with the reason."""

    id: int
    mailbox: str
    uidvalidity: int
    uid: int
    reason: str
    created_at: str
    size: int


class DaemonStatus(_Record):
    """What ``atelier daemon status`` prints."""

    running: bool
    pid: int | None = None
    last_poll: str = ""
    last_error: str = ""
    errors: int = 0
    queues: dict[str, int] = Field(default_factory=dict)
    counts: dict[str, int] = Field(default_factory=dict)
