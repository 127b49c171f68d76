"""Deterministic extraction from inquiry text: services, quantities, budgets, names and sentence roles.

This runs first and wins: regexes and the profile's service keywords cannot invent anything. The model only
fills what these leave empty, and :func:`grounded` checks that what it wrote is in the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.profile import Profile, Service
from assistant.reading.budgets import read_budget
from assistant.reading.per_thing import one_per_thing
from assistant.reading.quantities import (
    APPROXIMATE,
    ARTICLES,
    COMPOUND_HEAD,
    fold,
    noun_stem,
    number_pattern,
    number_value,
    read_quantity,
    unit_words,
)
from assistant.reading.services import MAYBE
from assistant.tools.brief_dates import NUMBER_WORDS
from assistant.tools.brief_models import Budget
from assistant.tools.quote_models import Deliverable

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n\s*[-*•]\s+|\n(?=\s*(?:[A-Z][\w -]{0,20}:\s|\d{1,3}\s+[A-Z]))")
_WORD = re.compile(r"[a-zà-ÿß0-9']+", re.I)
_SIGN_OFF = re.compile(
    r"^\s*(best|best regards|kind regards|with kind regards|with best regards|best wishes|regards|thanks|thank you|"
    r"many thanks|cheers|all the best|warm regards|have a nice \w+|"
    r"warmly|viele grüße|liebe grüße|beste grüße|herzliche grüße|mit freundlichen grüßen|lg|vg)[,!.]?\s*$",
    re.I | re.M,
)
ROLE_CUES: dict[str, re.Pattern[str]] = {
    "audience": re.compile(
        r"\b(audience|aimed at|target(?:ed)? at|for (?:kids|children|families|teens|parents|readers|customers)|"
        r"ages? \d|aged \d|readers|zielgruppe|our customers|our visitors)\b",
        re.I,
    ),
    "style": re.compile(
        r"(https?://\S+|\blooks? (?:like|of)\b|\b(?:a|the|that|this)\s+(?:[\w-]+,?\s+){0,3}look\b|"
        r"\b(similar to|inspired by|in the style of|style|feel|vibe|aesthetic|reference|references|"
        r"we love|we like|à la|pinterest|moodboard|painterly|watercolou?r|pencil|gouache|minimalist|retro)\b)",
        re.I,
    ),
    "constraints": re.compile(
        r"\b(must|has to|have to|needs? to be|only|cannot|can't|no more than|at most|format|size|cmyk|rgb|"
        r"\d+\s?x\s?\d+|cm|mm|px|pages|colou?rs?|print(?:ed|er)?|dieline|brand guidelines?|file types?)\b",
        re.I,
    ),
    "goals": re.compile(
        r"\b(we want|i want|we need|i need|needs|looking for|would like|we'd like|i'd like|hoping|goal|aim|so that|"
        r"help us|plan to|planning|launch\w*|möchten|brauchen|suchen)\b",
        re.I,
    ),
}
_LEGAL_FORM = re.compile(r"\b(GmbH|AG|UG|KG|e\.V\.|Ltd|LLC|Inc|B\.V\.|S\.A\.|SARL|Verlag|Press)\b")
_MAX_ITEMS = 5
_MAX_CHARS = 300


def sentences(text: str) -> list[str]:
    """Sentences and bullet items of ``text``, trimmed, without quoted lines."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    parts = _SENTENCE.split("\n".join(lines))
    return [" ".join(p.split()).strip(" -*•") for p in parts if p and len(p.split()) >= 3]


def classify(text: str) -> dict[str, list[str]]:
    """Each sentence under the first role whose cue it has: audience, style, constraints, goals."""
    roles: dict[str, list[str]] = {role: [] for role in ROLE_CUES}
    for sentence in sentences(text):
        if "budget" in sentence.lower():
            continue
        for role, cue in ROLE_CUES.items():
            if cue.search(sentence):
                if len(roles[role]) < _MAX_ITEMS:
                    roles[role].append(sentence[:_MAX_CHARS])
                break
    return roles


def keyword_scores(text: str, profile: Profile) -> dict[str, int]:
    """How often each service's keywords (and its id) appear; a keyword of several words counts double."""
    lowered = text.lower()
    scores: dict[str, int] = {}
    for service in profile.services:
        score = 0
        for keyword in {*service.keywords, service.id.replace("-", " ")}:
            hits = len(re.findall(rf"\b{re.escape(keyword.lower())}s?\b", lowered))
            score += hits * (2 if " " in keyword else 1)
        if score:
            scores[service.id] = score
    return scores


