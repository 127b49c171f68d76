"""The threads sidebar: list, search, pick, rename and delete threads.

Every read and write goes through ``Assistant.threads`` (the agent's checkpointer), in thread workers. What
the chat screen must follow (a thread picked, a thread deleted) it hears as the sidebar's nested messages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import getters, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Label, ListItem, ListView

from assistant.tui.app import AtelierApp

if TYPE_CHECKING:
    from assistant.threads import ThreadInfo


class ThreadItem(ListItem):
    """One thread in the list."""

    def __init__(self, info: ThreadInfo, now: float) -> None:
        """An item showing the thread's title and how long before ``now`` (a timestamp) it was last used."""
        super().__init__(classes="thread")
        self.info = info
        self.now = now

    def compose(self) -> ComposeResult:
        """Title and age."""
        yield Label(self.info.title, classes="thread-title", markup=False)
        yield Label(_age(self.info.updated, self.now), classes="dim")


class ThreadsSidebar(Vertical):
    """Threads, most recent first, filtered by the search box as you type."""

    app = getters.app(AtelierApp)

    @dataclass
    class Chosen(Message):
        """The user picked a thread (``None``: start a new conversation)."""

        thread_id: str | None

    @dataclass
    class Loaded(Message):
        """The thread list was read in a worker; the sidebar shows it (handled by the sidebar itself)."""

        threads: list[ThreadInfo]
        current: str | None
        now: float

    @dataclass
    class Deleted(Message):
        """A thread and its checkpoints were deleted."""

        thread_id: str

    BINDINGS = [
        Binding("n", "screen.new_thread", "New"),
        Binding("r", "screen.rename_thread", "Rename"),
        Binding("d", "screen.delete_thread", "Delete"),
    ]

    def __init__(self) -> None:
        """An empty sidebar; the chat screen fills it."""
        super().__init__(id="sidebar")
        self.current: str | None = None
        self._searched = ""

    def compose(self) -> ComposeResult:
        """A search box over the list."""
        yield Label("Threads", classes="section-title")
        yield Input(placeholder="Search threads", id="thread-search", compact=True)
        yield ListView(id="thread-list")

    @property
    def query_text(self) -> str:
        """What the search box holds."""
        return self.query_one("#thread-search", Input).value.strip()

    @work(thread=True, exclusive=True, group="threads", exit_on_error=False)
    def reload(self, current: str | None = None) -> None:
        """Read the thread list (filtered by the search box) and show it, highlighting ``current``."""
        assistant = self.app.assistant
        threads = assistant.threads.list(search=self.query_text)
        self.post_message(self.Loaded(threads, current, assistant.clock.timestamp()))

    @work(exit_on_error=False)
    async def rename(self, info: ThreadInfo) -> None:
        """Ask for a new title and rename the thread."""
        from assistant.tui.dialogs import PromptDialog

        title = await self.app.push_screen_wait(PromptDialog("Rename thread", info.title))
        if title and title.strip():
            self.app.assistant.threads.rename(info.id, title)
            self.notify(f"Renamed to {title.strip()!r}.")
            self.reload(self.current)

    @work(exit_on_error=False)
    async def delete(self, info: ThreadInfo) -> None:
        """Delete the thread and its checkpoints, after a confirmation."""
        from assistant.tui.dialogs import ConfirmDialog

        question = f"Delete the thread {info.title!r}? This cannot be undone."
        if await self.app.push_screen_wait(ConfirmDialog(question, "Delete")):
            self._delete(info.id, info.title)

    @work(thread=True, exclusive=True, group="threads-write", exit_on_error=False)
    def _delete(self, thread_id: str, title: str) -> None:
        self.app.assistant.threads.delete(thread_id)
        self.app.call_from_thread(self.notify, f"Deleted {title!r}.")
        self.post_message(self.Deleted(thread_id))

    def search(self) -> None:
        """Show the sidebar and focus its search box."""
        if self.has_class("narrow"):
            self.add_class("shown")
        self.remove_class("hidden")
        self.query_one("#thread-search", Input).focus()

    @on(Loaded)
    async def _loaded(self, message: Loaded) -> None:
        message.stop()
        await self.show(message.threads, message.current, message.now)

    async def show(self, threads: Sequence[ThreadInfo], current: str | None, now: float) -> None:
        """Replace the list, highlighting ``current``; ages count back from ``now`` (the assistant's clock)."""
        self.current = current
        view = self.query_one("#thread-list", ListView)
        await view.clear()
        await view.extend(ThreadItem(info, now) for info in threads)
        ids = [info.id for info in threads]
        view.index = ids.index(current) if current in ids else (0 if ids else None)

    @property
    def highlighted(self) -> ThreadInfo | None:
        """The thread under the cursor."""
        item = self.query_one("#thread-list", ListView).highlighted_child
        return item.info if isinstance(item, ThreadItem) else None

    @on(ListView.Selected, "#thread-list")
    def _chosen(self, event: ListView.Selected) -> None:
        event.stop()
        if isinstance(event.item, ThreadItem):
            self.post_message(self.Chosen(event.item.info.id))

    @on(Input.Changed, "#thread-search")
    def _search(self, event: Input.Changed) -> None:
        event.stop()
        if event.value.strip() == self._searched:
            return
        self._searched = event.value.strip()
        self.reload(self.current)

    @on(Input.Submitted, "#thread-search")
    def _to_list(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#thread-list", ListView).focus()


def _age(timestamp: float, now: float) -> str:
    delta = dt.timedelta(seconds=now - timestamp)
    if delta < dt.timedelta(minutes=1):
        return "just now"
    if delta < dt.timedelta(hours=1):
        return f"{int(delta.total_seconds() // 60)} min ago"
    if delta < dt.timedelta(days=1):
        return f"{int(delta.total_seconds() // 3600)} h ago"
    return dt.datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d")
