"""What every Atelier screen shares: the status bar, the footer, and errors shown as notifications."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import getters
from textual.screen import Screen
from textual.widgets import Footer
from textual.worker import Worker, WorkerState

from assistant.tui.app import AtelierApp
from assistant.tui.widgets import StatusBar

if TYPE_CHECKING:
    from assistant.api import Assistant


class AtelierScreen(Screen[None]):
    """A screen with the app's status bar; a failed worker becomes an error notification, never a crash."""

    app = getters.app(AtelierApp)
    """The app, typed (Textual's getter: no cast)."""

    @property
    def assistant(self) -> Assistant:
        """The library facade (the app refuses actions until it is ready)."""
        return self.app.assistant

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
            self.app.report_error(event.worker.error)
