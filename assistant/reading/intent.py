"""Where a chat turn goes: exact rules where a signal is exact, else a router trained on an example bank.

The bank (``banks/intents.yaml``, shipped in the wheel) holds short phrasings per route in six languages; the
freelancer's own corrections join it (:mod:`assistant.reading.corrections`). A turn is embedded once with the
bundled MiniLM; a ridge reader trained on the bank (:mod:`assistant.reading.ridge`: the embedding plus
character n-grams) scores each route, and the nearest example of the winner
(:class:`~assistant.reading.semantic.ExampleBank`) is the reason shown. The reading is *sure* when the winner
leads the runner-up clearly; otherwise the caller asks one short question naming the two candidates
(:func:`clarifying_question`) instead of guessing. A turn nearly identical to a correction goes where the
freelancer said.

Exact rules, checked first: a quote number with a "sent" verb is ``sent``; a pasted mail (``From:`` or
``Subject:`` headers on its first lines) is ``brief``. Slash commands are parsed by the graph.

The bank's vectors are kept on disk once per machine (:mod:`assistant.reading.bank_cache`) and the trained
weights under a hash of the bank, the corrections and the embedder's name, so a cold start embeds and trains
nothing when the bank has not changed, and a new correction retrains without embedding the bank again.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from assistant.i18n import CATALOGS, N_, translator
from assistant.reading.bank_cache import bank_vectors
from assistant.reading.quote_number import QUOTE_NUMBER
from assistant.reading.ridge import RidgeReader, cached_fit
from assistant.reading.semantic import Embed, Example, ExampleBank, Vectors, load_bank_file
from assistant.reading.words import accent_blind

log = logging.getLogger(__name__)

ROUTES = ("chat", "memory", "quote", "brief", "style", "scope", "reply", "sent")
"""Every route the router may answer; the same names as :data:`assistant.graph.state.Route`."""

VARIANTS = 3
"""How many times a template line is filled from its language's slots."""

CORRECTION_SIMILARITY = 0.9
"""A turn this close to a text the freelancer corrected goes where they said, whatever the rest of the bank."""
CORRECTION_WEIGHT = 5.0
"""How much a correction counts in training, next to one bank example."""
CACHE_VERSION = 1
"""Bump when features or training change, so that cached weights are redone."""

OPTIONS: Mapping[str, str] = {
    "memory": N_("what you charged or did before"),
    "quote": N_("a quote for new work"),
    "brief": N_("a brief from a client's inquiry"),
    "style": N_("samples in your style"),
    "scope": N_("a check against the agreed scope"),
    "reply": N_("a reply to the client"),
    "sent": N_("marking a quote as sent"),
    "chat": N_("just a chat"),
}
"""How a clarifying question names each route (the freelancer reads these, in the order of the two candidates),
translated in the language of the turn it answers."""

_SLOT = accent_blind(r"\{(\w+)\}")
_SENT_WORDS = accent_blind(
    r"\b(sent|went out|gone out|is out|are out|mailed|emailed|e-mailed|delivered|verschickt|versendet|gesendet|"
    r"raus|rausgegangen|envoy[ée]e?s?|parti|partie|expédié|enviado|enviada|mandado|inviato|spedito|verstuurd|"
    r"verzonden|gestuurd)\b",
    re.IGNORECASE,
)
_MAIL_HEADER = accent_blind(
    r"^\s*(from|subject|von|betreff|de|objet|asunto|oggetto|onderwerp|van)\s?:\s*\S", re.IGNORECASE
)


BANKS = ("intents.yaml", "intents_written.yaml")
"""The bank files shipped with Atelier: phrasings written from the route definitions, then the blind-written
turns of the tuning sets (built by ``scripts/build_intent_bank.py``)."""


def bank_path(name: str = BANKS[0]) -> Path:
    """One example bank file shipped with Atelier."""
    return Path(str(resources.files("assistant.reading") / "banks" / name))


def load_examples(*paths: Path) -> list[Example]:
    """Read bank files (default: every file in :data:`BANKS`) and fill their templates.

    One :class:`Example` per phrasing, labelled with its route, each ``(text, route)`` once. A line with
    ``{slot}`` markers is filled :data:`VARIANTS` times from its language's slot lists, picking values by the
    line's position, so the bank is the same on every run. An example's source is the file's ``source``
    (default ``bank``) and the language, e.g. ``bank:de`` or ``written:fr``.
    """
    examples: list[Example] = []
    seen: set[tuple[str, str]] = set()
    for path in paths or tuple(bank_path(name) for name in BANKS):
        data: dict[str, Any] = load_bank_file(path)
        slots: dict[str, dict[str, list[str]]] = data.get("slots") or {}
        source = str(data.get("source", "bank"))
        for route, languages in data["routes"].items():
            if route not in ROUTES:
                raise ValueError(f"{path}: unknown route {route!r}")
            for language, lines in languages.items():
                for position, line in enumerate(lines):
                    for text in _fill(str(line), slots.get(language, {}), position):
                        if (text, route) not in seen:
                            seen.add((text, route))
                            examples.append(Example(text, route, source=f"{source}:{language}"))
    return examples


