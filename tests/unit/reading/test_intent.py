import collections
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from assistant.cli.main import cli
from assistant.reading.corrections import CorrectionBook
from assistant.reading.intent import (
    ROUTES,
    IntentRouter,
    answer_to_question,
    bank_path,
    clarifying_question,
    exact_route,
    load_examples,
)
from assistant.reading.semantic import Example
from tests.support.fakes import HashingEmbedder


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("Q-2026-0003 went out yesterday", "sent"),
        ("mark Q-2026-0014 and Q-2026-0015 as sent", "sent"),
        ("Angebot Q-2026-0007 ist verschickt", "sent"),
        ("Le devis Q-2026-0003 est envoyé", "sent"),
        ("Q-20261202-D583 went out this morning", "sent"),
        ("Has Q-2026-0003 been sent?", None),
        ("Q-2026-D583 went out", None),
        ("What did Q-2026-0003 cost?", None),
        ("From: anna@example.com\nSubject: picture book\n\nHi, we need 12 spreads", "brief"),
        ("Betreff: Logo\n\nHallo Mara", "brief"),
        ("Subject: a single line with no body", None),
        ("Tell Anna the subject: is fine", None),
    ],
)
def test_exact_rules_fire_only_on_exact_signals(text: str, route: str | None) -> None:
    found = exact_route(text)
    assert (found[0] if found else None) == route


def test_the_shipped_bank_has_hundreds_of_examples_per_route_in_three_languages() -> None:
    examples = load_examples()
    per_route = collections.Counter(e.label for e in examples)
    assert set(per_route) == set(ROUTES)
    assert min(per_route.values()) >= 200, per_route
    for route in ROUTES:
        languages = {e.source for e in examples if e.label == route}
        assert {"bank:en", "bank:de", "bank:fr"} <= languages, route


def test_every_route_has_its_own_phrasings_in_all_six_languages() -> None:
    """New text in Spanish, Italian or Dutch is read only as well as the bank says each route there."""
    routes = yaml.safe_load(bank_path().read_text(encoding="utf-8"))["routes"]
    thin = {
        (route, lang): len(lines) for route, langs in routes.items() for lang, lines in langs.items() if len(lines) < 10
    }
    assert not thin and all(set(langs) == {"en", "de", "fr", "es", "it", "nl"} for langs in routes.values()), thin


@pytest.fixture(scope="module")
def shipped_router() -> IntentRouter:
    """The shipped bank read with hashed words instead of MiniLM: what the lexical part of the reader gets right."""
    return IntentRouter(load_examples(), HashingEmbedder().embed, min_score=-1.0, min_margin=0.0)


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("Merci encore pour le devis, il est très clair", "chat"),
        ("Danke nochmal für das Angebot, sehr übersichtlich", "chat"),
        ("Wie kann ich in der App ein Angebot als verschickt markieren?", "chat"),
        ("Das Angebot für Greenleaf ist heute rausgegangen", "sent"),
        ("Le devis pour le musée est parti hier", "sent"),
        ("Was habe ich dem Museum für die Plakate berechnet?", "memory"),
        ("J'ai déjà bossé pour la salle d'escalade ?", "memory"),
        ("Combien je demande pour une affiche de concert ?", "quote"),
        ("Sag Jonas, dass die Skizzen am Montag kommen", "reply"),
    ],
)
def test_thanks_and_how_to_questions_naming_a_quote_are_chat_not_a_sent_quote(
    shipped_router: IntentRouter, text: str, route: str
) -> None:
    """Phrasings the bank does not hold: a word like "Angebot" or "verschickt" alone does not make a route."""
    assert shipped_router.read(text).route == route


def test_templates_are_filled_and_unknown_routes_refused(tmp_path: Path) -> None:
    bank = tmp_path / "bank.yaml"
    bank.write_text("slots:\n  en:\n    client: [Acme, Bo]\nroutes:\n  memory:\n    en: ['what did {client} pay']\n")
    assert {e.text for e in load_examples(bank)} == {"what did Acme pay", "what did Bo pay"}
    bank.write_text("routes:\n  gossip:\n    en: ['hi']\n")
    with pytest.raises(ValueError, match="gossip"):
        load_examples(bank)


def test_the_clarifying_question_names_both_candidates() -> None:
    assert clarifying_question(["quote", "memory"]) == (
        "A quote for new work (/quote), or what you charged or did before (/memory)?"
    )
    assert clarifying_question(["quote", "memory"], "de") == (
        "Ein Angebot für neue Arbeit (/quote) oder was du früher berechnet oder gemacht hast (/memory)?"
    )
    assert clarifying_question(["quote", "brief"], "fr").startswith("Un devis pour un nouveau travail (/quote), ou")


