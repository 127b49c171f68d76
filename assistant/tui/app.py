"""The Atelier app: modes (chat, inbox, memory, quotes, shadow), the command palette, themes and the startup sequence.

The app knows no screen class: :func:`assistant.tui.create_app` hands it the screen of each mode and the
editor of each artifact kind (:mod:`assistant.tui.screens`), so screens import the app (for its typed
``assistant``) and never each other, and the app imports none of them.

Startup paints first and opens the assistant afterwards: the library (langgraph, langchain), the stores and
the model weights are loaded in a thread worker after the first refresh, and the status bar says what is
happening. Nothing heavy is imported by this module.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from assistant.errors import AtelierError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from textual.driver import Driver

    from assistant.api import Assistant
    from assistant.artifacts import Artifact
    from assistant.tui.inbox_source import InboxSource
    from assistant.tui.memory_source import MemorySource


# (title, help, mode, action on that mode's screen): every action, for the command palette.
COMMANDS: tuple[tuple[str, str, str, str], ...] = (
    ("Chat: new conversation", "Start a new thread", "chat", "new_thread"),
    ("Chat: regenerate last answer", "Ask the last question again", "chat", "regenerate"),
    ("Chat: stop the answer", "Cancel generation (Esc)", "chat", "cancel"),
    ("Chat: copy last answer", "Copy the last answer to the clipboard", "chat", "copy_last"),
    ("Chat: export thread to Markdown", "Write the open thread to the exports folder", "chat", "export"),
    ("Threads: rename", "Rename the open or highlighted thread", "chat", "rename_thread"),
    ("Threads: delete", "Delete the open or highlighted thread", "chat", "delete_thread"),
    ("Threads: search", "Filter threads by title", "chat", "search_threads"),
    ("Threads: show or hide the sidebar", "Toggle the threads sidebar", "chat", "toggle_sidebar"),
    ("Inbox: open", "Drafts from the daemon and pending approvals", "inbox", "refresh"),
    ("Inbox: accept", "Approve the selected item", "inbox", "approve"),
    ("Inbox: edit reply", "Edit the proposed reply", "inbox", "edit"),
    ("Inbox: reject", "Reject the selected item", "inbox", "reject"),
    ("Inbox: feedback", "Answer the selected item with feedback", "inbox", "feedback"),
    ("Inbox: shadow report", "Past inquiries replayed: Atelier's draft next to what you sent", "shadow", "refresh"),
    ("Memory: open", "Sources, chunks, search", "memory", "refresh"),
    ("Memory: search", "Search past briefs and mail", "memory", "search"),
    ("Memory: show chunks", "Read the selected source's chunks", "memory", "chunks"),
    ("Memory: toggle public/private", "Make the selected source portfolio or private", "memory", "toggle_public"),
    ("Memory: forget source", "Forget the selected file in every store", "memory", "forget_source"),
    ("Memory: forget client", "Forget the selected client in every store", "memory", "forget_client"),
    ("Memory: ingest a path", "Add a file or folder to memory", "memory", "ingest"),
    ("Quotes: open", "Stored quotes", "quotes", "refresh"),
    ("Quotes: recompute", "Recompute the edited quote", "quotes", "recompute"),
    ("Quotes: save", "Save the quote (a new version when it exists)", "quotes", "save"),
    ("Quotes: export", "Export Markdown and HTML", "quotes", "export"),
    ("Quotes: mark sent", "Mark the quote as sent", "quotes", "mark_sent"),
)


class AtelierApp(App[None]):
    """Atelier in the terminal."""

    TITLE = "Atelier"
    CSS_PATH = "atelier.tcss"
    DEFAULT_MODE = "chat"
    BINDINGS = [
        Binding("f2", "switch_mode('chat')", "Chat"),
        Binding("f3", "switch_mode('inbox')", "Inbox"),
        Binding("f4", "switch_mode('memory')", "Memory"),
        Binding("f5", "switch_mode('quotes')", "Quotes"),
        Binding("f6", "switch_mode('shadow')", "Shadow"),
        Binding("ctrl+t", "toggle_theme", "Theme", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True, show=False),
    ]

    model_status: reactive[str] = reactive("starting…")
    ready: reactive[bool] = reactive(False)

    def __init__(
        self,
        assistant: Assistant | None = None,
        *,
        modes: Mapping[str, Callable[[], Screen[Any]]],
        editors: Mapping[str, Callable[[Artifact], Screen[Any]]],
        inbox: InboxSource | None = None,
        memory: MemorySource | None = None,
        warm_up: bool = True,
    ) -> None:
        """An app over ``assistant`` (opened in the background when ``None``).

        Args:
            assistant: the library facade; ``None`` opens ``Assistant()`` after the first paint.
            modes: the screen of each mode (``chat``, ``inbox``, ``memory``, ``quotes``, ``shadow``).
            editors: the screen that opens an artifact, by its ``kind`` (``quote``, ``brief``).
            inbox: what the Inbox screen shows (default: the daemon's drafts and the assistant's approvals).
            memory: what the Memory screen shows (default: an adapter over ``assistant.memory``).
            warm_up: load the model's weights in the background once the assistant is open.
        """
        super().__init__()
        for mode, screen in modes.items():
            self.add_mode(mode, screen)
        self._editors = dict(editors)
        self._assistant = assistant
        self._inbox = inbox
        self._memory = memory
        self._warm_up = warm_up
        self._owns_assistant = assistant is None
        self.started = time.perf_counter()
        self.theme = "textual-dark"

    # -- the assistant ---------------------------------------------------------------------------------------

    @property
    def assistant(self) -> Assistant:
        """The library facade; raises until it is open."""
        if self._assistant is None:
            raise AtelierError("Atelier is still starting", hint="Wait for the status bar to say 'ready'.")
        return self._assistant

    @property
    def inbox(self) -> InboxSource:
        """What the Inbox screen reads and acts on."""
        if self._inbox is None:
            from assistant.tui.inbox_source import AssistantInbox

            self._inbox = AssistantInbox(self.assistant)
        return self._inbox

    @property
    def memory(self) -> MemorySource:
        """What the Memory screen reads and acts on."""
        if self._memory is None:
            from assistant.tui.memory_source import AssistantMemory

            self._memory = AssistantMemory(self.assistant)
        return self._memory

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this terminal; on Linux and macOS, one that exits when the terminal goes away."""
        driver = super().get_driver_class()
        if driver.__module__ != "textual.drivers.linux_driver":  # Windows, or TEXTUAL_DRIVER chose another
            return driver
        from assistant.tui.terminal import HangupDriver

        return HangupDriver

    def on_mount(self) -> None:
        """Paint first; open the assistant right after."""
        self.call_after_refresh(self._open)

    @work(thread=True, exclusive=True, group="startup", exit_on_error=False)
    def _open(self) -> None:
        if self._assistant is None:
            self.call_from_thread(setattr, self, "model_status", "opening…")
            from assistant.api import Assistant

            self._assistant = Assistant()
        assistant = self._assistant
        try:
            assistant.profile  # noqa: B018 - validate the profile now, so a bad one shows at once
        except Exception as error:  # any failure must reach the user as a notification
            self.call_from_thread(self.report_error, error)
            self.call_from_thread(setattr, self, "model_status", "profile needs fixing")
        self.call_from_thread(setattr, self, "ready", True)
        if not self._warm_up:
            self.call_from_thread(setattr, self, "model_status", "ready")
            return
        self.call_from_thread(setattr, self, "model_status", "loading model…")
        started = time.perf_counter()
        try:
            assistant.warm_up()
        except Exception as error:  # a missing model must not take the app down; chat explains on use
            self.call_from_thread(self.report_error, error)
            self.call_from_thread(setattr, self, "model_status", "model unavailable")
            return
        self.call_from_thread(setattr, self, "model_status", f"model ready ({time.perf_counter() - started:.1f} s)")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Show a failed app-level worker (startup) as a notification."""
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            self.report_error(event.worker.error)

    def shutdown(self) -> None:
        """Close the stores of an assistant this app opened itself (one handed in belongs to the caller)."""
        if self._owns_assistant and self._assistant is not None:
            self._assistant.close()

    def report_error(self, error: BaseException) -> None:
        """Show an error as a notification (never a crash)."""
        self.notify(describe_error(error), title="Error", severity="error", timeout=10)

    def open_artifact(self, artifact: Artifact) -> None:
        """Open an artifact in the editor installed for its kind (a quote's editor, a brief's view)."""
        editor = self._editors.get(artifact.kind)
        if editor is None:
            self.notify(f"No editor for a {artifact.kind}.", severity="warning")
            return
        self.push_screen(editor(artifact))

    # -- palette and themes ----------------------------------------------------------------------------------

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every Atelier action, plus Textual's own (theme, keys, quit)."""
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Theme: toggle light/dark", "Switch between the light and dark themes", self.action_toggle_theme
        )
        for title, help_text, mode, action in COMMANDS:
            yield SystemCommand(title, help_text, functools.partial(self.run_in_mode, mode, action))

    async def run_in_mode(self, mode: str, action: str) -> None:
        """Switch to ``mode`` if needed, then run ``action`` on its screen."""
        if self.current_mode != mode:
            await self.switch_mode(mode)
        await self.screen.run_action(action)

    def action_toggle_theme(self) -> None:
        """Switch between light and dark."""
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"


def describe_error(error: BaseException) -> str:
    """The text a notification shows: Atelier's own errors with their hint, anything else with its type."""
    if isinstance(error, AtelierError):
        return f"{error}\n{error.hint}" if error.hint else str(error)
    return f"{type(error).__name__}: {error}"
