"""Crash consistency and the single-writer rule, with real processes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import StoreLockedError
from assistant.memory import Memory
from assistant.memory.embeddings import Embedder

N_FILES = 240

INGEST = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from assistant.config import Settings
    from assistant.memory import Memory
    import assistant.memory.ingest as ingest
    ingest.BATCH_CHUNKS = 32  # many small batches, so that the kill lands between them or inside one
    with Memory.open(Settings(), Path(sys.argv[1])) as memory:
        memory.add([sys.argv[2]], progress=False)
    print("finished")
    """
)

HOLD_LOCK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from assistant.config import Settings
    from assistant.memory import Memory
    memory = Memory.open(Settings(), Path(sys.argv[1]))
    memory.repair()
    print("locked", flush=True)
    sys.stdin.readline()
    memory.close()
    """
)


def _write_briefs(folder: Path) -> None:
    folder.mkdir()
    for i in range(N_FILES):
        body = "\n\n".join(f"Brief {i}, part {p}: an illustration for client number {i % 7}. " * 6 for p in range(3))
        (folder / f"brief-{i:03d}.md").write_text(f"---\nclient: Client {i % 7}\nservice: poster\n---\n{body}\n")


def _progress(catalog: Path) -> tuple[int, int]:
    """(committed sources, journal rows) as another process sees them."""
    if not catalog.exists():
        return 0, 0
    try:
        with sqlite3.connect(f"file:{catalog}?mode=ro", uri=True, timeout=1) as db:
            row = db.execute("SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM journal)").fetchone()
            return int(row[0]), int(row[1])
    except sqlite3.OperationalError:
        return 0, 0


@pytest.mark.slow
def test_sigkill_during_ingestion_leaves_a_consistent_store(tmp_path: Path, real_embedder: Embedder) -> None:
    briefs, data = tmp_path / "briefs", tmp_path / "data"
    _write_briefs(briefs)
    process = subprocess.Popen([sys.executable, "-c", INGEST, str(data), str(briefs)], env=os.environ)
    deadline = time.monotonic() + 300
    patience: float | None = None
    while True:
        assert process.poll() is None, "the ingesting process ended before it could be killed"
        assert time.monotonic() < deadline, "ingestion made no progress"
        committed, journaled = _progress(data / "memory.sqlite3")
        if committed >= 20:
            # Aim for the moment a batch is half written (journaled, vectors going into Chroma), but don't wait
            # for it forever: a kill between batches must leave a consistent store too.
            patience = patience or time.monotonic() + 20
            if journaled or time.monotonic() > patience:
                break
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    with Memory.open(Settings(), data, embedder=real_embedder) as memory:
        print(f"killed with {committed} sources committed and {journaled} journaled; {memory._store.audit()}")
        survivors = memory.sources()
        assert 20 <= len(survivors) < N_FILES
        # Before any repair, a reader sees only whole files: every visible chunk belongs to a listed source
        # whose every chunk is listed, and no hit comes from a file the catalogue does not know.
        known = {s.source: s.chunks for s in survivors}
        for hit in memory.search("illustration for client number 3", k=30):
            assert hit.citation.source in known
        for source, count in known.items():
            assert len(memory.chunks(source)) == count
        memory.repair()
        audit = memory._store.audit()
        assert audit.orphans == [] and audit.missing == []
        assert memory.stats().pending_repairs == 0

        report = memory.add([briefs], progress=False)
        assert len(report.unchanged) == len(survivors)
        assert len(report.added) == N_FILES - len(survivors)
        assert not report.failed
        audit = memory._store.audit()
        assert audit.orphans == [] and audit.missing == []
        assert len(memory.sources()) == N_FILES


def test_second_writer_gets_a_clear_error(tmp_path: Path, real_embedder: Embedder) -> None:
    data = tmp_path / "data"
    note = tmp_path / "note.md"
    note.write_text("---\nclient: Acme\n---\nA note about an otter.\n")
    with Memory.open(Settings(), data, embedder=real_embedder) as first:
        first.add([note], progress=False)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=os.environ
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == b"locked"
        with Memory.open(Settings(), data, embedder=real_embedder) as second:
            assert second.search("otter", k=1)[0].client == "Acme", "readers need no lock"
            with pytest.raises(StoreLockedError, match="another process") as caught:
                second.add([note], progress=False)
            assert caught.value.hint
            with pytest.raises(StoreLockedError):
                second.forget(client="acme")
            assert [s.meta.client for s in second.sources()] == ["Acme"]
        holder.stdin.write(b"\n")
        holder.stdin.flush()
        assert holder.wait(timeout=60) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()
    with Memory.open(Settings(), data, embedder=real_embedder) as third:
        assert third.forget(client="acme") == [str(note)]
