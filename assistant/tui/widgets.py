"""Chat widgets: a message, a tool call, citations, an approval card and the status bar.

Each widget declares the messages it posts as nested classes (``CitationBar.Opened``), Textual's idiom, so a
handler names the widget it listens to: ``@on(CitationBar.Opened)``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from rich.console import Group, RenderableType
from rich.markdown import Markdown as RichMarkdown
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Collapsible, Label, Markdown, Static
from textual.widgets.markdown import MarkdownStream

from assistant.artifacts import Artifact

Role = Literal["user", "assistant", "note"]


ROLE_LABELS = {"user": "You", "assistant": "Atelier", "note": "·"}


class ChatMessage(Static, can_focus=True):
    """A finished message: one widget holding a Rich rendering. Focus it and press ``c`` to copy its text.

    One widget per message, not Textual's Markdown widget (which mounts a widget per block): with dozens of
    messages on screen, every layout pass would otherwise walk hundreds of widgets.
    """

    BINDINGS = [Binding("c", "copy", "Copy message")]

    def __init__(self, role: Role, text: str = "") -> None:
        """A message by ``role`` with its text (Markdown for answers, plain for what the user typed)."""
        self.role = role
        self.text = text
        super().__init__(self._rendered(), classes=f"message {role}")

    def _rendered(self) -> RenderableType:
        label = Text(ROLE_LABELS[self.role], style="bold")
        body: RenderableType = Text(self.text) if self.role == "user" else RichMarkdown(self.text, hyperlinks=False)
        return Group(label, body)

    def action_copy(self) -> None:
        """Copy this message."""
        copy_text(self, self.text)


class LiveMessage(Vertical, can_focus=True):
    """The answer being written: a Markdown widget fed by a :class:`MarkdownStream` (replaced when done)."""

    BINDINGS = [Binding("c", "copy", "Copy message")]

    def __init__(self) -> None:
        """An empty answer."""
        super().__init__(classes="message assistant live")
        self.role: Role = "assistant"
        self.text = ""

    def compose(self) -> ComposeResult:
        """A role label over the Markdown body."""
        yield Label(ROLE_LABELS["assistant"], classes="role")
        yield Markdown(classes="body", open_links=False)

    def stream(self) -> MarkdownStream:
        """A stream that appends fragments as fast as it can render (batching them when behind)."""
        return Markdown.get_stream(self.query_one(Markdown))

    async def append(self, fragment: str, stream: MarkdownStream) -> None:
        """Add a fragment to the text and to the stream."""
        self.text += fragment
        await stream.write(fragment)

    def action_copy(self) -> None:
        """Copy the text so far."""
        copy_text(self, self.text)


class ToolCallView(Collapsible):
    """A tool call, inline in the chat: collapsed to one line, expanded to its result.

    A quote renders as a table, a brief as Markdown sections, anything else as its text.
    """

    @dataclass
    class ArtifactOpened(Message):
        """The user asked to open the call's result (a quote or a brief) in its editor."""

        artifact: Artifact

    def __init__(self, tool: str, args: dict[str, Any], call_id: str) -> None:
        """A running call of ``tool``."""
        super().__init__(title=f"⚙ {tool} …", collapsed=True, classes="tool")
        self.tool = tool
        self.call_id = call_id
        self.args = args
        self.artifact: Artifact | None = None

    @property
    def kind(self) -> str:
        """The result's artifact kind (``quote``, ``brief``...), or ``other`` before a typed result arrives."""
        return self.artifact.kind if self.artifact is not None else "other"

    def compose(self) -> ComposeResult:
        """The arguments until the result arrives."""
        yield from super().compose()

    def on_mount(self) -> None:
        """Show the arguments while the tool runs."""
        self.query_one(Collapsible.Contents).mount(
            Static(json.dumps(self.args, indent=1, default=str)[:600], classes="tool-args")
        )

    async def finish(self, ok: bool, text: str, artifact: Artifact | None) -> None:
        """Show the result by its type: a table for a quote, sections for a brief, text otherwise."""
        from assistant.tools.brief_models import Brief
        from assistant.tools.quote_models import Quote

        self.artifact = artifact if ok else None
        mark = "✓" if ok else "✗"
        contents = self.query_one(Collapsible.Contents)
        await contents.remove_children()
        match self.artifact:
            case Quote() as quote:
                from assistant.tools.quote_render import to_rich

                self.title = f"{mark} quote {quote.number}: {quote.title} — total {quote.total} {quote.currency}"
                await contents.mount(Static(to_rich(quote), classes="quote-table"))
            case Brief() as brief:
                from assistant.tools.brief_render import render_markdown

                self.title = f"{mark} brief: {brief.title} ({len(brief.open_questions)} open questions)"
                await contents.mount(Markdown(render_markdown(brief), open_links=False))
            case _:
                self.title = f"{mark} {self.tool}: {text.splitlines()[0][:60] if text else ''}"
                await contents.mount(Static(text[:4000] or "(no output)", markup=False))
        if isinstance(self.artifact, Quote | Brief):
            await contents.mount(Button(f"Open {self.kind} editor", id="open-artifact", compact=True))

    @on(Button.Pressed, "#open-artifact")
    def _open(self, event: Button.Pressed) -> None:
        event.stop()
        if self.artifact is not None:
            self.post_message(self.ArtifactOpened(self.artifact))


