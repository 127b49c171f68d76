"""The labelled memory questions (tests/eval/memory_questions.yaml) with the bundled embedder and real Chroma.

The threshold was chosen on the dev split (benchmarks/eval_memory.py --sweep); this holds the line on the test
split: relevant projects come back, questions that name a kind of work get all of it, small talk gets nothing.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.memory import Memory
from assistant.memory.question import service_vocabulary
from assistant.profile import Profile

from .conftest import EXAMPLES, REPO

CASES: list[dict[str, Any]] = yaml.safe_load((REPO / "tests" / "eval" / "memory_questions.yaml").read_text("utf-8"))
SERVICES = service_vocabulary(Profile.model_validate(tomllib.loads((EXAMPLES / "profile.toml").read_text())))
TODAY = dt.date(2026, 11, 25)


def sources(memory: Memory, question: str) -> list[str]:
    hits = memory.recall(question, k=5, services=SERVICES, today=TODAY)
    return list(dict.fromkeys(Path(hit.citation.source).name for hit in hits))


def test_the_set_has_both_splits_and_enough_of_each_kind() -> None:
    assert {case["split"] for case in CASES} == {"dev", "test"}
    assert sum(not case["expect"] for case in CASES) >= 15
    assert sum(bool(case.get("all")) for case in CASES) >= 15
    names = {path.name for path in (EXAMPLES / "briefs").iterdir()}
    assert all(set(case["expect"]) <= names for case in CASES)


@pytest.mark.parametrize("split", ["dev", "test"])
def test_retrieval_quality(demo_memory: Memory, split: str) -> None:
    cases = [case for case in CASES if case["split"] == split]
    found, asked, listed, complete, leaks = 0, 0, 0, 0.0, []
    for case in cases:
        got = sources(demo_memory, case["q"])
        expected = set(case["expect"])
        if not expected:
            if got:
                leaks.append((case["q"], got))
            continue
        asked += 1
        found += bool(expected & set(got[:5]))
        if case.get("all"):
            listed += 1
            complete += len(expected & set(got)) / len(expected)
    assert leaks == []
    assert found / asked >= 0.9
    assert complete / listed >= 0.95


def test_past_logo_projects_lists_every_logo(demo_memory: Memory) -> None:
    got = sources(demo_memory, "What did I charge for past logo projects?")
    assert got == sorted(name for name in got) and len(got) == 5
    assert all("logo" in name for name in got)