def guess_service(text: str, profile: Profile) -> str | None:
    """The service whose keywords score highest, or None when none match or two tie."""
    ranked = sorted(keyword_scores(text, profile).items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def find_deliverables(text: str, service: Service) -> list[Deliverable]:
    """``N <thing>`` phrases where the thing is the service's unit or one of its keywords.

    Counted phrases win over ``a``/``an`` ones, so a mention in passing does not become a deliverable, and among
    each, phrases naming the unit (``14 spreads``) win over keyword phrases (``12 picture book pages``). An
    ``a``/``an`` phrase listed with a counted one is one more ("two labels and a gift box" is three). One piece
    per thing counts the things ("vier Sorten, je eine Tüte"); a service priced per project is never counted so.
    """
    by_thing = service.unit != "project"
    if by_thing and (each := one_per_thing(fold(text), [*unit_words(service.unit), *service.keywords])):
        return [Deliverable(description=f"{service.unit}s", quantity=each.value or 1, service=service.id)]
    by_unit = _counted(text, service, list(unit_words(service.unit)))
    by_keyword = _counted(text, service, list(service.keywords))
    for found in (by_unit, by_keyword):
        counted = [f for f in found if not f.article]
        if counted:
            return [f.item for f in counted] + [f.item for f in found if f.article and _listed(f, counted, found, text)]
    if not by_unit and service.unit.lower().rstrip("s") in PART_UNITS:
        return []  # "a picture book" is not one spread: how many is asked, never guessed
    found = by_unit or by_keyword
    listed = [f for f in found if by_thing and any(_listed(f, [o], found, text) for o in found if o is not f)]
    if len(listed) > 1:  # "ein Etikett für den Gin und eine Geschenkbox dazu": two pieces, listed
        return [f.item for f in listed]
    return [f.item for f in found][:1]  # "a logo ... the new logo": one thing, said twice


def counted_units(text: str, service: Service) -> list[Deliverable]:
    """``N <unit>`` phrases with a definite count ("vier Posen", "zwei Plakate"), never ``a``/``an`` ones."""
    return [f.item for f in _counted(text, service, list(unit_words(service.unit))) if not f.article]


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    article: bool
    item: Deliverable


def _listed(one: _Found, counted: list[_Found], found: list[_Found], text: str) -> bool:
    """Whether ``a gift box`` is listed right next to a counted phrase ("two labels and a gift box").

    Next to it means in one sentence, joined by "and", "plus", a comma, with no other phrase of the service in
    between ("a label and a gift box - two pieces" lists two, and then counts them), and not as a maybe ("y tal
    vez una caja").
    """
    if MAYBE.search(text[max(0, one.start - 24) : one.start]):
        return False
    for other in counted:
        first, second = (one, other) if one.start < other.start else (other, one)
        between = text[first.end : second.start]
        if any(first.end <= f.start < second.start for f in found):
            continue
        if len(between) <= 60 and not re.search(r"[.!?;:]|\n\s*\n", between) and _AND.search(between):
            return True
    return False


_AND = re.compile(r",|\b(?:and|und|et|y|e|en|plus|sowie|dazu|as well as|además|inoltre|außerdem)\b|\+", re.I)
_CONTEXT_WORDS = frozenset(
    "festival flyer screenprint risograph siebdruck sérigraphie serigrafía zeefdruk editorial article magazine "
    "newspaper column op-ed essay artikel zeitschrift stadtmagazin zeitung kolumne revue artículo revista articolo "
    "rivista tijdschrift krant packaging verpackung emballage embalaje envase verpakking dieline sku".split()
)
"""Keywords that name where a piece goes or how it is made ("the festival", "the magazine"), never the piece."""
_THE = (
    r"(?:the|this|that|its|our|your|der|die|das|den|dem|unser\w*|le|la|l['’]|cette|ce|notre|el|este|esta|"
    r"nuestr[oa]|il|lo|questo|questa|de|het|onze|dit|deze)"
)


def named_once(text: str, service: Service) -> list[Deliverable]:
    """One piece asked for in the singular with "the", "l'", "el", "de" ("the book fair poster", "el cartel"): one.

    For an inquiry only: in a client's later mail "the header spot" is a piece already agreed. A sentence that
    says it is not wanted ("the cover is done in-house") does not count, and a service priced per project never.
    """
    words = {fold(n) for n in (*unit_words(service.unit), *service.keywords) if n and " " not in n}
    plural = {n for n in words for w in words if n != w and re.fullmatch(rf"{re.escape(w)}(?:s|en|n|e|i)", n)}
    nouns = words - _CONTEXT_WORDS - plural
    alternatives = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))  # singular forms only
    if not alternatives or service.unit == "project" or vague_count(text, service):
        return []
    pattern = re.compile(rf"(?<![\w-]){_THE}(?:\s+|(?<=')\s*)(?:[\w'’-]+\s+){{0,3}}?((?:{alternatives}))(?![\w-])")
    for sentence in sentences(text):
        found = pattern.search(fold(sentence))
        if found is not None and not _NOT_OURS.search(sentence):
            return [Deliverable(description=found.group(1), quantity=1, service=service.id)]
    return []