class CitationBar(Vertical):
    """The sources an answer used, one compact button per line; each opens the chunk it cites."""

    @dataclass
    class Opened(Message):
        """The user asked to read the source chunk behind a citation."""

        citation: Any
        """An :class:`assistant.events.Citation`."""

    def __init__(self, citations: tuple[Any, ...]) -> None:
        """Buttons for ``citations`` (:class:`assistant.events.Citation`)."""
        super().__init__(classes="citations")
        self.citations = citations

    def compose(self) -> ComposeResult:
        """One compact button per citation."""
        yield Label("Open a source:", classes="dim")
        for index, citation in enumerate(self.citations):
            yield Button(f"[{citation.number}] {citation.label}", id=f"cite-{index}", compact=True, classes="cite")

    @on(Button.Pressed, ".cite")
    def _open(self, event: Button.Pressed) -> None:
        event.stop()
        index = int((event.button.id or "cite-0").removeprefix("cite-"))
        self.post_message(self.Opened(self.citations[index]))


class ApprovalCard(Vertical):
    """A side effect waiting for the freelancer, inline in the chat: accept, edit, reject or give feedback.

    The card asks for what a decision needs (the edited field, the reason, the feedback) in a dialog, then
    posts :class:`Decided`; the screen resumes the thread, which the card knows nothing about.
    """

    @dataclass
    class Decided(Message):
        """The user answered the pending action: ``accept``, ``edit``, ``reject`` or ``feedback``."""

        card: ApprovalCard
        choice: str
        text: str = ""
        """The edited field's new value, the reason for a rejection, or the feedback."""

    def __init__(self, action: Any) -> None:
        """A card for a :class:`assistant.events.PendingAction`."""
        super().__init__(classes="approval")
        self.action = action

    def compose(self) -> ComposeResult:
        """The summary, the arguments and four buttons."""
        yield Label(f"Waiting for you: {self.action.summary}", classes="approval-title")
        yield Static(json.dumps(self.action.args, indent=1, default=str)[:1200], markup=False, classes="tool-args")
        with Horizontal(classes="buttons"):
            yield Button("Accept", id="accept", variant="success", compact=True)
            yield Button("Edit", id="edit", compact=True)
            yield Button("Reject", id="reject", variant="error", compact=True)
            yield Button("Feedback", id="feedback", compact=True)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self._decide(event.button.id or "accept")

    @work(exit_on_error=False)
    async def _decide(self, choice: str) -> None:
        from assistant.tui.dialogs import EditorDialog, PromptDialog

        text = ""
        if choice == "edit":
            field = self.action.edit_field
            edited = await self.app.push_screen_wait(
                EditorDialog(f"Edit: {self.action.summary}", str(self.action.args.get(field, "")))
            )
            if edited is None:
                return
            text = edited
        elif choice in ("reject", "feedback"):
            answer = await self.app.push_screen_wait(PromptDialog("Why?" if choice == "reject" else "Your feedback"))
            if answer is None:
                return
            text = answer
        self.post_message(self.Decided(self, choice, text))


class StatusBar(Horizontal):
    """One line: model status, what the turn is doing, and the token rate."""

    def compose(self) -> ComposeResult:
        """Three cells."""
        yield Static("starting…", id="model-status")
        yield Static("", id="turn-status")
        yield Static("", id="rate")

    def set(self, *, model: str | None = None, turn: str | None = None, rate: str | None = None) -> None:
        """Update any of the cells."""
        for cell, value in (("#model-status", model), ("#turn-status", turn), ("#rate", rate)):
            if value is not None:
                self.query_one(cell, Static).update(value)


def copy_text(node: Widget, text: str) -> None:
    """Copy ``text`` to the clipboard and say how much was copied."""
    node.app.copy_to_clipboard(text)
    node.notify(f"Copied {len(text)} characters.")
