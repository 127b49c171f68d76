"""Screening of the model's prose before it is put into any draft.

The model writes one opening paragraph and nothing else; code renders every price, date and question. A model
that obeys an injected instruction can still write anything into that paragraph, and a draft leaves the machine
the moment it is appended to the Drafts folder, before anyone approves it. So the paragraph is checked here, in
code, and replaced by the template opening if it:

- names money, a number (in digits or in words), a date or a time span (a weekday, a month, a feast), or makes a
  commitment (numbers are computed, not generated);
- contains an address or a link (nobody else is ever invited into the thread);
- repeats the system prompt or the freelancer's private notes.

The checks are deliberately blunt: an opening is a courtesy, so refusing a harmless one costs a sentence, while
letting a harmful one through costs a promise the freelancer never made.
"""

from __future__ import annotations

import re

from assistant.daemon import lexicon
from assistant.daemon.policy import COMMITMENT, DATE, PRICE, private_leak
from assistant.mail.text import folded
from assistant.profile import Profile

SHINGLE_WORDS = 5


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Every run of ``size`` normalised words: a copied sentence shares several of them with its source."""
    words = _words(text)
    return {" ".join(words[i : i + size]) for i in range(max(0, len(words) - size + 1))}


def unsafe_opening(text: str, profile: Profile, system_prompt: str) -> str | None:
    """Why the model's opening may not go into a draft, or ``None`` when it may.

    The words are read on the folded text in all six reply languages (:mod:`assistant.daemon.lexicon`), so a
    model writing German, full-width letters or look-alike Cyrillic is screened like one writing English.
    """
    text = folded(text)
    if private_leak(profile, text) or shingles(text) & shingles(profile.private_notes):
        return "repeats the private notes"
    if shingles(text) & shingles(system_prompt):
        return "repeats the system prompt"
    if any(ch.isnumeric() for ch in text) or "%" in text or PRICE.search(text) or lexicon.MONEY.search(text):
        return "mentions money or numbers"
    if lexicon.NUMBER.search(text):
        return "mentions money or numbers"
    if DATE.search(text) or lexicon.TIME.search(text) or lexicon.CALENDAR.search(text):
        return "mentions a date or a time"
    if COMMITMENT.search(text) or lexicon.PROMISE.search(text):
        return "makes a commitment"
    if lexicon.CONTACT.search(text):
        return "names an address, a link or another recipient"
    return None