@functools.lru_cache(maxsize=256)
def _counted_pattern(alternatives: str) -> re.Pattern[str]:
    """``N <noun>`` for these nouns, compiled once per noun list.

    The number part holds every number word in six languages: compiling it costs tens of milliseconds, and the
    ``re`` module's own cache is evicted by the many small patterns other readers build, so it is kept here.
    """
    return re.compile(
        rf"(?<![\w-])({number_pattern()})\s+((?:[\w'-]+\s+){{0,2}}?\w*?(?:{alternatives})(?:s|es|en|n|e|x|i|a|o|as|os)?{COMPOUND_HEAD}?)\b",
        re.I,
    )


_PRICE_WORDS = frozenset("per pro par por each je x € $ £ eur euro euros".split())
"""Words between a number and a noun that make it a price ("600 euro per affiche"), not a count."""


def _counted(text: str, service: Service, nouns: list[str]) -> list[_Found]:
    alternatives = "|".join(sorted((re.escape(noun_stem(n)) for n in nouns if n), key=len, reverse=True))
    if not alternatives:
        return []
    pattern = _counted_pattern(alternatives)
    folded = re.sub(r"\bun['’](?=[a-zà-ÿ])", "un ", fold(text))  # "un'etichetta" is "un etichetta": same length
    by_thing = service.unit != "project"
    found: list[_Found] = []
    seen: set[str] = set()
    for match in pattern.finditer(folded):
        word = match.group(1).lower()
        quantity = number_value(word) if word not in ("a", "an") else 1
        description = " ".join(text[match.start(2) : match.end(2)].split())
        if quantity is None or not 0 < quantity <= 1000 or description.lower() in seen:
            continue
        if APPROXIMATE.search(folded[max(0, match.start() - 20) : match.start()]):
            continue  # "ca. acht Motive", "maybe six spreads": a guess is asked about, not quoted
        if re.match(r"(to|or|and|of|per|a)\b", description, re.I) or (
            word.isdigit() and _after_name(text, match.start())
        ):
            continue
        if _PRICE_WORDS.intersection(fold(description).split()[:-1]):
            continue
        if word in ARTICLES and fold(description) in _CONTEXT_WORDS:
            continue  # "a festival" is where the poster goes, not a poster
        seen.add(description.lower())
        summed = read_quantity(folded[match.start() : match.end() + 160], nouns, by_thing=by_thing)
        if summed is not None and summed.value and len(summed.parts) > 1 and summed.parts[0] == quantity:
            breakdown = len(summed.parts) > 2 and sum(summed.parts[1:]) == quantity  # "two posters, one for ..."
            quantity = quantity if breakdown else summed.value
        item = Deliverable(description=description, quantity=quantity, service=service.id)
        found.append(_Found(match.start(), match.end(), word in ARTICLES, item))
    if not [f for f in found if not f.article]:
        split = read_quantity(folded, nouns, by_thing=by_thing)
        if split is not None and split.value and not split.article:
            noun = service.unit if service.unit in nouns else nouns[0]  # a description, never priced by name
            item = Deliverable(description=f"{noun}s", quantity=split.value, service=service.id)
            found.insert(0, _Found(0, 0, False, item))
    return found


def vague_count(text: str, service: Service) -> bool:
    """Whether the text counts the service's things only vaguely ("a few posters"): then ask, never guess."""
    for nouns in (list(unit_words(service.unit)), list(service.keywords)):
        found = read_quantity(text, nouns)
        if found is not None and found.vague:
            return True
    return False


PART_UNITS = frozenset({"spread", "page"})
"""Units that are parts of the thing a client names ("a picture book" has many spreads): an article is no count."""
_NOT_OURS = re.compile(r"\b(no|not|without|excluding|except|in-house|ourselves|already)\b", re.I)


