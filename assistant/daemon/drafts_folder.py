"""The Drafts folder as the source of truth: read back the draft the freelancer edited in their mail client.

A mail client re-saves an edited draft as a new message: Thunderbird and Gmail give it a new Message-ID, some keep
only ``In-Reply-To`` or ``References``, and a few keep ``X-Atelier-Outbox``. Any of these ties the copy to its
outbox row. When several copies are there (a draft re-saved twice, the old one not yet expunged), the newest
(highest UID, the last one saved) is the draft. Its text, read with the one parser, becomes the reply's body; its
attachments (the PDF quote, or a file the freelancer added) and recipients are read when it is sent.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from assistant.daemon.figures import states_figures
from assistant.daemon.logs import log
from assistant.daemon.mailbox import ImapChannel, ThreadHeaders
from assistant.daemon.models import WAITING_STATES, GateAction, GateVerdict, OutboxItem, OutboxState
from assistant.daemon.policy import decide_edit
from assistant.daemon.store import MailStore
from assistant.mail.message import Attachment
from assistant.mail.parsing import UnparseableMessage, attachment_parts, parse_message, parse_sender
from assistant.profile import Profile

Listing = dict[int, ThreadHeaders]


@dataclass(frozen=True)
class DraftCopy:
    """The newest copy of one reply in the Drafts folder, as the freelancer left it."""

    uid: int
    message_id: str
    body: str
    recipients: tuple[str, ...]
    """Every address in its To, Cc and Bcc, parsed and lower-cased."""
    attachments: tuple[Attachment, ...]

    @property
    def seen(self) -> str:
        """The key :attr:`OutboxItem.draft_seen` keeps for this copy."""
        return f"{self.uid}:{self.message_id}"


def is_copy(row: OutboxItem, headers: ThreadHeaders) -> bool:
    """Whether a message in Drafts is (an edit of) this reply: by Message-ID, outbox header, or thread.

    The thread is the inquiry's Message-ID, which its sender wrote: two inquiries may carry the same one (a web
    form that reuses it, or a stranger who copies a client's). So a copy known only by the thread must also go to
    this reply's recipient, and a copy that names another outbox row is that row's: otherwise sending the
    stranger's reply would withdraw the client's draft from Drafts, and the client's edited text would become
    the stranger's reply.
    """
    if headers.message_id and (headers.message_id == row.message_id or headers.message_id in row.old_message_ids):
        return True
    if headers.outbox:
        return headers.outbox == str(row.id)
    inquiry = row.in_reply_to
    in_thread = bool(inquiry) and (headers.in_reply_to == inquiry or inquiry in headers.references)
    return in_thread and row.to.lower() in headers.to


def copies(row: OutboxItem, listing: Listing) -> list[int]:
    """UIDs of this reply's copies in Drafts, oldest first (the last one is the draft)."""
    return sorted(uid for uid, headers in listing.items() if is_copy(row, headers))


def states_quote(item: OutboxItem) -> bool:
    """Whether the reply's body still states its quote's summary: every sum and date of it, however reworded.

    The summary is two sentences of prose that the freelancer may rewrite in their own words; the PDF agrees
    with the mail while the figures stand (:func:`~assistant.daemon.figures.states_figures`), counted from the
    day of the quote. A reply without its quote's record has no PDF to agree with.
    """
    from assistant.tools.quote_models import Quote

    if not (item.quote_block and item.quote_json):
        return False
    return states_figures(item.quote_block, item.body, Quote.model_validate_json(item.quote_json).date)


def same_text(a: str, b: str) -> bool:
    """Whether two bodies say the same, whatever the mail client did to line ends and trailing spaces."""
    return a.split() == b.split()


def _recipients(raw: bytes) -> tuple[str, ...]:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    found: list[str] = []
    for _, address in email.utils.getaddresses([str(v) for key in ("to", "cc", "bcc") for v in msg.get_all(key) or []]):
        try:
            found.append(parse_sender(address)[1])
        except UnparseableMessage:
            found.append(address.lower() or "(unreadable address)")
    return tuple(found)


def written_on(created_at: str, timezone: str) -> dt.date | None:
    """The day (in the freelancer's time zone) an outbox row was written, from its UTC ``created_at``."""
    if not created_at:
        return None
    at = dt.datetime.fromisoformat(created_at)
    return (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).astimezone(ZoneInfo(timezone)).date()


