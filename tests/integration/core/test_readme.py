"""The README's library examples run as written, on the demo workspace, with the bundled model."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
pytestmark = [pytest.mark.real_model, pytest.mark.slow]


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.DOTALL)


def test_the_readme_has_library_examples() -> None:
    blocks = python_blocks()
    assert len(blocks) >= 2
    assert len([line for line in blocks[0].strip().splitlines() if line.strip()]) <= 5


def test_readme_examples_run(atelier_home: Path) -> None:
    shutil.copy(REPO / "examples" / "profile.toml", atelier_home / "profile.toml")
    seed = (
        "from assistant import Assistant\n"
        "with Assistant() as a:\n"
        "    a.memory.add(['examples/briefs'], progress=False)\n"
    )
    subprocess.run([sys.executable, "-c", seed], cwd=REPO, check=True, timeout=600)
    for block in python_blocks():
        result = subprocess.run([sys.executable, "-c", block], cwd=REPO, capture_output=True, text=True, timeout=900)
        assert result.returncode == 0, result.stderr[-3000:]
        assert result.stdout.strip()
