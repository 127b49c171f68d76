"""Proof that nothing leaves: a whole morning of work inside a network namespace that has loopback only.

``offline_morning.py`` plays the morning (ingest, chat turn, ``/quote``, style sample, daemon cycle through Dovecot
and the SMTP sink) in a fresh pytest under ``unshare -n``, where the kernel has no route out at all, and every
Python process the morning starts carries the network guard. The morning must pass, and the guard's log must show
not one attempt to reach anything but loopback: a library that tried to phone home would be caught either way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import netguard

REPO = Path(__file__).resolve().parents[3]
INNER = Path(__file__).with_name("offline_morning.py")


def _unshare() -> list[str]:
    """``unshare -n`` as root (CI), ``unshare -rn`` (a user namespace) otherwise."""
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        pytest.fail("unshare (util-linux) and ip (iproute2) are needed: apt-get install -y util-linux iproute2")
    return ["unshare", "-n"] if os.geteuid() == 0 else ["unshare", "-rn"]


@pytest.mark.real_model
@pytest.mark.slow
def test_a_morning_of_work_makes_no_connection_beyond_loopback(tmp_path: Path) -> None:
    log = tmp_path / "refused.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ATELIER_")}
    env.update(OFFLINE_MORNING_NET_LOG=str(log), PYTHONPATH=netguard.child_pythonpath(str(REPO)))
    inner = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--basetemp",
        str(tmp_path / "t"),
        str(INNER),
    ]
    script = 'ip link set lo up && exec "$@"'
    done = subprocess.run(
        [*_unshare(), "sh", "-c", script, "sh", *inner],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert done.returncode == 0 and "1 passed" in done.stdout, done.stdout[-6000:] + done.stderr[-3000:]
    assert netguard.attempts(log) == [], log.read_text()
