"""The mail daemon: watches the mailbox, triages, drafts, gates by policy, and sends exactly once.

Plain functions with explicit dependencies, for the facade, the CLI and the TUI inbox:

- :func:`build_daemon` wires a :class:`~assistant.daemon.runner.Daemon` from settings, profile and a model;
- :func:`open_inbox` opens the approvals store that ``atelier inbox`` and the TUI share;
- :func:`daemon_status` reads what ``atelier daemon status`` shows, without disturbing a running daemon.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.daemon.identity import domain_of
from assistant.daemon.lock import InstanceLock
from assistant.daemon.models import WAITING_STATES, DaemonStatus, OutboxItem, OutboxState, QuarantineEntry
from assistant.daemon.store import DB_NAME, MailStore, OutboxError
from assistant.i18n import FALLBACK
from assistant.prose import Prose

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.clock import Clock
    from assistant.config import Settings
    from assistant.daemon.change_order import AgreedBrief
    from assistant.daemon.drafting import ClientHistory, SimilarProjectsFor, ToolDrafter
    from assistant.daemon.redraft import Redraft
    from assistant.daemon.runner import Daemon, ToneSink
    from assistant.daemon.samples import SampleQuota
    from assistant.daemon.voice import VoiceBook
    from assistant.profile import Profile
    from assistant.reading.triage import MailReader

__all__ = [
    "DaemonStatus",
    "Inbox",
    "OutboxError",
    "OutboxItem",
    "OutboxState",
    "QuarantineEntry",
    "build_daemon",
    "build_drafter",
    "daemon_status",
    "open_inbox",
]


def build_drafter(
    profile: Profile,
    data_dir: Path,
    model: BaseChatModel | None,
    *,
    client_history: ClientHistory | None = None,
    similar_projects_for: SimilarProjectsFor | None = None,
    clock: Clock | None = None,
    sample_quota: SampleQuota | None = None,
    reader: MailReader | None = None,
    agreed_brief: AgreedBrief | None = None,
    opening_languages: Collection[str] = (FALLBACK,),
    prose: Prose = "auto",
    numbered: bool = True,
    voice: VoiceBook | None = None,
) -> ToolDrafter:
    """The drafter the daemon uses, also for a new draft from the freelancer's feedback.

    It follows the accepted rules in ``data_dir``'s rules file, read afresh for each draft. With ``numbered``
    (not in shadow mode, where nothing is sent), a quote takes its number from ``data_dir``'s quote store, the
    one sequence chat and the CLI number from too, one number per inquiry. The model phrases the opening in
    ``opening_languages`` only where ``[model] prose`` lets it write free sentences (:mod:`assistant.prose`):
    the bundled 135M model, asked, mostly echoes the subject ("Mascot for our board game"), so under ``auto``
    code writes its openings.
    """
    from assistant.clock import Clock
    from assistant.daemon.drafting import ToolDrafter
    from assistant.daemon.learning import accepted_rules
    from assistant.rules import RULES_DB
    from assistant.tools.quote_store import FILE_NAME, QuoteStore

    store = QuoteStore(data_dir / FILE_NAME, clock) if numbered else None
    return ToolDrafter(
        profile,
        model,
        client_history=client_history,
        similar_projects_for=similar_projects_for,
        sample_quota=sample_quota,
        services=reader.services if reader is not None else None,
        agreed_brief=agreed_brief,
        opening_languages=opening_languages,
        prose=prose,
        rules=accepted_rules(data_dir / RULES_DB, clock or Clock.from_env()),
        numbering=(lambda quote, ref: store.save(quote, ref=ref)) if store is not None else None,
        voice=voice,
    )


def build_daemon(
    settings: Settings,
    profile: Profile,
    data_dir: Path,
    model: BaseChatModel | None,
    *,
    logger: logging.Logger | None = None,
    mode: str | None = None,
    client_history: ClientHistory | None = None,
    similar_projects_for: SimilarProjectsFor | None = None,
    tone_sink: ToneSink | None = None,
    clock: Clock | None = None,
    sample_quota: SampleQuota | None = None,
    reader: MailReader | None = None,
    agreed_brief: AgreedBrief | None = None,
    voice: VoiceBook | None = None,
) -> Daemon:
    """A daemon on ``data_dir`` for ``settings.mail``, drafting with ``model`` (None: templates only).

    ``reader`` reads what kind each mail is (:func:`assistant.daemon.triage.reader_for`); without one, triage
    falls back to rate-card keywords. ``agreed_brief`` finds a client's agreed brief, for change orders
    (:mod:`assistant.daemon.change_order`).
    """
    from assistant.daemon.logs import setup_logging
    from assistant.daemon.runner import Daemon

    drafter = build_drafter(
        profile,
        data_dir,
        model,
        client_history=client_history,
        similar_projects_for=similar_projects_for,
        clock=clock,
        sample_quota=sample_quota,
        reader=reader,
        agreed_brief=agreed_brief,
        opening_languages=settings.model.opening_languages,
        prose=settings.model.prose,
        numbered=(mode or profile.auto_reply.mode) != "shadow",
        voice=voice,
    )
    return Daemon(
        settings.mail,
        profile,
        data_dir,
        drafter,
        logger or setup_logging(data_dir),
        mode=mode,
        clock=clock,
        tone_sink=tone_sink,
        reader=reader,
        voice=voice,
    )


CHAT_MAILBOX = "atelier-chat"
"""Ledger mailbox name for inquiries that reached Atelier through chat rather than IMAP."""


class Inbox:
    """The approvals store: list, show, approve, edit, reject, feedback; plus quarantine and notices."""

    def __init__(self, data_dir: Path, domain: str) -> None:
        """Open the daemon's store in ``data_dir`` (safe while the daemon runs)."""
        self.store = MailStore(data_dir)
        self.outbox = self.store.outbox
        self.domain = domain

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def items(self, *, all_states: bool = False) -> list[OutboxItem]:
        """Items waiting for the freelancer, or every item with ``all_states``."""
        if all_states:
            return self.outbox.items()
        return self.outbox.items(WAITING_STATES)

    def show(self, item_id: int) -> OutboxItem:
        """One item with the inquiry's text."""
        return self.outbox.get(item_id)

    def approve(self, item_id: int) -> None:
        """Approve; the running daemon sends it within seconds."""
        self.outbox.approve(item_id)

    def edit(self, item_id: int, body: str) -> str:
        """Replace the body (a new version and Message-ID); returns the new Message-ID."""
        return self.outbox.edit(item_id, body, self.domain)

    def reject(self, item_id: int, feedback: str = "") -> None:
        """Reject, with optional feedback."""
        self.outbox.reject(item_id, feedback)

    def feedback(self, item_id: int, text: str) -> None:
        """Attach feedback to an item."""
        self.outbox.feedback(item_id, text)

    def redraft(self, item_id: int, feedback: str, drafter: ToolDrafter, *, today: dt.date) -> Redraft:
        """Draft a waiting reply again from the freelancer's feedback; the daemon puts it in Drafts for the old one."""
        from assistant.daemon.redraft import redraft

        return redraft(self.store, drafter, item_id, feedback, today=today, domain=self.domain)

    def queue_reply(
        self,
        raw_inquiry: bytes,
        subject: str,
        body: str,
        *,
        quote_block: str = "",
        quote_json: str = "",
        language: str = "en",
    ) -> OutboxItem:
        """Queue a reply the freelancer approved in chat; the running daemon sends it within seconds.

        The inquiry is recorded in the ledger like mail from the mailbox (the same Message-ID and content hash
        mean the same inquiry, after :func:`~assistant.mail.parsing.normal_message_id`), so a reply the daemon
        already drafted for it is replaced, never doubled, and the recipient is still the inquiry's parsed sender.
        ``quote_json`` (the quote ``quote_block`` summarises) is attached as a PDF when the reply goes out with that
        summary in it; ``language`` is the one its disclosure is written in.

        Raises:
            MailError: the inquiry's reply was already approved, sent or withdrawn; nothing is queued.
        """
        from assistant.daemon.identity import reply_to
        from assistant.errors import MailError
        from assistant.mail.parsing import dedupe_fields, parse_message

        msg = parse_message(raw_inquiry, mailbox=CHAT_MAILBOX, uidvalidity=0, uid=0)
        if not msg.sender:
            raise MailError("the inquiry has no sender address to reply to", hint="Copy the draft into your mail app.")
        uid = int(msg.content_hash[:8], 16)
        ledger = self.store.ledger
        message_id, digest = dedupe_fields(raw_inquiry)  # the very key the daemon gives it when it polls
        row_id, _ = ledger.record_seen(
            mailbox=CHAT_MAILBOX, uidvalidity=0, uid=uid, message_id=message_id, content_hash=digest, raw=raw_inquiry,
        )  # fmt: skip
        recorded = ledger.message(row_id)
        assert recorded is not None  # just written
        reply = reply_to(msg, recorded.key, self.domain)
        with self.store.transaction():
            item_id = self.outbox.add(
                inquiry_id=row_id, reply=reply, subject=subject, body=body, state=OutboxState.PENDING,
                reason="approved in chat", auto=False, quote_block=quote_block, quote_json=quote_json,
                language=language,
            )  # fmt: skip
            if not recorded.sender:  # not triaged from the mailbox: the send-time recipient check needs it
                ledger.set_sender(row_id, msg.sender, msg.subject)
            ledger.finish(row_id)
        item = self.outbox.get(item_id)
        if item.state not in WAITING_STATES:
            raise MailError(
                f"this inquiry already has a reply that is {item.state.value} (inbox item {item.id}): "
                "a second reply is not queued",
                hint=f"See it with `atelier inbox show {item.id}`; answer again from your mail client if needed.",
            )
        if item.body != body:
            self.outbox.edit(item_id, body, self.domain)
        self.outbox.approve(item_id)
        return self.outbox.get(item_id)

    def senders(self) -> list[str]:
        """Every address the ledger has mail from."""
        return sorted({sender for _, sender in self.store.ledger.senders()})

    def last_mail(self, senders: Collection[str]) -> bytes | None:
        """The raw bytes of the newest inquiry or client mail from any of ``senders`` (None: none kept)."""
        row = self.store.ledger.latest_from(senders)
        return None if row is None else row.raw

    def quarantine(self, *, decided: bool = False) -> list[QuarantineEntry]:
        """Messages the daemon could not handle, waiting for the freelancer, with the reason (``decided``: all)."""
        return self.store.ledger.quarantined(decided=decided)

    def quarantined(self, entry_id: int) -> QuarantineEntry:
        """One quarantine entry.

        Raises:
            MailError: there is no such entry.
        """
        from assistant.errors import MailError

        found = self.store.ledger.quarantined(entry_id=entry_id)
        if not found:
            raise MailError(f"no quarantined message {entry_id}", hint="See `atelier daemon quarantine list`.")
        return found[0]

    def quarantined_headers(self, entry_id: int) -> str:
        """The header block of a quarantined message, as storable text (what ``quarantine show`` prints)."""
        from assistant.daemon.store.ledger import headers_only
        from assistant.mail.text import storable, visible

        row = self.store.ledger.message(self.quarantined(entry_id).message_row)
        head = headers_only(row.raw if row is not None else b"")[:20_000].decode("utf-8", "replace")
        return storable(visible(head.replace("\r\n", "\n")))

    def release(self, entry_id: int) -> QuarantineEntry:
        """Give a quarantined message one more try: the daemon handles it again in its next cycle.

        Raises:
            MailError: it was dropped, or only its headers were kept (too large, or past retention).
        """
        from assistant.errors import MailError

        entry = self._waiting(entry_id)
        if not entry.body_kept:
            raise MailError(
                f"quarantined message {entry_id} cannot be retried: only its headers were kept ({entry.cause})",
                hint="Open it in your mail client, or drop it here.",
            )
        with self.store.transaction():
            self.store.ledger.release(entry_id)
        return entry

    def drop(self, entry_id: int) -> QuarantineEntry:
        """Drop a quarantined message: its headers, the reason and the decision are kept, its body is erased."""
        self._waiting(entry_id)
        with self.store.transaction():
            self.store.ledger.drop(entry_id)
        return self.quarantined(entry_id)

    def _waiting(self, entry_id: int) -> QuarantineEntry:
        from assistant.errors import MailError

        entry = self.quarantined(entry_id)
        if entry.decision:
            raise MailError(f"quarantined message {entry_id} was already {entry.decision} on {entry.decided_at}")
        return entry

    def notices(self) -> list[dict[str, str]]:
        """Recent messages triaged as ``notify`` (for the freelancer to read)."""
        return self.store.ledger.messages_by_triage("notify")


def open_inbox(data_dir: Path, address: str | None) -> Inbox:
    """The approvals store for the daemon on ``data_dir``."""
    return Inbox(data_dir, domain_of(address))


def daemon_status(data_dir: Path) -> DaemonStatus:
    """Whether a daemon runs, its last poll and error, queue sizes and counters."""
    pid = InstanceLock.holder(data_dir)
    if not (data_dir / DB_NAME).exists():
        return DaemonStatus(running=pid is not None, pid=pid)
    store = MailStore(data_dir)
    try:
        state = store.ledger.state()
        counts = store.ledger.counters()
        waiting = store.ledger.quarantined()
        return DaemonStatus(
            running=pid is not None,
            pid=pid,
            last_poll=state.get("last_poll", ""),
            last_error=state.get("last_error", ""),
            errors=counts.get("errors", 0),
            quarantine=dict(Counter(entry.cause for entry in waiting)),
            quarantine_reasons=[f"#{e.id} {e.cause}: {e.reason}" for e in waiting[:5]],
            queues=store.outbox.queue_sizes() | {"quarantine": len(waiting)},
            counts=counts,
        )
    finally:
        store.close()
