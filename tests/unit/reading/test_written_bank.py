"""The written bank: built deterministically from the tuning sets, loaded next to the hand-written one, cached."""

from __future__ import annotations

import collections
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from assistant.config import RoutingSettings
from assistant.reading.intent import BANKS, IntentRouter, bank_path, load_examples
from tests.support.fakes import HashingEmbedder

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "build_intent_bank.py"


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_intent_bank", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_written_bank_is_a_fresh_build_of_the_tuning_sets(build: ModuleType) -> None:
    assert "eighth" not in build.SETS  # never the current blind set
    assert build.SETS == ("dev", "test", "holdout", "tune", "fresh", "fifth", "sixth", "seventh")
    assert build.main(["--check"]) == 0
    again = build.render(build.bank(build.load_set(name) for name in build.SETS))
    assert again == bank_path(BANKS[1]).read_text(encoding="utf-8")


def test_the_build_keeps_text_and_route_drops_commands_and_repeats_and_refuses_templates(build: ModuleType) -> None:
    items = [
        {"id": "a", "text": " wie viel hab ich Acme berechnet? ", "route": "memory", "lang": "de", "service": "logo"},
        {"id": "b", "text": "/quote 3 posters", "route": "quote", "lang": "en"},
        {"id": "c", "text": "wie viel hab ich Acme berechnet?", "route": "memory", "lang": "de"},
        {"id": "d", "text": "dis bonjour à Anna", "route": "reply", "lang": "fr"},
    ]
    content = build.bank([items])
    assert content == {
        "source": "written",
        "routes": {"memory": {"de": ["wie viel hab ich Acme berechnet?"]}, "reply": {"fr": ["dis bonjour à Anna"]}},
    }
    two = [{"text": "b", "route": "chat"}, {"text": "a", "route": "chat"}]
    assert build.bank([two])["routes"]["chat"]["en"] == ["b", "a"]  # the sets' order, not sorted
    with pytest.raises(ValueError, match="template"):
        build.bank([[{"id": "e", "text": "hi {client}", "route": "chat"}]])


def test_the_router_loads_both_banks() -> None:
    examples = load_examples()
    sources = collections.Counter(e.source.split(":")[0] for e in examples)
    assert sources["bank"] == len(load_examples(bank_path())) and sources["written"] >= 1000
    languages = {e.source for e in examples if e.source.startswith("written")}
    assert {"written:de", "written:fr", "written:it", "written:en"} <= languages
    assert len({(e.text, e.label) for e in examples}) == len(examples)


def test_the_cache_is_redone_when_either_bank_file_changes(tmp_path: Path) -> None:
    hand, written = tmp_path / "intents.yaml", tmp_path / "intents_written.yaml"
    hand.write_text("routes:\n  quote:\n    en: ['how much for a logo']\n  chat:\n    en: ['hello']\n")
    written.write_text("source: written\nroutes:\n  memory:\n    en: ['what did I charge Acme']\n")
    embedder = HashingEmbedder()

    def router() -> IntentRouter:
        examples = load_examples(hand, written)
        return IntentRouter(examples, embedder.embed, min_score=0.0, min_margin=0.0, cache_dir=tmp_path, name="f")

    assert len(router()) == 3 and embedder.calls == 2  # the embedder's probe, then the bank
    router()
    assert embedder.calls == 2  # unchanged files: vectors and weights from the cache
    written.write_text("source: written\nroutes:\n  memory:\n    en: ['what did I charge Bo']\n")
    changed = router()
    assert embedder.calls == 3 and changed.route("what did I charge Bo").route == "memory"
    hand.write_text("routes:\n  quote:\n    en: ['how much for a poster']\n  chat:\n    en: ['hello']\n")
    router()
    assert embedder.calls == 5 and len(list(tmp_path.glob("intents-*.npz"))) == 3


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("grazie, il preventivo mi sembra giusto", "chat"),
        ("in generale, quanto anticipo si chiede prima di iniziare un lavoro?", "chat"),
    ],
)
def test_everyday_phrasings_outside_every_set_are_read_from_the_written_bank(
    shipped: IntentRouter, text: str, route: str
) -> None:
    # Written for this test, in none of the sets; the hand-written bank alone misreads both (thanks for a quote
    # read as a sent quote, general advice as a reply). The fake embedder leaves the n-grams to decide.
    reading = shipped.route(text)
    assert reading.sure and reading.route == route, reading.reason


@pytest.fixture(scope="module")
def shipped() -> IntentRouter:
    routing = RoutingSettings()
    return IntentRouter(
        load_examples(), HashingEmbedder().embed, min_score=routing.min_score, min_margin=routing.min_margin
    )
