"""What the Inbox screen shows and does, behind one small protocol, so wiring it to the library is one adapter.

Three kinds of item wait for the freelancer:

- **drafts** the daemon prepared (rows of its outbox, read from ``daemon.sqlite`` while the daemon runs in
  another process),
- **approvals**: chat turns stopped before a side effect (``Assistant.pending_actions()``), and
- **quarantined** messages the daemon could not handle, with the reason, to release (retry once more) or drop.

The screen only sees :class:`InboxEntry` records and the :class:`InboxSource` protocol. Nothing here imports
textual, so the adapters are plain library code and are tested without a terminal.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, Protocol

from pydantic import BaseModel, ConfigDict

from assistant.errors import AtelierError

if TYPE_CHECKING:
    from assistant.api import Assistant
    from assistant.daemon.models import OutboxItem, QuarantineEntry
    from assistant.events import PendingAction


class InboxEntry(BaseModel):
    """One item waiting for the freelancer, as the Inbox screen shows it."""

    model_config = ConfigDict(frozen=True)

    key: str
    """``draft:<outbox id>``, ``approval:<thread id>`` or ``quarantine:<entry id>``: what actions address."""
    kind: Literal["draft", "approval", "quarantine"]
    title: str
    sender: str = ""
    state: str = ""
    reason: str = ""
    """Why it waits (the policy gate's reasons, or the action's summary)."""
    inquiry: str = ""
    """The original inquiry's text (untrusted: shown, never executed)."""
    reply: str = ""
    """The proposed reply, or the action's arguments."""
    brief: str = ""
    quote: str = ""
    updated: str = ""
    feedback: str = ""


class InboxSource(Protocol):
    """The inbox actions the screen needs. ``key`` is :attr:`InboxEntry.key`."""

    def entries(self) -> list[InboxEntry]:
        """Every waiting item, newest first (cheap: the screen polls it)."""
        ...

    def show(self, key: str) -> InboxEntry:
        """One item with its full texts."""
        ...

    def approve(self, key: str) -> str:
        """Accept it; returns a line for the user."""
        ...

    def edit(self, key: str, body: str) -> str:
        """Replace the proposed reply with ``body`` (and accept, for approvals); returns a line for the user."""
        ...

    def reject(self, key: str, reason: str) -> str:
        """Refuse it; nothing leaves the machine."""
        ...

    def feedback(self, key: str, text: str) -> str:
        """Answer it with feedback instead of accepting or rejecting."""
        ...

    def release(self, key: str) -> str:
        """Give a quarantined message one more try; returns a line for the user."""
        ...

    def drop(self, key: str) -> str:
        """Drop a quarantined message (its headers and the decision are kept); returns a line for the user."""
        ...


class DraftStore(Protocol):
    """The daemon's approvals store (:class:`assistant.daemon.Inbox`, or ``Assistant.inbox`` once it exists)."""

    def items(self, *, all_states: bool = False) -> list[OutboxItem]:
        """Waiting items."""
        ...

    def show(self, item_id: int) -> OutboxItem:
        """One item with the inquiry's text."""
        ...

    def approve(self, item_id: int) -> None:
        """Approve."""
        ...

    def edit(self, item_id: int, body: str) -> str:
        """Replace the body."""
        ...

    def reject(self, item_id: int, feedback: str = "") -> None:
        """Reject."""
        ...

    def feedback(self, item_id: int, text: str) -> None:
        """Attach feedback."""
        ...

    def quarantine(self, *, decided: bool = False) -> list[QuarantineEntry]:
        """Quarantined messages waiting for a decision."""
        ...

    def quarantined(self, entry_id: int) -> QuarantineEntry:
        """One quarantine entry."""
        ...

    def quarantined_headers(self, entry_id: int) -> str:
        """Its header block as text."""
        ...

    def release(self, entry_id: int) -> QuarantineEntry:
        """Retry once more."""
        ...

    def drop(self, entry_id: int) -> QuarantineEntry:
        """Drop, keeping the headers."""
        ...


def draft_entry(item: OutboxItem) -> InboxEntry:
    """An outbox row as an inbox entry. The brief and the quote come from the row when the store keeps them."""
    quote = str(getattr(item, "quote_block", "") or "")
    brief = str(getattr(item, "brief_markdown", "") or "")
    return InboxEntry(
        key=f"draft:{item.id}",
        kind="draft",
        title=item.subject,
        sender=item.inquiry_sender or item.to,
        state=item.state.value,
        reason=item.reason,
        inquiry=item.inquiry_body,
        reply=item.body,
        brief=brief,
        quote=quote or _quote_in(item.body),
        updated=item.updated_at,
        feedback=item.feedback,
    )


def _quote_in(body: str) -> str:
    """The quote block of a reply body (the lines from the first price table or "Quote" heading on)."""
    lines = body.splitlines()
    for index, line in enumerate(lines):
        if line.lstrip().startswith("|") or line.lower().startswith(("quote", "## quote", "# quote")):
            block: list[str] = []
            for rest in lines[index:]:
                if not rest.strip() and block and not block[-1].strip():
                    break
                block.append(rest)
            return "\n".join(block).strip()
    return ""


def quarantine_entry(entry: QuarantineEntry, headers: str = "") -> InboxEntry:
    """A quarantined message as an inbox entry: the reason is why it waits; the headers stand for the inquiry."""
    kept = "" if entry.body_kept else " (only its headers were kept: it cannot be retried)"
    return InboxEntry(
        key=f"quarantine:{entry.id}",
        kind="quarantine",
        title=entry.subject or "(no subject)",
        sender=entry.sender or "(no sender)",
        state=entry.cause,
        reason=entry.reason + kept,
        inquiry=headers,
        updated=entry.created_at,
    )


