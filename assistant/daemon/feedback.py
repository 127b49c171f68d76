"""The freelancer's feedback on a daemon draft ("shorter", "mention I'm away in August"), read by code.

Feedback from ``atelier inbox feedback`` or the TUI's Inbox gives a new draft. Code reads what it can act on in
the six languages: *shorter* (the opening keeps its first sentence, at most two questions stay) and *mention X*
(X becomes a sentence of the reply, in the freelancer's words: "erwähne, dass ich im August weg bin" gives
"Ich bin im August weg."). Anything else is kept as an instruction for the model, where one phrases the opening,
and the freelancer is told that code did not act on it.

A sentence to mention goes into the reply only in the reply's language (:func:`in_reply_language`): as written
when the freelancer wrote it in that language, from the catalog when it is a kind code knows (being away in a
month), and otherwise not at all; the freelancer is told, rather than the client getting two languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.mail.text import folded

_SHORTER = re.compile(
    r"\b(?:shorter|more concise|too long|briefer|kürzer|kuerzer|knapper|zu lang|plus court|plus courte|trop long|"
    r"plus bref|plus concis|más corto|mas corto|más breve|demasiado largo|più breve|piu breve|più corto|"
    r"troppo lungo|korter|te lang|beknopter)\b"
)
_MENTION = re.compile(
    r"^(?:(?:and|also|und|auch|et|aussi|y|también|e|anche|en|ook)\s+)*"
    r"(?:please\s+|bitte\s+|s'il te plaît\s+|por favor\s+|per favore\s+|graag\s+)?"
    r"(?:mention|say|add|tell (?:them|the client)|erwähne|erwähnen sie|sag|sage|füge hinzu|"
    r"mentionne|mentionnez|dis|dites|ajoute|ajoutez|précise|précisez|menciona|mencione|di|diga|añade|añada|"
    r"menziona|dì|di'|aggiungi|vermeld|noem|zeg|voeg toe)\b[\s,:]*"
    r"(?:(?P<sub>dass|dat)\s+|(?:that|que|qu'|che|ch')\s*)?(?P<what>.+)$",
    re.IGNORECASE,
)
_CLAUSES = re.compile(
    r"\s*[;\n]\s*|\s+(?:and|und|et|y|e|en)\s+(?=(?:also\s+)?(?:mention|say|add|erwähn|sag|mentionn|dis|"
    r"ajout|menciona|añad|menziona|aggiungi|vermeld|noem|zeg)\w*\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Revision:
    """What the feedback asks of the next draft."""

    shorter: bool = False
    mentions: tuple[str, ...] = ()
    """Sentences to add, as the freelancer worded them."""
    unread: tuple[str, ...] = ()
    """Parts of the feedback code did not act on (passed to the model, and told to the freelancer)."""


def _sentence(what: str, verb_final: bool) -> str:
    """A subordinate clause as a sentence: capitalised, ended, and for German or Dutch the verb moved back."""
    words = what.strip().strip("\"'“”„«» ").rstrip(".!").split()
    if verb_final and len(words) >= 3:
        words = [words[0], words[-1], *words[1:-1]]  # "ich im August weg bin" -> "ich bin im August weg"
    text = " ".join(words)
    return f"{text[:1].upper()}{text[1:]}." if text else ""


def read_feedback(text: str) -> Revision:
    """Read ``text`` (one or more instructions, joined by newlines, ``;`` or "and mention ...")."""
    shorter = False
    mentions: list[str] = []
    unread: list[str] = []
    for clause in (c.strip() for c in _CLAUSES.split(text) if c and c.strip()):
        found = _MENTION.match(clause)
        if found is not None:
            sentence = _sentence(found.group("what"), verb_final=bool(found.group("sub")))
            if sentence:
                mentions.append(sentence)
            continue
        if _SHORTER.search(folded(clause)):
            shorter = True
            continue
        unread.append(clause)
    return Revision(shorter=shorter, mentions=tuple(dict.fromkeys(mentions)), unread=tuple(unread))


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph (all of it when it is one)."""
    found = re.match(r"(.+?[.!?])(?:\s|$)", text.strip(), re.DOTALL)
    return found.group(1) if found else text.strip()


def _months() -> dict[str, int]:
    """Month names in the six reply languages, folded, to their number ("août" and "august" are 8)."""
    from babel.dates import get_month_names

    from assistant.i18n import CATALOGS

    return {
        folded(str(name)): number for lang in CATALOGS for number, name in get_month_names("wide", locale=lang).items()
    }


_AWAY = re.compile(
    r"\b(?:away|off|on holiday|on vacation|out of (?:the )?office|unavailable|not available|weg|nicht da|im urlaub|"
    r"verreist|nicht erreichbar|absente?|en vacances|indisponible|fuera|de vacaciones|no estoy|via|in ferie|fuori|"
    r"non ci sono|non sono disponibile|op vakantie|afwezig|niet bereikbaar|er niet)\b"
)


def away_month(sentence: str) -> int | None:
    """The month of "I'm away in August" (in any of the six languages), else None."""
    text = folded(sentence)
    if not _AWAY.search(text):
        return None
    months = _months()
    found = [months[w] for w in re.findall(r"[^\W\d_]+", text) if w in months]
    return found[0] if len(set(found)) == 1 else None


def in_reply_language(mentions: tuple[str, ...], lang: str) -> tuple[list[str], list[str]]:
    """``(sentences for the reply, mentions left out)``: each mention in the reply's language ``lang``, or out."""
    from assistant.daemon.wording import away
    from assistant.reading.language import detect_language

    kept: list[str] = []
    left_out: list[str] = []
    for sentence in mentions:
        month = away_month(sentence)
        if detect_language(sentence) == lang:
            kept.append(sentence)
        elif month is not None:
            kept.append(away(lang, month))
        else:
            left_out.append(sentence)
    return kept, left_out
