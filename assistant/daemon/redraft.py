"""A new draft from the freelancer's feedback, through the same drafter and gate as the first one.

The new version replaces the old in the outbox (new version, new Message-ID); the daemon then withdraws the old
copy from Drafts and places the new one, as after any edit. It always waits for the freelancer: they asked for
it in order to read it. A sentence to mention that code cannot put in the client's language is left out, and the
item's reason (and the revision's ``unread``, which the inbox shows) says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.feedback import Revision, in_reply_language, read_feedback
from assistant.daemon.models import WAITING_STATES, GateAction, OutboxItem, OutboxState, Triage
from assistant.daemon.policy import RateState, decide
from assistant.daemon.store import MailStore, OutboxError
from assistant.i18n import language_name
from assistant.mail.parsing import parse_message


@dataclass(frozen=True)
class Redraft:
    """The new draft, and what of the feedback code acted on."""

    item: OutboxItem
    revision: Revision


def redraft(
    store: MailStore, drafter: ToolDrafter, item_id: int, feedback: str, *, today: dt.date, domain: str
) -> Redraft:
    """Draft reply ``item_id`` again with all the feedback given on it so far, and queue it in place of the old.

    Raises:
        OutboxError: no such item, it no longer waits, or it is a follow-up (written from its template).
    """
    item = store.outbox.get(item_id)
    if item.state not in WAITING_STATES:
        raise OutboxError(f"cannot redraft item {item_id}: it is {item.state.value}", hint="Only waiting items.")
    row = store.ledger.message(item.inquiry_id)
    if item.kind == "followup" or row is None:
        raise OutboxError(f"item {item_id} is not a reply to an inquiry", hint="Edit it with `atelier inbox edit`.")
    said = "\n".join(text for text in (item.feedback, feedback.strip()) if text)
    revision = read_feedback(said)
    inquiry = parse_message(row.raw, mailbox=row.mailbox, uidvalidity=row.uidvalidity, uid=row.uid)
    triage = Triage(row.triage) if row.triage in {t.value for t in Triage} else Triage.NEW_INQUIRY
    draft = drafter.draft(inquiry, triage, today=today, instruction="; ".join(revision.unread), revision=revision)
    verdict = decide(drafter.profile, inquiry, draft, RateState(0, 0), today=today, mode="draft")
    waits = verdict.decision is GateAction.WAIT
    reason = "redrafted after your feedback; waits for your approval" if waits else "; ".join(verdict.reasons)
    _, left_out = in_reply_language(revision.mentions, draft.language)
    if left_out:  # never two languages in one reply: the freelancer adds it in the client's words
        note = (
            f"not added, as it is not in {language_name(draft.language)}, the reply's language, and code cannot "
            f"translate it: {'; '.join(left_out)}"
        )
        reason = f"{reason}; {note}"
        revision = replace(revision, unread=(*revision.unread, note))
    store.outbox.redraft(
        item_id,
        draft,
        state=OutboxState.PENDING if waits else OutboxState.HELD,
        reason=reason,
        feedback=said,
        domain=domain,
    )
    return Redraft(store.outbox.get(item_id), revision)
