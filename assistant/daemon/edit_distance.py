"""How far a reply is from another: the word-level edit distance that shadow mode and the reply benchmark share.

Words, not characters, because a freelancer edits a draft by words: a changed price or a reworded sentence
counts once per word, whatever its length. Whitespace and line breaks do not count.
"""

from __future__ import annotations

import difflib


def _levenshtein(a: list[str], b: list[str]) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def edit_distance(text: str, reference: str) -> float:
    """Words inserted, deleted or replaced to turn ``text`` into ``reference``, over the longer one's length.

    0.0 is the same words, 1.0 nothing in common; two empty texts are 0.0 apart.
    """
    a, b = text.split(), reference.split()
    return _levenshtein(a, b) / max(len(a), len(b), 1)


def unified_diff(text: str, reference: str, *, before: str, after: str) -> str:
    """A line diff from ``text`` to ``reference``, labelled ``before`` and ``after`` (trailing blanks ignored)."""
    a = [line.rstrip() for line in text.strip().splitlines()]
    b = [line.rstrip() for line in reference.strip().splitlines()]
    return "\n".join(difflib.unified_diff(a, b, fromfile=before, tofile=after, lineterm=""))
