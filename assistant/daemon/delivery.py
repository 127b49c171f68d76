"""Getting replies out exactly once: Drafts placement, sending, crash recovery, and Drafts/Sent reconciliation.

The send protocol, in this order:

1. the outbox row moves ``approved`` -> ``sending`` (committed);
2. the reply is APPENDed to Sent with the keyword ``$AtelierSending``;
3. SMTP submits it; on acceptance the Sent copy's keyword becomes ``$AtelierSent``;
4. the row moves ``sending`` -> ``sent``;
5. with ``[mail] provider_saves_sent``, Atelier's own Sent copy is deleted, since the provider filed one.

After a crash, a row still in ``sending`` is resolved from the Sent folder before anything is resent: a copy
marked ``$AtelierSent`` means sent; a copy still marked ``$AtelierSending`` means the crash came between steps 2
and 3's keyword change, so the reply may or may not have left: it is *held* for the freelancer, never resent
blindly; no copy means SMTP never started, so it is sent again. A reply is never submitted twice.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import signal
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from imapclient.exceptions import IMAPClientError  # type: ignore[import-untyped]

from assistant.config import MailSettings
from assistant.daemon.drafts_folder import DraftsFolder, copies, states_quote
from assistant.daemon.logs import log
from assistant.daemon.mailbox import ImapChannel, SendResult, SmtpSender
from assistant.daemon.models import WAITING_STATES, OutboxItem, OutboxState
from assistant.daemon.outgoing import Attachment, build_note, build_reply
from assistant.daemon.store import MailStore, now_iso
from assistant.errors import MailError
from assistant.mail.parsing import UnparseableMessage, parse_message
from assistant.mail.text import storable
from assistant.profile import Profile

Learn = Callable[[OutboxItem, str], None]
"""``(reply, the text that went out)``: turn the freelancer's edits of a sent reply into rule proposals."""

SENDING_KEYWORD = "$AtelierSending"
SENT_KEYWORD = "$AtelierSent"
MAX_ATTEMPTS = 5
FAULT_ENV = "ATELIER_DAEMON_FAULT"
"""Test seam: the name of a point (``before_sent_append``, ``after_sent_append``, ``after_smtp``,
``after_sent_mark``) at which the
daemon kills itself with SIGKILL, to prove crash recovery against real servers."""


