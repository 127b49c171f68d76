"""Thread actions of the chat screen: list, search, open, new, rename, delete and export.

Every read and write goes through ``Assistant.threads`` (the agent's checkpointer), in thread workers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.widgets import Input, ListView

from assistant.tui.signals import HistoryLoaded, ThreadChosen, ThreadsLoaded

if TYPE_CHECKING:
    from assistant.tui.chat import ChatScreen


class ThreadActions:
    """Mixed into :class:`~assistant.tui.chat.ChatScreen`."""

    def _chat(self) -> ChatScreen:
        return self  # type: ignore[return-value]

    @work(thread=True, exclusive=True, group="threads", exit_on_error=False)
    def reload_threads(self) -> None:
        """Read the thread list (filtered by the search box) and show it in the sidebar."""
        from assistant.tui.sidebar import ThreadsSidebar

        chat = self._chat()
        sidebar = chat.query_one(ThreadsSidebar)
        threads = chat.assistant.threads.list(search=sidebar.query_text)
        chat.post_message(ThreadsLoaded(threads))

    async def on_threads_loaded(self, message: ThreadsLoaded) -> None:
        """Show the loaded thread list (handlers here go by name: ``@on`` does not reach into mixins)."""
        from assistant.tui.sidebar import ThreadsSidebar

        chat = self._chat()
        await chat.query_one(ThreadsSidebar).show(message.threads, chat.thread_id, chat.assistant.clock.timestamp())

    def action_reload_threads(self) -> None:
        """Reload the thread list."""
        self.reload_threads()

    async def on_thread_chosen(self, message: ThreadChosen) -> None:
        """Open the thread picked in the sidebar."""
        await self.open_thread(message.thread_id)

    async def open_thread(self, thread_id: str | None) -> None:
        """Show ``thread_id``'s conversation (``None``: a new, empty one)."""
        chat = self._chat()
        if chat.running:
            chat.notify("Stop the current answer first (Esc).", severity="warning")
            return
        chat.thread_id = thread_id
        if thread_id is None:
            await chat.clear_log()
            chat.status(turn="new conversation", rate="")
        else:
            chat.status(turn="loading thread…", rate="")
            self._load_history(thread_id)
        chat.query_one("#prompt").focus()

    @work(thread=True, exclusive=True, group="history", exit_on_error=False)
    def _load_history(self, thread_id: str) -> None:
        from assistant.tui.render import conversation

        chat = self._chat()
        turns = conversation(chat.assistant.threads.messages(thread_id))
        chat.post_message(HistoryLoaded(thread_id, [(role, text) for role, text in turns]))
        title = chat.assistant.threads.get(thread_id).title
        chat.app.call_from_thread(chat.status, f"{title} · {len(turns)} messages")

    async def action_new_thread(self) -> None:
        """Start a new conversation (the thread is created with the first message)."""
        await self.open_thread(None)
        self.reload_threads()

    def _target(self) -> Any:
        """The thread an action applies to: the one under the sidebar's cursor, else the open one."""
        from assistant.tui.sidebar import ThreadsSidebar

        chat = self._chat()
        sidebar = chat.query_one(ThreadsSidebar)
        picked = sidebar.highlighted if chat.focused is not None and sidebar in chat.focused.ancestors else None
        if picked is not None:
            return picked
        if chat.thread_id is None:
            chat.notify("No thread is open.", severity="warning")
            return None
        return chat.assistant.threads.get(chat.thread_id)

    @work(exit_on_error=False)
    async def action_rename_thread(self) -> None:
        """Rename the thread."""
        from assistant.tui.dialogs import PromptDialog

        chat = self._chat()
        info = self._target()
        if info is None:
            return
        title = await chat.app.push_screen_wait(PromptDialog("Rename thread", info.title))
        if title and title.strip():
            chat.assistant.threads.rename(info.id, title)
            chat.notify(f"Renamed to {title.strip()!r}.")
            self.reload_threads()

    @work(exit_on_error=False)
    async def action_delete_thread(self) -> None:
        """Delete the thread and its checkpoints, after a confirmation."""
        from assistant.tui.dialogs import ConfirmDialog

        chat = self._chat()
        info = self._target()
        if info is None:
            return
        if not await chat.app.push_screen_wait(
            ConfirmDialog(f"Delete the thread {info.title!r}? This cannot be undone.", "Delete")
        ):
            return
        self._delete(info.id, info.title)

    @work(thread=True, exclusive=True, group="threads-write", exit_on_error=False)
    def _delete(self, thread_id: str, title: str) -> None:
        chat = self._chat()
        chat.assistant.threads.delete(thread_id)
        chat.app.call_from_thread(chat.notify, f"Deleted {title!r}.")
        if chat.thread_id == thread_id:
            chat.app.call_from_thread(chat.run_worker, self.open_thread(None))
        self.reload_threads()

    def action_search_threads(self) -> None:
        """Focus the thread search box (showing the sidebar)."""
        from assistant.tui.sidebar import ThreadsSidebar

        chat = self._chat()
        sidebar = chat.query_one(ThreadsSidebar)
        if sidebar.has_class("narrow"):
            sidebar.add_class("shown")
        sidebar.remove_class("hidden")
        sidebar.query_one("#thread-search", Input).focus()

    def action_focus_threads(self) -> None:
        """Move the focus to the thread list."""
        self._chat().query_one("#thread-list", ListView).focus()

    def action_export(self) -> None:
        """Export the open thread to Markdown in the data dir's ``exports`` folder."""
        chat = self._chat()
        if chat.thread_id is None:
            chat.notify("No thread to export yet.", severity="warning")
            return
        self._export(chat.thread_id)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _export(self, thread_id: str) -> None:
        from assistant.tui.render import safe_filename, thread_markdown

        chat = self._chat()
        assistant = chat.assistant
        info = assistant.threads.get(thread_id)
        folder = assistant.paths.data_dir / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{safe_filename(info.title)}-{thread_id}.md"
        markdown = thread_markdown(info.title, assistant.threads.messages(thread_id), assistant.clock.now())
        path.write_text(markdown, encoding="utf-8")
        chat.app.call_from_thread(chat.notify, f"Exported to {path}", title="Thread exported")
