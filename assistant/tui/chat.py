"""The chat screen: streaming answers, inline tool calls, citations, approvals; threads in the sidebar.

A turn runs in a thread worker that iterates ``Assistant.stream`` and posts each event as a :class:`TurnEvent`;
tokens go into a :class:`~textual.widgets.markdown.MarkdownStream`, which batches fragments when rendering falls
behind, so the UI never builds a backlog. Esc cancels through ``Assistant.cancel``. The conversation itself
(what stays mounted, the "earlier messages" button) is a :class:`~assistant.tui.conversation.Conversation`;
the thread list is the :class:`~assistant.tui.sidebar.ThreadsSidebar`; each approval card asks for its own
decision. The screen wires them to the assistant.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import ListView
from textual.widgets.markdown import MarkdownStream

from assistant.errors import AtelierError
from assistant.tui.app import describe_error
from assistant.tui.base import AtelierScreen
from assistant.tui.conversation import Conversation
from assistant.tui.prompt import PromptBox
from assistant.tui.sidebar import ThreadsSidebar
from assistant.tui.widgets import ApprovalCard, ChatMessage, CitationBar, LiveMessage, Role, ToolCallView, copy_text

if TYPE_CHECKING:
    from assistant.threads import ThreadInfo


class ChatScreen(AtelierScreen):
    """Chat with the assistant.

    Its own workers post the nested messages below to it (``post_message`` is thread-safe), so a turn's events
    reach the UI in order without blocking the model between tokens.
    """

    @dataclass
    class TurnEvent(Message):
        """One library event of a running turn (an :mod:`assistant.events` record)."""

        event: Any
        turn: int
        """Which turn it belongs to, so events of a cancelled turn that arrive late are dropped."""

    @dataclass
    class TurnFailed(Message):
        """A turn stopped with an error; the message is fit to show the user."""

        text: str
        turn: int

    @dataclass
    class TurnEnded(Message):
        """The worker running a turn finished, whatever the outcome: the screen closes the answer."""

        turn: int

    @dataclass
    class ReplyArrived(Message):
        """A turn resumed after an approval decision finished with this :class:`assistant.api.Reply`."""

        reply: Any

    @dataclass
    class HistoryLoaded(Message):
        """A thread's conversation was read from the checkpointer and can be shown."""

        thread_id: str
        turns: list[tuple[Role, str]]

    BINDINGS = [
        Binding("escape", "cancel", "Stop", priority=True),
        Binding("ctrl+n", "new_thread", "New"),
        Binding("ctrl+r", "regenerate", "Regenerate", show=False),
        Binding("ctrl+l", "copy_last", "Copy answer", show=False),
        Binding("ctrl+o", "export", "Export", show=False),
        Binding("ctrl+b", "toggle_sidebar", "Threads"),
        Binding("ctrl+f", "search_threads", "Search", show=False),
    ]

    def __init__(self) -> None:
        """No thread yet: the first message starts one."""
        super().__init__(id="chat")
        self.thread_id: str | None = None
        self.turn = 0
        self.running = False
        self._answer: LiveMessage | None = None
        self._stream: MarkdownStream | None = None
        self._citations: tuple[Any, ...] = ()
        self._route = ""
        self.tokens = 0
        """Token events received this turn (the composer releases whole sentences, so several tokens each)."""
        self.model_tokens = 0
        """Model tokens generated after this turn's first event, as the events count them: the rate's numerator."""
        self._first_token = 0.0
        self._first_tokens = 0
        self._last_token = 0.0
        self._started = 0.0
        self._rate_shown = 0.0

    def compose(self) -> ComposeResult:
        """Sidebar, conversation, message box, status and footer."""
        with Horizontal(id="chat-body"):
            yield ThreadsSidebar()
            with Vertical(id="chat-main"):
                yield Conversation()
                yield PromptBox()
        yield from self.compose_chrome()

    def on_mount(self) -> None:
        """Focus the message box and fit the sidebar to the width."""
        super().on_mount()
        self.query_one(PromptBox).focus()
        self._fit(self.size.width)

    def on_resize(self) -> None:
        """Hide the sidebar on narrow terminals (Ctrl+B shows it)."""
        self._fit(self.size.width)

    def _fit(self, width: int) -> None:
        self.query_one(ThreadsSidebar).set_class(width < 100, "narrow")

    def on_ready(self) -> None:
        """Load the thread list."""
        self.reload_threads()

    @property
    def log_view(self) -> Conversation:
        """The scrolling conversation."""
        return self.query_one(Conversation)

    async def add(self, widget: Widget) -> None:
        """Mount a widget at the end of the conversation (see :meth:`Conversation.add`)."""
        await self.log_view.add(widget)

    async def clear_log(self, note: str | None = None) -> None:
        """Empty the conversation view, showing ``note`` (the welcome text by default)."""
        await self.log_view.clear(note)

    # -- sending ---------------------------------------------------------------------------------------------

    @on(PromptBox.Submitted)
    async def _submitted(self, event: PromptBox.Submitted) -> None:
        await self.send(event.text)

    async def send(self, text: str, *, show_user: bool = True, regenerate: bool = False) -> None:
        """Start a turn with ``text`` (or, with ``regenerate``, answer the thread's last question again)."""
        if not self.app.ready:
            self.notify("Still starting; try again in a moment.", severity="warning")
            return
        if self.running:
            self.notify("An answer is still being written (Esc stops it).", severity="warning")
            return
        await self.log_view.remove_welcome()
        if show_user:
            await self.add(ChatMessage("user", text))
        self._answer = LiveMessage()
        await self.add(self._answer)
        self._stream = self._answer.stream()
        self._citations = ()
        self.running = True
        self.turn += 1
        self.tokens, self.model_tokens, self._first_token, self._first_tokens, self._rate_shown = 0, 0, 0.0, 0, 0.0
        self._started = time.perf_counter()
        self.status(turn="thinking…", rate="")
        self._run_turn(text, self.thread_id, self.turn, regenerate)

    @work(thread=True, exclusive=True, group="turn", exit_on_error=False)
    def _run_turn(self, text: str, thread_id: str | None, turn: int, regenerate: bool = False) -> None:
        assistant = self.assistant
        try:
            if thread_id is None:
                thread_id = assistant.threads.new(text).id
                self.app.call_from_thread(self._started_thread, thread_id)
            events = assistant.regenerate(thread_id) if regenerate else assistant.stream(text, thread_id)
            for event in events:
                self.post_message(self.TurnEvent(event, turn))
        except AtelierError as err:
            self.post_message(self.TurnFailed(describe_error(err), turn))
        finally:
            self.post_message(self.TurnEnded(turn))

    def _started_thread(self, thread_id: str) -> None:
        self.thread_id = thread_id
        self.reload_threads()

    @on(TurnEvent)
    async def _event(self, message: ChatScreen.TurnEvent) -> None:
        if message.turn != self.turn or self._answer is None:
            return
        await self.apply(message.event)

    async def apply(self, event: Any) -> None:
        """Show one library event of the running turn."""
        from assistant import events as ev

        answer = self._answer
        assert answer is not None
        if isinstance(event, ev.Token):
            await self._token(answer, event.text, event.tokens)
        elif isinstance(event, ev.RouteChosen):
            self._route = event.route
            self.status(
                turn=f"{event.route}: reading memory…"
                if event.route in ("chat", "memory")
                else f"{event.route}: planning…"
            )
        elif isinstance(event, ev.CitationsFound):
            self._citations = event.citations
            self.status(turn=f"{self._route}: {len(event.citations)} sources found, writing…")
        elif isinstance(event, ev.ToolStarted):
            self.status(turn=f"running {event.tool}…")
            await self.log_view.mount(ToolCallView(event.tool, event.args, event.call_id), before=answer)
        elif isinstance(event, ev.ToolFinished):
            for view in self.query(ToolCallView):
                if view.call_id == event.call_id:
                    await view.finish(event.ok, event.text, event.artifact)
        elif isinstance(event, ev.ApprovalNeeded):
            await self._close_answer(drop_if_empty=True)
            await self.add(ApprovalCard(event.action))
            self.status(turn="waiting for your approval")
        elif isinstance(event, ev.TurnDone):
            await self._close_answer(final=event.text, citations=event.citations or self._citations)
            self.status(turn=f"done · {event.route}")
        elif isinstance(event, ev.TurnCancelled):
            await self._close_answer(final=(answer.text + "\n\n_(stopped)_").strip())
            self.status(turn="stopped")

    async def _token(self, answer: LiveMessage, text: str, tokens: int) -> None:
        now = time.perf_counter()
        if not self.tokens:
            self._first_token, self._first_tokens = now, tokens
            self.status(turn="writing…")
        else:  # the rate counts what was generated after the first event, over the time since it
            self.model_tokens += tokens
        self.tokens += 1
        self._last_token = now
        if self._stream is not None:
            await answer.append(text, self._stream)
        if now - self._rate_shown > 0.25 and now > self._first_token:
            self._rate_shown = now
            self.status(rate=f"{self.model_tokens / (now - self._first_token):.0f} tok/s")
        if self.log_view.is_vertical_scroll_end or self.log_view.max_scroll_y - self.log_view.scroll_y < 4:
            self.log_view.scroll_end(animate=False)

    async def _close_answer(
        self, final: str | None = None, citations: tuple[Any, ...] = (), *, drop_if_empty: bool = False
    ) -> None:
        answer, self._answer = self._answer, None
        if self._stream is not None:
            await self._stream.stop()
            self._stream = None
        if answer is None:
            return
        text = final.strip() if final is not None and final.strip() else answer.text.strip()
        if not (drop_if_empty and not text):  # the final text, rendered once, in the light form
            await self.log_view.mount(ChatMessage("assistant", text or "_(no answer)_"), after=answer)
        await answer.remove()
        if citations:
            await self.add(CitationBar(tuple(citations)))
        if self.model_tokens and self._last_token > self._first_token:
            rate = self.model_tokens / (self._last_token - self._first_token)
            self.status(rate=f"{rate:.0f} tok/s")
        elif self._first_tokens:  # one piece only: over the whole turn (a lower bound: it includes retrieval)
            rate = self._first_tokens / max(self._last_token - self._started, 1e-6)
            self.status(rate=f"≥{rate:.0f} tok/s")
        self.log_view.scroll_end(animate=False)

    @on(TurnFailed)
    async def _failed(self, message: ChatScreen.TurnFailed) -> None:
        if message.turn == self.turn:
            self.notify(message.text, title="The answer failed", severity="error", timeout=10)
            await self._close_answer(drop_if_empty=True)
            self.status(turn="failed")

    @on(TurnEnded)
    async def _ended(self, message: ChatScreen.TurnEnded) -> None:
        if message.turn == self.turn:
            if self._answer is not None:  # the worker stopped without a final event: it failed
                await self._close_answer(drop_if_empty=True)
                self.status(turn="failed")
            self.running = False

    @on(HistoryLoaded)
    async def _history(self, message: ChatScreen.HistoryLoaded) -> None:
        if message.thread_id != self.thread_id:
            return
        if await self.log_view.show_history(message.turns, still_wanted=lambda: message.thread_id == self.thread_id):
            self._show_pending()

    @work(exclusive=True, group="pending", exit_on_error=False)
    async def _show_pending(self) -> None:
        if self.thread_id is None:
            return
        action = await asyncio.to_thread(self.assistant.pending, self.thread_id)
        if action is not None:
            await self.add(ApprovalCard(action))

    # -- actions ---------------------------------------------------------------------------------------------

    def action_cancel(self) -> None:
        """Stop the answer being written."""
        if not self.running:
            if self.focused is not self.query_one(PromptBox):
                self.query_one(PromptBox).focus()
            return
        if self.thread_id is not None:
            self.assistant.cancel(self.thread_id)
        self.status(turn="stopping…")

    async def action_regenerate(self) -> None:
        """Ask the last question again, replacing the last answer."""
        if self.running:
            self.notify("Stop the current answer first (Esc).", severity="warning")
            return
        messages = list(self.query(ChatMessage))
        users = [m for m in messages if m.role == "user"]
        if not users:
            self.notify("Nothing to regenerate yet.", severity="warning")
            return
        last = users[-1]
        log = list(self.log_view.children)
        await self.log_view.remove_children(log[log.index(last) + 1 :])
        await self.send(last.text, show_user=False, regenerate=self.thread_id is not None)

    def action_copy_last(self) -> None:
        """Copy the last answer."""
        answers = [m for m in self.query(ChatMessage) if m.role == "assistant" and m.text]
        if not answers:
            self.notify("No answer to copy yet.", severity="warning")
            return
        copy_text(self, answers[-1].text)

    def action_toggle_sidebar(self) -> None:
        """Show or hide the threads."""
        sidebar = self.query_one(ThreadsSidebar)
        sidebar.toggle_class("shown" if sidebar.has_class("narrow") else "hidden")

    @on(CitationBar.Opened)
    def _citation(self, message: CitationBar.Opened) -> None:
        from assistant.tui.dialogs import ChunkDialog

        c = message.citation
        self.app.push_screen(
            ChunkDialog(
                f"[{c.number}] {c.source}",
                c.text,
                {"chunk": c.chunk, "line": c.line, "page": c.page, "client": c.client, **c.metadata},
            )
        )

    @on(ToolCallView.ArtifactOpened)
    def _artifact(self, message: ToolCallView.ArtifactOpened) -> None:
        self.app.open_artifact(message.artifact)

    # -- approvals -------------------------------------------------------------------------------------------

    @on(ApprovalCard.Decided)
    async def _decided(self, message: ApprovalCard.Decided) -> None:
        await message.card.remove()
        self.status(turn=f"{message.choice}…")
        self._resume(message.card.action, message.choice, message.text)

    @work(thread=True, exclusive=True, group="turn", exit_on_error=False)
    def _resume(self, pending: Any, choice: str, text: str) -> None:
        assistant = self.assistant
        if choice == "accept":
            reply = assistant.approve(pending.thread_id)
        elif choice == "edit":
            reply = assistant.approve(pending.thread_id, edits={pending.edit_field: text})
        elif choice == "reject":
            reply = assistant.reject(pending.thread_id, text)
        else:
            reply = assistant.feedback(pending.thread_id, text)
        self.post_message(self.ReplyArrived(reply))

    @on(ReplyArrived)
    async def _reply(self, message: ReplyArrived) -> None:
        """Show the answer of a resumed turn (and the next approval, if it asks for one)."""
        reply = message.reply
        if reply.text:
            await self.add(ChatMessage("assistant", reply.text))
        if reply.pending is not None:
            await self.add(ApprovalCard(reply.pending))
        self.status(turn="done")

    # -- threads ---------------------------------------------------------------------------------------------

    @property
    def sidebar(self) -> ThreadsSidebar:
        """The threads sidebar."""
        return self.query_one(ThreadsSidebar)

    def reload_threads(self) -> None:
        """Reload the sidebar's thread list, highlighting the open thread."""
        self.sidebar.reload(self.thread_id)

    def action_reload_threads(self) -> None:
        """Reload the thread list."""
        self.reload_threads()

    @on(ThreadsSidebar.Chosen)
    async def _chosen(self, message: ThreadsSidebar.Chosen) -> None:
        await self.open_thread(message.thread_id)

    @on(ThreadsSidebar.Deleted)
    async def _deleted(self, message: ThreadsSidebar.Deleted) -> None:
        if self.thread_id == message.thread_id:
            await self.open_thread(None)
        self.reload_threads()

    async def open_thread(self, thread_id: str | None) -> None:
        """Show ``thread_id``'s conversation (``None``: a new, empty one)."""
        if self.running:
            self.notify("Stop the current answer first (Esc).", severity="warning")
            return
        self.thread_id = thread_id
        if thread_id is None:
            await self.clear_log()
            self.status(turn="new conversation", rate="")
        else:
            self.status(turn="loading thread…", rate="")
            self._load_history(thread_id)
        self.query_one(PromptBox).focus()

    @work(thread=True, exclusive=True, group="history", exit_on_error=False)
    def _load_history(self, thread_id: str) -> None:
        from assistant.tui.render import conversation

        threads = self.assistant.threads
        turns = conversation(threads.messages(thread_id))
        self.post_message(self.HistoryLoaded(thread_id, [(role, text) for role, text in turns]))
        title = threads.get(thread_id).title
        self.app.call_from_thread(self.status, f"{title} · {len(turns)} messages")

    async def action_new_thread(self) -> None:
        """Start a new conversation (the thread is created with the first message)."""
        await self.open_thread(None)
        self.reload_threads()

    def _target(self) -> ThreadInfo | None:
        """The thread an action applies to: the one under the sidebar's cursor, else the open one."""
        sidebar = self.sidebar
        picked = sidebar.highlighted if self.focused is not None and sidebar in self.focused.ancestors else None
        if picked is not None:
            return picked
        if self.thread_id is None:
            self.notify("No thread is open.", severity="warning")
            return None
        return self.assistant.threads.get(self.thread_id)

    def action_rename_thread(self) -> None:
        """Rename the thread."""
        if (info := self._target()) is not None:
            self.sidebar.rename(info)

    def action_delete_thread(self) -> None:
        """Delete the thread and its checkpoints, after a confirmation."""
        if (info := self._target()) is not None:
            self.sidebar.delete(info)

    def action_search_threads(self) -> None:
        """Focus the thread search box (showing the sidebar)."""
        self.sidebar.search()

    def action_focus_threads(self) -> None:
        """Move the focus to the thread list."""
        self.query_one("#thread-list", ListView).focus()

    def action_export(self) -> None:
        """Export the open thread to Markdown in the data dir's ``exports`` folder."""
        if self.thread_id is None:
            self.notify("No thread to export yet.", severity="warning")
            return
        self._export(self.thread_id)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _export(self, thread_id: str) -> None:
        from assistant.tui.render import safe_filename, thread_markdown

        assistant = self.assistant
        info = assistant.threads.get(thread_id)
        folder = assistant.paths.data_dir / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{safe_filename(info.title)}-{thread_id}.md"
        markdown = thread_markdown(info.title, assistant.threads.messages(thread_id), assistant.clock.now())
        path.write_text(markdown, encoding="utf-8")
        self.app.call_from_thread(self.notify, f"Exported to {path}", title="Thread exported")
