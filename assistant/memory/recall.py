"""Answering a memory question: every project it names, else the passages relevant enough to cite, else nothing.

Three cases, after :mod:`assistant.memory.question` has read the question:

- small talk retrieves nothing (a greeting is not a query), and so does a question about a name or a code that
  memory holds nowhere ("Zorblax Ltd.", "KB-9999");
- a question that names clients, services, an outcome or a period lists *every* source that matches those
  names (up to :data:`LIST_LIMIT`), each cited by its passage closest to the question; "past logo projects"
  means all of them, not the four chunks nearest to the sentence;
- anything else is a hybrid search, and a hit is kept only when it is relevant: its cosine similarity reaches
  ``min_similarity``, or it contains a word of the question written like a name or a code ("KB-2291",
  "Lanternfish") that is rare in memory.
  Both limits are settings, chosen on ``tests/eval/memory_questions.yaml`` (see ``benchmarks/eval_memory.py``).

Scoping is untouched: every path goes through the scope, and listed rows are checked with
:meth:`Scope.allows` like search hits are.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from assistant.memory.catalog import SourceRow
from assistant.memory.embeddings import Embedder
from assistant.memory.models import Hit
from assistant.memory.question import Question
from assistant.memory.scope import Filters, Scope
from assistant.memory.search import hit_of, search
from assistant.memory.store import Store
from assistant.reading.words import SMALL_TALK, STOPWORDS, language_of, names_in, tokens

_WORD = re.compile(r"\w+")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_CODE = re.compile(r"\b[A-Za-z]{1,5}-\d{2,}\b")
"""A project or quote code: ``KB-2291``, ``Q-2026``."""

LIST_LIMIT = 10
"""At most this many sources for a question that names something; the most relevant are kept."""


class Relevance(BaseModel):
    """When a search hit is relevant enough to cite."""

    model_config = ConfigDict(frozen=True)

    min_similarity: float
    """Cosine similarity (0..1) a hit needs, unless it holds a rare word of the question."""
    rare_chunks: int
    """A word of the question found in at most this many chunks is a name or a code: a hit holding it counts."""


def recall(
    store: Store,
    embedder: Embedder,
    question: Question,
    *,
    k: int,
    scope: Scope,
    relevance: Relevance,
    general: bool = False,
) -> list[Hit]:
    """The hits that answer ``question`` inside ``scope`` (see the module docstring for the three cases).

    With ``general`` (a chat turn rather than a memory question) only a named client lists projects: "what is
    the difference between a logotype and a monogram?" names a service but asks about no project of hers.
    """
    if question.small_talk or k <= 0 or unknown_names(store, question):
        return []
    if question.names_something and (question.clients or not general):
        listed = listing(store, embedder, question, scope)
        if listed:
            return listed
        # Nothing matches every name; a named client still narrows the search ("the Acme logo" with no logo).
        if question.clients:
            hits = [
                hit
                for name in question.clients
                for hit in relevant(store, embedder, question.text, k, scope, Filters.of(client=name), relevance)
            ]
            return sorted(hits, key=lambda hit: -hit.score)[:k]
    return relevant(store, embedder, question.text, k, scope, Filters(), relevance)


def listing(store: Store, embedder: Embedder, question: Question, scope: Scope) -> list[Hit]:
    """Every source that matches the question's names, by date, each with its passage closest to the question."""
    filters = question.filters()
    rows = [
        row
        for row in store.catalog.sources()
        if scope.allows(row.client_key, row.public)
        and any(f.matches(row.client_key, row.meta.service, row.meta.date, row.meta.outcome) for f in filters)
    ]
    if not rows:
        return []
    rows = _titled(store, question, rows)
    best: dict[str, Hit] = {}
    for narrowed in filters:
        for hit in search(store, embedder, question.text, k=3 * LIST_LIMIT, scope=scope, filters=narrowed):
            best.setdefault(hit.citation.source, hit)
    if len(rows) > LIST_LIMIT:
        ranked = list(best)
        rows = sorted(rows, key=lambda row: ranked.index(row.source) if row.source in best else len(ranked))
        rows = sorted(rows[:LIST_LIMIT], key=_by_date)
    listed = [best.get(row.source) or _first_passage(store, row) for row in rows]
    return [hit for hit in listed if hit is not None]