@pytest.mark.parametrize(
    ("answer", "picked"),
    [("a quote", "quote"), ("new work", "quote"), ("what I charged", "memory"), ("the first one", "quote"),
     ("second", "memory"), ("good morning", None), ("please tell me how my whole week looks", None),
     ("ein Angebot", "quote"), ("das erste", "quote"), ("un devis", "quote"),
     ("la deuxième", "memory"), ("il preventivo", "quote"), ("berechnet", "memory")],
)  # fmt: skip
def test_short_answers_pick_one_of_the_offered_routes(answer: str, picked: str | None) -> None:
    assert answer_to_question(answer, ["quote", "memory"]) == picked


BANK = [Example("how much would a logo cost", "quote"), Example("what did I charge acme", "memory"),
        Example("good morning", "chat"), Example("hello", "chat")]  # fmt: skip


def test_the_bank_is_cached_by_its_hash(tmp_path: Path) -> None:
    embedder = HashingEmbedder()
    first = IntentRouter(BANK, embedder.embed, min_score=0.0, min_margin=0.0, cache_dir=tmp_path, name="fake")
    assert embedder.calls == 2  # the probe sentence that names the embedder, then the bank
    assert len(list(tmp_path.glob("intents-*.npz"))) == 1 and len(list(tmp_path.glob("vectors-*.npy"))) == 1
    again = IntentRouter(BANK, embedder.embed, min_score=0.0, min_margin=0.0, cache_dir=tmp_path, name="fake")
    assert embedder.calls == 2  # nothing embedded: vectors and weights came from the cache
    assert again.route("a poster cost").reason == first.route("a poster cost").reason
    embedder.calls = 0
    IntentRouter([*BANK, Example("hi", "chat")], embedder.embed, min_score=0.0, min_margin=0.0, cache_dir=tmp_path,
                 name="fake")  # fmt: skip
    assert embedder.calls == 1 and len(list(tmp_path.glob("intents-*.npz"))) == 2  # a changed bank: embedded anew


def test_a_correction_retrains_without_embedding_the_bank_again(tmp_path: Path) -> None:
    embedder = HashingEmbedder()
    IntentRouter(BANK, embedder.embed, min_score=0.0, min_margin=0.0, cache_dir=tmp_path, name="fake")
    embedder.calls = 0
    taught = [Example("what did acme pay", "memory", source="correction: /memory")]
    router = IntentRouter(BANK, embedder.embed, min_score=0.0, min_margin=0.0, corrections=taught,
                          cache_dir=tmp_path, name="fake")  # fmt: skip
    assert embedder.calls == 1  # the correction alone; the bank's vectors came from the cache
    assert len(list(tmp_path.glob("intents-*.npz"))) == 2 and len(list(tmp_path.glob("vectors-*.npy"))) == 1
    assert router.route("what did acme pay").route == "memory"


def test_reading_restricted_to_labels_and_sure_only_above_thresholds() -> None:
    embedder = HashingEmbedder()
    loose = IntentRouter(BANK, embedder.embed, min_score=0.0, min_margin=0.0)
    strict = IntentRouter(BANK, embedder.embed, min_score=5.0, min_margin=0.0)
    assert loose.read("how much would a logo cost").sure and not strict.read("how much would a logo cost").sure
    assert loose.read("how much would a logo cost", labels=["chat", "memory"]).route in {"chat", "memory"}
    assert strict.route("Q-2026-0001 went out").sure  # an exact rule needs no threshold


def test_corrections_are_stored_listed_updated_and_removed(tmp_path: Path) -> None:
    book = CorrectionBook(tmp_path / "routing.sqlite")
    kept = book.add("ballpark for a mascot", "quote", source="/quote after a chat turn")
    assert book.add("ballpark for a mascot", "memory").id == kept.id  # taught again: the newer route
    assert [(c.text, c.route) for c in book.list()] == [("ballpark for a mascot", "memory")]
    assert book.examples()[0].source.startswith("correction")
    with pytest.raises(Exception, match="no route"):
        book.add("x", "gossip")
    assert book.remove(kept.id).text == "ballpark for a mascot" and book.list() == []
    with pytest.raises(Exception, match="no routing example"):
        book.remove(kept.id)


def test_a_forgotten_correction_no_longer_decides() -> None:
    embedder = HashingEmbedder()
    router = IntentRouter(BANK, embedder.embed, min_score=0.0, min_margin=0.0)
    router.learn("hello acme", "memory", "test")
    assert router.read("hello acme").route == "memory"
    router.forget("hello acme")
    assert not router.read("hello acme").reason.startswith("your correction")


def test_the_routes_command_lists_adds_and_removes(demo_home: Path) -> None:
    runner = CliRunner()
    added = runner.invoke(cli, ["routes", "add", "quote", "ballpark for a mascot"])
    assert added.exit_code == 0, added.output
    assert "ballpark for a mascot" in runner.invoke(cli, ["routes", "list"]).output
    removed = runner.invoke(cli, ["routes", "remove", added.output.split()[0]])
    assert removed.exit_code == 0 and "removed" in removed.output
    assert runner.invoke(cli, ["routes", "list", "--json"]).output.strip() == "[]"