class DraftsFolder:
    """Reads the freelancer's edits back from Drafts and makes them the replies' text."""

    def __init__(
        self,
        folder: str,
        profile: Profile,
        store: MailStore,
        imap: ImapChannel,
        logger: logging.Logger,
        today: Callable[[], dt.date],
    ) -> None:
        """Work on ``folder`` (``[mail] drafts_folder``) with the daemon's store and IMAP connection.

        ``today`` dates the lead times an edited reply is checked against.
        """
        self.folder = folder
        self.profile = profile
        self.today = today
        self.store = store
        self.imap = imap
        self.logger = logger

    def listing(self) -> Listing:
        """The threading headers of everything in Drafts (one listing per pass)."""
        return self.imap.thread_headers(self.folder)

    def read(self, row: OutboxItem, listing: Listing) -> DraftCopy | None:
        """The newest copy of ``row`` in Drafts, read with the one parser, or ``None`` when there is none.

        Raises:
            UnparseableMessage: the copy cannot be read (the caller holds the reply with the reason).
        """
        found = copies(row, listing)
        if not found:
            return None
        uid = found[-1]
        self.imap.select(self.folder)
        raw = self.imap.fetch_raw([uid]).get(uid)
        if raw is None:  # expunged since the listing: the next pass sees what replaced it
            return None
        msg = parse_message(raw, mailbox=self.folder, uidvalidity=0, uid=uid)
        return DraftCopy(
            uid=uid,
            message_id=msg.message_id or row.message_id,
            body=msg.body,
            recipients=_recipients(raw),
            attachments=attachment_parts(raw),
        )

    def adopt(self, rows: Iterable[OutboxItem], listing: Listing) -> list[int]:
        """Make each row's newest Drafts copy its text, where the freelancer changed it; returns the rows changed.

        A copy already compared (:attr:`OutboxItem.draft_seen`) is not fetched again, so an unchanged Drafts
        folder costs one listing per pass.
        """
        changed: list[int] = []
        for row in rows:
            found = copies(row, listing)
            if not found:
                continue
            newest = found[-1]
            if f"{newest}:{listing[newest].message_id or row.message_id}" == row.draft_seen:
                continue
            copy = self.read(row, listing)
            if copy is None:
                continue
            with self.store.transaction():
                if same_text(copy.body, row.body) and copy.message_id == row.message_id:
                    self.store.outbox.saw_draft(row.id, copy.seen)
                    continue
                self.store.outbox.adopt_draft(row.id, message_id=copy.message_id, body=copy.body, seen=copy.seen)
                self.store.ledger.bump("drafts_edited_in_mail_client")
            changed.append(row.id)
            log(self.logger, logging.INFO, "draft_edited", item=row.id, message_id=copy.message_id, uid=copy.uid)
        return changed

    def ready(self, row: OutboxItem) -> tuple[OutboxItem, tuple[Attachment, ...] | None] | None:
        """The reply as it will go out (its newest Drafts copy's text and files), or None when it is held.

        The gate runs again on a reply that was edited anywhere: an edit that breaks a hard floor is held with
        the reason, and a draft edited in the mail client that has left Drafts is held rather than sent from an
        older copy.
        """
        copy: DraftCopy | None = None
        if row.draft_placed:
            listing = self.listing()
            if self.adopt([row], listing):
                row = self.store.outbox.get(row.id)
            if row.edited_in_mail_client:
                try:
                    copy = self.read(row, listing)
                except UnparseableMessage as exc:
                    self.hold(row, f"your edited draft cannot be read ({exc}); nothing was sent")
                    return None
                if copy is None:
                    self.hold(
                        row,
                        "the draft you edited in your mail client is no longer in Drafts; nothing was sent. Edit it "
                        f"here (atelier inbox edit {row.id}) or reject it",
                    )
                    return None
        verdict = self.verdict(row, copy)
        if verdict is not None and verdict.decision is GateAction.HOLD:
            self.hold(row, "; ".join(verdict.reasons))
            return None
        return row, (copy.attachments if copy is not None else None)

    def verdict(self, row: OutboxItem, copy: DraftCopy | None) -> GateVerdict | None:
        """The gate on an edited reply (:func:`~assistant.daemon.policy.decide_edit`); None when it is unedited."""
        if copy is None and same_text(row.body, row.drafted_body):
            return None
        from assistant.tools.quote_models import Quote

        quote = Quote.model_validate_json(row.quote_json) if row.quote_json else None
        pdf = copy is not None and any(a.content_type == "application/pdf" for a in copy.attachments)
        return decide_edit(
            self.profile,
            row.body,
            drafted=row.drafted_body,
            services=tuple(quote.services) if quote is not None else (),
            today=self.today(),
            recipients=copy.recipients if copy is not None else (row.to,),
            inquiry_sender=row.inquiry_sender,
            pdf_disagrees=pdf and quote is not None and not states_quote(row),
            written=written_on(row.created_at, self.profile.timezone),
        )

    def hold(self, row: OutboxItem, reason: str) -> None:
        """Hold a waiting or approved reply with the reason (the freelancer sees it in the inbox)."""
        with self.store.transaction():
            states = [*WAITING_STATES, OutboxState.APPROVED]
            if self.store.outbox.move(row.id, states, OutboxState.HELD, reason=reason):
                self.store.ledger.bump("held")
        log(self.logger, logging.INFO, "edit_held", item=row.id, reason=reason)

    def check(self, row: OutboxItem, listing: Listing) -> None:
        """Take a re-saved draft's text as the reply and gate it at once, so the inbox shows why it would be held."""
        if not self.adopt([row], listing):
            return
        row = self.store.outbox.get(row.id)
        try:
            copy = self.read(row, listing)
        except UnparseableMessage as exc:
            self.hold(row, f"your edited draft cannot be read ({exc})")
            return
        verdict = self.verdict(row, copy)
        if verdict is not None and verdict.decision is GateAction.HOLD:
            self.hold(row, "; ".join(verdict.reasons))
            return
        edited = "edited in your mail client; waits for your approval"
        if row.state is OutboxState.HELD and not row.reason.startswith("your edit:"):
            return  # held for its own reasons (a hand-off, the auto-mode gate): they still stand
        with self.store.transaction():
            self.store.outbox.move(row.id, list(WAITING_STATES), OutboxState.PENDING, reason=edited)

    def withdraw(self, row: OutboxItem, *, sent: bool) -> None:
        """Remove the reply's copies from Drafts.

        Once it is sent, every copy saved up to the one that went out goes (an older re-save must not be sent a
        second time by hand); a copy saved later stays, since it holds words the freelancer wrote after. A
        rejected reply loses only the copies known by Message-ID: a draft of the freelancer's own in the same
        thread is theirs.
        """
        listing = self.listing()
        known = {row.message_id, *row.old_message_ids}
        if sent:
            found = copies(row, listing)
            last = max((uid for uid in found if listing[uid].message_id == row.message_id), default=None)
            doomed = [uid for uid in found if last is None or uid <= last]
        else:
            doomed = [uid for uid, headers in listing.items() if headers.message_id in known]
        self.imap.delete(self.folder, doomed)
