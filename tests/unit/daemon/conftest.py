"""A daemon on a temporary data dir, opened without a mailbox: for tests of what it records and decides."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import MailSettings
from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.runner import Daemon
from assistant.profile import load_profile
from tests.conftest import EXAMPLES


@pytest.fixture
def daemon(tmp_path: Path) -> Iterator[Daemon]:
    profile = load_profile(EXAMPLES / "profile.toml")
    settings = MailSettings(address="studio@lindqvist.example", imap_security="plain", smtp_security="plain")
    logger = logging.getLogger("test.daemon")
    logger.propagate = False
    runner = Daemon(settings, profile, tmp_path, ToolDrafter(profile, None), logger, password="x")
    runner.open()
    try:
        yield runner
    finally:
        runner.close()
