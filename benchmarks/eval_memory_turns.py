"""Memory answers on the eval turns: the share that contain their expected facts, and what chat turns retrieve.

Usage: python benchmarks/eval_memory_turns.py

Runs the memory and chat turns of ``tests/eval/turns.yaml`` (which list the facts each answer must contain) and
the turns of ``tests/eval/reading/chat_dev.yaml`` (blind, routes only) through :class:`assistant.Assistant` over
the demo workspace, with the bundled embedder and a chat model that is never sure (so routing and answers are
decided by code, the same way in every run). It uses only the public API, so the same script measures an older
checkout: ``PYTHONPATH=/path/to/other/checkout python benchmarks/eval_memory_turns.py`` gives the baseline.

Prints: the share of memory answers holding every expected fact; the same for the questions of
``tests/eval/memory_questions.yaml`` asked as ``/memory`` turns, where the expected facts are the prices, from
the front matter, of every brief the question should bring back (and, for small talk, no price at all); for the
blind dev turns, the share of memory turns that cite anything and the share of chat turns (greetings, general
questions) that cite anything.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
REPO = Path(__file__).resolve().parents[1]
sys.path.append(str(REPO))  # after PYTHONPATH, so another checkout's `assistant` wins when it is given

import yaml  # noqa: E402

from assistant.api import Assistant  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.events import CitationsFound  # noqa: E402
from assistant.memory import Memory  # noqa: E402
from assistant.memory.embeddings import make_embedder  # noqa: E402
from assistant.replies import collect  # noqa: E402
from tests.support.fakes import UnsureModel  # noqa: E402

TODAY = dt.date(2026, 11, 25)
EVAL = REPO / "tests" / "eval"


def turn(assistant: Assistant, text: str) -> tuple[str, str, int]:
    """(route, answer, number of citations) for one turn in a new thread."""
    events = list(assistant.stream(text))
    cited = sum(len(e.citations) for e in events if isinstance(e, CitationsFound))
    reply = collect(iter(events))
    return reply.route, reply.text, cited


def main() -> None:
    import assistant as package

    print(f"assistant package: {Path(package.__file__).parent}")
    scripted: list[dict[str, Any]] = yaml.safe_load((EVAL / "turns.yaml").read_text("utf-8"))
    blind_file = EVAL / "reading" / "chat_dev.yaml"
    blind: list[dict[str, Any]] = yaml.safe_load(blind_file.read_text("utf-8")) if blind_file.exists() else []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        shutil.copy(REPO / "examples" / "profile.toml", home / "profile.toml")
        os.environ["ATELIER_HOME"] = str(home)
        memory = Memory.open(Settings(), Path(tmp) / "data", embedder=make_embedder(Settings().embedder))
        memory.add([REPO / "examples" / "briefs"], progress=False)
        with Assistant(home, model=UnsureModel(), memory=memory, today=TODAY) as assistant:
            complete = total = 0
            for case in scripted:
                if case["route"] != "memory" or not case.get("facts"):
                    continue
                _, answer, _ = turn(assistant, case["text"])
                total += 1
                missing = [f for f in case["facts"] if f.casefold() not in answer.casefold()]
                complete += not missing
                if missing:
                    print(f"  {case['id']}: missing {missing}")
            print(f"turns.yaml memory answers with every expected fact: {complete}/{total} = {complete / total:.3f}")
            labelled: list[dict[str, Any]] = yaml.safe_load((EVAL / "memory_questions.yaml").read_text("utf-8"))
            prices = {Path(s.source).name: s.meta.price for s in memory.sources()}
            complete = 0
            for case in labelled:
                _, answer, cited = turn(assistant, f"/memory {case['q']}")
                wanted = [f"{prices[name]} EUR" for name in case["expect"] if prices.get(name) is not None]
                complete += all(fact in answer for fact in wanted) if wanted else cited == 0
            share = complete / len(labelled)
            print(f"memory_questions.yaml answers with every expected price: {complete}/{len(labelled)} = {share:.3f}")
            small = [c for c in scripted if c["route"] == "chat"]
            leaked = sum(turn(assistant, c["text"])[2] > 0 for c in small)
            print(f"turns.yaml chat turns that cite anything: {leaked}/{len(small)}")
            for route in ("memory", "chat"):
                cases = [c for c in blind if c["route"] == route]
                if not cases:
                    continue
                citing = sum(turn(assistant, c["text"])[2] > 0 for c in cases)
                print(
                    f"chat_dev.yaml {route} turns that cite anything: {citing}/{len(cases)} = {citing / len(cases):.3f}"
                )
        memory.close()


if __name__ == "__main__":
    main()
