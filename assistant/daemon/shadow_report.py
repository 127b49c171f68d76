"""Shadow mode on demand: replay past inquiries and set what Atelier would have sent next to what was sent.

A past exchange is an inquiry and the freelancer's own reply to it (the reply's ``In-Reply-To`` names the
inquiry). Each inquiry goes through :meth:`Daemon.would_send <assistant.daemon.runner.Daemon.would_send>`, the
daemon's own triage and drafter, on the day it arrived, so the report shows what the daemon would really have
written then. The comparison is the word-level :func:`~assistant.daemon.edit_distance.edit_distance` between the
draft and the freelancer's words (their reply without the quoted thread).

**Unedited** means an edit distance of at most :data:`UNEDITED_AT_MOST` (about one word in twenty changed: a
typo, a name, a greeting). An inquiry Atelier would not have answered counts as edited, at distance 1.0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from pydantic import BaseModel, computed_field

from assistant.daemon.edit_distance import edit_distance, unified_diff
from assistant.daemon.tone import own_words
from assistant.mail.message import InboundMessage
from assistant.mail.parsing import UnparseableMessage, parse_message

if TYPE_CHECKING:
    from assistant.config import MailSettings
    from assistant.daemon.runner import Daemon

UNEDITED_AT_MOST = 0.05
"""The largest normalised edit distance that still counts as "would have gone out unedited"."""


@dataclass(frozen=True)
class PastExchange:
    """One past inquiry and the reply the freelancer sent to it."""

    inquiry: InboundMessage
    reply: InboundMessage


class ShadowCase(BaseModel):
    """One replayed inquiry: what Atelier would have sent, what was sent, and how far apart they are."""

    inquiry_id: str
    sender: str
    subject: str
    received: dt.date | None
    language: str
    """The language Atelier would have written in ("" when it would not have answered)."""
    would_send: str
    """Atelier's draft body ("" when triage would not have answered the mail)."""
    actually_sent: str
    """The freelancer's own words in their reply (the quoted thread removed)."""
    distance: float
    """Word-level edit distance from ``would_send`` to ``actually_sent``, over the longer one's length."""
    diff: str
    """A unified line diff from Atelier's draft to the freelancer's reply."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def unedited(self) -> bool:
        """Whether the draft would have gone out as it was (see :data:`UNEDITED_AT_MOST`)."""
        return bool(self.would_send) and self.distance <= UNEDITED_AT_MOST


class ShadowReport(BaseModel):
    """Every replayed inquiry, oldest first, and the one figure: the share that would have gone out unedited."""

    cases: list[ShadowCase]
    since: dt.date | None = None
    unedited_at_most: float = UNEDITED_AT_MOST

    @computed_field  # type: ignore[prop-decorator]
    @property
    def share_unedited(self) -> float:
        """Unedited cases over all cases (0.0 with no cases)."""
        return sum(c.unedited for c in self.cases) / len(self.cases) if self.cases else 0.0


def pair_exchanges(messages: Iterable[InboundMessage], own_addresses: Iterable[str]) -> list[PastExchange]:
    """Each inquiry with the first reply the freelancer sent to it, oldest inquiry first.

    A reply is a message from one of ``own_addresses`` whose ``In-Reply-To`` is another message's Message-ID;
    mail the freelancer wrote is never taken for an inquiry.
    """
    own = {a.casefold() for a in own_addresses if a}
    mails = list(messages)
    inquiries = {m.message_id: m for m in mails if m.message_id and m.sender not in own}
    replies: dict[str, InboundMessage] = {}
    for reply in sorted((m for m in mails if m.sender in own), key=_when):
        if reply.in_reply_to in inquiries:
            replies.setdefault(reply.in_reply_to, reply)
    return sorted((PastExchange(inquiries[k], r) for k, r in replies.items()), key=lambda e: _when(e.inquiry))


def read_folder(folder: Path) -> list[InboundMessage]:
    """Every ``.eml`` file under ``folder`` (an export of past mail, or the demo's), parsed; unreadable ones skipped."""
    parsed = []
    for uid, path in enumerate(sorted(folder.rglob("*.eml")), 1):
        try:
            parsed.append(parse_message(path.read_bytes(), mailbox=str(folder), uidvalidity=0, uid=uid))
        except UnparseableMessage:
            continue
    return parsed


def read_mailbox(settings: MailSettings, password: str, limit: int = 500) -> list[InboundMessage]:
    """The newest ``limit`` messages of the inbox and of the Sent folder, read-only over IMAP, parsed.

    A connection of its own: it takes no daemon lock and writes nothing, so it runs beside a running daemon.
    """
    from assistant.daemon.mailbox import ImapChannel

    imap = ImapChannel(settings, password)
    parsed = []
    try:
        for folder in (settings.inbox, settings.sent_folder):
            for uid, raw in imap.fetch_folder(folder, limit).items():
                try:
                    parsed.append(parse_message(raw, mailbox=folder, uidvalidity=0, uid=uid))
                except UnparseableMessage:
                    continue
    finally:
        imap.close()
    return parsed


def replay(daemon: Daemon, exchanges: Iterable[PastExchange], *, since: dt.date | None = None) -> ShadowReport:
    """Draft each inquiry received on or after ``since`` as the daemon would have that day, and compare."""
    zone = ZoneInfo(daemon.profile.timezone)
    cases = []
    for exchange in exchanges:
        inquiry = exchange.inquiry
        received = inquiry.date.astimezone(zone).date() if inquiry.date is not None else None
        if since is not None and (received is None or received < since):
            continue
        draft = daemon.would_send(inquiry, today=received or daemon.clock.today())
        would_send = draft.body if draft is not None else ""
        sent = own_words(exchange.reply.body)
        cases.append(
            ShadowCase(
                inquiry_id=inquiry.message_id,
                sender=inquiry.sender,
                subject=inquiry.subject,
                received=received,
                language=draft.language if draft is not None else "",
                would_send=would_send,
                actually_sent=sent,
                distance=edit_distance(would_send, sent) if would_send else 1.0,
                diff=unified_diff(would_send, sent, before="atelier would send", after="you sent"),
            )
        )
    return ShadowReport(cases=cases, since=since)


def _when(msg: InboundMessage) -> dt.datetime:
    return msg.date or dt.datetime.min.replace(tzinfo=dt.UTC)
