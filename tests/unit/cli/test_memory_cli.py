from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import assistant.memory.embeddings as embeddings
from assistant.cli.memory import memory as memory_cli
from tests.support.fakes import HashingEmbedder as FakeEmbedder


@pytest.fixture(autouse=True)
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embeddings, "make_embedder", lambda settings, cache_dir=None: FakeEmbedder())


def run(*args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(memory_cli, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.output


def test_add_search_show_stats_forget(briefs: Path, atelier_home: Path) -> None:
    code, out = run("add", str(briefs), "--json", "--no-progress")
    assert code == 0
    report = json.loads(out)
    assert len(report["added"]) == 4 and report["ignored"][0].endswith("picture.png")

    code, out = run("search", "otter", "mascot", "-k", "2")
    assert code == 0
    assert "acme-otter.md:11 (chunk 0)" in out and "Acme" in out

    code, out = run("search", "otter", "--client", "globex", "--json")
    hits = json.loads(out)
    assert all(h["client"] in {"Globex", "Birkenhain Verlag"} for h in hits)

    code, out = run("search", "logo", "--service", "logo", "--from", "2023-01-01", "--to", "2023-12-31", "--json")
    assert [Path(h["citation"]["source"]).name for h in json.loads(out)] == ["globex-logo.md"]

    code, out = run("sources", "--json")
    assert len(json.loads(out)) == 4
    code, out = run("sources")
    assert "public " in out and "private" in out

    code, out = run("show", str(briefs / "acme-otter.md"))
    assert "KB-2291" in out and "client: Acme" in out

    code, out = run("public", str(briefs / "globex-logo.md"))
    assert out.startswith("public:")
    code, out = run("stats", "--json")
    stats = json.loads(out)
    assert stats["sources"] == 4 and stats["public_sources"] == 2
    assert stats["store"].startswith(str(atelier_home))

    code, out = run("forget", "--client", "acme", input="n\n")
    assert code == 1 and "Aborted" in out
    code, out = run("forget", "--client", "acme", "--dry-run")
    assert code == 0 and "Dry run" in out and "acme-otter.md" in out
    assert run("sources")[1].count("acme-otter.md") == 1
    code, out = run("forget", "--client", "acme", "--yes", "--json")
    stores = {store["store"]: store for store in json.loads(out)["stores"]}
    assert stores["memory"]["items"] == [str(briefs / "acme-otter.md")]
    assert json.loads(out)["leftovers"] == []
    code, out = run("forget", "--client", "acme", "--yes")
    assert code == 1 and "Nothing of client acme" in out
    code, out = run("search", "otter", "mascot", "--json")
    assert all(h["client"] != "Acme" for h in json.loads(out))


def test_forget_needs_a_target() -> None:
    result = CliRunner().invoke(memory_cli, ["forget", "--yes"])
    assert result.exit_code == 2 and "--source, --client or --address" in result.output


def test_unknown_source_is_a_user_error(atelier_home: Path) -> None:
    from assistant.errors import MemoryStoreError

    with pytest.raises(MemoryStoreError, match="not in memory"):
        run("show", "nope.md")
