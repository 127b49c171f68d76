"""Every error Atelier raises on purpose, with a message fit to show the user.

The CLI, the TUI and the daemon catch :class:`AtelierError` at their edge and print ``str(err)`` plus
``err.hint``; anything else is a bug and keeps its traceback.

Hierarchy::

    AtelierError
    ├── ConfigError            config.toml or an ATELIER_* variable is invalid
    │   └── ProfileError       profile.toml is invalid
    ├── ModelError             the language model cannot be loaded or answered badly
    ├── MemoryStoreError       the Chroma store or its metadata cannot be used
    │   ├── StoreLockedError   another process holds the store's writer lock
    │   └── IngestError        one file could not be read (ingestion goes on with the rest)
    ├── ToolError              a tool was called with input it cannot use
    │   ├── PolicyError        an action would break the freelancer's policy (floor, lead time, quota)
    │   └── StyleServiceError  the style generator is down, slow or answered badly
    ├── ThreadError            a conversation thread does not exist or cannot be changed
    │   └── TurnCancelledError the caller cancelled a turn (the thread records it and stays consistent)
    └── MailError              the mailbox (IMAP/SMTP) cannot be used
        └── DaemonLockedError  another daemon already runs on this data directory
"""

from __future__ import annotations


class AtelierError(Exception):
    """Base error. ``str(err)`` is one clear line; ``hint`` says what to do about it."""

    exit_status = 1
    """The CLI's exit status for this error (a service manager reads it to decide whether to restart)."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        """Keep the message and an optional hint for the user."""
        super().__init__(message)
        self.hint = hint


class ConfigError(AtelierError):
    """The configuration (config.toml or ATELIER_* environment) is invalid."""


class ProfileError(ConfigError):
    """The freelancer profile (profile.toml) is invalid."""


class ModelError(AtelierError):
    """The language model cannot be loaded, reached, or gave unusable output."""


class MemoryStoreError(AtelierError):
    """The memory store (Chroma plus its metadata) cannot be used."""


class StoreLockedError(MemoryStoreError):
    """Another process is writing to the memory store."""


class IngestError(MemoryStoreError):
    """One file could not be ingested; the message names the file and the reason."""


class ToolError(AtelierError):
    """A tool got input it cannot use."""


class PolicyError(ToolError):
    """An action would break the freelancer's policy: a floor, a lead time or a quota."""


class StyleServiceError(ToolError):
    """The freelancer's style generator is down, too slow, or answered badly."""


class ThreadError(AtelierError):
    """A conversation thread does not exist or cannot be changed."""


class TurnCancelledError(ThreadError):
    """The caller cancelled a turn while it ran."""


class MailError(AtelierError):
    """The mailbox cannot be reached or refused an operation."""


class DaemonLockedError(MailError):
    """Another daemon already runs on the same data directory."""

    exit_status = 3
    """Distinct from 1 (any other error, or a crash): the systemd unit restarts on failure, but not on this."""


def format_validation_error(source: str, exc: object) -> str:
    """Turn a pydantic ``ValidationError`` into ``source: field: reason`` lines.

    Args:
        source: what was being validated, usually a file path.
        exc: the ``pydantic.ValidationError``.
    """
    errors = getattr(exc, "errors", None)
    if errors is None:
        return f"{source}: {exc}"
    lines = []
    for err in errors():
        field = ".".join(str(part) for part in err.get("loc", ())) or "(root)"
        lines.append(f"{source}: {field}: {err.get('msg', 'invalid')}")
    return "; ".join(lines)
