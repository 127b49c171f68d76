"""The conversation log: what is mounted, what waits behind the "earlier messages" button, and history loading.

At most :data:`MAX_MOUNTED` message widgets stay mounted, so a long thread stays smooth; older messages are
kept as (role, text) and come back :data:`EARLIER_BATCH` at a time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from textual import on
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Static

from assistant.tui.widgets import ChatMessage, Role

MAX_MOUNTED = 40
"""Message widgets kept mounted as a conversation grows; older ones move behind the "earlier" button."""
EARLIER_BATCH = 20
"""Messages brought back per press of the "earlier messages" button."""
HISTORY_BATCH = 4
"""Messages mounted per frame when a thread opens, so the UI keeps answering keys."""
FRAME = 1 / 60
"""Pause between history batches: one frame, so each batch gets its own layout pass."""

WELCOME = """\
[b]Welcome to Atelier.[/b] Ask about past projects, paste a client's inquiry, or use a command:

  • [$accent]/quote 3 spreads for a children's book by March[/] computes a quote from your rate card
  • [$accent]/brief <inquiry>[/] turns an inquiry into a brief with open questions
  • [$accent]/memory acme mascot[/] searches your past briefs

[b]Ctrl+P[/b] lists every action (copy, export, regenerate, rename…) · [b]F3[/b] inbox · [b]F4[/b] memory · \
[b]F5[/b] quotes · [b]Esc[/b] stops an answer · [b]Ctrl+Q[/b] quits.
"""
"""Shown in an empty conversation: one Static with markup (a Markdown widget would mount a widget per block)."""


class Conversation(VerticalScroll):
    """The scrolling conversation of the chat screen."""

    def __init__(self) -> None:
        """An empty conversation showing the welcome text."""
        super().__init__(Static(WELCOME, id="welcome", classes="note"), id="log")
        self._earlier: list[tuple[Role, str]] = []
        """Messages of this conversation hidden behind the "earlier messages" button, oldest first."""

    async def add(self, widget: Widget) -> None:
        """Mount a widget at the end, moving the oldest beyond :data:`MAX_MOUNTED` away.

        Dropped messages go behind the "earlier messages" button; dropped tool calls and notes are just gone.
        """
        await self.mount(widget)
        shown = [child for child in self.children if child.id != "earlier"]
        extra = len(shown) - MAX_MOUNTED
        if extra > 0:
            dropped = shown[:extra]
            self._earlier += [(w.role, w.text) for w in dropped if isinstance(w, ChatMessage)]
            await self.remove_children(dropped)
            await self._sync_earlier()
        self.scroll_end(animate=False)

    async def _sync_earlier(self) -> None:
        """Show the "earlier messages" button at the top while messages are hidden behind it."""
        found = self.query_children("#earlier")
        if not self._earlier:
            await found.remove()
            return
        label = f"Show earlier messages ({len(self._earlier)} more)"
        if found:
            found.first(Button).label = label
        else:
            await self.mount(Button(label, id="earlier", classes="earlier"), before=0)

    @on(Button.Pressed, "#earlier")
    async def show_earlier(self) -> None:
        """Mount the next :data:`EARLIER_BATCH` older messages above the ones on screen."""
        batch, self._earlier = self._earlier[-EARLIER_BATCH:], self._earlier[:-EARLIER_BATCH]
        widgets = [ChatMessage(role, text) for role, text in batch]
        await self._sync_earlier()  # first, so the button never shows a count that is already stale
        button = self.query_children("#earlier")
        if button:
            await self.mount_all(widgets, after=button.first())
        else:
            await self.mount_all(widgets, before=0)
        if self._earlier:
            self.query_one("#earlier").focus()
        elif widgets:
            widgets[0].focus()
        self.scroll_home(animate=False)

    async def remove_welcome(self) -> None:
        """Take the welcome text away (the first message is coming)."""
        await self.query_children("#welcome").remove()

    async def clear(self, note: str | None = None) -> None:
        """Empty the conversation, showing ``note`` (the welcome text by default)."""
        self._earlier = []
        await self.remove_children()
        await self.mount(Static(note or WELCOME, id="welcome", classes="note"))

    async def show_history(self, turns: Sequence[tuple[Role, str]], still_wanted: Callable[[], bool]) -> bool:
        """Show a thread's last turns: the newest first (what is on screen), then older ones above, a batch per frame.

        Each batch is laid out in its own frame, so no single layout pass has to render every message. Returns
        ``False`` when ``still_wanted`` says the user moved on to another thread before it finished.
        """
        await self.remove_children()
        shown = list(turns[-MAX_MOUNTED:])
        self._earlier = []
        if not shown:
            await self.mount(Static(WELCOME, id="welcome", classes="note"))
        for end in range(len(shown), 0, -HISTORY_BATCH):
            batch = [ChatMessage(role, text) for role, text in shown[max(0, end - HISTORY_BATCH) : end]]
            await self.mount_all(batch, before=0 if self.children else None)
            self.scroll_end(animate=False)
            await asyncio.sleep(FRAME)
            if not still_wanted():
                return False
        self._earlier = list(turns[: len(turns) - len(shown)])
        await self._sync_earlier()
        self.scroll_end(animate=False)
        return True
