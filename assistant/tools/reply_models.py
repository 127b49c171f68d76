"""The artifacts of the reply tools: a drafted reply and a reply queued for the daemon.

They live apart from the tools (as ``quote_models`` and ``brief_models`` do) so that
:class:`~assistant.tools.parts.ReplyDesk` can name them without importing the tools that use the desk.
"""

from __future__ import annotations

from typing import Literal

from assistant.artifacts import Artifact


class ReplyDraft(Artifact):
    """A drafted reply, not sent."""

    kind: Literal["reply_draft"] = "reply_draft"
    to: str = ""
    """The inquiry's sender; empty when the inquiry has no address."""
    subject: str
    body: str
    reply_kind: str = ""
    """What the drafter made of the inquiry (a quote, questions...)."""
    inquiry: str = ""
    """The raw inquiry it answers (the thread's, or the client's last mail found in the daemon's ledger)."""


class QueuedReply(Artifact):
    """A reply queued in the outbox for the mail daemon to send."""

    kind: Literal["queued_reply"] = "queued_reply"
    id: int
    to: str
    subject: str
    message_id: str
    state: str
