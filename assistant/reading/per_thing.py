"""Counts of the things a piece is for: "labels for our three teas", "vier Sorten, je eine Tüte", "one per chapter".

Packaging, posters and column illustrations are counted by what they are for: a label per wine, a poster per
night, an illustration per chapter. Clients say so in every language: "une douzaine de parfums, une étiquette par
parfum", "quattro formati, una confezione per formato", "vijf smaken, per smaak een wikkel", "eight single
origins, each gets its own bag", "sei formati, ciascuno con la sua illustrazione". :func:`per_thing` reads the
count of those things. Only a definite count is read; a service priced per project is never counted this way
(a mascot "for our three shops" is one mascot).
"""

from __future__ import annotations

import re

from assistant.reading.quantities import (
    ARTICLES,
    FIXED,
    MEASURES,
    Quantity,
    before_noun,
    noun_stem,
    number_value,
)

_OWN = r"(?:our|your|the|my|nos|nuestr[oa]s|unser(?:e|en)?|onze|i nostri|le nostre|mes|meine[n]?)"
_OWN_WORDS = frozenset(re.sub(r"[()?:|\[\]]", " ", _OWN).split())
_FOR = r"(?:for|de|pour|per|para|voor|für|fuer|of|di|van|von)"
_NOT_MONEY = r"(?![.,\s]?\d)(?!\s*(?:€|\$|£|eur|euro|usd|gbp|k\b|tsd))"
"""After a count: not the rest of a sum ("Budget design : 7 500 €" is no count of 7 designs)."""
_EACH = r"(?:each|every|ognuno|ognuna|ogni|jede[rsn]?|chaque|cada|elke?|ieder(?:e)?)"
_APIECE = r"(?:each|apiece|chacune?|jeweils|je|cada un[oa]|ciascun[oa]|elk)\b"
"""After "a label": one for each of the things counted before ("six new beers, a label each")."""
_ONE = r"(?:one|an?|une?|una?|uno|ein(?:e|en|s)?|één|een)"
_PER = rf"(?:(?:per|par|pro|por)(?:\s+{_EACH})?|(?:voor|für|for|pour|para)\s+{_EACH})"
"""One per thing: "par parfum", "per formato", "pro Abend", "por sabor"; "for", "für", "pour" only with "each"
("für jeden Abend", "for each of our"), since "a poster for the festival" is no count of festivals."""
_DETERMINERS = (
    r"the|our|your|their|les|le|la|des|nos|vos|die|der|das|den|dem|unsere[nmrs]?|ihre[nmrs]?|el|los|las|nuestr[oa]s?|"
    r"il|lo|gli|i|le|nostr[oiae]|het|de|onze|jullie|this|that|these|those|all|every|each"
)
_THING = rf"(?!(?:{_DETERMINERS})\b)([a-zà-ÿß]{{3,}})"
"""The thing counted: a noun right after the preposition, never an article ("per il miele" is no count)."""
_OWN_ONE = (
    r"(?:its own|their own|con la sua|con il suo|con su propi[oa]|ein eigenes|eine eigene|einen eigenen|"
    r"son propre|sa propre|su propi[oa]|een eigen)"
)
_MAX = 100
_AND = frozenset("and und et y e en plus sowie".split())


def per_thing(folded: str, alternatives: str) -> Quantity | None:
    """A count of the things the nouns are for, on folded text whose nouns are ``alternatives`` (a regex)."""
    return _distributed(folded, alternatives) or _things_named(folded, alternatives)


def one_per_thing(folded: str, nouns: list[str]) -> Quantity | None:
    """One of the nouns per thing, and how many things: "une douzaine de parfums, une étiquette par parfum" is 12.

    This wins over a count before the noun, which is the one of each ("één affiche per voorstelling").
    """
    alternatives = "|".join(sorted({re.escape(noun_stem(n)) for n in nouns if n.strip()}, key=len, reverse=True))
    return _distributed(folded, alternatives) if alternatives else None


