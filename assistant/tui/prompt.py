"""The message box: Enter sends, Ctrl+J adds a line, and a pasted inquiry keeps its line breaks."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.events import Key
from textual.message import Message
from textual.widgets import TextArea


class PromptBox(TextArea):
    """A small multi-line editor that submits on Enter."""

    BINDINGS = [Binding("ctrl+j", "newline", "New line", show=False)]

    @dataclass
    class Submitted(Message):
        """The user pressed Enter on a non-empty message."""

        text: str

    def __init__(self) -> None:
        """An empty box with a hint."""
        super().__init__(
            id="prompt",
            soft_wrap=True,
            show_line_numbers=False,
            placeholder="Ask, paste an inquiry, /quote, /brief… (Enter sends, Ctrl+J new line)",
            compact=True,
        )

    async def _on_key(self, event: Key) -> None:
        if event.key == "enter":
            event.prevent_default()
            event.stop()
            text = self.text.strip()
            if text:
                self.clear()
                self.post_message(self.Submitted(text))
            return
        await super()._on_key(event)

    def action_newline(self) -> None:
        """Insert a line break."""
        self.insert("\n")
