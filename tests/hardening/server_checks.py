"""What the Dovecot run of the hostile suite judges beyond :func:`tests.hardening.hostile_checks.judge`: the mailboxes.

Read in bulk after the daemon's runs, never from the daemon's own verdicts: every outbound copy of every reply
(what reached the SMTP server, the Sent and Drafts copies) and every hand-off note in the INBOX is tied to its
outbox row by Message-ID, and then:

- a reply went out (SMTP) at most once, to exactly its row's address, and only if its row says it was sent;
- every reply the gate approved went out exactly once (none is left approved or sending after the second run);
- every reply that waits has a reason and a copy in Drafts; every hand-off has its note in the INBOX;
- nothing reached the SMTP server that the outbox never held, and no recipient is outside ASCII.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tests.hardening.world import Outbound

SENT = "sent"
WAITING = ("pending", "held")
GONE_ALONE = ("approved", "sending")
"""After the second run nothing may be left here: approved in the first run means sent in the second."""


def note_id(reply_message_id: str) -> str:
    """The Message-ID of the hand-off note about a reply (``Delivery._place_note`` writes it so)."""
    return reply_message_id.replace("<atelier.", "<atelier.handoff.", 1)


def message_id(raw: bytes) -> str:
    """The Message-ID of an outbound message, unfolded."""
    msg = email.message_from_bytes(raw.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n", policy=email.policy.compat32)
    return " ".join(str(msg["Message-ID"] or "").split())


@dataclass
class Mailboxes:
    """Every outbound message, by Message-ID, and what could not be tied to an outbox row."""

    by_id: dict[str, list[Outbound]] = field(default_factory=dict)
    smtp: int = 0

    @classmethod
    def of(cls, outbound: Iterable[Outbound]) -> Mailboxes:
        boxes = cls()
        for out in outbound:
            boxes.by_id.setdefault(message_id(out.raw), []).append(out)
            boxes.smtp += out.where == "smtp"
        return boxes

    def copies(self, reply_id: str) -> list[Outbound]:
        """The reply's own copies: SMTP, Sent and Drafts (its hand-off note has its own id)."""
        return self.by_id.get(reply_id, [])

    def note(self, reply_id: str) -> list[Outbound]:
        return [o for o in self.by_id.get(note_id(reply_id), []) if o.where == "INBOX"]


def reply_problems(row: Mapping[str, Any], boxes: Mailboxes) -> list[str]:
    """What is wrong with where one outbox row's reply went (empty: nothing)."""
    problems = []
    mid, state, to = str(row["message_id"]), str(row["state"]), str(row["to_addr"])
    copies = boxes.copies(mid)
    smtp = [o for o in copies if o.where == "smtp"]
    if len(smtp) > 1:
        problems.append(f"sent {len(smtp)} times")
    if smtp and state != SENT:
        problems.append(f"reached the SMTP server but its row is {state!r}")
    if state == SENT and str(row["sent_via"]) == "daemon" and len(smtp) != 1:
        problems.append(f"its row says sent by the daemon, but the SMTP server got it {len(smtp)} times")
    for out in smtp:
        if tuple(out.rcpt_tos) != (to,):
            problems.append(f"sent to {list(out.rcpt_tos)}, its row's address is {to!r}")
    if state in GONE_ALONE:
        problems.append(f"approved but never sent: left {state!r} after the second run")
    if state in WAITING:
        if not str(row["reason"]).strip():
            problems.append(f"{state} without a reason")
        if not any(o.where == "Drafts" for o in copies):
            problems.append(f"{state}, but no copy in Drafts")
    if str(row["handoff_summary"] or "") and not boxes.note(mid):
        problems.append("handed off, but no note in the INBOX")
    return problems


def stray_sends(outbox_ids: set[str], boxes: Mailboxes) -> list[str]:
    """SMTP submissions no outbox row holds, and any with a recipient outside ASCII."""
    problems = []
    for mid, outs in boxes.by_id.items():
        for out in outs:
            if out.where != "smtp":
                continue
            if mid not in outbox_ids:
                problems.append(f"sent {mid!r}, which no outbox row holds")
            if not all(r.isascii() for r in out.rcpt_tos):
                problems.append(f"sent {mid!r} to a non-ASCII recipient {out.rcpt_tos}")
    return problems