def _distributed(folded: str, alternatives: str) -> Quantity | None:
    """One piece per thing, and a count of the things: "zwölf Sorten, je ein Etikett", "one per chapter"."""
    noun = rf"\w*(?:{alternatives})\w*"
    folded = re.sub(r"\([^()\n]{0,120}\)", lambda m: " " * len(m.group(0)), folded)  # "cinque formati (...), ciascuno"
    after_per = (
        rf"\b{_ONE}\s+(?:[\w'-]+\s+)?{noun}\s+{_PER}\s+(?:of\s+{_OWN}\s+)?{_THING}",
        rf"\b{_PER}\s+{_THING}\s+{_ONE}\s+(?:[\w'-]+\s+)?{noun}",
        rf"{noun}[^.!?\n]{{0,40}}?\b{_ONE}\s+(?:{_PER}|each)\s+{_THING}",
    )
    for pattern in after_per:
        for match in re.finditer(pattern, folded):
            count = _count_of(folded, match.group(1))
            if count is not None:
                return Quantity(count, match.group(0))
    before_each = (
        rf"((?:[\w'-]+\s+){{0,2}}[\w'-]+)\s*[,:]?\s*(?:je|jeweils)\s+(?:ein|eine|einen)\s+(?:[\w-]+\s+)?{noun}",
        rf"((?:[\w'-]+\s+){{0,2}}[\w'-]+)\s*[,.;]?\s+(?:{_EACH}|ciascun[oa]|chacune?|cada un[oa])\b"
        rf"[^.!?\n]{{0,30}}?{_OWN_ONE}",
    )
    for index, pattern in enumerate(before_each):
        for match in re.finditer(pattern, folded):
            if index == 1 and not re.search(noun, folded[max(0, match.start() - 160) : match.end() + 60]):
                continue  # "each with its own ..." is about these nouns only when they are named around it
            for thing in reversed(match.group(1).split()):
                count = _count_of(folded, thing)
                if count is not None:
                    return Quantity(count, match.group(0))
    return None


def _fold_vowels(word: str) -> str:
    """Dutch doubles a vowel in a closed syllable: "smaak" and "smaken" share the stem "smak"."""
    return re.sub(r"([aeou])\1", r"\1", word)


def _count_of(folded: str, thing: str) -> int | None:
    """The count written right before ``thing`` or a word of its stem, before or after it: "vijf smaken"."""
    stem = _fold_vowels(thing)[: max(3, min(5, len(thing) - 1))]
    if len(thing) < 3 or thing in ARTICLES or thing in _OWN_WORDS:
        return None
    text = folded
    for match in re.finditer(r"[a-zà-ÿß]{3,}", text):
        if not _fold_vowels(match.group(0)).startswith(stem):
            continue
        window = re.split(r"[.!?]\s|\n\s*\n", text[max(0, match.start() - 60) : match.start()])[-1]
        words = [w.strip(",") for w in re.findall(r"[\w.,'’-]+|[€$£(]", window) if w.strip(",")]
        found = before_noun(words)
        if found is not None and found[0] is not None and 1 < found[0] <= _MAX and not found[2]:
            return found[0]
    return None


def _things_named(folded: str, alternatives: str) -> Quantity | None:
    """A count of the things named with the nouns: "labels for our three teas", "six new beers, a label each"."""
    noun = rf"\w*(?:{alternatives})\w*"
    times = re.search(rf"(?:\b(\d{{1,3}})\s*[x×]\s*{noun}|{noun}\s*(?:[x×]|:)\s*(\d{{1,3}})\b{_NOT_MONEY})", folded)
    if times:
        multiple = int(times.group(1) or times.group(2))
        if 1 < multiple <= _MAX:
            return Quantity(multiple, times.group(0))
    windows = (
        rf"{noun}\s+(?:\w+\s+)??{_FOR}\s+((?:[\w'-]+\s+){{1,4}})",
        rf"{noun}[^.:!?\n]{{0,40}}:\s*((?:[\w'-]+\s+){{1,2}})",
        rf"((?:[\w'-]+\s+){{1,3}})[\w'-]+,?\s+{_EACH}\b[^.!?\n]{{0,40}}?{noun}",
        rf"((?:[\w'-]+\s+){{1,5}})[^.!?\n]{{0,12}}?,\s+(?:a|one|une?|ein(?:e|en)?|una?|een)\s+{noun}\s+{_APIECE}",
    )
    for window in windows:
        for match in re.finditer(window, folded + " "):
            words = match.group(1).split()
            following = [*words[1:], *(folded[match.end(1) :].split()[:1] or [""])]
            for word, after in zip(words, following, strict=True):
                if word in _AND:
                    break  # "une affiche pour les magasins et deux poses": the count is another thing's
                if word in ARTICLES or word in FIXED or word in _OWN_WORDS or _date_or_sum(after):
                    continue
                value = number_value(word)
                if value is not None and 1 < value <= _MAX:
                    return Quantity(value, word)
    return None


def _date_or_sum(after: str) -> bool:
    """The word after a number makes it a date, a sum or a measure ("14 novembre", "7 500 €", "250 g")."""
    from assistant.reading.dates import MONTHS  # dates reads its numbers with quantities: imported at use

    word = after.strip(".,)")
    return word in MONTHS or word in MEASURES or bool(re.fullmatch(r"\d{3}[.,]?|[€$£]|eur|euros?|k", after))