def approval_entry(action: PendingAction) -> InboxEntry:
    """A chat turn's pending action as an inbox entry."""
    args = dict(action.args)
    body = args.get(action.edit_field)
    return InboxEntry(
        key=f"approval:{action.thread_id}",
        kind="approval",
        title=action.summary,
        state="waiting",
        reason=f"{action.tool} needs your approval",
        inquiry=str(args.get("inquiry", "")),
        reply=str(body) if isinstance(body, str) else json.dumps(args, indent=2, default=str),
        brief=str(args.get("brief", "")),
        quote=str(args.get("quote", "")),
    )


class AssistantInbox:
    """The inbox of one :class:`~assistant.api.Assistant`: the daemon's drafts plus the chat's approvals.

    Args:
        assistant: where approvals are read and resolved.
        drafts: the daemon's store; ``None`` opens ``Assistant.inbox`` on first use.
    """

    def __init__(self, assistant: Assistant, drafts: DraftStore | None = None) -> None:
        """Remember the assistant; the store opens on first use."""
        self._assistant = assistant
        self._drafts = drafts

    @property
    def drafts(self) -> DraftStore:
        """The daemon's approvals store."""
        if self._drafts is None:
            self._drafts = self._assistant.inbox
        return self._drafts

    def entries(self) -> list[InboxEntry]:
        """Waiting drafts, newest first, then the chat's pending approvals, then the quarantine."""
        found = [draft_entry(item) for item in self.drafts.items()]
        found += [approval_entry(action) for action in self._assistant.pending_actions()]
        found += [quarantine_entry(entry) for entry in self.drafts.quarantine()]
        return found

    def show(self, key: str) -> InboxEntry:
        """One entry with the inquiry's text (for a quarantined message: its headers)."""
        kind, ident = _split(key)
        if kind == "draft":
            return draft_entry(self.drafts.show(int(ident)))
        if kind == "quarantine":
            return quarantine_entry(self.drafts.quarantined(int(ident)), self.drafts.quarantined_headers(int(ident)))
        action = self._assistant.pending(ident)
        if action is None:
            raise AtelierError(f"thread {ident} no longer waits for approval", hint="Refresh the inbox.")
        return approval_entry(action)

    def approve(self, key: str) -> str:
        """Approve a draft (the daemon sends it) or run a pending action."""
        done = self._act(key, lambda i: self.drafts.approve(i), lambda t: self._assistant.approve(t).text, "approved")
        if key.startswith("draft:"):
            done += self._when_running("the daemon sends it within seconds", "it goes out when the daemon runs")
        return done

    def edit(self, key: str, body: str) -> str:
        """A draft gets a new version; an action runs with the edited text as its ``body``."""
        kind, ident = _split(key)
        if kind == "draft":
            self.drafts.edit(int(ident), body)
            return f"edited draft {ident}; approve it to send"
        _not_quarantined(kind, "edited")
        action = self._assistant.pending(ident)
        field = action.edit_field if action is not None else "text"
        return self._assistant.approve(ident, edits={field: body}).text or "edited and approved"

    def reject(self, key: str, reason: str) -> str:
        """Reject: nothing is sent."""
        return self._act(
            key, lambda i: self.drafts.reject(i, reason), lambda t: self._assistant.reject(t, reason).text, "rejected"
        )

    def feedback(self, key: str, text: str) -> str:
        """Draft a daemon reply again from the feedback (it replaces the old draft), or send it to the chat turn."""
        kind, ident = _split(key)
        if kind == "draft":
            done = self._assistant.redraft(int(ident), text)
            skipped = f" (not acted on: {'; '.join(done.revision.unread)})" if done.revision.unread else ""
            return f"redrafted draft {ident} (v{done.item.version}); it replaces the old one in Drafts{skipped}"
        return self._assistant.feedback(ident, text).text or "noted"

    def release(self, key: str) -> str:
        """Release a quarantined message: the daemon handles it once more."""
        entry_id = _quarantined(key)
        self.drafts.release(entry_id)
        return f"released message {entry_id}" + self._when_running(
            "the daemon handles it once more within seconds", "the daemon handles it once more when it runs"
        )

    def drop(self, key: str) -> str:
        """Drop a quarantined message; its headers, the reason and the decision are kept."""
        entry_id = _quarantined(key)
        self.drafts.drop(entry_id)
        return f"dropped message {entry_id}: its headers and the reason are kept"

    def _when_running(self, running: str, stopped: str) -> str:
        if self._assistant.daemon_running():
            return f": {running}."
        return f": {stopped} (`atelier daemon`; none is running now)."

    def _act(self, key: str, on_draft: Callable[[int], None], on_action: Callable[[str], str], verb: str) -> str:
        kind, ident = _split(key)
        _not_quarantined(kind, verb)
        if kind == "draft":
            on_draft(int(ident))
            return f"{verb} draft {ident}"
        return on_action(ident) or f"{verb}"


def _not_quarantined(kind: str, verb: str) -> None:
    if kind == "quarantine":
        raise AtelierError(
            f"a quarantined message cannot be {verb}: there is no reply to it",
            hint="Press r to retry it once more, or d to drop it.",
        )


def _quarantined(key: str) -> int:
    kind, ident = _split(key)
    if kind != "quarantine":
        raise AtelierError("only a quarantined message can be released or dropped", hint="Select one first.")
    return int(ident)


def _split(key: str) -> tuple[str, str]:
    kind, _, ident = key.partition(":")
    if kind not in ("draft", "approval", "quarantine") or not ident:
        raise AtelierError(f"not an inbox item: {key!r}")
    return kind, ident
