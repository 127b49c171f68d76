"""The daemon's instance lock: one daemon per data dir, and no stale lock after a crash."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO

from assistant.errors import DaemonLockedError

LOCK_NAME = "daemon.lock"


class InstanceLock:
    """An exclusive ``flock`` on ``daemon.lock``: a second daemon on the same data dir refuses to start.

    The kernel drops the lock when the process dies, even by SIGKILL, so a crash never leaves a stale lock.
    """

    def __init__(self, data_dir: Path) -> None:
        """Remember where the lock file lives; nothing is locked until :meth:`acquire`."""
        self.path = data_dir / LOCK_NAME
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`DaemonLockedError` naming the holder's pid."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the process lifetime
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "?"
            handle.close()
            raise DaemonLockedError(
                f"another daemon (pid {holder}) already runs on {self.path.parent}",
                hint="Stop it first (`systemctl --user stop atelier-daemon`), or use another ATELIER_HOME.",
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle

    def release(self) -> None:
        """Drop the lock."""
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    @staticmethod
    def holder(data_dir: Path) -> int | None:
        """The pid of the running daemon, or ``None`` when no daemon holds the lock."""
        path = data_dir / LOCK_NAME
        if not path.exists():
            return None
        with open(path, encoding="utf-8") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                text = handle.read().strip()
                return int(text) if text.isdigit() else -1
            fcntl.flock(handle, fcntl.LOCK_UN)
        return None