def _titled(store: Store, question: Question, rows: list[SourceRow]) -> list[SourceRow]:
    """The rows that hold every name or code the question adds to its filters, if any row does.

    "How many spreads was Moss and the Moon?" names a service (every book) and a title (one of them): the
    title narrows the list. A year is left out, the period filter has it already.
    """
    known = {word for client in question.clients for word in tokens(client)}
    marks = {w for w in name_like(question.text) if w not in known and w not in STOPWORDS and not _YEAR.fullmatch(w)}
    if not marks:
        return rows
    holding = [row for row in rows if marks <= {w for c in store.catalog.chunks(row.sid) for w in tokens(c.text)}]
    return holding or rows


def relevant(
    store: Store, embedder: Embedder, text: str, k: int, scope: Scope, filters: Filters, relevance: Relevance
) -> list[Hit]:
    """The ``k`` best search hits that pass the relevance test."""
    hits = search(store, embedder, text, k=2 * k, scope=scope, filters=filters)
    marked = [w for w in name_like(text) if w not in STOPWORDS and w not in SMALL_TALK]
    frequency, _ = store.catalog.document_frequency(marked) if marked else ({}, 0)
    rare = {word for word, n in frequency.items() if 0 < n <= relevance.rare_chunks}
    kept = [
        hit
        for hit in hits
        if (hit.similarity or 0.0) >= relevance.min_similarity or (rare and rare & set(tokens(hit.text)))
    ]
    return kept[:k]


def unknown_names(store: Store, question: Question) -> list[str]:
    """Names and codes in the question that memory holds nowhere: then it asks about something else.

    "Tell me about the logo for Zorblax Ltd." names no client of the freelancer's; listing their logo projects
    instead would answer a question nobody asked, so it gets nothing (and the answer says so).
    """
    known = {word for client in question.clients for word in tokens(client)}
    runs = [name for name in names_in(question.text) if len(tokens(name)) >= 2]  # one capital may be a German noun
    named = [
        name
        for name in [*runs, *(match.group(0) for match in _CODE.finditer(question.text))]
        if not known.intersection(tokens(name))  # "der Bäckerei Brotzeit" is Brotzeit Bakery
    ]
    words = {w for name in named for w in tokens(name) if len(w) >= 3 and w not in STOPWORDS}
    if not words:
        return []
    frequency, _ = store.catalog.document_frequency(sorted(words))
    return [name for name in named if any(frequency.get(w, 0) == 0 for w in tokens(name) if w in words)]


def name_like(text: str) -> list[str]:
    """The folded words of ``text`` written like a name or a code: with a digit, or capitalised inside a sentence.

    "KB-2291" and "the Lanternfish game" mark what they mean; "autumn" or "weather" in an off-topic question do
    not, even when some brief happens to contain them. German capitalises every noun, so there only digits and
    capitals throughout ("KB") count.
    """
    german = language_of(tokens(text)) == "de"
    found: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        before = text[: match.start()].rstrip()
        inside = bool(before) and before[-1] not in ".!?" and not german
        if any(c.isdigit() for c in word) or (inside and word[0].isupper()) or (len(word) > 1 and word.isupper()):
            found.extend(tokens(word))
    return found


def _first_passage(store: Store, row: SourceRow) -> Hit | None:
    chunks = store.catalog.chunks(row.sid)
    return hit_of(chunks[0], 0.0, None, ("filter",)) if chunks else None


def _by_date(row: SourceRow) -> tuple[bool, str, str]:
    return row.meta.date is None, row.meta.date.isoformat() if row.meta.date else "", row.source
