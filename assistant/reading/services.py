"""Which services of the rate card an inquiry asks for: past projects vote, rate-card keywords add their signal.

The freelancer's past briefs are labelled data (their front matter says ``service:``), so the nearest past
projects vote on what a new inquiry is, through the shared :class:`~assistant.reading.semantic.ExampleBank`.
The rate card's own names, descriptions and keywords are examples too, and its keywords are counted in the
sentences that ask for something (a sentence that says "later maybe labels" or "we already have a logo" asks
for neither). An inquiry can hold several services: every service named in a request sentence is kept, the
likeliest first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.reading.context import not_asked
from assistant.reading.quantities import COMPOUND_HEAD, fold, read_quantity, unit_words
from assistant.reading.semantic import Embed, Example, ExampleBank, Reading
from assistant.reading.totals import listed_count, stated_totals
from assistant.reading.words import accent_blind, language_of, tokens

if TYPE_CHECKING:
    from assistant.memory import Memory
    from assistant.profile import Profile

KEYWORD_WEIGHT = 1.0
BANK_WEIGHT = 2.0
"""The bank's vote share counts as two keyword hits: a nearest past project is better evidence than one word."""
SECOND_SHARE = 0.2
"""A further service is kept when a request sentence names it and it scores this share of the first's score, or
the client counts its things ("y también necesitamos 2 carteles" under a subject that names only the book)."""
MIN_BANK_CONFIDENCE = 0.35
"""Below this the bank alone does not name a service (no keyword did either): ask which service it is."""
_NOT_NOW = accent_blind(
    r"\b(later|eventually|some ?day|in the future|not now|not yet|no need|don't need|do not need|already (?:have|got)|"
    r"we have (?:a|our) |without|except|not (?:looking|asking)|"
    r"später|irgendwann|haben (?:schon|bereits)|brauchen keine|ohne|"
    r"plus tard|avons déjà|a déjà|pas besoin|sans|"
    r"más adelante|ya tenemos|no necesitamos|sin|"
    r"più avanti|in futuro|abbiamo già|non ci serve|senza|"
    r"hebben al|niet nodig|zonder)\b"
)
_LATER = accent_blind(r"later|später|plus tard|más adelante|più avanti")
MAYBE = accent_blind(
    r"\b(maybe|perhaps|possibly|optional\w*|vielleicht|eventuell|peut-être|éventuellement|tal vez|quizás?|forse|"
    r"magari|eventualmente|misschien|eventueel)\b",
    re.I,
)
"""A thing said as a maybe ("y tal vez una caja"): not asked, however it is said."""
_EXISTING = accent_blind(
    r"\b(already|existing|schon|bereits|bestehend\w*|déjà|existant\w*|ya (?:tenemos|tengo)|existente|già|esistente|"
    r"bestaande|hebben al|heb al)\b"
)
"""The client has the thing already ("ho già un personaggio"): what a per-piece service is drawn to, not asked."""
_VERB_AFTER = accent_blind(
    r"^\s+(?:you|we|i|they|he|she|it|be|the|a|an|our|your|this|that|out|up|me|us|do|help|please)\b"
)
"""A keyword followed by one of these is a verb ("can you", "figure out", "print the"), not the thing."""
REQUEST_CUES = accent_blind(
    r"\b(need|needs|(?:we|i) (?:want|would want)|(?:and|also|really|just) want (?:a|an|some|\d+)|wants (?:a|an|\d+)|"
    r"looking for|would like|we'd like|i'd like|could you|can you|"
    r"(?:could|can) we (?:get|have|do|order)|könnten wir (?:\w+ )?(?:bekommen|haben)|"
    r"pourrions-nous (?:avoir|commander)|podríamos (?:tener|pedir|encargar)|potremmo (?:avere|ordinare)|"
    r"kunnen we (?:\w+ )?(?:krijgen|bestellen)|"
    r"vorrebbe|vorrebbero|(?:kan|kun) (?:jij|je) (?:\w+ ){1,8}maken|"
    r"would you|commission|quote|do you (?:also )?(?:do|make|draw|design)|"
    r"machst du auch|machen sie auch|faites-vous|vous faites|haces|hacéis|fai anche|realizza|"
    r"doe je|doe jij|doen jullie|"
    r"brauche|brauchen|bräuchte|bräuchten|benötigen|suche|suchen|hätte gern|hätten gern|möchte|möchten|wünschen|"
    r"könnten sie|kannst du|angebot|"
    r"cherche|cherchons|besoin|souhait\w*|voudrions|aimerions|pourriez|pouvez|devis|"
    r"necesit\w*|buscamos|busco|queremos|quisiéramos|podrías|podría|presupuesto|encarg\w*|"
    r"cerchiamo|cerco|vorremmo|vorrei|servono|serve|bisogno|potrebbe|preventivo|commission\w*|"
    r"zoeken|zoek|willen|nodig|graag|offerte)\b"
)
"""A sentence with one of these asks for something: the services it names count double. "We" asks only for a
thing ("could we get the poster in Spanish?", "kunnen we ... krijgen"), never for a call ("kunnen we bellen")."""
_HOMOGRAPHS = frozenset({"can", "may", "will", "must"})
"""Keywords that are also English verbs ("a can" but "I can pay"): they count after a determiner or in plural."""
_DETERMINER = accent_blind(
    r"(?:\b(?:a|an|the|one|two|three|four|five|six|our|your|my|this|that|each|per|new|first|second|third)|\d)\s+$"
)
_COMPOUNDING = frozenset({"de", "nl"})
"""Languages that write a thing and its kind as one word ("Konzertplakat", "wijnetiket")."""
_SENTENCE = accent_blind(
    r"(?<=[.!?;])(?<!\bca\.)(?<!\bapprox\.)(?<!\bevtl\.)(?<!\binkl\.)(?<!\bbzw\.)(?<!\bggf\.)(?<!\bz\.b\.)\s+|"
    r"\n\s*\n"
)
"""Where a sentence ends: not after an abbreviation ("ca. acht Sticker-Motive" is one request)."""
_QUOTED = accent_blind(r"^\s*>.*$", re.M)