def _fill(template: str, slots: Mapping[str, Sequence[str]], position: int) -> list[str]:
    names = _SLOT.findall(template)
    if not names:
        return [template]
    missing = [name for name in names if name not in slots]
    if missing:
        raise ValueError(f"template {template!r} uses slots with no values: {missing}")
    filled = []
    for variant in range(VARIANTS):
        values = {
            name: str(slots[name][(position * 5 + variant * 7 + i * 3) % len(slots[name])])
            for i, name in enumerate(dict.fromkeys(names))
        }
        filled.append(_SLOT.sub(lambda m, v=values: v[m.group(1)], template))  # type: ignore[misc]
    return list(dict.fromkeys(filled))


def exact_route(text: str) -> tuple[str, str] | None:
    """The route an exact signal names, with the rule's name; ``None`` when only the router can tell.

    A quote number next to a "sent" verb records a sent quote (a question about it is left to the router);
    headers on the first lines mean a pasted mail, which becomes a brief.
    """
    stripped = text.strip()
    if QUOTE_NUMBER.search(stripped) and _SENT_WORDS.search(stripped) and not stripped.endswith("?"):
        return "sent", "quote number marked sent"
    lines = [line for line in stripped.splitlines()[:4] if line.strip()]
    if len(stripped.splitlines()) > 1 and lines and any(_MAIL_HEADER.match(line) for line in lines[:2]):
        return "brief", "pasted mail headers"
    return None


@dataclass(frozen=True)
class IntentReading:
    """What the router read in one turn."""

    route: str
    runner_up: str
    """The second candidate, named in a clarifying question ("" when an exact rule or a correction decided)."""
    score: float
    """The winner's score (about 1 for a clear match, near 0 or below for none)."""
    margin: float
    """The winner's score minus the runner-up's."""
    sure: bool
    """Clear enough to act on without asking."""
    reason: str

    @property
    def candidates(self) -> tuple[str, ...]:
        """The routes a clarifying question offers: the winner, then the runner-up."""
        return (self.route, self.runner_up) if self.runner_up else (self.route,)


class IntentRouter:
    """Reads a chat turn's intent from the bank, plus the freelancer's corrections.

    A :class:`~assistant.reading.ridge.RidgeReader` trained on the bank decides; the nearest example (from an
    :class:`~assistant.reading.semantic.ExampleBank` over the same vectors) is the reason shown, and a turn
    nearly identical to a correction goes where the freelancer said.

    Args:
        examples: the bank's examples (see :func:`load_examples`).
        embed: the embedder (unit-length rows).
        min_score, min_margin: below either, the reading is not sure (measured on the dev split).
        corrections: examples the freelancer taught by correcting a route; they join the bank.
        cache_dir: where the bank's vectors and weights are kept between runs (``None``: compute every time).
        name: the embedder's name, part of the cache key.
        keep: stores a correction ``(text, route, source)``, e.g. ``CorrectionBook.add``.
    """

    def __init__(
        self,
        examples: Sequence[Example],
        embed: Embed,
        *,
        min_score: float,
        min_margin: float,
        corrections: Sequence[Example] = (),
        cache_dir: Path | None = None,
        name: str = "",
        keep: Callable[[str, str, str], object] | None = None,
    ) -> None:
        """Embed and train on the bank (or load both from the cache)."""
        self._keep = keep
        self.min_score = min_score
        self.min_margin = min_margin
        self._embed = embed
        self._lock = threading.Lock()
        everything = list(examples) + list(corrections)
        vectors = bank_vectors([x.text for x in examples], embed, cache_dir)
        if corrections:
            vectors = np.concatenate([vectors, embed([x.text for x in corrections])])
        vectors, self._reader = _trained(everything, vectors, embed, cache_dir, name)
        self._bank = ExampleBank.from_vectors(everything, vectors, embed, k=1)

    def __len__(self) -> int:
        """How many examples the router reads against (bank plus corrections)."""
        return len(self._bank)

    def read(self, text: str, *, labels: Iterable[str] | None = None) -> IntentReading:
        """The route the bank reads in ``text``; ``labels`` limits the answer to those routes."""
        text = text[:2000]
        vector = self._embed([text])[0]
        bank = self._bank
        similarities = bank.similarities(vector)
        nearest = bank.closest(vector, scores=similarities)
        if nearest is not None:
            closest, similarity = nearest
            allowed = labels is None or closest.label in set(labels)
            if closest.source.startswith("correction") and similarity >= CORRECTION_SIMILARITY and allowed:
                return IntentReading(closest.label, "", 1.0, 1.0, True, f"your correction {closest.text[:50]!r}")
        scores = self._reader.scores(vector, text)
        if labels is not None:
            scores = {label: score for label, score in scores.items() if label in set(labels)}
        ranked = sorted(scores, key=lambda label: scores[label], reverse=True)
        winner, runner_up = ranked[0], ranked[1] if len(ranked) > 1 else ""
        margin = scores[winner] - (scores[runner_up] if runner_up else -1.0)
        sure = scores[winner] >= self.min_score and margin >= self.min_margin
        shown = bank.closest(vector, winner, scores=similarities)
        example = f"closest to {shown[0].text[:60]!r} ({shown[1]:.2f})" if shown else "no example"
        reason = f"{winner} {scores[winner]:.2f} over {runner_up} by {margin:.2f}, {example}"
        return IntentReading(winner, runner_up, scores[winner], margin, sure, reason)

    def route(self, text: str) -> IntentReading:
        """Exact rules first, then the bank: what the graph calls for free text."""
        exact = exact_route(text)
        if exact is not None:
            return IntentReading(exact[0], "", 1.0, 1.0, True, f"rule: {exact[1]}")
        return self.read(text)

    def learn(self, text: str, route: str, source: str) -> None:
        """Keep a correction and read it from now on (it also counts in training from the next start)."""
        if self._keep is not None:
            self._keep(text, route, source)
        with self._lock:
            self._bank = self._bank.with_examples([Example(text.strip(), route, source=f"correction: {source}")])

    def forget(self, text: str) -> None:
        """Drop the corrections with this text from the bank in memory."""
        with self._lock:
            self._bank = self._bank.without(lambda e: e.source.startswith("correction") and e.text == text)


