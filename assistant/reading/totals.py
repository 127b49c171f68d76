"""Totals a client states for what they listed: "six in total", "so four", "also insgesamt fünf", "soit trois".

Clients count their own parts more often than they give one number: "a cover illustration plus five inside
illustrations, one per programme - six in total", "drei neue Biere und ein Weihnachtsbier. Vier Etiketten also",
"fraise, abricot, figue et deux éditions de Noël, donc cinq étiquettes au total". The total they state is the
count a freelancer quotes, and it wins over any count read from the parts. A total that names no thing ("That's
six.") belongs to the service whose thing was named last before it, in that sentence or the one before, so that
"a mascot and then a set of poses: waving, thinking, ... That's six." counts six poses, not six mascots.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from assistant.reading.quantities import ARTICLES, Quantity, fold, number_pattern, number_value
from assistant.reading.words import accent_blind

_BEFORE = (
    r"(?:so|that'?s|that is|making|a total of|for a total of|in total|altogether|also insgesamt|insgesamt|"
    r"zusammen|also|soit|donc|au total|en tout|en total|in totale|in tutto|quindi|in totaal|dus)"
)
"""Cues that come before the total ("so four", "soit trois"); German "also" is "so" (English "also" never
stands right before a bare number)."""
_AFTER = (
    r"(?:in total|in all|total|overall|altogether|all together|insgesamt|zusammen|au total|en tout|en total|"
    r"in tutto|in totale|in totaal|totaal|dus)"
)
"""Cues that come after the total and its noun ("six in total", "vier etiketten dus", "cinco en total")."""
_MAX_TOTAL = 200
_FILLER = frozenset(
    "in all total overall of them pieces different separate distinct stück stuk pièces piezas pezzi"
    " verschiedene unterschiedliche différents différentes diferentes diversi diverse verschillende".split()
)
"""Words between a total and its cue that name no thing ("six different ones", "vier verschiedene")."""


def _sentences(folded: str) -> list[tuple[int, int]]:
    """The spans of the sentences of ``folded`` (split at . ! ? ; and blank lines, not at a dash)."""
    spans, start = [], 0
    for match in re.finditer(r"[.!?;]+(?=\s|$)|\n\s*\n", folded):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(folded)))
    return [(a, b) for a, b in spans if folded[a:b].strip()]


def _noun_pattern(nouns: Sequence[str]) -> re.Pattern[str] | None:
    stems = sorted({re.escape(fold(n).rstrip("s")) for n in nouns if n.strip()}, key=len, reverse=True)
    if not stems:
        return None
    return accent_blind(rf"(?<![\w-])(?:{'|'.join(stems)})\w{{0,3}}(?![\w-])")


def stated_totals(text: str, nouns: Mapping[str, Sequence[str]]) -> dict[str, Quantity]:
    """The total each service's things are given ("six in total"), by service id; ``nouns`` are each one's words.

    A total with its own noun ("so five label designs in total") goes to the service of that noun; a bare one
    ("six in total") to the service named last before it. Articles ("a", "un") are never a total.
    """
    folded = fold(text)
    patterns = {sid: p for sid, words in nouns.items() if (p := _noun_pattern(words)) is not None}
    number = number_pattern()
    total = accent_blind(
        rf"(?<![\w-]){_BEFORE}\s+(?P<a>{number})(?P<a_rest>(?:\s+[\w/'-]+){{0,3}})"
        rf"|(?<![\w-])(?P<b>{number})(?P<b_rest>(?:\s+[\w/'-]+){{0,3}}?)\s+{_AFTER}(?![\w-])"
    )
    spans = _sentences(folded)
    found: dict[str, Quantity] = {}
    for index, (start, end) in enumerate(spans):
        sentence = folded[start:end]
        for match in total.finditer(sentence):
            said = match.group("a") or match.group("b")
            rest = match.group("a_rest") if match.group("a") else match.group("b_rest")
            value = number_value(said)
            if said in ARTICLES or value is None or not 1 < value <= _MAX_TOTAL:
                continue
            owner = _own_noun(rest or "", patterns)
            if owner is None and not _names_other_thing(rest or ""):
                owner = _named_last(folded[spans[index - 1][0] if index else start : start + match.start()], patterns)
            if owner is not None and owner not in found:
                found[owner] = Quantity(value, " ".join(match.group(0).split()))
    return found


def _own_noun(rest: str, patterns: Mapping[str, re.Pattern[str]]) -> str | None:
    """The service whose noun is the first word after the number ("five *label* designs"), else None."""
    words = [w for w in rest.split() if w not in _FILLER][:1]
    for sid, pattern in patterns.items():
        if words and pattern.match(words[0]):
            return sid
    return None


def _names_other_thing(rest: str) -> bool:
    """Words after the number that are a thing of no service ("five evenings"), so the total is not ours."""
    words = [w for w in rest.split() if w not in _FILLER]
    return bool(words)


def _named_last(before: str, patterns: Mapping[str, re.Pattern[str]]) -> str | None:
    """The service whose noun occurs last in ``before``."""
    last: tuple[int, str] | None = None
    for sid, pattern in patterns.items():
        for match in pattern.finditer(before):
            if last is None or match.start() >= last[0]:
                last = (match.start(), sid)
    return last[1] if last else None


_CONJUNCTION = accent_blind(r"\s+(?:and|und|et|y|e|en|sowie|plus)\s+|\s*[,;]\s*")
_MIN_LISTED = 3


def listed_count(text: str, nouns: Sequence[str]) -> Quantity | None:
    """How many things are listed after the noun and a colon: "expressions : content, triste, surpris" is three.

    Only a list of at least three short items counts (two could be formats or sizes of one design), and only in
    the noun's own sentence; "or" makes the items choices, so such a list is no count.
    """
    folded = fold(text)
    pattern = _noun_pattern(nouns)
    if pattern is None:
        return None
    for start, end in _sentences(folded):
        sentence = folded[start:end]
        for match in pattern.finditer(sentence):
            listed = re.match(r"[^:.!?]{0,60}?\s*:\s*([^.!?;()]+)", sentence[match.end() :])
            if listed is None or re.search(r"\b(?:or|oder|ou|o|of)\b", listed.group(1)):
                continue
            items = [i for i in _CONJUNCTION.split(listed.group(1).strip()) if i.strip()]
            if len(items) >= _MIN_LISTED and all(len(i.split()) <= 4 for i in items):
                return Quantity(len(items), listed.group(0).strip()[:80])
    return None
