"""The threads sidebar: search, pick, and (through the chat screen) new, rename and delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label, ListItem, ListView

from assistant.tui.signals import ThreadChosen

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
            self.post_message(ThreadChosen(event.item.info.id))

    @on(Input.Changed, "#thread-search")
    def _search(self, event: Input.Changed) -> None:
        event.stop()
        if event.value.strip() == self._searched:
            return
        self._searched = event.value.strip()
        self.screen.run_worker(self.screen.run_action("reload_threads"), exclusive=True, group="search")

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
