"""The evaluation set (tests/eval/turns.yaml) with the bundled real model and the real embedder.

Prints routing accuracy (overall, per route, and how many turns the model decided vs the keyword fallback),
tool accuracy, the share of expected facts found, and the accuracy of the model's own classifier answer
(before the fallback), so the design's reliance on the fallback is visible.

    .venv/bin/python benchmarks/eval_routing.py [--limit N]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402

from assistant.api import Assistant  # noqa: E402
from assistant.events import ToolStarted  # noqa: E402
from assistant.graph.routing import classify  # noqa: E402
from assistant.replies import collect  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    turns = yaml.safe_load((REPO / "tests" / "eval" / "turns.yaml").read_text())
    if args.limit:
        turns = turns[: args.limit]
    home = Path(tempfile.mkdtemp(prefix="atelier-eval-"))
    shutil.copy(REPO / "examples" / "profile.toml", home / "profile.toml")
    by_route: dict[str, list[bool]] = collections.defaultdict(list)
    decided = collections.Counter()
    model_right = tools_right = facts_found = facts_total = 0
    started = time.perf_counter()
    with Assistant(home, today=dt.date(2026, 11, 25)) as assistant:
        assistant.memory.add([REPO / "examples" / "briefs"], progress=False)
        for turn in turns:
            events = list(assistant.stream(turn["text"]))
            reply = collect(iter(events))
            ok = reply.route == turn["route"]
            by_route[turn["route"]].append(ok)
            decided["command" if reply.route_reason == "command" else reply.route_reason.split(" ")[0].rstrip(":")] += 1
            if not turn["text"].startswith("/"):
                raw, reason = classify(assistant.model, turn["text"], threshold=0.0)
                model_right += raw == turn["route"] and reason.startswith("model")
            tools = [e.tool for e in events if isinstance(e, ToolStarted)]
            expected = [turn["tool"]] if turn.get("tool") and not turn.get("pending") else []
            tools_right += tools == expected
            for fact in turn.get("facts", []):
                facts_total += 1
                facts_found += fact.casefold() in reply.text.casefold()
            print(f"{turn['id']:>4} {'ok ' if ok else 'BAD'} {reply.route:<7} ({reply.route_reason})", flush=True)
    free_text = sum(1 for t in turns if not t["text"].startswith("/"))
    total = sum(len(v) for v in by_route.values())
    print(f"\nturns: {total} in {time.perf_counter() - started:.0f} s")
    print(f"routing accuracy: {sum(sum(v) for v in by_route.values()) / total:.1%}")
    for route, results in sorted(by_route.items()):
        print(f"  {route:<7} {sum(results)}/{len(results)}")
    print(f"decided by: {dict(decided)}")
    print(f"model's own classifier right on free text: {model_right}/{free_text}")
    print(f"tool accuracy: {tools_right / total:.1%}")
    print(f"facts found: {facts_found}/{facts_total} ({facts_found / max(facts_total, 1):.1%})")
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
