"""The daemon loop: fetch, record, triage, draft, gate, queue; then place drafts, send, reconcile, follow up.

Each cycle is safe to cut at any point: every message is in the ledger before it is parsed, each step's result
is committed with the state that says it is done, and the next start resumes from the ledger. ``stop()`` (from
SIGTERM) lets the current message or send finish, then the loop exits cleanly.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from imapclient.exceptions import IMAPClientError  # type: ignore[import-untyped]

from assistant.clock import Clock
from assistant.config import MailSettings
from assistant.daemon.delivery import Delivery
from assistant.daemon.drafting import Drafter
from assistant.daemon.identity import ReplyIdentity, domain_of, followup_to, reply_to
from assistant.daemon.learning import rule_learner
from assistant.daemon.lock import InstanceLock
from assistant.daemon.logs import log
from assistant.daemon.mailbox import ImapChannel, SmtpSender, read_password
from assistant.daemon.models import (
    Draft,
    GateAction,
    LedgerMessage,
    OutboxItem,
    OutboxState,
    QuarantineCause,
    Triage,
    TriageResult,
)
from assistant.daemon.policy import RateState, decide
from assistant.daemon.quote_sent import quote_marker
from assistant.daemon.retention import apply_retention
from assistant.daemon.shadow import record_shadow
from assistant.daemon.store import MailStore, now_iso
from assistant.daemon.store.ledger import MAX_ATTEMPTS
from assistant.daemon.tone import ingest_sent
from assistant.daemon.triage import TriageContext, triage
from assistant.daemon.voice import VoiceBook
from assistant.errors import AtelierError, MailError
from assistant.mail.message import InboundMessage
from assistant.mail.parsing import UnparseableMessage, dedupe_fields, parse_message
from assistant.profile import Profile
from assistant.reading.triage import MailReader
from assistant.rules import RULES_DB
from assistant.tools.quote_store import FILE_NAME

ToneSink = Callable[[str, str], None]
"""``(text, recipient)``: store one of the freelancer's own sent mails as a tone example (with consent)."""
TONE_EVERY_SECONDS = 3600.0


_STATE_FOR = {
    GateAction.SEND: OutboxState.APPROVED,
    GateAction.WAIT: OutboxState.PENDING,
    GateAction.HOLD: OutboxState.HELD,
    GateAction.HANDOFF: OutboxState.HELD,
    GateAction.SHADOW: OutboxState.SHADOW,
}