@dataclass(frozen=True)
class ServiceReading:
    """The services an inquiry asks for, likeliest first, and why."""

    services: tuple[str, ...]
    scores: dict[str, float] = field(default_factory=dict)
    reason: str = ""
    bank: Reading | None = None

    @property
    def service(self) -> str | None:
        """The likeliest service, or None when the inquiry names none that the rate card has."""
        return self.services[0] if self.services else None


def request_sentences(text: str) -> list[str]:
    """Sentences of the new text (no quoted lines) that do not put a thing off ("later", "already have").

    A bullet item is marked with a leading ``•``: a list of things is a list of requests.
    """
    body = re.sub(r"(?m)^\s*[-*•]\s+", "\n\n• ", _QUOTED.sub("", text))
    return [s for s in (" ".join(p.split()) for p in _SENTENCE.split(fold(body))) if s and not _puts_off(s)]


def _puts_off(sentence: str) -> bool:
    """Whether a sentence puts its things off: "later maybe labels", "we already have a logo".

    "Later" alone in a sentence that asks, with no "maybe", plans the thing rather than putting it off
    ("Zusätzlich bräuchten wir später ca. acht Sticker-Motive"): it is asked, for a later date.
    """
    found = _NOT_NOW.search(sentence)
    if found is None:
        return False
    if _LATER.fullmatch(found.group(0)) and REQUEST_CUES.search(sentence) and not MAYBE.search(sentence):
        return any(not _LATER.fullmatch(m.group(0)) for m in _NOT_NOW.finditer(sentence))
    return True


