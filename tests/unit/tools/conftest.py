"""Fixtures for the quote, brief and scope tests."""

from __future__ import annotations

import pytest

from assistant.profile import Profile
from tests.unit.tools.tools_helpers import make_profile


@pytest.fixture
def profile() -> Profile:
    return make_profile()
