"""Server mode, really shared: two Atelier homes on one Chroma server and one PostgreSQL database.

Home A ingests and chats; home B, a different data dir with nothing copied over, lists the same sources, gets
the same search hits (vector and keyword halves both), and sees A's thread. A forgets the client; B no longer
finds them in memory or in the thread, and not one byte under B's data dir names them. Real `chroma run`, real
PostgreSQL, real embedder; only the chat model is a scripted fake.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.config import load_settings
from assistant.memory import Memory, client
from assistant.memory.embeddings import Embedder
from tests.support.chroma import chroma_server
from tests.support.fakes import UnsureModel
from tests.support.postgres import postgres_server

REPO = Path(__file__).resolve().parents[3]
NAME = "Quillfeather Lund"
CANARY = "CANARY-h16-shared-51d0"
NEEDLES = (CANARY.lower().encode(), b"quillfeather")


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    with chroma_server(tmp_path_factory.mktemp("chroma")) as chroma, postgres_server() as postgres:
        yield chroma, postgres


def _home(path: Path, chroma: str, postgres: str) -> Path:
    path.mkdir()
    (path / "profile.toml").write_text((REPO / "examples" / "profile.toml").read_text(encoding="utf-8"))
    (path / "config.toml").write_text(
        f'[memory]\nserver_url = "{chroma}"\ncollection = "shared"\n\n'
        f'[threads]\ncheckpointer = "postgres"\npostgres_url = "{postgres}"\n',
        encoding="utf-8",
    )
    return path


def _assistant(home: Path, embedder: Embedder, model: UnsureModel) -> Assistant:
    memory = Memory.open(load_settings(home / "config.toml"), home / "data", embedder=embedder)
    return Assistant(home, model=model, memory=memory)


def _hits(root: Path) -> list[str]:
    """Files under ``root`` whose raw bytes, lowercased, hold a needle."""
    return [
        f"{path}: {needle.decode()}"
        for path in sorted(root.rglob("*"))
        if path.is_file()
        for needle in NEEDLES
        if needle in path.read_bytes().lower()
    ]


def _found(memory: Memory, query: str, **kwargs: object) -> list[tuple[str, int, float]]:
    return [(h.citation.source, h.citation.chunk, h.score) for h in memory.search(query, k=5, **kwargs)]  # type: ignore[arg-type]


def test_two_homes_share_one_memory_and_one_thread_list(
    tmp_path: Path, servers: tuple[str, str], real_embedder: Embedder
) -> None:
    chroma, postgres = servers
    home_a, home_b = _home(tmp_path / "a", chroma, postgres), _home(tmp_path / "b", chroma, postgres)
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "quillfeather.md").write_text(
        f"---\nclient: {NAME}\ndate: 2026-03-02\nservice: logo\nprice: 1800\noutcome: completed\n---\n"
        f"A fox word mark for {NAME}, the paper shop. Internal note {CANARY}: they pay late.\n",
        encoding="utf-8",
    )
    (briefs / "otterworks.md").write_text(
        "---\nclient: Otterworks\ndate: 2026-01-10\nservice: mascot\noutcome: completed\n---\n"
        "An otter mascot for Otterworks, project KB-7001, in three poses.\n",
        encoding="utf-8",
    )
    model = UnsureModel(answer=f"For {NAME} we did a fox word mark last spring.")

    a = _assistant(home_a, real_embedder, model)
    b = _assistant(home_b, real_embedder, model)
    try:
        report = a.memory.add([briefs], progress=False)
        assert sorted(report.added) == sorted(str(p) for p in briefs.iterdir())
        thread = a.chat(f"What did we do for {NAME} last time?").thread_id

        # B sees what A wrote, with nothing of it on B's disk.
        assert [s.source for s in b.memory.sources()] == [s.source for s in a.memory.sources()]
        assert b.memory.clients() == ["Otterworks", NAME]
        for query, kwargs in [
            ("fox word mark for a paper shop", {}),
            ("KB-7001", {"mode": "keyword"}),
            (CANARY, {"mode": "keyword"}),
            ("otter mascot", {"scope": client("otterworks")}),
        ]:
            expected = _found(a.memory, query, **kwargs)
            assert expected, query
            assert _found(b.memory, query, **kwargs) == expected, query
        assert _found(b.memory, "KB-7001", mode="keyword")[0][0] == str(briefs / "otterworks.md")
        assert [(t.id, t.title) for t in b.threads.list()] == [(t.id, t.title) for t in a.threads.list()]
        assert any(NAME in str(m.content) for m in b.threads.messages(thread))
        b.threads.rename(thread, f"History of {NAME}")
        assert [t.id for t in a.threads.list(search="quillFEATHER")] == [thread], "renamed on B, found on A"

        erased = a.forget(client=NAME)
        assert {s.store: s.count for s in erased.stores}["memory"] == 1

        assert [s.meta.client for s in b.memory.sources()] == ["Otterworks"]
        assert not [h for h in b.memory.search(f"{CANARY} fox {NAME}", k=5) if h.client == NAME]
        assert b.memory.search(CANARY, mode="keyword", k=5) == []
        assert [t.id for t in b.threads.list()] == [thread], "redacted, not deleted (the default)"
        assert not any(NAME in m.model_dump_json() for m in b.threads.messages(thread))
        assert b.memory.search("otter mascot", k=1)[0].client == "Otterworks"
    finally:
        a.memory.close()
        b.memory.close()
        a.close()
        b.close()
    data_b = home_b / "data"
    assert not (data_b / "memory.sqlite3").exists() and not (data_b / "threads.sqlite").exists()
    assert _hits(data_b) == []
    assert _hits(home_a / "data") == []
