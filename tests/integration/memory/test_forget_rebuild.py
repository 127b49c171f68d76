"""Forgetting rebuilds the local Chroma store so that no byte of the client stays, whatever the heap held.

chromadb's HNSW index writes its preallocated, uninitialised level-0 buffer when a segment is created. Rebuilt in
the process that had just handled a client's records, that buffer held their metadata in 6 of 8 rounds of the first
test below on an AMD EPYC, before the rebuild moved to a child process (0 of 30 after). Real Chroma, real
processes; only the embedder is the deterministic fake.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from assistant.config import Settings
from assistant.erasure.matcher import Matcher
from assistant.memory import Memory
from tests.support.fakes import HashingEmbedder

CANARY = "canaryheap7f3e"
ROUNDS = 4
"""With the old in-process rebuild, four rounds leave the canary at least once in 99 runs of 100."""


def _holding(data: Path) -> list[str]:
    """The files under ``data`` whose raw bytes hold the canary."""
    return [
        str(p.relative_to(data)) for p in sorted(data.rglob("*")) if p.is_file() and CANARY.encode() in p.read_bytes()
    ]


def test_a_forgotten_client_leaves_no_byte_in_the_vector_index(tmp_path: Path) -> None:
    for round_ in range(ROUNDS):
        data = tmp_path / f"data-{round_}"
        with Memory.open(Settings(), data, embedder=HashingEmbedder()) as memory:
            memory.add_text("A fox logo for Globex.", name="kept", metadata={"client": "Globex"})
            for i in range(120):  # many records: chromadb handles each one's metadata on the way in and out
                memory.add_text(f"Note {i} for the client.", name=f"note-{i}", metadata={"client": CANARY})
            assert _holding(data), "the canary never reached the store: this test would prove nothing"
            for _ in range(2):  # chromadb reads every record's metadata JSON into its heap
                memory._store.collection.get(include=["metadatas"])
            gone = memory.erase(Matcher(label=f"client {CANARY}", names=(CANARY,)))
            assert len(gone) == 120
            assert [hit.client for hit in memory.search("fox logo", k=5, mode="vector")] == ["Globex"]
        assert _holding(data) == [], f"round {round_}"
        assert not (data / "chroma.rebuild").exists() and not (data / "chroma.old").exists()


READER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from assistant.config import Settings
    from assistant.memory import Memory
    from tests.support.fakes import HashingEmbedder

    with Memory.open(Settings(), Path(sys.argv[1]), embedder=HashingEmbedder()) as memory:
        print(json.dumps([hit.client for hit in memory.search("otter", k=10, mode="vector")]), flush=True)
        sys.stdin.readline()  # the other process forgets Acme meanwhile
        after = [hit.client for hit in memory.search("otter", k=10, mode="vector")]
        memory.add_text("A late otter note for Globex.", name="late", metadata={"client": "Globex"})
    print(json.dumps(after), flush=True)
    """
)


def test_a_process_that_had_the_store_open_follows_the_rebuild(tmp_path: Path) -> None:
    """Another process (the daemon, say) reads the new store after a forget, and what it writes lands there."""
    data = tmp_path / "data"
    with Memory.open(Settings(), data, embedder=HashingEmbedder()) as memory:
        memory.add_text("An otter mascot for Acme.", name="acme", metadata={"client": "Acme"})
        memory.add_text("An otter poster for Globex.", name="globex", metadata={"client": "Globex"})
    with subprocess.Popen(
        [sys.executable, "-c", READER, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[3],
    ) as reader:
        assert reader.stdin is not None and reader.stdout is not None
        assert sorted(json.loads(reader.stdout.readline())) == ["Acme", "Globex"]
        with Memory.open(Settings(), data, embedder=HashingEmbedder()) as memory:
            assert memory.erase(Matcher(label="client acme", names=("acme",))) == ["text:acme"]
        reader.stdin.write("go\n")
        reader.stdin.flush()
        after = json.loads(reader.stdout.readline())
        assert reader.wait(timeout=60) == 0
    assert after == ["Globex"]
    with Memory.open(Settings(), data, embedder=HashingEmbedder()) as memory:
        audit = memory._store.audit()
        assert audit.orphans == [] and audit.missing == []
        assert {hit.client for hit in memory.search("late otter note", k=5, mode="vector")} == {"Globex"}
        assert len(memory.sources()) == 2
