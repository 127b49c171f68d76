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
    """Every number in ``text``, normalised (``1,200.00`` and ``1200`` both give ``1200``)."""
    found = set()
    for match in _NUMBER.finditer(text):
        raw = match.group(0)
        digits = raw.replace(",", "").replace(".", "") if re.search(r"[.,]\d{3}\b", raw) else raw.replace(",", ".")
        found.add(digits.rstrip("0").rstrip(".") if "." in digits else digits)
    return found


def supported(sentence: str, allowed: set[str]) -> bool:
    """True when every number in ``sentence`` also appears in the allowed set; citation markers are fine."""
    without_citations = re.sub(r"\[\d+\]", "", sentence)
    return numbers_in(without_citations) <= allowed


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
        if supported(sentence, self.allowed):
            yield sentence
        else:
            self.dropped.append(sentence.strip())
