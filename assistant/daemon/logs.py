"""Structured JSON logs for the daemon, rotated in the data dir (``logs/daemon.log``, 5 x 5 MB).

One JSON object per line: ``ts``, ``level``, ``event`` and the event's fields. Secrets never reach a log call:
the password stays inside the mailbox channel, and mail bodies are not logged, only ids, senders and reasons.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.erasure.matcher import Matcher

LOGGER_NAME = "atelier.daemon"
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5


class JsonFormatter(logging.Formatter):
    """Format a record as one JSON line, with the ``fields`` passed in ``extra``."""

    def format(self, record: logging.LogRecord) -> str:
        """The JSON line."""
        payload: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "event": record.getMessage(),
        }
        payload.update(getattr(record, "fields", {}) or {})
        if record.exc_info:
            payload["error"] = self.formatException(record.exc_info).splitlines()[-1]
        return json.dumps(payload, default=str, ensure_ascii=False)


def setup_logging(data_dir: Path, *, stderr: bool = False, level: int = logging.INFO) -> logging.Logger:
    """The daemon logger, writing rotated JSON lines to ``data_dir/logs/daemon.log`` (and stderr if asked)."""
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(level)
    logger.propagate = False
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    log_dir = data_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    (log_dir / "daemon.log").touch(mode=0o600)  # senders and subjects are personal data
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(log_dir / "daemon.log", maxBytes=MAX_BYTES, backupCount=BACKUPS)
    ]
    if stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)
    return logger


def log(logger: logging.Logger, level: int, event: str, **fields: Any) -> None:
    """Log one event with structured fields."""
    logger.log(level, event, extra={"fields": fields})


def forget_logs(data_dir: Path, matcher: Matcher, *, dry_run: bool = False) -> int:
    """Drop the log lines that name the client or hold their address, in every log file; returns how many.

    Each file is rewritten in place, not replaced, so a running daemon's handler (which appends to the open
    file) keeps logging into the same file.
    """
    gone = 0
    for path in sorted((data_dir / "logs").glob("*.log*")):
        lines = path.read_bytes().splitlines(keepends=True)
        kept = [line for line in lines if not matcher.mentions_bytes(line)]
        gone += len(lines) - len(kept)
        if len(kept) != len(lines) and not dry_run:
            with open(path, "r+b") as handle:
                handle.write(b"".join(kept))
                handle.truncate()
    return gone
