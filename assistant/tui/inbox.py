"""The inbox screen: drafts, pending approvals and quarantined messages, each with what can be done with it.

Drafts and approvals take accept, edit, reject and feedback; a message the daemon quarantined shows its reason
and takes release (retry once more) or drop.

The daemon writes its drafts from another process, so the list polls the store every
:data:`POLL_SECONDS` in a thread worker and redraws only when something changed.
"""

from __future__ import annotations

import re

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Markdown

from assistant.tui.base import AtelierScreen
from assistant.tui.inbox_source import InboxEntry

POLL_SECONDS = 2.0


class InboxScreen(AtelierScreen):
    """Review what waits for you."""

    BINDINGS = [
        Binding("a", "approve", "Accept"),
        Binding("e", "edit", "Edit"),
        Binding("x", "reject", "Reject"),
        Binding("f", "feedback", "Feedback"),
        Binding("r", "release", "Retry quarantined"),
        Binding("d", "drop", "Drop quarantined"),
        Binding("ctrl+r", "refresh", "Reload"),
        Binding("s", "app.switch_mode('shadow')", "Shadow report"),
    ]

    def __init__(self) -> None:
        """Empty until the first poll."""
        super().__init__(id="inbox")
        self.entries: list[InboxEntry] = []
        self._signature: tuple[tuple[str, str, str], ...] | None = None

    def compose(self) -> ComposeResult:
        """The list and the selected item."""
        with Horizontal(classes="split"):
            with Vertical(classes="list-pane narrow-list"):
                yield DataTable(id="inbox-list", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(classes="detail-pane"):
                yield Markdown("Nothing selected.", id="inbox-detail", open_links=False)
        yield from self.compose_chrome()

    def on_mount(self) -> None:
        """Columns, and the poll timer."""
        super().on_mount()
        table = self.query_one("#inbox-list", DataTable)
        table.add_columns("Kind", "From", "Subject", "State")
        table.focus()
        self.set_interval(POLL_SECONDS, self._poll)

    def on_ready(self) -> None:
        """First load."""
        self.action_refresh()

    def _poll(self) -> None:
        if self.app.ready and self.is_current:
            self._load(quiet=True)

    def action_refresh(self) -> None:
        """Reload now."""
        self._load(quiet=False)

    @work(thread=True, exclusive=True, group="inbox-read", exit_on_error=False)
    def _load(self, quiet: bool) -> None:
        entries = self.app.inbox.entries()
        signature = tuple((e.key, e.state, e.updated) for e in entries)
        if signature != self._signature or not quiet:
            self._signature = signature
            self.app.call_from_thread(self._show, entries)

    def _show(self, entries: list[InboxEntry]) -> None:
        table = self.query_one("#inbox-list", DataTable)
        current = self.selected.key if self.selected is not None else None
        self.entries = entries
        table.clear()
        for entry in entries:
            table.add_row(entry.kind, entry.sender or "chat", entry.title, entry.state, key=entry.key)
        keys = [e.key for e in entries]
        if entries:
            table.move_cursor(row=keys.index(current) if current in keys else 0)
        else:
            self.call_later(self.query_one("#inbox-detail", Markdown).update, "Nothing waits for you.")
        kinds = [e.kind for e in entries]
        counts = [_count(kinds.count(kind), kind) for kind in ("draft", "approval")]
        if quarantined := kinds.count("quarantine"):
            counts.append(f"{quarantined} quarantined")
        self.status(turn=" · ".join(counts) + " waiting")

    @property
    def selected(self) -> InboxEntry | None:
        """The entry under the cursor."""
        table = self.query_one("#inbox-list", DataTable)
        if not self.entries or not 0 <= table.cursor_row < len(self.entries):
            return None
        return self.entries[table.cursor_row]

    @on(DataTable.RowHighlighted, "#inbox-list")
    def _highlighted(self) -> None:
        if (entry := self.selected) is not None:
            self._detail(entry.key)

    @work(thread=True, exclusive=True, group="inbox-detail", exit_on_error=False)
    def _detail(self, key: str) -> None:
        entry = self.app.inbox.show(key)
        self.app.call_from_thread(self.query_one("#inbox-detail", Markdown).update, entry_markdown(entry))

    # -- actions ---------------------------------------------------------------------------------------------

    def action_approve(self) -> None:
        """Accept the selected item."""
        if (entry := self.selected) is not None:
            self._act(entry.key, "approve", "")

    @work(exit_on_error=False)
    async def action_edit(self) -> None:
        """Edit the proposed reply in an editor."""
        from assistant.tui.dialogs import EditorDialog

        entry = self.selected
        if entry is None:
            return
        full = self.app.inbox.show(entry.key)
        text = await self.app.push_screen_wait(EditorDialog(f"Edit reply: {entry.title}", full.reply))
        if text is not None and text.strip() != full.reply.strip():
            self._act(entry.key, "edit", text)

    @work(exit_on_error=False)
    async def action_reject(self) -> None:
        """Reject the selected item, with an optional reason."""
        from assistant.tui.dialogs import PromptDialog

        entry = self.selected
        if entry is None:
            return
        reason = await self.app.push_screen_wait(PromptDialog(f"Reject {entry.title!r}: why? (optional)"))
        if reason is not None:
            self._act(entry.key, "reject", reason)

    @work(exit_on_error=False)
    async def action_feedback(self) -> None:
        """Answer the selected item with feedback."""
        from assistant.tui.dialogs import PromptDialog

        entry = self.selected
        if entry is None:
            return
        text = await self.app.push_screen_wait(PromptDialog("Your feedback"))
        if text:
            self._act(entry.key, "feedback", text)

    def action_release(self) -> None:
        """Give the selected quarantined message one more try."""
        if (entry := self.selected) is not None:
            self._act(entry.key, "release", "")

    def action_drop(self) -> None:
        """Drop the selected quarantined message (its headers and the reason are kept)."""
        if (entry := self.selected) is not None:
            self._act(entry.key, "drop", "")

    @work(thread=True, exclusive=True, group="inbox-write", exit_on_error=False)
    def _act(self, key: str, verb: str, text: str) -> None:
        inbox = self.app.inbox
        self.app.call_from_thread(self.status, f"{verb}…")
        if verb == "approve":
            result = inbox.approve(key)
        elif verb == "edit":
            result = inbox.edit(key, text)
        elif verb == "reject":
            result = inbox.reject(key, text)
        elif verb == "release":
            result = inbox.release(key)
        elif verb == "drop":
            result = inbox.drop(key)
        else:
            result = inbox.feedback(key, text)
        self.app.call_from_thread(self.notify, result[:300] or "done")
        self._load(quiet=False)


def entry_markdown(entry: InboxEntry) -> str:
    """One item: why it waits, the inquiry, the proposed reply, the brief and the quote.

    Every part that can hold a stranger's words (the subject, the sender, a reason quoting the mail, the inquiry,
    a reply and a brief that quote it) is code, never markup, as in a quarantined message: in Markdown a
    stranger's ``[Approve the quote](https://…)`` would be a link under Atelier's own headings, and a bare URL
    would be linkified. Only the quote table, which code renders, stays a table (and the widget opens no links).
    """
    parts = [
        f"## `{_code(entry.title)}`",
        f"**{entry.kind}** · {entry.state}" + (f" · from `{_code(entry.sender)}`" if entry.sender else ""),
    ]
    if entry.reason:
        parts.append(f"**Why it waits:**\n\n{_fenced(entry.reason)}")
    if entry.feedback:
        parts.append(f"**Your feedback:**\n\n{_fenced(entry.feedback)}")
    if entry.kind == "quarantine":
        return _quarantine_markdown(entry)
    if entry.kind == "approval":
        parts.append(f"### What runs if you accept\n\n{_fenced(entry.reply)}")
        parts.append("_a_ accept · _e_ edit · _x_ reject · _f_ feedback")
        return "\n\n".join(parts)
    for title, text in (
        ("Inquiry", entry.inquiry),
        ("Proposed reply", entry.reply),
        ("Brief", entry.brief),
        ("Quote", entry.quote),
    ):
        if text.strip():
            parts.append(f"### {title}\n\n{_as_block(text) if title == 'Quote' else _fenced(text)}")
        else:
            parts.append(f"### {title}\n\n_none_")
    parts.append("_a_ accept · _e_ edit · _x_ reject · _f_ feedback")
    return "\n\n".join(parts)


def _quarantine_markdown(entry: InboxEntry) -> str:
    """A quarantined message: every stranger's word (subject, sender, reason, headers) shown as code, never markup."""
    return "\n\n".join(
        [
            f"## Quarantined: `{_code(entry.title)}`",
            f"**{entry.state}** · from `{_code(entry.sender)}` · {entry.updated}",
            f"### Why it waits\n\n{_fenced(entry.reason)}",
            f"### Its headers\n\n{_fenced(entry.inquiry or 'select it to load them')}",
            "Open its body in your mail client. _r_ retry once more · _d_ drop (headers and reason kept)",
        ]
    )


def _code(text: str) -> str:
    """One line of untrusted text inside inline code: no backtick can end it early."""
    return " ".join(text.replace("`", "'").split())


def _fenced(text: str) -> str:
    """Untrusted text in a fenced block whose fence is longer than any run of backticks in it (CommonMark)."""
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text.strip()}\n{fence}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _as_block(text: str) -> str:
    """A quote block: Markdown tables stay tables, anything else keeps its layout in a code block."""
    return text if text.lstrip().startswith("|") else f"```\n{text.strip()}\n```"