def keyword_hits(
    text: str, profile: Profile, *, requests_only: bool = False, first_line: bool = True
) -> dict[str, int]:
    """How often each service's keywords (and id) occur; a phrase, the first line and a request count double.

    Sentences that put a thing off ("later maybe labels") are not read at all; with ``requests_only`` only the
    first line (unless ``first_line`` is false) and sentences that ask for something are. A keyword that the
    clause around it makes a use, a thing the client has, or what off-card work is done to
    (:func:`~assistant.reading.context.not_asked`) asks for nothing and is not counted.
    """
    sentences = request_sentences(text)
    weights = [
        2 if (i == 0 and first_line) or s.startswith("•") or REQUEST_CUES.search(s) else 0 if requests_only else 1
        for i, s in enumerate(sentences)
    ]
    compound = language_of(tokens(text)) in _COMPOUNDING
    hits: dict[str, int] = {}
    for sentence, weight in zip(sentences, weights, strict=True):
        found = _matches(sentence, profile, compound)
        heads = sorted([*((sid, m) for sid, _, m in found), *_units(sentence, profile)], key=lambda h: h[1].start())
        for sid, word, match in found:
            head = _head_before(heads, match)
            if not_asked(sentence, match.start(), match.end(), after_other=head is not None and head != sid):
                continue  # "4 poses for the box", "im bestehenden Erscheinungsbild", "translate our children's book"
            hits[sid] = hits.get(sid, 0) + weight * (2 if " " in word else 1)
    return {sid: score for sid, score in hits.items() if score}


def _matches(sentence: str, profile: Profile, compound: bool) -> list[tuple[str, str, re.Match[str]]]:
    """Every service keyword (and id) in one folded sentence: (service id, keyword, match), verbs left out.

    With ``compound`` a keyword that ends a compound counts once, where no keyword of its service was read
    already ("Stadtmagazin" is a keyword of its own, not a "magazine" as well).
    """
    found: list[tuple[str, str, re.Match[str]]] = []
    for service in profile.services:
        words = [w for w in (fold(k).strip() for k in {*service.keywords, service.id.replace("-", " ")}) if w]
        read = [(service.id, w, m) for w in words for m in keyword_pattern(w).finditer(sentence)]
        spans = [m.span() for _, _, m in read]
        for w in words if compound else ():
            for m in keyword_pattern(w, compound=True).finditer(sentence):
                start, end = m.span()
                if not m.group(0).startswith(w[:3]) and not any(start < e and s < end for s, e in spans):
                    read.append((service.id, w, m))
                    spans.append((start, end))
        found += [(sid, w, m) for sid, w, m in read if _a_thing(sentence, w, m)]
    return found


def _a_thing(sentence: str, word: str, match: re.Match[str]) -> bool:
    """Whether a keyword match names the thing: not a verb ("can you", "figure out"), nor "can" without "a"."""
    if " " not in word and _VERB_AFTER.match(sentence[match.end() :]):
        return False
    if word in _HOMOGRAPHS and match.group(0) == word:
        return bool(_DETERMINER.search(sentence[max(0, match.start() - 12) : match.start()]))
    return True


def _units(sentence: str, profile: Profile) -> list[tuple[str, re.Match[str]]]:
    """Each service's unit words in a sentence ("eine Illustration"): what a "for" phrase after them is for."""
    return [
        (service.id, match)
        for service in profile.services
        for word in unit_words(service.unit)
        for match in keyword_pattern(fold(word)).finditer(sentence)
    ]


def _head_before(heads: list[tuple[str, re.Match[str]]], match: re.Match[str]) -> str | None:
    """The service of the nearest thing named before ``match``: "4 poses for the box" is for the poses.

    A unit word right after another service's keyword is that keyword's ("a logo design for the box": the logo).
    """
    before = [(sid, m) for sid, m in heads if m.end() <= match.start()]
    if not before:
        return None
    sid, nearest = before[-1]
    joined = [other for other, m in before if 0 < nearest.start() - m.end() <= 1]
    return joined[-1] if joined else sid


