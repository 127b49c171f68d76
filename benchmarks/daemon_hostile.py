"""Where the time goes when the hostile-mail suite runs through real Dovecot: per phase, per kind, per function.

The suite (``tests/hardening/test_hostile_mail.py``, server half) APPENDs generated hostile mail, runs the daemon
twice (``--once``), then reads back everything that left it. This runs the same steps on ``--n`` messages, times
each phase, times :meth:`Daemon.process` per hostile kind, and profiles the daemon run with cProfile (the top
functions by cumulative time). Timings are wall time on a shared machine: compare runs made side by side.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/daemon_hostile.py [--n 300] [--huge 1000000] [--top 30] [--no-pdf]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--huge", type=int, default=1_000_000, help="bytes of the huge parts (the first is 24 MB)")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--no-pdf", action="store_true", help="[mail] quote_pdf = false: no quote PDFs rendered")
    args = parser.parse_args()

    from assistant.daemon.runner import Daemon
    from assistant.mail.parsing import dedupe_fields
    from tests.hardening.hijack import HijackedModel
    from tests.hardening.hostile import HOSTILE_KINDS, hostile
    from tests.hardening.world import MailWorld

    rng = random.Random(20261125 + 14)
    first = 24_000_000
    batch = [hostile(n, rng, huge_bytes=first if n < len(HOSTILE_KINDS) else args.huge) for n in range(args.n)]
    kind_of = {dedupe_fields(h.raw): h.kind for h in batch}
    per_kind: dict[str, list[float]] = defaultdict(list)
    original = Daemon.process

    def timed(self: Daemon, row_id: int) -> None:
        row = self._store().ledger.message(row_id)
        started = time.perf_counter()
        original(self, row_id)
        if row is not None:
            per_kind[kind_of.get((row.message_id, row.content_hash), "?")].append(time.perf_counter() - started)

    Daemon.process = timed  # type: ignore[method-assign]
    phases: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        world = MailWorld(Path(tmp) / "home", mode="auto", quote_pdf=not args.no_pdf).start()
        try:
            mark = time.perf_counter()
            world.deliver(h.raw for h in batch)
            phases["deliver"] = time.perf_counter() - mark
            profile = cProfile.Profile()
            mark = time.perf_counter()
            profile.enable()
            world.run_once(HijackedModel())
            profile.disable()
            phases["daemon run 1"] = time.perf_counter() - mark
            mark = time.perf_counter()
            world.run_once(HijackedModel())
            phases["daemon run 2"] = time.perf_counter() - mark
            mark = time.perf_counter()
            outbound = world.outbound()
            phases["read outbound"] = time.perf_counter() - mark
        finally:
            world.stop()
    total = sum(phases.values())
    print(f"{args.n} messages, {len(outbound)} outbound; {total:.1f} s in all, {total / args.n * 1000:.0f} ms each")
    for name, seconds in phases.items():
        print(f"  {name:14s} {seconds:8.1f} s  {seconds / args.n * 1000:7.1f} ms/message")
    print("process() per kind: count, mean ms, max ms")
    for kind, times in sorted(per_kind.items(), key=lambda kv: -sum(kv[1])):
        print(f"  {kind:32s} {len(times):5d} {1000 * sum(times) / len(times):8.1f} {1000 * max(times):9.1f}")
    pstats.Stats(profile).sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
