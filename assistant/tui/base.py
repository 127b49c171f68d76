"""What every Atelier screen shares: the status bar, the footer, and errors shown as notifications."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen
from textual.widgets import Footer
from textual.worker import Worker, WorkerState

from assistant.errors import AtelierError
from assistant.tui.widgets import StatusBar

if TYPE_CHECKING:
    from assistant.api import Assistant
    from assistant.tui.app import AtelierApp


class AtelierScreen(Screen[None]):
    """A screen with the app's status bar; a failed worker becomes an error notification, never a crash."""

    @property
    def atelier(self) -> AtelierApp:
        """The app, typed."""
        return cast("AtelierApp", self.app)

    @property
    def assistant(self) -> Assistant:
        """The library facade (the app refuses actions until it is ready)."""
        return self.atelier.assistant

    def compose_chrome(self) -> tuple[StatusBar, Footer]:
        """The status bar and the footer, yielded last by each screen's ``compose``."""
        return StatusBar(), Footer()

    def on_mount(self) -> None:
        """Follow the app's model status and readiness."""
        self.watch(self.app, "model_status", self._show_model_status)
        self.watch(self.app, "ready", self._ready_changed)

    def _show_model_status(self, status: str) -> None:
        for bar in self.query(StatusBar):
            bar.set(model=status)

    def _ready_changed(self, ready: bool) -> None:
        if ready:
            self.on_ready()

    def on_ready(self) -> None:
        """Called once the assistant is open (and again if the screen mounts after that); load data here."""

    def status(self, turn: str | None = None, rate: str | None = None) -> None:
        """Update this screen's status bar."""
        for bar in self.query(StatusBar):
            bar.set(turn=turn, rate=rate)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Show a worker's error as a notification."""
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            self.atelier.report_error(event.worker.error)


def describe_error(error: BaseException) -> str:
    """The text a notification shows: Atelier's own errors with their hint, anything else with its type."""
    if isinstance(error, AtelierError):
        return f"{error}\n{error.hint}" if error.hint else str(error)
    return f"{type(error).__name__}: {error}"