def clarifying_question(candidates: Sequence[str], lang: str = "en") -> str:
    """One short question naming the two candidates, with the command that picks each, in ``lang``."""
    t = translator(lang)
    first, *rest = candidates
    if not rest:
        return t.gettext("Did you mean %(option)s (/%(route)s)?") % {
            "option": t.gettext(OPTIONS[first]),
            "route": first,
        }
    one, two = t.gettext(OPTIONS[first]), t.gettext(OPTIONS[rest[0]])
    return t.gettext("%(first)s (/%(one)s), or %(second)s (/%(two)s)?") % {
        "first": one[:1].upper() + one[1:],
        "one": first,
        "second": two,
        "two": rest[0],
    }


_ORDINALS = {"first": 0, "1": 0, "former": 0, "erste": 0, "premier": 0, "primero": 0, "primo": 0, "eerste": 0,
             "second": 1, "2": 1, "latter": 1, "zweite": 1, "deuxième": 1, "segundo": 1, "secondo": 1, "tweede": 1,
             "other": 1, "andere": 1, "autre": 1, "otro": 1, "altro": 1}  # fmt: skip


def answer_to_question(text: str, candidates: Sequence[str]) -> str | None:
    """Which offered route a short answer picks, by the words of the question; ``None`` if it names neither.

    "a quote", "new work", "the first one", "what I charged" each pick one; anything else is a new turn.
    """
    words = set(re.findall(r"\w+", text.casefold()))
    if len(words) > 5:
        return None
    for word, index in _ORDINALS.items():
        if word in words and index < len(candidates):
            return candidates[index]
    stop = {"a", "an", "the", "or", "you", "your", "to", "from", "for", "just", "what", "s", "one"}
    scores = {route: len(words & (_option_words(route) - stop | {route})) for route in candidates}
    best = max(scores.values())
    winners = [route for route, score in scores.items() if score == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def _option_words(route: str) -> set[str]:
    """The words a clarifying question names ``route`` with, in every catalog (short words are left out)."""
    names = {translator(lang).gettext(OPTIONS[route]) for lang in CATALOGS}
    return {w for name in names for w in re.findall(r"\w+", name.casefold()) if len(w) > 3 or name == OPTIONS[route]}


def _trained(
    examples: Sequence[Example], vectors: Vectors, embed: Embed, cache_dir: Path | None, name: str
) -> tuple[Vectors, RidgeReader]:
    """The reader trained on the examples, from the cache when the bank and the corrections are unchanged."""
    texts = [example.text for example in examples]
    labels = [example.label for example in examples]
    weights = [CORRECTION_WEIGHT if example.source.startswith("correction") else 1.0 for example in examples]
    key = "\n".join(itertools.chain([name, f"v{CACHE_VERSION}"], (f"{x.label}\t{x.text}" for x in examples)))
    path = cache_dir / f"intents-{hashlib.sha256(key.encode()).hexdigest()[:24]}.npz" if cache_dir and name else None
    return cached_fit(texts, labels, embed, path, sample_weight=weights, vectors=vectors)
