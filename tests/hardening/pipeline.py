"""The daemon's own per-message path (ledger, parse, triage, draft, gate, outbox) without a mailbox connection.

:meth:`Daemon.process` is what the poll loop calls for every fetched message; here it is fed bytes directly,
so that thousands of generated messages can be pushed through the real code in seconds. What the outbox then
holds is built into the exact bytes the daemon would send (:func:`assistant.daemon.outgoing.build_reply`).
"""

from __future__ import annotations

import email
import email.headerregistry
import email.policy
import email.utils
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel

from assistant.config import MailSettings
from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.memory_hooks import client_history, similar_projects_for
from assistant.daemon.outgoing import build_reply
from assistant.daemon.runner import Daemon
from assistant.errors import MailError
from assistant.mail.parsing import UnparseableMessage, parse_message
from assistant.memory import Memory
from assistant.profile import Profile

_ADDR = re.compile(r"^[^@\s<>]+@[A-Za-z0-9.-]+$")


def reference_sender(raw: bytes) -> str | None:
    """The one From address as CPython's strict modern parser reads it, or None when it finds no single one."""
    try:
        text = raw.decode("utf-8", "surrogateescape")  # 8-bit headers as the sender wrote them, not as U+FFFD
        values = email.message_from_string(text, policy=email.policy.compat32).get_all("From") or []
        if len(values) != 1:
            return None
        header = email.headerregistry.HeaderRegistry()("from", " ".join(str(values[0]).split()))  # unfolded
        addresses = [a for a in header.addresses if a.addr_spec and "@" in a.addr_spec]
    except Exception:  # noqa: BLE001 - the reference parser failing is an answer too
        return None
    if len(addresses) != 1:
        return None
    return _ascii_spelling(addresses[0].addr_spec.lower())


def _ascii_spelling(addr: str) -> str | None:
    """The address as SMTP carries it without SMTPUTF8: the domain in its IDNA spelling (RFC 5891).

    An 8-bit local part has no such spelling (None: a reply to it is a reply to nobody the sender named).
    """
    try:
        local, _, domain = addr.rpartition("@")
        return local + "@" + domain.encode("idna").decode("ascii") if local.isascii() else None
    except UnicodeError:
        return None


@dataclass
class Outcome:
    """What became of one message."""

    state: str
    reason: str
    replies: list[str]
    problems: list[str]
    row: int = 0
    """The ledger row the message was recorded under."""


class Pipeline:
    """A daemon opened on a data dir, fed raw messages one by one."""

    def __init__(
        self,
        data_dir: Path,
        profile: Profile,
        model: BaseChatModel | None,
        *,
        mode: str = "draft",
        memory: Memory | None = None,
    ) -> None:
        settings = MailSettings(address="studio@lindqvist.example", imap_security="plain", smtp_security="plain")
        log = logging.getLogger(f"hardening.pipeline.{id(self)}")
        log.propagate = False
        if not log.handlers:
            log.addHandler(logging.NullHandler())
        self.profile = profile
        history = similar = None
        if memory is not None:
            history = client_history(memory, profile.client_for)
            similar = similar_projects_for(memory, profile.client_for)
        # prose "on": the model phrases every English opening, as a freelancer may set even for the bundled model;
        # under the default "auto" the bundled model writes none, and its words would go untested
        drafter = ToolDrafter(profile, model, client_history=history, similar_projects_for=similar, prose="on")
        self.daemon = Daemon(settings, profile, data_dir, drafter, log, password="x", mode=mode)
        self.daemon.open()
        self.uid = 0

    def close(self) -> None:
        self.daemon.close()

    def feed(self, raw: bytes) -> Outcome:
        """Record, process and judge one message."""
        from assistant.mail.parsing import dedupe_fields

        store = self.daemon.store
        assert store is not None
        ledger = store.ledger
        self.uid += 1
        mid, digest = dedupe_fields(raw)
        row_id, new = ledger.record_seen(
            mailbox="INBOX", uidvalidity=1, uid=self.uid, message_id=mid, content_hash=digest, raw=raw
        )
        if not new:  # the same Message-ID and content as one already handled: the daemon does nothing more
            return Outcome("duplicate", "", [], [])
        problems: list[str] = []
        try:
            self.daemon.process(row_id)
        except Exception as exc:  # noqa: BLE001 - a crash is exactly what this suite looks for
            problems.append(f"process() raised {type(exc).__name__}: {exc}"[:300])
        row = ledger.message(row_id)
        assert row is not None
        state, reason = row.state, row.reason or row.error
        if state not in ("done", "quarantined", "failed"):
            problems.append(f"left in state {state!r}")
        if state in ("quarantined", "failed") and not reason.strip():
            problems.append(f"{state} without a reason")
        replies = []
        rows = store.conn.execute("SELECT * FROM outbox WHERE inquiry_id = ?", (row_id,)).fetchall()
        if rows:
            try:
                parsed = parse_message(raw, mailbox="INBOX", uidvalidity=1, uid=self.uid).sender
            except UnparseableMessage as exc:
                parsed = ""
                problems.append(f"a reply to a message that does not parse: {exc}")
            reference = reference_sender(raw)
            for out in rows:
                to = str(out["to_addr"])
                replies.append(to)
                if not to or not _ADDR.match(to):
                    problems.append(f"reply to an unusable address {to!r}")
                if to != parsed:
                    problems.append(f"reply to {to!r}, but the parsed sender is {parsed!r}")
                if reference is None:
                    problems.append(f"reply to {to!r}, but a strict parser finds no single sender")
                elif to != reference:
                    problems.append(f"reply to {to!r}, but a strict parser reads the sender as {reference!r}")
                problems += self._built(out, to)
        return Outcome(state, reason, replies, problems, row_id)

    def outbound(self) -> list[tuple[str, bytes, bool]]:
        """Every reply in the outbox as bytes: (to, raw, goes out alone), for the outbound checks."""
        store = self.daemon.store
        assert store is not None
        out = []
        for row in store.conn.execute("SELECT * FROM outbox"):
            auto = row["state"] == "approved" and bool(row["auto"])
            out.append((str(row["to_addr"]), self._build(row, str(row["to_addr"]), auto=auto), auto))
        return out

    def build(self, row: Any) -> bytes:
        """The bytes one outbox row goes out as (empty when it cannot be built: :meth:`feed` reports that)."""
        try:
            return self._build(row, str(row["to_addr"]), auto=row["state"] == "approved" and bool(row["auto"]))
        except Exception:  # noqa: BLE001 - already a problem of the message's outcome
            return b""

    def _build(self, row: Any, to: str, *, auto: bool = False) -> bytes:
        return build_reply(
            profile=self.profile,
            from_addr="studio@lindqvist.example",
            to=row["to_addr"],
            inquiry_sender=to,
            subject=row["subject"],
            body=row["body"],
            message_id=row["message_id"],
            in_reply_to=row["in_reply_to"],
            references=row["refs"],
            auto=auto,
            item_id=int(row["id"]),
        )

    def _built(self, row: Any, to: str) -> list[str]:
        try:
            raw = self._build(row, to)
        except MailError as exc:
            return [f"the reply cannot be built: {exc}"]
        except Exception as exc:  # noqa: BLE001 - building must never crash
            return [f"building the reply raised {type(exc).__name__}: {exc}"[:300]]
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        problems = []
        if [a.lower() for _, a in email.utils.getaddresses([str(msg["To"])])] != [to]:
            problems.append(f"built reply To: {msg['To']!r}")
        problems += [f"built reply has {h}" for h in ("Cc", "Bcc") if msg[h] is not None]
        return problems
