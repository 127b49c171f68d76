"""Fixtures for the CLI tests (one test module per ``assistant/cli`` command module, or close to it)."""

from __future__ import annotations

from tests.unit.memory.conftest import briefs

__all__ = ["briefs"]
"""``briefs``: the memory tests' folder of sample briefs, which ``atelier memory add`` ingests."""