def keyword_pattern(word: str, *, compound: bool = False) -> re.Pattern[str]:
    """A keyword with its plurals in the supported languages: ``etichetta`` finds ``etichette``, ``logo`` ``logos``.

    The head of a German or Dutch compound after it is read too ("Plakatmotive", :data:`COMPOUND_HEAD`); with
    ``compound`` (German or Dutch text) so is a keyword of four letters or more that ends a compound
    ("Konzertplakate", "Firmenlogo", "festivalposters"), which English would misread ("purpose", "discover").
    """
    return _keyword_pattern(word, compound and " " not in word and len(word) >= 4)


@functools.cache
def _keyword_pattern(word: str, compound: bool) -> re.Pattern[str]:
    stem = word[:-1] if " " not in word and len(word) >= 5 and word[-1] in "aeo" else word
    start = r"(?<!\w)(?:[a-zà-ÿß]{3,}?)?" if compound else r"(?<!\w)"
    return accent_blind(rf"{start}{re.escape(stem)}(?:s|es|en|n|e|x|i|a|o|as|os)?{COMPOUND_HEAD}?(?!\w)")


def rate_card_examples(profile: Profile) -> list[Example]:
    """The rate card as examples: each service's name and description, and each keyword phrase."""
    examples = []
    for service in profile.services:
        examples.append(Example(f"{service.name}. {service.description}", service.id, "rate card"))
        examples += [Example(f"{service.name}: {k}", service.id, "rate card") for k in service.keywords]
    return examples


def project_example(title: str, tags: Sequence[str], text: str, service: str, source: str) -> Example:
    """One past project as an example: its title, tags and what the client wrote (the start of the brief)."""
    said = re.search(r"(?ms)^#+ What the client wrote\s*\n(.*?)(?=^#|\Z)", text)
    body = said.group(1) if said else text
    body = " ".join(line.lstrip("> ").strip() for line in body.splitlines())[:600]
    return Example(f"{title}. {', '.join(tags)}. {body}".strip(), service, source)


def memory_examples(memory: Memory, profile: Profile) -> list[Example]:
    """Every past project in memory whose ``service:`` is on the rate card, as a labelled example.

    Only the label leaves this reader (a service id), so projects of every client may vote.
    """
    known = {s.id for s in profile.services}
    examples = []
    for info in memory.sources():
        if info.meta.service not in known:
            continue
        chunks = memory.chunks(info.source)
        text = "\n".join(c.text for c in chunks[:2])
        examples.append(project_example(info.meta.title, info.meta.tags, text, info.meta.service, info.source))
    return examples


def brief_examples(paths: Iterable[Path], profile: Profile) -> list[Example]:
    """Past briefs read from Markdown files with front matter (what memory holds, without a store)."""
    from assistant.memory.loaders import load

    known = {s.id for s in profile.services}
    examples = []
    for path in paths:
        doc = load(path, path.read_bytes())
        if doc.meta.service in known:
            text = "\n".join(segment.text for segment in doc.segments)
            examples.append(project_example(doc.meta.title, doc.meta.tags, text, doc.meta.service, str(path)))
    return examples


def _without(text: str, words: Iterable[str]) -> str:
    """``text`` folded, without ``words`` (a service's extras, "cover", "portada"): what the other services name."""
    alternatives = "|".join(re.escape(fold(word)) for word in words)
    return re.sub(rf"(?<![\w-])(?:{alternatives})s?(?![\w-])", " ", fold(text)) if alternatives else text