def find_extras(text: str, service: Service, found: list[Deliverable]) -> list[Deliverable]:
    """The service's extras (a book's cover) that the text asks for, each as its units of the service.

    A sentence that says it is not wanted (``no cover``, ``the cover is done in-house``) does not count, and an
    extra already among the deliverables is not added twice.
    """
    extras = []
    for word, units in service.extras.items():
        if any(re.search(rf"\b{re.escape(word)}", d.description, re.I) for d in found):
            continue
        said = [s for s in sentences(text) if re.search(rf"\b{re.escape(word)}s?\b", s, re.I)]
        if said and not any(_NOT_OURS.search(s) for s in said):
            extras.append(Deliverable(description=word, quantity=units, service=service.id))
    return extras


def bullet_items(text: str, service: Service) -> list[Deliverable]:
    """Bullet lines that start with one of the service's keywords and give no count: one of each."""
    keywords = sorted((k.lower() for k in service.keywords), key=len, reverse=True)
    found = []
    for line in text.splitlines():
        match = re.match(r"\s*[-*•]\s+(.+)", line)
        if not match:
            continue
        item = match.group(1).strip()
        words = item.lower()
        if any(re.match(rf"(?:an?\s+|the\s+)?{re.escape(k)}s?\b", words) for k in keywords):
            found.append(Deliverable(description=item[:80].rstrip(",;"), quantity=1, service=service.id))
    return found


def _after_name(text: str, start: int) -> bool:
    """True for ``Kontor 7`` or ``Windows 11``: a number right after a capitalised word mid-sentence."""
    match = re.search(r"(\S+)\s+(\S+)\s*$", text[max(0, start - 40) : start])
    if not match:
        return False
    previous, word = match.group(1), match.group(2)
    return word[:1].isupper() and word.isalpha() and not previous.endswith((".", "!", "?", ":", "-", "•", "*"))


def find_budget(
    text: str, currency: str | None = None, count_of: Callable[[str], int | None] | None = None
) -> Budget | None:
    """The budget the text states (:func:`assistant.reading.budgets.read_budget`), as a :class:`Budget`.

    ``count_of`` counts what a per-piece fee is for ("350 each" for four posters is 1,400); without it such a fee
    is given back as stated.
    """
    found = read_budget(text, currency, count_of)
    if found is None or found.amount <= 0:
        return None
    return Budget(amount=found.amount, currency=found.currency, text=found.text)


def find_sign_off_name(text: str) -> str:
    """The name on the line under the last sign-off ("Best," then "Jonas"), or ``""``."""
    matches = list(_SIGN_OFF.finditer(text))
    if not matches:
        return ""
    rest = text[matches[-1].end() :].strip().splitlines()
    name = rest[0].strip() if rest else ""
    return name if 0 < len(name.split()) <= 4 and not any(c.isdigit() for c in name) else ""


def find_company(text: str) -> str:
    """The company in the signature, or ``""``.

    A line with a legal form wins (``Brand Manager, Acme GmbH``); else the line right under the sign-off name
    (``Smoke & Salt BBQ``).
    """
    tail = [line.strip() for line in text.strip().splitlines()[-8:]]
    for line in reversed(tail):
        if _LEGAL_FORM.search(line) and len(line) <= 80:
            parts = [p.strip() for p in re.split(r"[,|·]", line) if _LEGAL_FORM.search(p)]
            return parts[0] if parts else line
    matches = list(_SIGN_OFF.finditer(text))
    if not matches:
        return ""
    rest = text[matches[-1].end() :].strip().splitlines()
    if len(rest) < 2 or not rest[1].strip():
        return ""
    line = rest[1].strip()
    if "@" in line or "http" in line or len(line) > 60 or line.lower().startswith("sent from") or _has_digits(line):
        return ""
    return re.split(r"[|·]", line)[0].split(", ")[-1].strip()


def _has_digits(line: str) -> bool:
    return sum(c.isdigit() for c in line) >= 4


def content_words(text: str) -> set[str]:
    """Lower-case words of four letters or more: what grounding compares."""
    return {w.lower() for w in _WORD.findall(text) if len(w) >= 4}


def grounded(value: str, source: str, share: float = 0.6) -> bool:
    """True when most of ``value``'s content words occur in ``source``: the model did not invent it."""
    words = content_words(value)
    if not words:
        return False
    present = content_words(source)
    return len(words & present) / len(words) >= share


def number_in_text(number: int, text: str) -> bool:
    """Whether ``number`` appears in ``text`` as digits or as a word."""
    if re.search(rf"(?<![\d.,]){number}(?![\d])", text):
        return True
    lowered = text.lower()
    return any(
        value == number and re.search(rf"\b{re.escape(word)}\b", lowered) for word, value in NUMBER_WORDS.items()
    )
