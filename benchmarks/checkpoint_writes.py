"""Checkpoint cost as a thread grows: write p95 at turn 50, and bytes written per turn at turn 50 / turn 1.

Messages live in a DeltaChannel, so a turn stores only the messages it added, plus a full snapshot every 100
message updates (which bounds the replay when a thread is read).

Targets: p95 <= 5 ms; bytes ratio <= 2. Uses the real SQLite checkpointer and the real graph with a fake
model (the model is not what is measured), on a thread of 50 memory-less chat turns.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from langchain_core.messages import HumanMessage  # noqa: E402
from langgraph.checkpoint.sqlite import SqliteSaver  # noqa: E402

from assistant.graph import Context, build_graph  # noqa: E402
from assistant.profile import Profile  # noqa: E402
from tests.support.fakes import UnsureModel  # noqa: E402

TURNS = 50


class TimedSaver(SqliteSaver):
    """The SQLite checkpointer, timing every write."""

    timings: list[float]

    def put(self, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return super().put(*args, **kwargs)
        finally:
            self.timings.append(time.perf_counter() - start)

    def put_writes(self, *args: Any, **kwargs: Any) -> None:
        start = time.perf_counter()
        try:
            super().put_writes(*args, **kwargs)
        finally:
            self.timings.append(time.perf_counter() - start)


def stored_bytes(conn: sqlite3.Connection) -> int:
    checkpoints = conn.execute("SELECT coalesce(sum(length(checkpoint) + length(metadata)), 0) FROM checkpoints")
    writes = conn.execute("SELECT coalesce(sum(length(value)), 0) FROM writes")
    return int(checkpoints.fetchone()[0]) + int(writes.fetchone()[0])


def main() -> None:
    profile = Profile.model_validate(tomllib.loads((REPO / "examples" / "profile.toml").read_text()))
    path = Path(tempfile.mkdtemp(prefix="atelier-ckpt-")) / "threads.sqlite"
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    saver = TimedSaver(conn)
    saver.setup()
    saver.timings = []
    graph = build_graph().compile(checkpointer=saver)
    answer = "Thanks for asking; here is a short and friendly answer that takes a line or two. " * 3
    context = Context(profile=profile, model=UnsureModel(answer=answer))
    config = {"configurable": {"thread_id": "bench"}}
    per_turn_bytes, per_turn_p95 = [], []
    for turn in range(1, TURNS + 1):
        before = stored_bytes(conn)
        saver.timings = []
        graph.invoke(
            {"messages": [HumanMessage(f"/chat question number {turn}: how is the week going?")]},
            config,
            context=context,
        )
        per_turn_bytes.append(stored_bytes(conn) - before)
        per_turn_p95.append(statistics.quantiles(saver.timings, n=20)[-1] if len(saver.timings) > 1 else 0.0)
    messages = len(graph.get_state(config).values["messages"])
    last_ten = sorted(t for t in per_turn_p95[-10:])
    print(f"thread: {TURNS} turns, {messages} messages ({path})")
    worst = last_ten[-1] * 1000
    print(f"checkpoint write p95 at turn 50: {per_turn_p95[-1] * 1000:6.2f} ms  (target <= 5 ms)")
    print(f"worst p95 over turns 41-50: {worst:.2f} ms")
    typical = statistics.median(per_turn_bytes[40:])
    print(
        f"bytes written, turn 1: {per_turn_bytes[0]:7d}   turn 50: {per_turn_bytes[-1]:7d}   "
        f"median of turns 41-50: {typical:7.0f}"
    )
    print(f"ratio median(turns 41-50) / turn 1: {typical / per_turn_bytes[0]:6.2f}  (target <= 2)")
    print(
        f"ratio turn 50 / turn 1: {per_turn_bytes[-1] / per_turn_bytes[0]:6.2f}  (turn 50 may carry the DeltaChannel's"
        " periodic full snapshot, written every 100 message updates)"
    )


if __name__ == "__main__":
    main()
