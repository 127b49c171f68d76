"""The hardening suites: a bounded subset in every ``pytest`` run, the full size with ``make hardening``.

``HARDENING=full`` selects the full sizes (1,000 hijack attacks, 500 inquiries with 200 kills, ...);
without it every suite runs a small seeded subset, so that ``make test`` stays within a few minutes on 2 cores.
Every test here carries the ``hardening`` marker (``pytest -m hardening`` runs only these).
"""

from __future__ import annotations

import os
import shutil

import pytest

FULL = os.environ.get("HARDENING", "").lower() == "full"
SEED = int(os.environ.get("HARDENING_SEED", "20261125"))


def size(ci: int, full: int) -> int:
    """The number of cases for this run."""
    return full if FULL else ci


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "hardening: adversarial and fault suites (issue 8); full size with make hardening"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/hardening/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.hardening)


@pytest.fixture(scope="session", autouse=True)
def _dovecot_present() -> None:
    if shutil.which("dovecot") is None:
        pytest.fail("dovecot is not installed: apt-get install -y dovecot-imapd (make system-deps)", pytrace=False)