def fault_point(name: str) -> None:
    """Die here with SIGKILL if the fault-injection variable names this point."""
    if os.environ.get(FAULT_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def attachments_for(item: OutboxItem) -> tuple[Attachment, ...]:
    """The quote's PDF, when the reply carries a quote and its body still states that quote's summary unchanged.

    An edit that removed or changed the summary drops the PDF, so the attachment never disagrees with the text.
    """
    if not (item.quote_json and states_quote(item)):
        return ()
    return (_quote_pdf(item.quote_json),)


@functools.lru_cache(maxsize=32)
def _quote_pdf(quote_json: str) -> Attachment:
    """The PDF of one quote, rendered once: a reply is built for its Drafts copy, its send and its Sent copy.

    Keyed by the quote's whole JSON, so an edited quote is a new key; the PDF is a function of the quote alone.
    """
    from assistant.tools.quote_models import Quote
    from assistant.tools.quote_render import pdf_filename, to_pdf

    quote = Quote.model_validate_json(quote_json)
    return Attachment(pdf_filename(quote), "application/pdf", to_pdf(quote))


class Delivery:
    """Drafts, sends and reconciles outbox rows against the real mailbox."""

    def __init__(
        self,
        settings: MailSettings,
        profile: Profile,
        store: MailStore,
        imap: ImapChannel,
        smtp: SmtpSender,
        logger: logging.Logger,
        *,
        today: Callable[[], dt.date],
        learn: Learn | None = None,
    ) -> None:
        """Keep the collaborators; nothing is contacted until a method runs.

        ``today`` dates the lead times an edited reply is checked against; ``learn`` gets every reply that went
        out with the text that went out (edits become rule proposals).
        """
        self.settings = settings
        self.profile = profile
        self.store = store
        self.ledger = store.ledger
        self.outbox = store.outbox
        self.imap = imap
        self.smtp = smtp
        self.logger = logger
        self.from_addr = (settings.address or profile.email or "").lower()
        self.drafts = DraftsFolder(settings.drafts_folder, profile, store, imap, logger, today)
        self.learn = learn

    @contextmanager
    def _isolated(self, row: OutboxItem, step: str) -> Iterator[None]:
        """Run one row's step so that an error in it fails that row, with the reason, and the others go on.

        Mailbox and database trouble is not the row's fault and propagates (the cycle retries); anything else
        (a reply that cannot be built or encoded) moves the row to ``failed`` and counts an error, so the same
        row cannot stop every later cycle.
        """
        try:
            yield
        except (MailError, IMAPClientError, OSError, sqlite3.OperationalError):
            raise
        except Exception as exc:  # noqa: BLE001 - one row must not stop the daemon
            self.logger.exception("outbox_row_crashed", extra={"fields": {"item": row.id, "step": step}})
            error = storable(f"{step} failed: {type(exc).__name__}: {exc}", multiline=False)[:500]
            with self.store.transaction():
                self.outbox.move(row.id, list(OutboxState), OutboxState.FAILED, error=error)
                self.ledger.bump("errors")
                self.ledger.set_state(last_error=f"{now_iso()} reply {row.id}: {error}"[:500])

    # --- building ----------------------------------------------------------------------------------------------

    def _raw(self, item: OutboxItem, *, auto: bool, attachments: tuple[Attachment, ...] | None = None) -> bytes:
        """The reply's bytes; ``attachments`` default to the quote's PDF (:func:`attachments_for`)."""
        return build_reply(
            profile=self.profile,
            from_addr=self.from_addr,
            to=item.to,
            inquiry_sender=item.inquiry_sender,
            subject=item.subject,
            body=item.body,
            message_id=item.message_id,
            in_reply_to=item.in_reply_to,
            references=item.references,
            auto=auto,
            item_id=item.id,
            language=item.language,
            attachments=self._attachments(item) if attachments is None else attachments,
        )

    def _attachments(self, item: OutboxItem) -> tuple[Attachment, ...]:
        return attachments_for(item) if self.settings.quote_pdf else ()

    # --- Drafts folder and hand-off notes ---------------------------------------------------------------------

    def place_drafts(self, stop: Callable[[], bool]) -> int:
        """APPEND every waiting reply to Drafts (flagged as a draft), threaded to its inquiry; withdraw old versions."""
        drafts = self.settings.drafts_folder
        rows = [
            row
            for row in self.outbox.in_states(OutboxState.PENDING, OutboxState.HELD)
            if not row.draft_placed or (row.handoff_summary and not row.handoff_placed)
        ]
        if not rows:
            return 0
        present: dict[str, list[int]] = {}
        for uid, headers in self.imap.thread_headers(drafts).items():
            present.setdefault(headers.message_id, []).append(uid)
        placed: list[tuple[int, str]] = []
        for row in rows:
            if stop():
                break
            with self._isolated(row, "placing the draft"):
                if not row.draft_placed:
                    for old in row.old_message_ids:
                        self.imap.delete(drafts, present.get(old, []))
                    if row.message_id not in present:
                        self.imap.append(drafts, self._raw(row, auto=False), flags=("\\Draft", "\\Seen"))
                    placed.append((row.id, row.message_id))
                if row.handoff_summary and not row.handoff_placed:
                    self._place_note(row)
        # One commit for the batch: after a crash the Drafts listing above prevents a second copy.
        with self.store.transaction():
            for item_id, message_id in placed:  # unless an edit gave it a new Message-ID meanwhile
                self.outbox.placed_in_drafts(item_id, message_id)
        return len(placed)

    def withdraw_rejected(self) -> int:
        """Remove the Drafts copy of replies that were rejected, so the Drafts folder only holds live drafts."""
        rows = [row for row in self.outbox.in_states(OutboxState.REJECTED, OutboxState.FAILED) if row.draft_placed]
        if not rows:
            return 0
        for row in rows:
            self.drafts.withdraw(row, sent=False)
        with self.store.transaction():
            for row in rows:
                self.outbox.withdrawn_from_drafts(row.id)
        return len(rows)

    def _place_note(self, row: OutboxItem) -> None:
        note_id = row.message_id.replace("<atelier.", "<atelier.handoff.", 1)
        inbox = self.settings.inbox
        if not self.imap.search_header(inbox, "Message-ID", note_id):
            body = (
                "Atelier held a reply for you to read yourself.\n\n"
                f"Why: {row.reason}\n\n{row.handoff_summary}\n\n"
                f"The drafted reply waits in your Drafts folder; see it with: atelier inbox show {row.id}\n"
            )
            note = build_note(
                profile=self.profile,
                to_self=self.from_addr,
                sender=row.inquiry_sender,
                about=row.inquiry_subject,
                body=body,
                message_id=note_id,
            )
            self.imap.append(inbox, note, flags=("\\Flagged",))
        self.outbox.handoff_placed(row.id)
        log(self.logger, logging.INFO, "handoff", item=row.id, reason=row.reason)

    # --- Sent-folder checks -------------------------------------------------------------------------------------

    def _ours(self, uids: list[int]) -> set[int]:
        flags = self.imap.flags(self.settings.sent_folder, uids)
        return {uid for uid, fl in flags.items() if fl & {SENDING_KEYWORD, SENT_KEYWORD}}

    def sent_elsewhere(self, row: OutboxItem) -> list[int]:
        """UIDs in Sent of this reply as sent from a mail client, or of the freelancer's own answer to its thread."""
        sent = self.settings.sent_folder
        by_id = self.imap.search_header(sent, "Message-ID", row.message_id)
        found = set(by_id) - self._ours(by_id)
        if row.in_reply_to:
            answers = self.imap.search_header(sent, "In-Reply-To", row.in_reply_to)
            found |= set(answers) - self._ours(answers)
        return sorted(found)

    # --- recovery -----------------------------------------------------------------------------------------------

    def recover_sending(self) -> None:
        """Resolve rows left in ``sending`` by a crash, from the Sent folder, before anything is resent."""
        sent = self.settings.sent_folder
        for row in self.outbox.in_states(OutboxState.SENDING):
            uids = self.imap.search_header(sent, "Message-ID", row.message_id)
            flags = self.imap.flags(sent, uids)
            if any(SENT_KEYWORD in fl for fl in flags.values()):
                with self.store.transaction():
                    self.outbox.move(
                        row.id, [OutboxState.SENDING], OutboxState.SENT, sent_at=now_iso(), sent_via="daemon"
                    )
                    self.ledger.bump("sent")
                log(self.logger, logging.WARNING, "recovered_sent", item=row.id, message_id=row.message_id)
            elif uids:
                reason = (
                    "the daemon stopped while sending: it may have gone out. Check with the client "
                    "before approving it again"
                )
                with self.store.transaction():
                    self.outbox.move(row.id, [OutboxState.SENDING], OutboxState.HELD, reason=reason)
                    self.ledger.bump("held")
                log(self.logger, logging.WARNING, "recovered_unsure", item=row.id, message_id=row.message_id)
            else:
                with self.store.transaction():
                    self.outbox.move(row.id, [OutboxState.SENDING], OutboxState.APPROVED)
                log(self.logger, logging.WARNING, "recovered_unsent", item=row.id, message_id=row.message_id)

    # --- sending ------------------------------------------------------------------------------------------------

    def send_approved(self, stop: Callable[[], bool]) -> int:
        """Send every approved reply (auto-approved or approved by the freelancer), as the Drafts folder has it."""
        count = 0
        for row in self.outbox.in_states(OutboxState.APPROVED):
            if stop():
                break
            sent_copies = self.sent_elsewhere(row)
            if sent_copies:
                self._mark_sent_by_client(row, OutboxState.APPROVED, sent_copies)
                continue
            ready: tuple[OutboxItem, tuple[Attachment, ...] | None] | None = None
            with self._isolated(row, "reading the edited draft"):
                ready = self.drafts.ready(row)
            if ready is None:
                continue
            row, attachments = ready
            with self.store.transaction():
                moved = self.outbox.move(row.id, [OutboxState.APPROVED], OutboxState.SENDING, attempts=row.attempts + 1)
            with self._isolated(row, "sending"):
                if moved and self._send(row, attachments):
                    count += 1
        return count

    def _send(self, row: OutboxItem, attachments: tuple[Attachment, ...] | None) -> bool:
        sent = self.settings.sent_folder
        raw = self._raw(row, auto=row.auto, attachments=attachments)
        fault_point("before_sent_append")
        earlier = self.imap.flags(sent, self.imap.search_header(sent, "Message-ID", row.message_id))
        if any(SENT_KEYWORD in flags for flags in earlier.values()):
            with self.store.transaction():
                self.outbox.move(row.id, [OutboxState.SENDING], OutboxState.SENT, sent_at=now_iso(), sent_via="daemon")
            return False
        self.imap.delete(sent, list(earlier))  # an unsure earlier attempt, now approved again by the freelancer
        self.imap.append(sent, raw, flags=("\\Seen", SENDING_KEYWORD))
        fault_point("after_sent_append")
        result, detail = self.smtp.send(raw, self.from_addr, row.to)
        if result is SendResult.ACCEPTED:
            fault_point("after_smtp")
            # Only our copy: a provider that files sent mail itself may already have added its own.
            ours = sorted(self._ours(self.imap.search_header(sent, "Message-ID", row.message_id)))
            self.imap.set_flags(sent, ours, add=[SENT_KEYWORD], remove=[SENDING_KEYWORD])
            fault_point("after_sent_mark")
            with self.store.transaction():
                self.outbox.move(
                    row.id, [OutboxState.SENDING], OutboxState.SENT, sent_at=now_iso(), sent_via="daemon", error=""
                )
                self.ledger.bump("sent")
            if self.settings.provider_saves_sent:  # only now: until the row says sent, our copy is the evidence
                self.imap.delete(sent, ours)
            if row.draft_placed:
                self.drafts.withdraw(row, sent=True)
            self._learn(row, row.body)
            log(
                self.logger,
                logging.INFO,
                "sent",
                item=row.id,
                to=row.to,
                message_id=row.message_id,
                auto=row.auto,
            )
            return True
        if result is SendResult.UNKNOWN:
            reason = f"{detail}; it may have gone out. Check before approving again"
            with self.store.transaction():
                self.outbox.move(row.id, [OutboxState.SENDING], OutboxState.HELD, reason=reason, error=detail)
                self.ledger.bump("held")
        else:
            self.imap.delete(sent, self.imap.search_header(sent, "Message-ID", row.message_id))
            retry = result is SendResult.TEMPORARY and row.attempts + 1 < MAX_ATTEMPTS
            target = OutboxState.APPROVED if retry else OutboxState.FAILED
            with self.store.transaction():
                self.outbox.move(row.id, [OutboxState.SENDING], target, error=detail)
                self.ledger.bump("send_errors")
        self.ledger.set_state(last_error=f"{now_iso()} sending reply {row.id}: {detail}"[:500])
        log(self.logger, logging.WARNING, "send_failed", item=row.id, result=result.value, detail=detail)
        return False

    def _learn(self, row: OutboxItem, text: str) -> None:
        """Offer the sent text to the rule learner; its trouble never touches a reply that is already sent."""
        if self.learn is None:
            return
        try:
            self.learn(row, text)
        except Exception:  # noqa: BLE001 - the reply is sent; a failed proposal is logged, not a failed send
            self.logger.exception("rule_learning_failed", extra={"fields": {"item": row.id}})

    def _mark_sent_by_client(self, row: OutboxItem, from_state: OutboxState, sent_copies: list[int]) -> None:
        """Record a reply the freelancer sent from their mail client, with the text it went out with."""
        sent = self.settings.sent_folder
        self.imap.select(sent)
        raw = self.imap.fetch_raw(sent_copies[-1:]).get(sent_copies[-1])
        try:
            text = parse_message(raw, mailbox=sent, uidvalidity=0, uid=sent_copies[-1]).body if raw else row.body
        except UnparseableMessage:
            text = row.body
        with self.store.transaction():
            moved = self.outbox.move(row.id, [from_state], OutboxState.SENT, sent_at=now_iso(), sent_via="mail-client")
            if moved:
                self.outbox.record_sent_text(row.id, text)
                self.ledger.bump("sent_from_mail_client")
        log(self.logger, logging.INFO, "sent_by_mail_client", item=row.id, message_id=row.message_id)
        if moved:
            self._learn(row, text)

    # --- Drafts reconciliation ----------------------------------------------------------------------------------

    def reconcile_drafts(self, stop: Callable[[], bool]) -> None:
        """Read back waiting drafts the freelancer edited in a mail client, and notice the ones sent or deleted."""
        rows = [row for row in self.outbox.in_states(*WAITING_STATES) if row.draft_placed]
        if not rows:
            return
        listing = self.drafts.listing()
        for row in rows:
            if stop():
                break
            if copies(row, listing):
                with self._isolated(row, "reading the edited draft"):
                    self.drafts.check(row, listing)
                continue
            sent_copies = self.sent_elsewhere(row)
            if sent_copies:
                self._mark_sent_by_client(row, row.state, sent_copies)
                continue
            with self.store.transaction():
                self.outbox.move(
                    row.id,
                    [row.state],
                    OutboxState.REJECTED,
                    reason="draft deleted in your mail client",
                )
                self.ledger.bump("drafts_deleted")
            log(self.logger, logging.INFO, "draft_deleted", item=row.id, message_id=row.message_id)
