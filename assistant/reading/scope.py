"""Does a client's message ask for more than was agreed? The cues, read in English, German and French.

One owner for "is this new work": the mail reader (:mod:`assistant.reading.triage`) asks :func:`asks_for_more`
of every mail from an existing client, and the scope check (:mod:`assistant.tools.scope_check`) reads the same
cues with the agreed brief in hand, to price what falls outside it. Three things are more:

- an **addition** ("also", "another", "more", "auch", "noch", "weitere", "aussi", "encore", "un autre",
  "supplémentaire") in a sentence that names a rate-card service. The cue alone is not enough: "kannst du noch
  die offenen Dateien schicken?" asks for files that belong to the delivery;
- **extra revision rounds** ("one more round of changes", "eine weitere Korrekturrunde", "un tour de
  corrections supplémentaire"); the rounds the brief already includes ("zweite Korrekturrunde, wie vereinbart")
  are not;
- **merch** (mugs, tote bags, T-shirts): new work, but no service on the rate card fits it, so code never
  prices it; the freelancer answers it. Its words are masked before services are read, so that the "bag" of a
  tote bag is not read as packaging.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.reading.off_card import off_card_asked
from assistant.reading.quantities import number_pattern, number_value
from assistant.reading.services import REQUEST_CUES, keyword_hits, request_sentences
from assistant.reading.words import accent_blind

if TYPE_CHECKING:
    from assistant.profile import Profile

ADDITION = accent_blind(
    r"\b(also|add|adding|another|more|extra|additional|further|plus|on top|as well|too|"
    r"auch|noch|zusätzlich\w*|weitere[nrms]?|mehr|außerdem|dazu|ergänzend|"
    r"aussi|encore|également|supplémentaires?|en plus|de plus|autres?|ajouter|rajouter)\b",
    re.I,
)
"""Words that add to what was agreed, in English, German and French."""
ASK = accent_blind(
    rf"{REQUEST_CUES.pattern}|{ADDITION.pattern}|"
    r"\b(please|could we|can we|we'd also|bitte|können sie|könntest du|wäre(?: es)? (?:schön|toll|super)|"
    r"s'il (?:te|vous) pla[iî]t|merci de|pourrais-tu|peux-tu|il nous faut|nous voudrions|j'aimerais)\b",
    re.I,
)
"""A sentence that asks for something, or adds to it."""
_ROUND = r"(?:\w*(?:runde|schleife)n?|rounds?|tours?|séries?|allers?-retours?)"
_REVISION = (
    r"(?:revisions?|corrections?|changes|feedback|amends|edits|korrektur\w*|änderung\w*|überarbeitung\w*|"
    r"feedback\w*|retouches?|révisions?|modifications?)"
)
_MORE_ROUNDS = accent_blind(
    rf"(?:(?P<n>{number_pattern()})\s+)?"
    rf"(?:(?:more|extra|additional|further|weitere[nr]?|zusätzliche[n]?|autres?|nouve(?:au|lle|aux|lles))\s+)"
    rf"(?:{_REVISION}\s+)?{_ROUND}"
    rf"|(?:another|noch (?:eine?n?|zwei|drei)|encore (?:un|une|deux))\s+(?:{_REVISION}\s+)?{_ROUND}"
    rf"|(?:(?P<m>{number_pattern()})\s+)?{_ROUND}\s+(?:de\s+{_REVISION}\s+)?supplémentaires?"
)
"""``one more round``, ``two extra revision rounds``, ``eine weitere Korrekturrunde``, ``un tour supplémentaire``."""
_ROUND_CONTEXT = accent_blind(rf"{_REVISION}|\w*(?:runde|schleife)|aller-retour")
"""A round is a revision round only next to a revision word (a "round" of drinks is not)."""
_AGREED = accent_blind(
    r"\b(included|as agreed|agreed|inbegriffen|inklusive|enthalten|wie vereinbart|vereinbart\w*|"
    r"inclus\w*|comme convenu|convenu\w*|prévu\w*)\b"
)
"""Words that put a round inside the agreement ("within the included round")."""
MERCH = accent_blind(
    r"\b(mugs?|tote[- ]?bags?|t-?shirts?|tee-?shirts?|tees|hoodies?|sweatshirts?|caps|beanies?|"
    r"keychains?|key rings?|enamel pins?|pins|badges|magnets?|lanyards?|aprons?|socks|"
    r"tassen?|becher|kaffeebecher|jutebeutel|stoffbeutel|stofftaschen?|tragetaschen?|kappen|schlüsselanhänger|"
    r"buttons|anstecker|sacs? en toile|tote-?bags?|casquettes?|porte-clés|tabliers?)\b",
    re.I,
)
"""Merchandise: new work that no rate-card service fits (a question for the freelancer, never a price)."""


@dataclass(frozen=True)
class MoreReading:
    """What a message asks for beyond the agreement, as far as words can tell without the brief."""

    services: tuple[str, ...] = ()
    """Rate-card services named in a sentence that adds to the work."""
    rounds: int = 0
    """Revision rounds asked for beyond the agreed ones."""
    merch: tuple[str, ...] = ()
    """Merch the message asks for, in the client's words (no service fits it)."""

    @property
    def asks_more(self) -> bool:
        """Anything at all beyond the agreement."""
        return bool(self.services or self.rounds or self.merch)


def mask_merch(text: str) -> str:
    """``text`` with the merch words blanked, so that a tote bag's "bag" is not read as packaging."""
    return MERCH.sub(lambda m: " " * len(m.group(0)), text)


def merch_asked(text: str) -> tuple[str, ...]:
    """The new work no service fits that the request sentences of ``text`` ask for, each once, in the client's words.

    That is merch, and work off the rate card asked for next to work on it ("a logo and a website"): the reply
    quotes the rest and says this part is not among the services (:mod:`assistant.reading.off_card`).
    """
    found: dict[str, str] = {}
    for sentence in request_sentences(text):
        if not ASK.search(sentence):
            continue
        for word in off_card_asked(sentence, text):
            found.setdefault(word.casefold().rstrip("s"), word)
        for match in MERCH.finditer(sentence):
            word = match.group(0)
            original = re.search(re.escape(word), text, re.I)  # the sentence is folded; say it as they wrote it
            found.setdefault(word.rstrip("s"), original.group(0) if original else word)
    return tuple(found.values())


def extra_rounds(text: str) -> int:
    """Revision rounds the message asks for beyond the agreed ones (0 for feedback inside the agreed rounds)."""
    rounds = 0
    for sentence in request_sentences(text):
        if _AGREED.search(sentence):
            continue
        for match in _MORE_ROUNDS.finditer(sentence):
            if not _ROUND_CONTEXT.search(match.group(0)) and not _ROUND_CONTEXT.search(sentence):
                continue
            word = match.group("n") or match.group("m")
            value = number_value(word) if word else None
            rounds += value if value and 0 < value <= 10 else 1
    return rounds


def adding_sentences(text: str) -> list[str]:
    """The request sentences of ``text`` (folded, merch masked) that add to the work."""
    return [mask_merch(s) for s in request_sentences(text) if ADDITION.search(s) and ASK.search(s)]


def asks_for_more(text: str, profile: Profile) -> MoreReading:
    """What ``text`` asks for beyond any agreement: services named while adding, extra rounds, merch."""
    services: dict[str, None] = {}
    for sentence in adding_sentences(text):
        for service in keyword_hits(sentence, profile, first_line=False):
            services.setdefault(service)
    return MoreReading(tuple(services), extra_rounds(text), merch_asked(text))
