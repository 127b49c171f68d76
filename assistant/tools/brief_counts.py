"""How many of each service an inquiry asks for, what a fee per piece is multiplied by, and what to ask instead.

:func:`all_deliverables` counts each service the inquiry names (digits, words, parts, one per thing, a total the
client states); :func:`counter` gives the count a per-piece fee is for ("400 € per label" times the labels); and
:func:`count_questions` asks, in the client's language, for every count that could not be read. A count is never
guessed: a service asked for without one is left out of the quote and asked about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from assistant.profile import Profile
from assistant.reading.quantities import fold, unit_words
from assistant.reading.scope import ASK
from assistant.reading.services import keyword_hits, request_sentences
from assistant.reading.totals import listed_count, stated_totals
from assistant.tools import brief_extract as ex
from assistant.tools.brief_models import Brief
from assistant.tools.quote_models import Deliverable
from assistant.tools.quote_words import how_many


def all_deliverables(text: str, profile: Profile, first: str | None, named: Sequence[str] = ()) -> list[Deliverable]:
    """Counted deliverables of the services the inquiry asks for (``named``, the likeliest first).

    A total the client states for their parts ("six in total", :mod:`assistant.reading.totals`) is the count. A
    service priced per project that is asked for without a count is one project (a logo is one logo). Two
    mentions of the same service and quantity (``14 spreads`` in the mail and in the attached brief) are one
    deliverable.
    """
    ids = list(dict.fromkeys([*([first] if first else []), *named]))
    if not ids:  # no reader's answer: every service whose keywords the text names, most named first
        hits = keyword_hits(text, profile)
        ids = sorted(hits, key=lambda sid: -hits[sid])
    found: list[Deliverable] = []
    services = [profile.service(sid) for sid in ids]
    totals = stated_totals(text, {s.id: [*unit_words(s.unit), *s.keywords] for s in services})
    for service in services:
        sid = service.id
        if sid in totals:  # "six in total", "also insgesamt fünf": the client's own count of their parts wins
            found.append(Deliverable(description=f"{service.unit}s", quantity=totals[sid].value or 1, service=sid))
            continue
        items = ex.find_deliverables(text, service) or ex.bullet_items(text, service) or ex.named_once(text, service)
        listed = (
            None if service.unit == "project" else listed_count(text, [*unit_words(service.unit), *service.keywords])
        )
        if listed is not None and all(d.quantity == 1 for d in items):  # "poses: waving, thinking, pointing"
            items = [Deliverable(description=f"{service.unit}s", quantity=listed.value or 1, service=sid)]
        if not items and service.unit == "project" and not ex.vague_count(text, service):
            items = [Deliverable(description=service.name, quantity=1, service=sid)]
        for item in items:
            repeated = item.quantity > 1 and any(d.service == sid and d.quantity == item.quantity for d in found)
            if not repeated and not any(d.description.lower() == item.description.lower() for d in found):
                found.append(item)
        if any(d.service == sid for d in found):
            found += ex.find_extras(text, service, found)
    found = [_with_covers(d, text, profile) for d in found]
    return found + _counted_elsewhere(text, profile, ids, found)


def _with_covers(item: Deliverable, text: str, profile: Profile) -> Deliverable:
    """One project of a service, with what the inquiry names of what it holds (:attr:`Service.covers`).

    Its own ``covers`` words and the keywords of the services it includes, in the order the client wrote them; a
    word inside a longer one found ("guide" in "brand guide") is not counted again. "Charte graphique (1 projet)"
    said only the word the client used for the whole; "Identité de marque (logo, cartes de visite, charte
    graphique)" says what the line covers.
    """
    service = profile.service(item.service) if item.service else None
    if service is None or service.unit != "project" or item.quantity != 1:
        return item
    words = [*service.covers, *(k for sid in service.includes for k in profile.service(sid).keywords)]
    covers = _named(words, fold(text))
    return item.model_copy(update={"covers": covers}) if covers else item


def held_elsewhere(text: str, profile: Profile, quoted: Collection[str]) -> dict[str, tuple[str, ...]]:
    """What the inquiry asks for that only a service it is not quoted for holds: service id to the client's words.

    "Ein Logo und Visitenkarten": business cards are no service of their own but part of a brand identity (its
    ``covers``), so the quote is for the logo alone. The reply must say where the cards went, never drop them
    silently (:func:`assistant.daemon.wording.held_by`; the quote notes it too). Only sentences that ask for
    something are read (:func:`~assistant.reading.services.request_sentences`, with
    :data:`~assistant.reading.scope.ASK`, a bullet or a question: "Was kostet ein Logo und Visitenkarten?"), and a
    word that a quoted service covers, or is one of its keywords, is not reported. Each word is given as the
    client wrote it when the text spells it so ("Visitenkarten"), else as the profile does.
    """
    asked = " | ".join(s for s in request_sentences(text) if s.startswith("•") or s.endswith("?") or ASK.search(s))
    taken = {fold(word) for sid in quoted for word in (*profile.service(sid).covers, *profile.service(sid).keywords)}
    found: dict[str, tuple[str, ...]] = {}
    for service in profile.services:
        if service.id in quoted or not service.covers:
            continue
        words = _named([w for w in service.covers if fold(w) not in taken], asked)
        if words:
            found[service.id] = tuple(dict.fromkeys(_as_written(w, text) for w in words))
    return found


def _named(words: Sequence[str], folded: str) -> tuple[str, ...]:
    """The ``words`` that ``folded`` text names, in the order written.

    A word inside a longer one already found ("guide" in "brand guide") is not counted again.
    """
    spans: list[tuple[int, int, str]] = []
    for word in sorted(dict.fromkeys(words), key=len, reverse=True):
        found = re.search(rf"(?<![\w-]){re.escape(fold(word))}(?![\w-])", folded)
        if found and not any(start <= found.start() and found.end() <= end for start, end, _ in spans):
            spans.append((found.start(), found.end(), word))
    return tuple(word for _, _, word in sorted(spans))


def _as_written(word: str, text: str) -> str:
    """``word`` with the client's capitals ("Visitenkarten"), when the text spells it with the profile's letters."""
    found = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE)
    return found.group(0) if found else word


def _counted_elsewhere(text: str, profile: Profile, ids: Sequence[str], found: list[Deliverable]) -> list[Deliverable]:
    """Pieces the client counts in a service's own unit that the service reader did not name: "und vier Posen".

    Only where every service read is priced per project (a mascot), so that "a picture book of 12 illustrations"
    never adds editorial illustration to a book; only a definite count of the unit ("sei espressioni", "zwei
    Plakate"), never "a poster" in passing.
    """
    if any(profile.service(sid).unit != "project" for sid in ids):
        return []
    added: list[Deliverable] = []
    for service in profile.services:
        if service.id in ids or service.unit == "project":
            continue
        counted = [d for d in ex.counted_units(text, service) if d.quantity >= 1]
        if counted:
            added += counted
    return added


def counter(deliverables: Sequence[Deliverable], profile: Profile) -> Callable[[str], int | None]:
    """How many of a noun the inquiry asks for, for a fee per piece ("400 € per label" times the labels).

    The noun is one of a service's words ("label", "Doppelseite"): that service's count; any other ("each",
    "Stück") counts everything asked for. An extra (a book's cover) is not one of the pieces the client counted.
    """

    def count_of(noun: str) -> int | None:
        counted = [d for d in deliverables if d.service and d.description.lower() not in _extras(profile, d.service)]
        folded = fold(noun)
        if len(folded) >= 3:
            named = [d for d in counted if any(_same_word(folded, w) for w in _words_of(profile, d.service or ""))]
            counted = named or counted
        return sum(d.quantity for d in counted) or None

    return count_of


def _extras(profile: Profile, service: str) -> set[str]:
    return {word.lower() for word in profile.service(service).extras}


def _words_of(profile: Profile, service: str) -> list[str]:
    found = profile.service(service)
    return [fold(w) for w in (*unit_words(found.unit), *found.keywords)]


def _same_word(noun: str, word: str) -> bool:
    """``etiket`` and ``etiketten``, ``illustration`` and ``illustrazione``: one is the other's stem."""
    stem = min(len(noun), len(word), 6)
    return " " not in word and len(word) >= 3 and noun[:stem] == word[:stem]


def count_questions(brief: Brief, profile: Profile) -> list[str]:
    """One question for each service asked for whose count could not be read ("a few posters", "some labels")."""
    asked = [*brief.services] or ([brief.service] if brief.service else [])
    counted = {d.service for d in brief.deliverables}
    questions = []
    for sid in dict.fromkeys(asked):
        if sid in counted:
            continue
        service = profile.service(sid)
        questions.append(how_many(service.unit))  # the one wording of the question, as quotes ask it too
    return questions
