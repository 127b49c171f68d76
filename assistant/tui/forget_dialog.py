"""The forget dialog: what an erasure would remove, store by store, before the freelancer confirms it.

It shows the very report ``atelier memory forget --dry-run`` prints (:meth:`ErasureReport.lines`), and
recomputes it whenever a choice changes: redact or delete the threads that mention the target, and keep
accepted quotes as records. Confirming returns the choices; the screen that opened the dialog erases.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Label, RadioButton, RadioSet, Static

if TYPE_CHECKING:
    from assistant.erasure import ErasureReport


@dataclass(frozen=True)
class ForgetChoice:
    """How to forget: what becomes of threads, and whether accepted quotes stay as records."""

    threads: Literal["redact", "delete"] = "redact"
    keep_records: bool = False


class ForgetDialog(ModalScreen[ForgetChoice | None]):
    """Preview an erasure, let the freelancer choose how, and confirm or cancel."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, target: str, preview: Callable[[ForgetChoice], ErasureReport]) -> None:
        """A dialog about forgetting ``target``; ``preview`` runs the dry run for a choice (in a worker thread)."""
        super().__init__(classes="dialog")
        self.target = target
        self.preview = preview
        self.report: ErasureReport | None = None
        """The dry run shown now (None while the first one runs)."""

    def compose(self) -> ComposeResult:
        """The question, the report, the two choices and the buttons."""
        with Vertical(classes="dialog-box forget-box"):
            yield Label(f"Forget {self.target} everywhere? This cannot be undone.", classes="dialog-title")
            with VerticalScroll(id="forget-report-pane"):
                yield Static("Looking in every store…", id="forget-report", markup=False)
            with RadioSet(id="forget-threads"):
                yield RadioButton("Redact threads that mention them", value=True, id="threads-redact")
                yield RadioButton("Delete those threads", id="threads-delete")
            yield Checkbox("Keep accepted quotes as records", id="forget-keep")
            with Horizontal(classes="buttons"):
                yield Button("Forget", id="forget", variant="error", disabled=True)
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        """Focus Cancel (the safe default) and run the first dry run."""
        self.query_one("#cancel", Button).focus()
        self._refresh()

    @property
    def choice(self) -> ForgetChoice:
        """The choices as the dialog shows them now."""
        delete = self.query_one("#threads-delete", RadioButton).value
        return ForgetChoice(threads="delete" if delete else "redact", keep_records=self.query_one(Checkbox).value)

    @on(RadioSet.Changed)
    @on(Checkbox.Changed)
    def _choice_changed(self) -> None:
        self.query_one("#forget", Button).disabled = True
        self._refresh()

    @work(thread=True, exclusive=True, group="forget-preview", exit_on_error=False)
    def _refresh(self) -> None:
        report = self.preview(self.choice)
        self.app.call_from_thread(self._show, report)

    def _show(self, report: ErasureReport) -> None:
        self.report = report
        self.query_one("#forget-report", Static).update("\n".join(report.lines()))
        self.query_one("#forget", Button).disabled = not report.found

    @on(Button.Pressed)
    def _answer(self, event: Button.Pressed) -> None:
        self.dismiss(self.choice if event.button.id == "forget" else None)
