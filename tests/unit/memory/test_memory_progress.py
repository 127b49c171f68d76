"""Long ingestion runs show a progress bar on stderr; short ones and ``progress=False`` stay quiet."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from assistant.config import Settings
from assistant.memory import Memory
from tests.support.fakes import HashingEmbedder


class SlowEmbedder(HashingEmbedder):
    """The hashing embedder at the pace of a real model on a busy laptop: each batch takes 0.8 s."""

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        time.sleep(0.8)
        return super().embed(texts)


def _notes(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        (folder / f"note-{i:03d}.txt").write_text(f"Note {i}: a poster for the harbour festival.\n")
    return folder


@pytest.mark.parametrize("progress", [True, False])
def test_a_long_run_shows_a_progress_bar_unless_asked_not_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], progress: bool
) -> None:
    # three embedding batches (256, 256, 88 files): the files after the second batch are read well past the
    # bar's one-second delay, so it shows however fast the files themselves are read
    folder = _notes(tmp_path / "notes", 600)
    with Memory.open(Settings(), tmp_path / "data", embedder=SlowEmbedder()) as memory:
        report = memory.add([folder], progress=progress)
    assert report.chunks == 600
    err = capsys.readouterr().err
    if progress:
        assert "memory:" in err and "/600" in err and "file" in err, err
    else:
        assert err == ""


def test_a_short_run_shows_no_bar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _notes(tmp_path / "notes", 3)
    with Memory.open(Settings(), tmp_path / "data", embedder=SlowEmbedder()) as memory:
        memory.add([folder])
    assert capsys.readouterr().err == ""
