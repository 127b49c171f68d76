"""Records that cross the daemon's boundaries: triage verdicts, drafts, gate verdicts, ledger and outbox rows, status.

They are pydantic models so that the store, the CLI, the TUI inbox and the tests all read the same shapes. Parsed
mail itself is :class:`assistant.mail.message.InboundMessage`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from assistant.tools.quote_models import Quote


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True)


class Triage(StrEnum):
    """What the daemon does with a message."""

    IGNORE = "ignore"
    NEW_INQUIRY = "new_inquiry"
    CLIENT = "client"
    NOTIFY = "notify"
    DECLINE = "decline"
    """Work that is not on the rate card: a polite, code-written decline (or a hand-off, per profile)."""
    OWN = "own"
    """A message the daemon or the freelancer wrote (a hand-off summary, a copy of a reply)."""


class TriageResult(_Record):
    """The verdict and the reason, stored in the ledger and shown in the inbox."""

    triage: Triage
    reason: str
    client: str = ""
    """The client key (the sender's address) for inquiries and client mail."""
    confidence: float = 1.0
    """How sure triage is, 0 to 1 (header rules are sure; the mail reader says how sure it is)."""
    kind: str = ""
    """The kind of mail read (:class:`assistant.reading.triage.MailKind`), or ``""`` for header rules."""


class DraftKind(StrEnum):
    """What a drafted reply contains, as decided by code (not by the model)."""

    ACKNOWLEDGEMENT = "acknowledgement"
    CLARIFYING = "clarifying"
    QUOTE = "quote"
    FOLLOWUP = "followup"
    DECLINE = "decline"
    """A code-written no for work that is not on the rate card."""


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
    quote: Quote | None = None
    """The quote itself (in the client's locale), for the PDF the reply attaches."""
    language: str = "en"
    """The language the reply is written in (ISO 639-1)."""


class GateAction(StrEnum):
    """What the policy gate does with a draft."""

    SEND = "send"
    """Auto mode, and nothing in it needs a person: send now."""
    WAIT = "wait"
    """Draft mode: wait for approval (state ``pending``)."""
    HOLD = "hold"
    """Policy found a price, date, commitment, leak or rate limit: wait (state ``held``) with the reasons."""
    HANDOFF = "handoff"
    SHADOW = "shadow"


class GateVerdict(_Record):
    """The gate's decision, with every reason it found.

    The recipient is not the gate's to choose: :class:`~assistant.daemon.identity.ReplyIdentity` fixes it.
    """

    decision: GateAction
    reasons: tuple[str, ...] = ()


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
    """One reply in the outbox: the one shape of an outbox row, for the daemon, the inbox, the CLI and the TUI."""

    id: int
    inquiry_id: int
    kind: str
    """``reply`` or ``followup``: with the inquiry, what makes the reply unique."""
    draft_kind: str = ""
    """What the drafter put in it (:class:`DraftKind`), empty for replies queued from chat."""
    version: int
    message_id: str
    old_message_ids: tuple[str, ...] = ()
    """Message-IDs of earlier versions (before an edit), whose Drafts copies are withdrawn."""
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
    attempts: int = 0
    """SMTP submissions tried so far."""
    error: str = ""
    draft_placed: bool = False
    """Whether this version sits in the Drafts folder."""
    edited_in_mail_client: bool = False
    """Whether ``body`` was read back from a draft the freelancer re-saved in their mail client (its Message-ID is
    then the mail client's, and its attachments are the ones that draft holds)."""
    handoff_summary: str = ""
    """Set when a hand-off note goes to the freelancer's own inbox."""
    handoff_placed: bool = False
    feedback: str = ""
    actual_reply: str = ""
    """Shadow mode: what the freelancer really sent."""
    inquiry_subject: str = ""
    inquiry_sender: str = ""
    """The inquiry's parsed sender: the reply's only permitted recipient."""
    inquiry_message_id: str = ""
    brief_markdown: str = ""
    """The brief the drafter read from the inquiry, for review next to the reply."""
    quote_block: str = ""
    """The computed quote as it appears in the reply (empty when the reply has none)."""
    quote_json: str = ""
    """The whole quote as JSON (empty when the reply has none): the PDF attached at send time is made from it."""
    language: str = "en"
    """The language the reply is written in: its AI disclosure is written in it too."""
    drafted_body: str = ""
    """What Atelier drafted (its latest version, before anyone edited it): diffed with what was sent, the
    freelancer's edits become rule proposals."""
    draft_seen: str = ""
    """``<uid>:<Message-ID>`` of the Drafts copy whose text ``body`` holds, so an unchanged draft is not re-read."""
    inquiry_body: str = ""
    """The inquiry's text; only :meth:`~assistant.daemon.store.outbox.Outbox.get` fills it."""


def ledger_key(message_id: str, content_hash: str) -> str:
    """The dedupe key of a recorded message, from which every reply's Message-ID is derived."""
    return f"{message_id}{content_hash}"


class LedgerMessage(_Record):
    """One message as the ledger recorded it (raw bytes first, the verdict once triaged)."""

    id: int
    mailbox: str
    uidvalidity: int
    uid: int
    message_id: str
    """The Message-ID as read before parsing (:func:`assistant.mail.parsing.dedupe_fields`)."""
    content_hash: str
    raw: bytes
    sender: str = ""
    subject: str = ""
    client: str = ""
    triage: str = ""
    reason: str = ""
    state: str = "seen"
    """``seen`` (to process), ``done``, ``failed`` or ``quarantined``."""
    error: str = ""
    received_at: str = ""
    attempts: int = 0
    """How many times handling it was started: a message that keeps failing (or killing the process) is
    quarantined after :data:`~assistant.daemon.store.ledger.MAX_ATTEMPTS` instead of being tried forever."""

    @property
    def key(self) -> str:
        """The dedupe key (:func:`ledger_key`)."""
        return ledger_key(self.message_id, self.content_hash)


class QuarantineCause(StrEnum):
    """Why a message is in quarantine, in one word a count can be kept of (the reason says the rest)."""

    UNREADABLE = "unreadable"
    """The parser refused it (no usable sender, too deeply nested, ...)."""
    TOO_LARGE = "too large"
    """Over ``[mail] max_message_mb``: only its headers were fetched."""
    ERROR = "error"
    """Handling it raised: a fault in Atelier that this message found."""
    CRASHED = "crashed"
    """Handling it killed the process more than :data:`~assistant.daemon.store.ledger.MAX_ATTEMPTS` times."""


class QuarantineEntry(_Record):
    """A message the daemon could not handle, kept with the reason until the freelancer decides."""

    id: int
    message_row: int = 0
    mailbox: str
    uidvalidity: int
    uid: int
    reason: str
    cause: str = QuarantineCause.ERROR.value
    created_at: str
    size: int
    sender: str = ""
    """The From header as written, made storable (the message may not have a usable address)."""
    subject: str = ""
    decision: str = ""
    """``""`` while it waits for the freelancer, ``dropped`` once they dropped it (only its headers are kept)."""
    decided_at: str = ""
    body_kept: bool = True
    """False when only the headers are stored (too large, dropped, or past retention): it cannot be retried."""


class DaemonStatus(_Record):
    """What ``atelier daemon status`` prints."""

    running: bool
    pid: int | None = None
    last_poll: str = ""
    last_error: str = ""
    errors: int = 0
    quarantine: dict[str, int] = Field(default_factory=dict)
    """Messages waiting in quarantine, by :class:`QuarantineCause`."""
    quarantine_reasons: list[str] = Field(default_factory=list)
    """The reasons of the newest waiting ones (``#id cause: reason``), for a look without another command."""
    queues: dict[str, int] = Field(default_factory=dict)
    counts: dict[str, int] = Field(default_factory=dict)
