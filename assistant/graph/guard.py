"""Code that checks what the model wrote before anyone reads it.

Numbers are computed, not generated: a sentence of the model's that states a number which appears nowhere in
the context it was given (the user's words, memory hits, tool results) is dropped, because with a small model
it is almost always an invented price, date or hour count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def numbers_in(text: str) -> set[str]:
    """Every reading of every number in ``text``: ``1,200.00``, ``1.200,00`` and ``1200`` all give ``1200``."""
    return {reading for match in _NUMBER.finditer(text) for reading in readings(match.group(0))}


def readings(raw: str) -> set[str]:
    """The values a written number can mean; ``1.200`` is both 1200 (German) and 1.2 (English)."""
    separators = [c for c in raw if c in ".,"]
    if not separators:
        return {_canonical(raw)}
    if len(set(separators)) == 2:  # both kinds: the last one is the decimal point
        decimal = separators[-1]
        return {_canonical(raw.replace("," if decimal == "." else ".", "").replace(decimal, "."))}
    mark = separators[0]
    found = set()
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", raw):
        found.add(_canonical(raw.replace(mark, "")))  # thousands separators
    if len(separators) == 1:
        found.add(_canonical(raw.replace(mark, ".")))  # a decimal point or comma
    else:
        found.update(_canonical(part) for part in raw.split(mark))  # a date or version: 2024.02.12
    return found


def _canonical(number: str) -> str:
    whole, _, fraction = number.partition(".")
    whole = whole.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole


def supported(sentence: str, allowed: set[str]) -> bool:
    """True when every number in ``sentence`` has a reading that the context also has; ``[n]`` markers are fine."""
    without_citations = re.sub(r"\[\d+\]", "", sentence)
    return all(readings(match.group(0)) & allowed for match in _NUMBER.finditer(without_citations))


class NumberGuard:
    """Filters a token stream sentence by sentence.

    Each sentence is released when it ends, or dropped if it states an unsupported number. Releasing whole
    sentences (rather than tokens) is what keeps a half-shown sentence from ever reaching the screen.
    """

    def __init__(self, context: str) -> None:
        """Allow the numbers that appear in ``context``."""
        self.allowed = numbers_in(context)
        self._held = ""
        self.dropped: list[str] = []
        self._seen: set[str] = set()
        self.looping = False
        """True once the model repeats a sentence: small models then loop until the token limit."""

    def feed(self, token: str) -> Iterator[str]:
        """Give the parts of the stream that are safe to show now."""
        self._held += token
        while True:
            match = _SENTENCE_END.search(self._held)
            if match is None:
                break
            sentence, self._held = self._held[: match.end()], self._held[match.end() :]
            yield from self._release(sentence)

    def finish(self) -> Iterator[str]:
        """Release or drop whatever is still held at the end of the stream."""
        rest, self._held = self._held, ""
        if rest:
            yield from self._release(rest)

    def _release(self, sentence: str) -> Iterator[str]:
        key = " ".join(sentence.split()).casefold()
        if key in self._seen and len(key) > 12:
            self.looping = True
            return
        self._seen.add(key)
        if supported(sentence, self.allowed):
            yield sentence
        else:
            self.dropped.append(sentence.strip())