class Daemon:
    """One daemon on one data dir and one mailbox."""

    def __init__(
        self,
        settings: MailSettings,
        profile: Profile,
        data_dir: Path,
        drafter: Drafter,
        logger: logging.Logger,
        *,
        password: str | None = None,
        mode: str | None = None,
        clock: Clock | None = None,
        tone_sink: ToneSink | None = None,
        reader: MailReader | None = None,
        voice: VoiceBook | None = None,
    ) -> None:
        """Wire the daemon; nothing is opened until :meth:`run`. ``reader`` reads mail kinds (None: keywords).

        ``voice`` learns the freelancer's greetings and sign-offs from the Sent folder, with the tone consent.
        """
        self.settings = settings
        self.profile = profile
        self.data_dir = data_dir
        self.drafter = drafter
        self.logger = logger
        self.mode = mode
        self.clock = (clock or Clock.from_env()).in_zone(profile.timezone)
        self.tone_sink = tone_sink
        self.voice = voice
        self.reader = reader
        self._password = password
        self._stop = threading.Event()
        self.lock = InstanceLock(data_dir)
        self.store: MailStore | None = None
        self.address = (settings.address or profile.email or "").lower()
        self.domain = domain_of(self.address)
        self._last_reconcile = 0.0
        self._last_tone = 0.0

    # --- lifecycle ---------------------------------------------------------------------------------------------

    def stop(self) -> None:
        """Ask the loop to finish what it is doing and exit (the SIGTERM handler calls this)."""
        self._stop.set()

    def stopping(self) -> bool:
        """Whether a stop was asked for."""
        return self._stop.is_set()

    def open(self) -> None:
        """Take the instance lock and open the ledger; the mailbox connects on first use."""
        self.lock.acquire()
        try:
            password = self._password or read_password(self.settings)
        except MailError:
            self.lock.release()
            raise
        self.store = MailStore(self.data_dir)
        self.imap = ImapChannel(self.settings, password)
        smtp = SmtpSender(self.settings, password)
        rules, quotes = (
            rule_learner(self.data_dir / RULES_DB, self.clock),
            quote_marker(self.data_dir / FILE_NAME, self.clock),
        )

        def learn(item: OutboxItem, text: str) -> None:  # every reply that went out: its edits and its quote
            quotes(item, text)  # first: it logs its own errors, a failed rule proposal must not skip it
            rules(item, text)

        self.delivery = Delivery(
            self.settings, self.profile, self.store, self.imap, smtp, self.logger, today=self.clock.today, learn=learn
        )

    def close(self) -> None:
        """Log out, close the ledger and release the lock."""
        log(self.logger, logging.INFO, "stop", drained=True)
        try:
            self.imap.close()
        except MailError:
            self.imap.drop()
        if self.store is not None:
            self.store.close()
        self.lock.release()

    def run(self, *, once: bool = False) -> None:
        """Take the lock, recover, then loop until :meth:`stop` (or one cycle with ``once``)."""
        self.open()
        mode = self.mode or self.profile.auto_reply.mode
        log(self.logger, logging.INFO, "start", pid=os.getpid(), once=once, mode=mode)
        backoff = 1.0
        try:
            recovered = False
            while True:
                try:
                    if not recovered:
                        self.delivery.recover_sending()
                        self.process_unfinished()
                        recovered = True
                    self.cycle()
                    backoff = 1.0
                except (MailError, IMAPClientError, OSError) as exc:
                    self._error(exc)
                    if once:
                        raise MailError(f"mailbox error: {exc}", hint="See `atelier daemon status`.") from exc
                    self._stop.wait(backoff)
                    backoff = min(backoff * 2, 60.0)
                    continue
                if once or self.stopping():
                    break
                self._wait()
                if self.stopping():
                    break
        finally:
            self.close()

    def _error(self, exc: BaseException) -> None:
        store = self._store()
        self.imap.drop()
        store.ledger.bump("errors")
        store.ledger.set_state(last_error=f"{now_iso()} {type(exc).__name__}: {exc}"[:500])
        log(self.logger, logging.ERROR, "mailbox_error", error=f"{type(exc).__name__}: {exc}")

    def _wait(self) -> None:
        self.imap.select(self.settings.inbox)

        def wake() -> bool:
            return self.stopping() or bool(self._store().outbox.in_states(OutboxState.APPROVED))

        seconds = min(self.settings.poll_seconds, self.settings.drafts_check_seconds)
        self.imap.wait(seconds, wake, use_idle=self.settings.use_idle)

    # --- one cycle ---------------------------------------------------------------------------------------------

    def cycle(self) -> None:
        """Poll, process, place drafts, send approved replies, reconcile Drafts, and draft follow-ups."""
        store = self._store()
        self.poll()
        self.process_unfinished()  # what a mailbox error cut short, and what the freelancer released from quarantine
        self.followups()
        apply_retention(store, self.profile, self.clock)
        self.ingest_tone()
        self.delivery.place_drafts(self.stopping)
        self.delivery.withdraw_rejected()
        self.delivery.send_approved(self.stopping)
        if time.monotonic() - self._last_reconcile >= self.settings.drafts_check_seconds:
            self.delivery.reconcile_drafts(self.stopping)
            self._last_reconcile = time.monotonic()
        store.ledger.set_state(last_poll=now_iso())

    def poll(self) -> int:
        """Fetch new messages, write each to the ledger first, then process it. Returns how many were new."""
        ledger = self._store().ledger
        mailbox = self.settings.inbox
        uidvalidity = self.imap.select(mailbox)
        known = ledger.known_uidvalidity(mailbox)
        if known is not None and known != uidvalidity:
            ledger.bump("uidvalidity_changes")
            log(self.logger, logging.WARNING, "uidvalidity_changed", mailbox=mailbox, old=known, new=uidvalidity)
        uids = self.imap.uids_after(ledger.cursor(mailbox, uidvalidity))
        new = 0
        for start in range(0, len(uids), 50):
            if self.stopping():
                break
            batch = [u for u in uids[start : start + 50] if not ledger.known_location(mailbox, uidvalidity, u)]
            sizes = self.imap.sizes(batch)
            cap = int(self.settings.max_message_mb * 1_000_000)
            too_big = {u for u in batch if sizes.get(u, 0) > cap}
            raws = self.imap.fetch_raw([u for u in batch if u not in too_big])
            raws |= self.imap.fetch_headers(sorted(too_big))
            for uid in batch:
                raw = raws.get(uid)
                if raw is None:
                    continue  # expunged between SEARCH and FETCH
                mid, digest = dedupe_fields(raw)
                reason = None
                if uid in too_big:
                    reason = (
                        f"too large to read: {sizes[uid] / 1e6:.1f} MB, over the {self.settings.max_message_mb:g} MB"
                        " cap ([mail] max_message_mb); only its headers were kept, open it in your mail client"
                    )
                row_id, is_new = ledger.record_seen(
                    mailbox=mailbox,
                    uidvalidity=uidvalidity,
                    uid=uid,
                    message_id=mid,
                    content_hash=digest,
                    raw=raw,
                    quarantine=reason,
                )
                if is_new:
                    new += 1
                    if reason is None:
                        self.process(row_id)
                    else:
                        log(self.logger, logging.WARNING, "quarantined", row=row_id, reason=reason)
                else:
                    log(self.logger, logging.INFO, "duplicate", row=row_id, uid=uid, uidvalidity=uidvalidity)
        return new

    def process_unfinished(self) -> None:
        """Handle messages recorded but not handled: left by a crash or a mailbox error, or released from quarantine."""
        for row in self._store().ledger.unfinished():
            if self.stopping():
                break
            self.process(row.id)

    # --- one message ------------------------------------------------------------------------------------------

    def _store(self) -> MailStore:
        assert self.store is not None, "open() the daemon first"
        return self.store

    def _triage_context(self, store: MailStore | None = None) -> TriageContext:
        """What triage knows; without ``store`` (a replay) clients are known from the profile's directory only."""
        own = {self.address, (self.profile.email or "").lower()} - {""}
        keywords = tuple(k for s in self.profile.services for k in s.keywords)

        def known(sender: str) -> bool:
            in_ledger = store is not None and store.ledger.known_client(sender)
            return self.profile.client_for(sender) != sender.casefold() or in_ledger

        return TriageContext(
            own_addresses=frozenset(own),
            is_known_client=known,
            is_own_message_id=store.outbox.knows_message_id if store is not None else lambda _id: False,
            is_reply_to=store.outbox.replied_to if store is not None else lambda _id, _sender: False,
            reader=self.reader,
            profile=self.profile,
            service_keywords=keywords,
        )

    def would_send(self, msg: InboundMessage, *, today: dt.date) -> Draft | None:
        """What this daemon would draft for ``msg`` on ``today``: triage, then the drafter, recording nothing.

        Shadow reports replay past inquiries through this, so what they show is the daemon's own path. None when
        triage would not answer the mail at all (bulk, an auto-reply, the freelancer's own mail...).
        """
        from assistant.daemon.decline import decline_draft
        from assistant.daemon.identity import reply_subject

        result = triage(msg, self._triage_context())
        if result.triage is Triage.DECLINE:
            return decline_draft(msg, self.profile, result, reply_subject(msg.subject))
        if result.triage not in (Triage.NEW_INQUIRY, Triage.CLIENT):
            return None
        return self.drafter.draft(msg, result.triage, today=today)

    @staticmethod
    def _parse(row: LedgerMessage) -> InboundMessage:
        return parse_message(row.raw, mailbox=row.mailbox, uidvalidity=row.uidvalidity, uid=row.uid)

    def process(self, row_id: int) -> None:
        """Handle one recorded message; whatever goes wrong with it quarantines it, and the daemon goes on.

        The attempt is counted (and committed) before it starts, so a message that kills the process is
        quarantined after :data:`MAX_ATTEMPTS` restarts instead of crash-looping the daemon. An error raised
        while handling it quarantines it at once with the error's type and words. Only mailbox and database
        trouble, which is not the message's fault, propagates (the cycle retries it), uncounted.
        """
        ledger = self._store().ledger
        row = ledger.message(row_id)
        if row is None or row.state != "seen":
            return
        attempts = ledger.begin_attempt(row_id)
        if attempts > MAX_ATTEMPTS:
            self._poisoned(row_id, f"handling it stopped the daemon {attempts - 1} times", QuarantineCause.CRASHED)
            return
        try:
            self._handle(row)
        except (MailError, IMAPClientError, OSError, sqlite3.OperationalError):
            ledger.end_attempt(row_id)
            raise
        except Exception as exc:  # noqa: BLE001 - one message must never stop the daemon; it is quarantined
            self.logger.exception("message_crashed", extra={"fields": {"row": row_id}})
            self._poisoned(row_id, f"{type(exc).__name__}: {exc}", QuarantineCause.ERROR)

    def _poisoned(self, row_id: int, error: str, cause: QuarantineCause) -> None:
        reason = f"could not be handled ({error}); it is kept here, open it in your mail client"
        self._store().ledger.quarantine_failed(row_id, reason, cause)
        log(self.logger, logging.ERROR, "quarantined", row=row_id, reason=reason)

    def _handle(self, row: LedgerMessage) -> None:
        """Parse, triage, draft and gate one message; the result is committed with its new state."""
        store = self._store()
        ledger = store.ledger
        row_id = row.id
        try:
            msg = self._parse(row)
        except UnparseableMessage as exc:
            ledger.quarantine(row_id, str(exc))
            log(self.logger, logging.WARNING, "quarantined", row=row_id, reason=str(exc))
            return
        result = triage(msg, self._triage_context(store))
        log(
            self.logger,
            logging.INFO,
            "triaged",
            row=row_id,
            sender=msg.sender,
            triage=result.triage.value,
            reason=result.reason,
        )
        if result.triage is Triage.CLIENT:
            self._cancel_followups(msg.sender)
        if result.triage is Triage.DECLINE:
            self._decline(row_id, row, msg, result)
            return
        if result.triage not in (Triage.NEW_INQUIRY, Triage.CLIENT):
            with store.transaction():
                ledger.set_triage(row_id, msg.sender, msg.subject, result)
                ledger.finish(row_id)
                ledger.bump("triaged")
                ledger.bump(result.triage.value)
            return
        today = self.clock.today()
        try:
            draft = self.drafter.draft(msg, result.triage, today=today)
        except Exception as exc:  # noqa: BLE001 - one bad inquiry must not stop the daemon; it is recorded
            if not isinstance(exc, AtelierError):
                self.logger.exception("draft_crashed", extra={"fields": {"row": row_id}})
            with store.transaction():
                ledger.set_triage(row_id, msg.sender, msg.subject, result)
                ledger.fail(row_id, str(exc))
                ledger.bump("triaged")
                ledger.bump("draft_errors")
            log(self.logger, logging.ERROR, "draft_failed", row=row_id, error=str(exc))
            return
        self._queue(row_id, msg, draft, reply_to(msg, row.key, self.domain), triaged=result)

    def _decline(self, row_id: int, row: LedgerMessage, msg: InboundMessage, result: TriageResult) -> None:
        """Queue the code-written decline for work off the rate card (it waits or is handed off like any draft)."""
        from assistant.daemon.decline import decline_draft
        from assistant.daemon.identity import reply_subject

        draft = decline_draft(msg, self.profile, result, reply_subject(msg.subject))
        self._queue(row_id, msg, draft, reply_to(msg, row.key, self.domain), triaged=result)

    def _rates(self, to: str) -> RateState:
        now = self.clock.utcnow()  # compared with stored UTC timestamps
        day = (now - dt.timedelta(days=1)).isoformat(timespec="seconds")
        hour = (now - dt.timedelta(hours=1)).isoformat(timespec="seconds")
        per_sender, total = self._store().outbox.auto_sends(to, day, hour)
        return RateState(sent_to_sender_last_day=per_sender, sent_last_hour=total)

    def _queue(
        self,
        row_id: int,
        msg: InboundMessage,
        draft: Draft,
        reply: ReplyIdentity,
        *,
        triaged: TriageResult | None = None,
    ) -> None:
        store = self._store()
        ledger = store.ledger
        sure = triaged.confidence if triaged is not None else 1.0
        verdict = decide(
            self.profile,
            msg,
            draft,
            self._rates(reply.to),
            today=self.clock.today(),
            mode=self.mode,
            triage_confidence=sure,
        )
        state = _STATE_FOR[verdict.decision]
        reason = "; ".join(verdict.reasons)
        with store.transaction():
            item_id = store.outbox.add(
                inquiry_id=row_id,
                reply=reply,
                subject=draft.subject,
                body=draft.body,
                state=state,
                reason=reason,
                auto=verdict.decision is GateAction.SEND,
                handoff_summary=draft.summary if verdict.decision is GateAction.HANDOFF else "",
                draft_kind=draft.kind.value,
                brief_markdown=draft.brief_markdown,
                quote_block=draft.quote_block,
                quote_json=draft.quote.model_dump_json() if draft.quote is not None else "",
                language=draft.language,
            )
            if triaged is not None:
                ledger.set_triage(row_id, msg.sender, msg.subject, triaged)
                ledger.finish(row_id)
                ledger.bump("triaged")
            ledger.bump("drafted")
            if state is OutboxState.HELD:
                ledger.bump("held")
        log(
            self.logger, logging.INFO, "queued", row=row_id, item=item_id, kind=reply.kind, state=state.value,
            reason=reason,
        )  # fmt: skip
        if state is OutboxState.SHADOW:
            self._shadow(item_id, msg, draft)

    def _shadow(self, item_id: int, msg: InboundMessage, draft: Draft) -> None:
        actual = record_shadow(self.imap, self.settings.sent_folder, self.data_dir, item_id, msg, draft)
        self._store().outbox.record_actual_reply(item_id, actual)

    # --- follow-ups --------------------------------------------------------------------------------------------

    def _cancel_followups(self, sender: str) -> None:
        store = self._store()
        with store.transaction():
            store.outbox.cancel_followups(sender)

    def followups(self) -> int:
        """Draft a polite follow-up for sent replies that got no answer within ``followup_days``."""
        store = self._store()
        cutoff = self.clock.utcnow() - dt.timedelta(days=self.profile.auto_reply.followup_days)
        due = store.outbox.due_followups(cutoff.isoformat(timespec="seconds"))
        for sent in due:
            inquiry = store.ledger.message(sent.inquiry_id)
            if inquiry is None:
                continue
            try:
                msg = self._parse(inquiry)
                draft = self.drafter.followup(msg, "", today=self.clock.today())
                self._queue(sent.inquiry_id, msg, draft, followup_to(msg, sent, inquiry.key, self.domain))
            except (MailError, IMAPClientError, OSError, sqlite3.OperationalError):
                raise
            except Exception as exc:  # noqa: BLE001 - one follow-up must not stop the others or the daemon
                self.logger.exception("followup_crashed", extra={"fields": {"item": sent.id}})
                store.ledger.bump("errors")
                store.ledger.set_state(last_error=f"{now_iso()} follow-up to reply {sent.id}: {exc}"[:500])
        return len(due)

    # --- tone examples -----------------------------------------------------------------------------------------

    def ingest_tone(self) -> int:
        """With consent (``[mail] ingest_sent_for_tone``), keep the freelancer's own sent mails as tone examples.

        Only mails the freelancer wrote (no ``X-Atelier-Outbox``, not automatic) to one recipient are kept, without
        the quoted thread, each filed under that recipient so it is only seen when answering them.
        """
        store = self._store()
        if not self.settings.ingest_sent_for_tone or (self.tone_sink is None and self.voice is None):
            return 0
        if self._last_tone and time.monotonic() - self._last_tone < TONE_EVERY_SECONDS:
            return 0
        self._last_tone = time.monotonic()
        kept = ingest_sent(self.imap, store.ledger, self.settings.sent_folder, self.tone_sink, self.voice)
        if kept:
            log(self.logger, logging.INFO, "tone_ingested", count=kept)
        return kept
