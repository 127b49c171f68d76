"""Run the daemon as its own process, wired like ``Assistant.build_daemon``, for the crash suites.

``python -m tests.hardening.crash_daemon HOME [--once]``: the daemon on HOME's config, profile and data dir,
with memory (real local Chroma, word-hashing embedder) scoped per sender and tone ingestion from the Sent
folder, templates instead of a model. The suites SIGKILL it at random moments.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from assistant import Assistant
from assistant.memory import Memory
from tests.support.fakes import HashingEmbedder


def main() -> None:
    home = Path(sys.argv[1])
    once = "--once" in sys.argv[2:]
    base = Assistant(home)
    memory = Memory.open(base.settings, base.paths.data_dir, embedder=HashingEmbedder())
    assistant = Assistant(home, memory=memory)
    daemon = assistant.build_daemon(use_model=False)
    signal.signal(signal.SIGTERM, lambda *_: daemon.stop())
    try:
        daemon.run(once=once)
    finally:
        memory.close()


if __name__ == "__main__":
    main()
