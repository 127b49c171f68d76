"""The real ``atelier`` in a real pty leaves when its terminal goes away: promptly, cleanly, without spinning.

Closing the pty's master is what tmux does when a pane is killed and sshd when a connection drops: the kernel
hangs up the terminal, sends SIGHUP to the session leader, and from then on every read returns end-of-file.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.real_model, pytest.mark.slow]  # the app warms up the bundled model, as in real use

ATELIER = str(Path(sys.executable).with_name("atelier"))
READY = re.compile(rb"model (ready|unavailable)")

# The session leader of the pty, which takes it as its controlling terminal. "direct": atelier itself, as when
# tmux runs it in a pane, so atelier gets the SIGHUP. "shielded": a leader that ignores SIGHUP and runs atelier
# as its child (a shell under `nohup`, `sudo` with use_pty), so atelier gets no signal and only sees its input end.
LEADER = """
import fcntl, os, signal, sys, termios
fcntl.ioctl(0, termios.TIOCSCTTY, 0)
atelier, how = sys.argv[1:]
if how == "direct":
    os.execv(atelier, [atelier])
signal.signal(signal.SIGHUP, signal.SIG_IGN)
child = os.fork()
if child == 0:
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    os.execv(atelier, [atelier])
_, status = os.waitpid(child, 0)
sys.exit(os.waitstatus_to_exitcode(status) % 256)
"""


def _start(how: str) -> tuple[subprocess.Popen[bytes], int]:
    """Run the leader in a new session on a new 120x40 pty; return it and the pty's master."""
    master, slave = os.openpty()
    fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    leader = subprocess.Popen(
        [sys.executable, "-c", LEADER, ATELIER, how],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
        env={**os.environ, "TERM": "xterm-256color"},
    )
    os.close(slave)
    return leader, master


def _wait_until_ready(master: int, timeout: float = 90.0) -> None:
    """Read the screen until the status bar says the model is settled: the app is fully up."""
    seen = b""
    deadline = time.monotonic() + timeout
    while not READY.search(seen):
        assert time.monotonic() < deadline, f"the app did not start within {timeout} s:\n{seen[-2000:]!r}"
        if select.select([master], [], [], 0.5)[0]:
            seen += os.read(master, 65536)


def _cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time of a running process; ``None`` once it has exited."""
    try:
        state, *fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except FileNotFoundError:
        return None
    return None if state == "Z" else (int(fields[10]) + int(fields[11])) / os.sysconf("SC_CLK_TCK")


def _wait_for_exit(pid: int, timeout: float) -> tuple[float, float]:
    """Wait up to ``timeout`` s for ``pid`` to exit; return the seconds waited and its last CPU time."""
    start = time.monotonic()
    last = 0.0
    while (now := _cpu_seconds(pid)) is not None and time.monotonic() - start < timeout:
        last = now
        time.sleep(0.05)
    return time.monotonic() - start, last


def _kill(leader: subprocess.Popen[bytes]) -> None:
    """Kill a leftover atelier first, so that a shielding leader reaps it, then the leader."""
    for child in Path(f"/proc/{leader.pid}/task/{leader.pid}/children").read_text().split():
        os.kill(int(child), signal.SIGKILL)
    leader.kill()
    leader.wait()


@pytest.mark.parametrize("how", ["direct", "shielded", "terminated"])
def test_closing_the_terminal_exits_the_app(demo_home: Path, how: str) -> None:
    """``terminated``: the terminal stays, and atelier gets SIGTERM (``kill``, a logout, a shutdown)."""
    leader, master = _start("direct" if how == "terminated" else how)
    atelier = leader.pid
    try:
        _wait_until_ready(master)
        if how == "shielded":
            (child,) = Path(f"/proc/{leader.pid}/task/{leader.pid}/children").read_text().split()
            atelier = int(child)
        cpu_before = _cpu_seconds(atelier) or 0.0
        if how == "terminated":
            os.kill(atelier, signal.SIGTERM)
        else:
            os.close(master)  # the terminal goes away
            master = -1
        waited, cpu_after = _wait_for_exit(atelier, timeout=10)
        cpu = max(cpu_after - cpu_before, 0.0)
    finally:
        if master >= 0:
            os.close(master)
        try:
            leader.wait(timeout=5)
        except subprocess.TimeoutExpired:
            _kill(leader)
    assert waited < 3, f"atelier was still running {waited:.0f} s after its terminal closed ({cpu:.1f} s of CPU)"
    assert cpu < 1.5, f"atelier burned {cpu:.1f} s of CPU on its way out"
    # an exit, not a death by SIGHUP: run_app's shutdown closed the assistant, whose thread store then
    # checkpointed and removed its write-ahead log
    assert leader.returncode == 0
    assert (demo_home / "data" / "threads.sqlite").exists()
    assert not (demo_home / "data" / "threads.sqlite-wal").exists()
