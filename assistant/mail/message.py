"""The parsed form of one e-mail (:class:`InboundMessage`), as the parser returns it.

It is a pydantic record so that the daemon's triage, drafter and ledger, the brief tool and the tests all read
the same shape.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from assistant.mail.text import storable

_MULTILINE = frozenset({"body", "alternative", "attachment_texts"})


class Attachment(NamedTuple):
    """A file a message carries: the quote's PDF a reply attaches, or what a re-saved draft still holds."""

    filename: str
    content_type: str
    data: bytes


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
    alternative: str = ""
    """The text of the HTML alternative when there is a plain body too: never quoted or answered, but read by
    the hand-off rules, since a trigger may be written in only one of the two."""
    attachments: tuple[str, ...] = ()
    """Attachment file names (``unnamed <type>`` for a part without one): every leaf part that is not a body."""
    attachment_texts: tuple[str, ...] = ()
    """The text of plain-text and Markdown attachments (a brief attached to the mail), each capped in length."""

    @field_validator("*", mode="before")
    @classmethod
    def _storable(cls, value: Any, info: ValidationInfo) -> Any:
        """Every text field, header or body, holds only storable text (see :mod:`assistant.mail.text`).

        This runs for every record, however it is built, so no code path can let a lone surrogate or a control
        character from a stranger's mail reach the ledger, a log, a file or SMTP.
        """
        multiline = info.field_name in _MULTILINE
        if isinstance(value, str):
            return storable(value, multiline=multiline)
        if isinstance(value, tuple | list):
            return tuple(storable(v, multiline=multiline) if isinstance(v, str) else v for v in value)
        if isinstance(value, dict):
            return {
                storable(str(k), multiline=False): storable(v, multiline=False) if isinstance(v, str) else v
                for k, v in value.items()
            }
        return value
