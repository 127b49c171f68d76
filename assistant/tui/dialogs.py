"""Modal dialogs: confirm, ask for a line of text, edit a text, read a source chunk."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static, TextArea


class ConfirmDialog(ModalScreen[bool]):
    """Ask before something that cannot be undone (forget, delete)."""

    BINDINGS = [Binding("escape", "dismiss(False)", "Cancel"), Binding("y", "dismiss(True)", "Yes", show=False)]

    def __init__(self, question: str, yes: str = "Yes") -> None:
        """A yes/no question; ``yes`` labels the confirming button."""
        super().__init__(classes="dialog")
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        """The question and two buttons."""
        with Vertical(classes="dialog-box"):
            yield Label(self.question, classes="dialog-title")
            with Horizontal(classes="buttons"):
                yield Button(self.yes, id="yes", variant="error")
                yield Button("Cancel", id="no")

    def on_mount(self) -> None:
        """Focus Cancel: the safe choice is the default."""
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _answer(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


class PromptDialog(ModalScreen[str | None]):
    """Ask for one line of text (a thread title, a reason, feedback, a path)."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, title: str, value: str = "", placeholder: str = "") -> None:
        """A prompt titled ``title`` with an initial ``value``."""
        super().__init__(classes="dialog")
        self.title_text = title
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        """A title and an input; Enter submits."""
        with Vertical(classes="dialog-box"):
            yield Label(self.title_text, classes="dialog-title")
            yield Input(self.value, placeholder=self.placeholder, id="prompt-input")
            yield Label("Enter to confirm · Esc to cancel", classes="dim")

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)


class EditorDialog(ModalScreen[str | None]):
    """Edit a longer text (a reply) in an editor widget; Ctrl+S saves."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel"), Binding("ctrl+s", "save", "Save")]

    def __init__(self, title: str, text: str) -> None:
        """An editor titled ``title`` over ``text``."""
        super().__init__(classes="dialog")
        self.title_text = title
        self.text = text

    def compose(self) -> ComposeResult:
        """A title, the editor and two buttons."""
        with Vertical(classes="dialog-box editor-box"):
            yield Label(self.title_text, classes="dialog-title")
            yield TextArea(self.text, id="editor", soft_wrap=True)
            with Horizontal(classes="buttons"):
                yield Button("Save (Ctrl+S)", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def action_save(self) -> None:
        """Return the edited text."""
        self.dismiss(self.query_one(TextArea).text)

    @on(Button.Pressed)
    def _button(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.dismiss(None)


class ChunkDialog(ModalScreen[None]):
    """Read the source chunk behind a citation."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Close"), Binding("q", "dismiss(None)", "Close", show=False)]

    def __init__(self, title: str, text: str, details: dict[str, Any] | None = None) -> None:
        """Show ``text`` under ``title`` with optional metadata ``details``."""
        super().__init__(classes="dialog")
        self.title_text = title
        self.text = text
        self.details = details or {}

    def compose(self) -> ComposeResult:
        """The title, the metadata and the scrollable text."""
        with Vertical(classes="dialog-box chunk-box"):
            yield Label(self.title_text, classes="dialog-title")
            if self.details:
                facts = " · ".join(f"{k}: {v}" for k, v in self.details.items() if v not in (None, ""))
                yield Static(facts, classes="dim", markup=False)
            with VerticalScroll():
                yield Static(self.text or "(empty)", markup=False, id="chunk-text")
            yield Button("Close", id="close")

    @on(Button.Pressed, "#close")
    def _close(self) -> None:
        self.dismiss(None)
