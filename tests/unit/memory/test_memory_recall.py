"""Memory.recall: small talk gets nothing, named things list every match, the rest must be relevant."""

from __future__ import annotations

from pathlib import Path

from assistant.config import MemorySettings, Settings
from assistant.memory import Memory, client
from tests.support.fakes import HashingEmbedder
from tests.unit.memory.conftest import brief

SERVICES = {"logo": ("logo", "Logo design"), "poster": ("poster", "Poster", "plakat")}


def test_every_named_project_is_listed_not_only_the_nearest(memory: Memory, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(7):
        text = brief(
            f"Client{n}", f"Logo number {n} for a shop.\n", date=f"202{n % 5}-05-01", service="logo", price=1000 + n
        )
        (folder / f"logo-{n}.md").write_text(text)
    (folder / "poster.md").write_text(brief("Client0", "A logo-heavy poster.\n", service="poster", price=700))
    memory.add([folder], progress=False)
    hits = memory.recall("What did I charge for past logo projects?", k=4, services=SERVICES)
    assert sorted(Path(h.citation.source).name for h in hits) == [f"logo-{n}.md" for n in range(7)]
    assert [h.date for h in hits] == sorted(h.date for h in hits if h.date)  # listed by date
    plakate = memory.recall("Meine Plakate", k=4, services=SERVICES)
    assert [Path(h.citation.source).name for h in plakate] == ["poster.md"]


def test_a_client_and_a_year_filter(memory: Memory, briefs: Path) -> None:
    memory.add([briefs], progress=False)
    acme = memory.recall("Any history with Acme?", services=SERVICES)
    assert {h.client for h in acme} == {"Acme"}
    dated = memory.recall("what did I do in 2023", services=SERVICES)
    assert {Path(h.citation.source).name for h in dated} == {"globex-logo.md", "portfolio-fox.md"}


def test_small_talk_retrieves_nothing(memory: Memory, briefs: Path) -> None:
    memory.add([briefs], progress=False)
    for text in ("Good morning!", "thanks", "What can you do?"):
        assert memory.recall(text, services=SERVICES) == []
    assert memory.search("Good morning!")  # plain search still finds something: the reading is what stops it


def test_relevance_threshold_and_rare_codes(tmp_path: Path, briefs: Path) -> None:
    strict = Settings(memory=MemorySettings(min_similarity=0.99, rare_chunks=2))
    with Memory.open(strict, tmp_path / "strict", embedder=HashingEmbedder()) as memory:
        memory.add([briefs], progress=False)
        assert memory.recall("a friendly otter with a scarf") == []  # below the threshold
        coded = memory.recall("notes on KB-2291")  # a code is written like a name: a rare match counts
        assert [Path(h.citation.source).name for h in coded] == ["acme-otter.md"]
    loose = Settings(memory=MemorySettings(min_similarity=0.0))
    with Memory.open(loose, tmp_path / "loose", embedder=HashingEmbedder()) as memory:
        memory.add([briefs], progress=False)
        assert memory.recall("a friendly otter with a scarf")


def test_named_but_unmatched_falls_back_to_the_clients_own_search(memory: Memory, briefs: Path) -> None:
    memory.add([briefs], progress=False)
    hits = memory.recall("the Acme poster with the otter", services=SERVICES)  # Acme has no poster
    assert hits and {h.client for h in hits} == {"Acme"}


def test_listing_respects_the_scope(memory: Memory, briefs: Path) -> None:
    memory.add([briefs], progress=False)
    hits = memory.recall("past logo projects", services=SERVICES, scope=client("acme"))
    assert hits == []  # Globex's logo is private to Globex
    public = memory.recall("Birkenhain Verlag projects", scope=client("acme"))
    assert [Path(h.citation.source).name for h in public] == ["portfolio-fox.md"]


def test_a_name_or_code_memory_holds_nowhere_gets_nothing(memory: Memory, briefs: Path) -> None:
    memory.add([briefs], progress=False)
    assert memory.recall("Tell me about the logo for Zorblax Ltd.", services=SERVICES) == []
    assert memory.recall("notes on KB-9999") == []
    assert [Path(h.citation.source).name for h in memory.recall("the logo for Globex", services=SERVICES)] == [
        "globex-logo.md"
    ]


def test_a_general_turn_lists_projects_only_for_a_named_client(tmp_path: Path, briefs: Path) -> None:
    strict = Settings(memory=MemorySettings(min_similarity=0.99))
    with Memory.open(strict, tmp_path / "strict", embedder=HashingEmbedder()) as memory:
        memory.add([briefs], progress=False)
        assert memory.recall("what makes a good logo?", services=SERVICES, general=True) == []
        listed = memory.recall("what makes a good logo?", services=SERVICES)  # a memory question lists the logos
        assert [Path(h.citation.source).name for h in listed] == ["globex-logo.md"]
        named = memory.recall("Globex logo", services=SERVICES, general=True)
        assert [Path(h.citation.source).name for h in named] == ["globex-logo.md"]


def test_a_title_in_the_question_narrows_the_list(memory: Memory, tmp_path: Path) -> None:
    folder = tmp_path / "posters"
    folder.mkdir()
    for name in ("Harbour Festival", "Jazz Night", "Summer Market"):
        body = f"A poster for the {name}, screen printed.\n"
        (folder / f"{name.split()[0].lower()}.md").write_text(brief("Town", body, service="poster", price=900))
    memory.add([folder], progress=False)
    named = memory.recall("the Jazz Night poster", services=SERVICES)
    assert [Path(h.citation.source).name for h in named] == ["jazz.md"]
    every = memory.recall("all my posters", services=SERVICES)
    assert len(every) == 3
    assert memory.recall("the Opera Ball poster", services=SERVICES) == []  # memory holds no "Opera Ball" at all