class ServiceReader:
    """Reads the services an inquiry asks for, from the rate card and the freelancer's past projects."""

    def __init__(self, profile: Profile, embed: Embed | None = None, past: Iterable[Example] = ()) -> None:
        """Embed the rate card and the past projects once; ``embed=None`` reads keywords only."""
        self.profile = profile
        examples = [*rate_card_examples(profile), *past]
        self.bank = ExampleBank(examples, embed, k=9) if embed is not None else None

    def _without_included(self, services: tuple[str, ...]) -> tuple[str, ...]:
        """``services`` without those another of them holds (``[[services]] includes``), order kept."""
        held = {inner for sid in services for inner in self.profile.service(sid).includes if inner != sid}
        return tuple(sid for sid in services if sid not in held) or services

    def _described(self, text: str, first: str, sid: str) -> bool:
        """Whether the first service holds this one's things by its description (a mascot has "three expressions").

        Only a service priced per project says in its description what one project holds; a per-piece service's
        description says what its pieces need ("poses of a character that already exists"), so a mascot asked
        for next to poses is asked, not held by them, unless the text says the client has one already.
        """
        service = self.profile.service(first)
        if service.unit != "project" and not _EXISTING.search(text):
            return False
        description = fold(service.description)
        return any(keyword_pattern(fold(k)).search(description) for k in self.profile.service(sid).keywords)

    def _counted(self, text: str, sid: str) -> bool:
        """Whether the text counts this service's things ("a mascot and eight poses"): asked beyond the first's.

        A count said only vaguely or as a guess counts too ("ca. acht Sticker", "una decina di pose", "maybe eight
        stickers"): the client asks for more than the first service holds, and the reply asks how many.
        """
        service = self.profile.service(sid)
        nouns = [*unit_words(service.unit), *service.keywords]
        found = read_quantity(text, nouns)
        if found is not None and not found.article and (found.value or found.vague):
            return True
        return sid in stated_totals(text, {sid: nouns}) or listed_count(text, nouns) is not None

    def _together(self, text: str, first: str, sid: str) -> bool:
        """Whether one request sentence of the body names both services ("a visual identity and the bottle label").

        A second service asked for next to the first is asked, however often the subject and the phrases of the
        first outweigh it.
        """
        return any(
            REQUEST_CUES.search(s) and {first, sid} <= keyword_hits(s, self.profile, first_line=False).keys()
            for s in request_sentences(text)
        )

    def read(self, text: str, subject: str = "") -> ServiceReading:
        """The services ``text`` asks for, likeliest first; empty when it names none the rate card has."""
        full = f"{subject}\n{text}".strip()
        hits = keyword_hits(full, self.profile)
        held = [word for sid in hits for word in self.profile.service(sid).extras]
        if held:  # "un cuento infantil ... más la portada": the cover is the book's, not an editorial piece
            hits = keyword_hits(_without(full, held), self.profile)
        scores = {sid: KEYWORD_WEIGHT * n for sid, n in hits.items()}
        reading = None
        if self.bank is not None and full:
            wanted = "\n".join(request_sentences(full))[:1500] or full[:1500]
            reading = self.bank.read(wanted)
            total = sum(max(score, 0.0) ** 2 for _, score in reading.nearest) or 1.0
            for example, score in reading.nearest:
                scores[example.label] = scores.get(example.label, 0.0) + BANK_WEIGHT * max(score, 0.0) ** 2 / total
        if not scores:
            return ServiceReading((), {}, "no service of the rate card is named", reading)
        ranked = sorted(scores, key=lambda sid: scores[sid], reverse=True)
        if not hits and (reading is None or reading.confidence < MIN_BANK_CONFIDENCE):
            return ServiceReading((), scores, f"unclear: {reading.reason if reading else 'no keyword'}", reading)
        first = ranked[0]
        second = keyword_hits(_without(full, self.profile.service(first).extras), self.profile, requests_only=True)
        named = [
            sid
            for sid in ranked
            if sid != first
            and second.get(sid)
            and (
                scores[sid] >= SECOND_SHARE * scores[first]
                or self._counted(full, sid)
                or self._together(text, first, sid)
            )
            and not (self._described(full, first, sid) and not self._counted(full, sid))
        ]
        services = self._without_included((first, *named))
        why = [f"keywords {', '.join(f'{s}×{hits[s]}' for s in services if s in hits)}"] if hits else []
        if reading is not None:
            why.append(reading.reason)
        return ServiceReading(services, scores, "; ".join(why), reading)
