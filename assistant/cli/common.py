"""Helpers shared by CLI commands: printing data, and opening the library lazily."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from assistant.api import Assistant


def print_json(data: Any) -> None:
    """Print ``data`` as indented JSON (Decimals, dates and paths as strings)."""
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def open_assistant() -> Assistant:
    """The library's :class:`~assistant.Assistant`, imported only when a command needs it."""
    from assistant.api import Assistant

    return Assistant()
