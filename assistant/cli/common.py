"""Helpers shared by CLI commands: printing data, and opening the library lazily.

Every command reaches settings, the profile, memory and the stores through one :class:`~assistant.Assistant`
(opened here, closed with the command), never by loading them itself: the CLI is a thin layer over the library.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from assistant.api import Assistant


def print_json(data: Any) -> None:
    """Print ``data`` as indented JSON (Decimals, dates and paths as strings)."""
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def open_assistant(today: dt.date | None = None) -> Assistant:
    """The library's :class:`~assistant.Assistant`, imported only when a command needs it.

    Use it as a context manager, so the stores it opened are closed when the command ends. ``today`` is a
    command's ``--date``.
    """
    from assistant.api import Assistant

    return Assistant(today=today)
