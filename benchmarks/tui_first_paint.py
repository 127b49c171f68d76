"""Time to first paint of ``atelier`` (target <= 1.0 s), against a bare Textual app measured in the same run.

Each program runs in a real pseudo-terminal (80x24); the clock stops when the first screen's text appears in
the terminal output. The model loads after that, in the background: the time to "model ready" is reported too.

Run: ``.venv/bin/python benchmarks/tui_first_paint.py [runs]``
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BARE_APP = (
    "from textual.app import App\n"
    "from textual.widgets import Static, Footer\n"
    "class Bare(App):\n"
    "    def compose(self):\n"
    "        yield Static('Welcome to a bare app')\n"
    "        yield Footer()\n"
    "Bare().run()\n"
)


def time_until(argv: list[str], markers: list[bytes], env: dict[str, str], limit: float = 60.0) -> list[float]:
    """Seconds from spawning ``argv`` in an 80x24 pty until each marker appears in its output (in order)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=REPO, close_fds=True)
    os.close(slave)
    seen, found = b"", []
    try:
        while len(found) < len(markers) and time.perf_counter() - started < limit:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    break
                while len(found) < len(markers) and markers[len(found)] in seen:
                    found.append(time.perf_counter() - started)
    finally:
        os.write(master, b"\x11")  # Ctrl+Q
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        os.close(master)
    if len(found) < len(markers):
        raise RuntimeError(f"{argv[0]}: markers not seen within {limit} s; output tail: {seen[-400:]!r}")
    return found


def main(runs: int = 5) -> None:
    """Measure both programs ``runs`` times and print medians and the ratio."""
    home = Path(tempfile.mkdtemp(prefix="atelier-bench-"))
    shutil.copy(REPO / "examples" / "profile.toml", home / "profile.toml")
    env = {**os.environ, "ATELIER_HOME": str(home), "HF_HUB_OFFLINE": "1", "TERM": "xterm-256color"}
    python = str(REPO / ".venv" / "bin" / "python")
    atelier = str(REPO / ".venv" / "bin" / "atelier")
    bare, paint, ready = [], [], []
    try:
        for _ in range(runs):
            bare += time_until([python, "-c", BARE_APP], [b"Welcome"], env)
            first, model = time_until([atelier], [b"Welcome", b"model ready"], env)
            paint.append(first)
            ready.append(model)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    b, p, r = statistics.median(bare), statistics.median(paint), statistics.median(ready)
    print(f"runs: {runs} (median; 80x24 pty)")
    print(f"bare Textual app, first paint : {b:.3f} s")
    print(f"atelier, first paint          : {p:.3f} s   (target <= 1.0 s; max {max(paint):.3f} s)")
    print(f"atelier, 'model ready' shown  : {r:.3f} s   (after the first paint, in the background)")
    print(f"ratio atelier / bare          : {p / b:.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
