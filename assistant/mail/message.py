"""The parsed form of one e-mail (:class:`InboundMessage`), as the parser returns it.

It is a pydantic record so that the daemon's triage, drafter and ledger, the brief tool and the tests all read
the same shape.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class InboundMessage(BaseModel):
    """One parsed message. Every field is untrusted text from a stranger."""

    model_config = ConfigDict(frozen=True)

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
    attachment_texts: tuple[str, ...] = ()
    """The text of plain-text and Markdown attachments (a brief attached to the mail), each capped in length."""
