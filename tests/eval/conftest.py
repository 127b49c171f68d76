"""The evaluation set's fixtures: the demo freelancer's assistant over real memory with a fake embedder."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.api import Assistant
from assistant.config import Settings
from assistant.memory import Memory
from tests.support.fakes import HashingEmbedder, UnsureModel

EVAL = Path(__file__).parent
EXAMPLES = EVAL.parents[1] / "examples"
TODAY = dt.date(2026, 11, 25)


def load_turns() -> list[dict[str, Any]]:
    """The scripted turns of ``turns.yaml``."""
    turns: list[dict[str, Any]] = yaml.safe_load((EVAL / "turns.yaml").read_text(encoding="utf-8"))
    return turns


@pytest.fixture(scope="module")
def demo_memory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Memory]:
    """The demo briefs, ingested once for the whole set."""
    memory = Memory.open(Settings(), tmp_path_factory.mktemp("eval-data"), embedder=HashingEmbedder())
    memory.add([EXAMPLES / "briefs"], progress=False)
    yield memory
    memory.close()


@pytest.fixture
def eval_assistant(tmp_path: Path, demo_memory: Memory) -> Iterator[Assistant]:
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(EXAMPLES / "profile.toml", home / "profile.toml")
    with Assistant(home, model=UnsureModel(), memory=demo_memory, today=TODAY) as assistant:
        yield assistant
