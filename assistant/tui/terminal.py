"""The terminal driver: Textual's Linux driver, except that the app leaves when its terminal goes away.

When the terminal disappears (the tmux pane is killed, the ssh connection drops) the kernel hangs up the tty:
the session leader gets SIGHUP, reads return end-of-file at once (EIO for a background reader) and writes fail
with EIO. Textual 8 handles none of it. Its input thread takes an empty read for "nothing yet" and selects
again, so an app that outlives the SIGHUP (it is not the session leader, or SIGHUP is ignored as under
``nohup``) spins at 100 % CPU for ever (Textualize/textual#6690). Its output thread dies on the first failed
write, after which its bounded queue fills and blocks the app. And the SIGHUP itself kills the process outright,
skipping the shutdown that closes the assistant's stores.

This driver turns each sign of a hangup into ``App.exit()``, so the usual shutdown runs: SIGHUP and the end of
input both ask the app to exit, and output is dropped once the terminal refuses it. SIGTERM (``kill``, a logout,
a system shutdown) asks the app to exit the same way, instead of killing it before its stores are closed.
"""

from __future__ import annotations

import errno
import os
import selectors
import signal
import sys
from codecs import getincrementaldecoder
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from textual._xterm_parser import XTermParser
from textual.drivers.linux_driver import LinuxDriver

if TYPE_CHECKING:
    from textual.app import App


EXIT_SIGNALS = (signal.SIGHUP, signal.SIGTERM)


class HangupDriver(LinuxDriver):
    """The Linux driver that exits the app on SIGHUP, SIGTERM or at the end of the terminal's input."""

    def __init__(self, app: App[Any], **options: Any) -> None:
        """Install the signal handlers on the app's event loop (they override an inherited ``nohup``)."""
        super().__init__(app, **options)
        assert sys.__stderr__ is not None, "a terminal app needs an output stream"
        self._file = _Output(sys.__stderr__)  # type: ignore[assignment]
        for signum in EXIT_SIGNALS:
            self._loop.add_signal_handler(signum, self._hang_up)

    def close(self) -> None:
        """Stop the output thread and give the signals back their default action."""
        super().close()
        for signum in EXIT_SIGNALS:
            self._loop.remove_signal_handler(signum)

    def _hang_up(self) -> None:
        """Ask the app to exit; callable from any thread."""
        self._loop.call_soon_threadsafe(self._app.exit)

    def run_input_thread(self) -> None:
        """Textual's input loop, which stops and exits the app once the terminal has no more input to give."""
        selector = selectors.SelectSelector()
        selector.register(self.fileno, selectors.EVENT_READ)
        parser = XTermParser(self._debug)
        decode = getincrementaldecoder("utf-8")().decode
        try:
            while not self.exit_event.is_set():
                if selector.select(0.1):
                    data = _read(self.fileno)
                    if not data:
                        self._hang_up()
                        return
                    for event in parser.feed(decode(data)):
                        self.process_message(event)
                for event in parser.tick():
                    self.process_message(event)
        finally:
            selector.close()


def _read(fileno: int) -> bytes:
    """Up to 4 KiB of input; empty at the end of input, including the EIO of a hung-up terminal."""
    try:
        return os.read(fileno, 4096)
    except OSError as error:
        if error.errno != errno.EIO:
            raise
        return b""


class _Output:
    """The terminal's output stream, which falls silent instead of raising once the terminal is gone.

    Textual's output thread writes and flushes it; an exception there would kill the thread and leave the app
    blocked on a full queue before it could exit.
    """

    def __init__(self, file: TextIO) -> None:
        self._file = file
        self._gone = False

    def write(self, text: str) -> None:
        """Write ``text`` unless the terminal is gone."""
        self._attempt(self._file.write, text)

    def flush(self) -> None:
        """Flush unless the terminal is gone."""
        self._attempt(self._file.flush)

    def fileno(self) -> int:
        """The terminal's file descriptor."""
        return self._file.fileno()

    def _attempt(self, action: Callable[..., object], *args: str) -> None:
        if self._gone:
            return
        try:
            action(*args)
        except OSError:
            self._gone = True  # the terminal hung up: there is no one left to show output to
