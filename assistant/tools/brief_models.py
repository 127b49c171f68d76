"""Schemas of the brief tool: the :class:`Brief` a freelancer works from, and what an inquiry mail carries."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.artifacts import Artifact
from assistant.tools.quote_models import Deliverable


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Budget(_Model):
    """A budget the client stated, exactly as stated (never converted)."""

    amount: Decimal = Field(gt=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    text: str = ""
    """The words it was read from, e.g. ``around €3k``."""


class Inquiry(_Model):
    """An inquiry as read from text or a mail: the body, and the headers that matter."""

    text: str
    attachments: str = ""
    """Text of plain-text attachments (a brief, a page plan), read for facts but not for the sender's name."""
    subject: str = ""
    sender_name: str = ""
    sender_email: str = ""
    sent: dt.date | None = None
    message_id: str = ""

    def anchor(self, today: dt.date) -> dt.date:
        """The day the client's relative dates ("next Friday") count from: when they wrote, never after today.

        A Date header in the future (a skewed or forged clock) must not move a deadline past what was asked.
        """
        return min(self.sent, today) if self.sent else today


class Brief(_Model, Artifact):
    """What the client wants, structured, with the questions still to ask."""

    kind: Literal["brief"] = "brief"
    client: str = ""
    client_email: str = ""
    company: str = ""
    title: str
    goals: list[str] = Field(default_factory=list)
    deliverables: list[Deliverable] = Field(default_factory=list)
    audience: str = ""
    style_references: list[str] = Field(default_factory=list)
    constraints: list[str] = Field(default_factory=list)
    deadline: dt.date | None = None
    """A real date, never in the past when the brief was drafted."""
    deadline_text: str = ""
    """The words the deadline was read from."""
    budget: Budget | None = None
    service: str | None = None
    """The service id this most likely is (past projects vote, with the rate card's keywords)."""
    services: list[str] = Field(default_factory=list)
    """Every service the inquiry asks for, the likeliest (``service``) first: an inquiry can hold several."""
    returning: bool = False
    """The client says they worked with the freelancer before."""
    open_questions: list[str] = Field(default_factory=list)
    received: dt.date | None = None
    source: str = ""
    """Where the inquiry came from: a file name or a Message-ID."""
    notes: list[str] = Field(default_factory=list)
    """What the checks changed or dropped, e.g. a date that had already passed."""
