"""What a sent mail teaches about the freelancer's voice: greeting, first words, closing line, signature.

Only derived snippets are kept, never the mail: the greeting word and how the name follows it ("Hallo" + title
and surname), the lead clause of the first sentence ("vielen Dank für Ihre Anfrage"), the closing line and the
signature. A lead clause is kept only when nothing in it belongs to that exchange: no figure, no word of the
client's name or address, no word of their inquiry (the project, the place, the product), and no other
capitalised name. A lead that goes on to name the project ("thank you for your message about the winter issue") is
cut before it and kept as a slot ("thank you for your message about"), and code fills in the project of the
inquiry being answered; so a snippet learned from one client's mail can carry nothing of theirs into another's
reply. Only thanks and gladness are kept as leads: "congratulations on the wine bar" fits one situation.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.daemon.voice.register import NEUTRAL, Register, read_register, titled_greeting
from assistant.reading.language import detect_language

MAX_GREETING_WORDS = 6
MIN_LEAD_WORDS = 3
"""A shorter lead ("thank you") needs the sentence it came from to read well, so it is not kept."""
MAX_LEAD_WORDS = 14
MAX_CLOSING_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CLAUSE_END = re.compile(r"\s*(?:[.!?;:—–]|,\s+(?=(?:and|und|et|y|e|en|but|aber|mais|pero|ma|maar)\b)|$)")
_SPECIFIC_MIN = 4
"""Words of at least this length that the inquiry also uses are taken for the inquiry's own facts."""
_CONNECTORS = {
    "en": frozenset({"about", "for", "on", "regarding", "with"}),
    "de": frozenset({"zu", "zum", "zur", "für", "wegen", "über", "mit", "von"}),
    "fr": frozenset({"pour", "sur", "de", "du", "des", "au", "aux", "concernant", "à"}),
    "es": frozenset({"por", "sobre", "para", "de", "del", "al", "con"}),
    "it": frozenset({"per", "su", "sul", "sulla", "di", "del", "della", "dello", "al", "alla", "con"}),
    "nl": frozenset({"voor", "over", "van", "om", "met"}),
}
"""Words that lead into the project's name: a lead clause cut before the project ends in one."""
_THANKS = re.compile(
    r"\b(?:thank|thanks|glad|great|good|lovely|nice|pleased|happy|dank|danke|freue|freut|schön|merci|ravie?|"
    r"plaisir|heureuse|gracias|alegra|gusto|encantada|grazie|piacere|felice|lieta|bedankt|leuk|fijn)",
    re.IGNORECASE,
)
"""A lead is a thanks or a gladness: other first words ("congratulations on ...") answer one situation only."""
_ARTICLES = {
    "en": frozenset({"the", "your", "our", "a", "an"}),
    "de": frozenset(
        {
            "der",
            "die",
            "das",
            "den",
            "dem",
            "des",
            "ihre",
            "ihren",
            "ihrem",
            "ihr",
            "deine",
            "deinen",
            "deinem",
            "dein",
            "euer",
            "eure",
            "euren",
            "ein",
            "eine",
            "einen",
        }
    ),  # fmt: skip
    "fr": frozenset({"le", "la", "les", "l", "votre", "vos", "ton", "ta", "tes", "un", "une"}),
    "es": frozenset({"el", "la", "los", "las", "tu", "tus", "su", "sus", "vuestro", "vuestra", "un", "una"}),
    "it": frozenset(
        {"il", "lo", "la", "i", "gli", "le", "l", "vostro", "vostra", "tuo", "tua", "suo", "sua", "un", "una", "uno"}
    ),  # fmt: skip
    "nl": frozenset({"de", "het", "jullie", "je", "uw", "een"}),
}


@dataclass(frozen=True)
class Situation:
    """What a reply answered: the inquiry's text (compared, never stored), and who it came from."""

    inquiry: str
    name: str
    address: str


@dataclass(frozen=True)
class Snippet:
    """One piece of the freelancer's voice, with what it was written for."""

    part: str
    """``greeting`` (text: the greeting word, form: first/full/title), ``lead`` or ``closing`` (text)."""
    lang: str
    register: Register
    kind: str
    """The kind of reply it came from: ``quote``, ``questions`` or ``other``."""
    text: str
    form: str = ""
    """For a greeting: how the name follows the word (``first``, ``full``, ``title``, ``none``); for a lead,
    ``slot`` when it leads into the project's name ("thank you for your message about"); for a closing, the
    signature under it."""
    title: str = ""
    """For a greeting by title: the title and surname as the freelancer wrote them ("Herr Hartmann")."""


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _paragraphs(body: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]


def _greeting(line: str, name: str) -> tuple[str, str, str] | None:
    """``(word, form, title)`` of a greeting line such as ``Hallo Herr Hartmann,``."""
    line = line.strip()
    if not line.endswith(",") or len(line.split()) > MAX_GREETING_WORDS:
        return None
    parts = name.split()
    words = line.rstrip(",").split()
    first, last = (parts[0], parts[-1]) if parts else ("", "")
    if len(parts) >= 2 and words[-2:] == [first, last]:
        return " ".join(words[:-2]), "full", ""
    if last and words[-1] == last and titled_greeting(line):
        return " ".join(words[:-2]), "title", " ".join(words[-2:])
    if first and words[-1] == first:
        return " ".join(words[:-1]), "first", ""
    if parts or len(words) > 2:
        return None  # a greeting to someone else's name, or one we cannot take apart
    if len(words) == 2 and words[1][:1].isupper():  # no name to compare with: "Hi Tom" is a word and a name
        return words[0], "first", ""
    return (words[0], "none", "") if len(words) == 1 else None


@functools.cache
def _catalog_words(lang: str) -> frozenset[str]:
    """The words of Atelier's own catalog for ``lang`` ("Dank", "Nachricht", "Ihre"): generic by construction."""
    from babel.messages.pofile import read_po

    from assistant.i18n import has_catalog, locale_dir

    if not has_catalog(lang):
        return frozenset()
    with (Path(locale_dir()) / lang / "LC_MESSAGES" / "atelier.po").open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    texts = [m.string if isinstance(m.string, str) else " ".join(m.string or ()) for m in catalog if m.id]
    return frozenset(w.casefold() for w in _words(" ".join(texts)))


def _first_specific(clause: str, situation: Situation, lang: str) -> int | None:
    """Where ``clause`` starts saying something of this exchange (a figure, a name, the inquiry's own words).

    A word the inquiry also uses counts as the inquiry's (its project, its place) unless Atelier's own catalog
    for the language uses it too: "danke" in a client's "Danke und Gruß" is no fact about them. None when
    nothing in the clause is specific.
    """
    private = {w.casefold() for w in _words(f"{situation.name} {situation.address}") if len(w) > 1}
    inquiry = {w.casefold() for w in _words(situation.inquiry) if len(w) >= _SPECIFIC_MIN} - _catalog_words(lang)
    digit = next((i for i, ch in enumerate(clause) if ch.isdigit()), None)
    for position, found in enumerate(_WORD.finditer(clause)):
        word, folded = found.group(), found.group().casefold()
        if digit is not None and digit < found.start():
            return digit
        if folded in private or folded in inquiry:
            return found.start()
        if position and word[:1].isupper() and lang != "de" and folded not in {"i", "je", "ik"}:
            return found.start()  # a capitalised word inside a sentence names something (German: every noun)
    return digit


def _slot_head(head: str, lang: str) -> str:
    """``head`` when it ends in a word that leads into the project ("thank you for thinking of me for"), else ""."""
    words = head.split()
    while words and words[-1].casefold().rstrip("'’") in _ARTICLES.get(lang, frozenset()):
        words.pop()
    return " ".join(words) if words and words[-1].casefold() in _CONNECTORS.get(lang, frozenset()) else ""


def lead_clause(paragraph: str) -> str:
    """The first clause of a paragraph's first sentence, without its end ("¡muchas gracias por escribirme")."""
    text = " ".join(paragraph.split()).lstrip("¡¿")
    found = _CLAUSE_END.search(text)
    return text[: found.start()].strip(" ,") if found else text


def kind_of(own_words: str) -> str:
    """``quote`` when the reply states a sum, ``questions`` when it asks, else ``other``."""
    from assistant.daemon.figures import amounts

    if amounts(own_words):
        return "quote"
    return "questions" if "?" in own_words else "other"


def derive(own_words: str, situation: Situation) -> list[Snippet]:
    """The snippets of the freelancer's own words in one sent reply (``own_words``: no quoted thread)."""
    paragraphs = _paragraphs(own_words)
    lang = detect_language(own_words)
    if lang is None or len(paragraphs) < 2:
        return []
    register = read_register(lang, [own_words]) or NEUTRAL
    kind = kind_of(own_words)
    found: list[Snippet] = []
    lines = paragraphs[0].splitlines()
    greeting = _greeting(lines[0], situation.name)
    body = paragraphs[1:] if greeting and len(lines) == 1 else paragraphs
    if greeting is not None:
        word, form, title = greeting
        found.append(Snippet("greeting", lang, register, kind, word, form=form, title=title))
    closing = paragraphs[-1].splitlines()
    if len(paragraphs) >= 3 and len(closing) <= 3 and len(closing[0].split()) <= MAX_CLOSING_WORDS:
        signature = "\n".join(line.strip() for line in closing[1:])
        found.append(Snippet("closing", lang, register, kind, closing[0].strip(), form=signature))
        body = body[:-1] if body and body[-1] == paragraphs[-1] else body
    if body:
        lead = lead_clause(body[0])
        cut = _first_specific(lead, situation, lang)
        form = ""
        if cut is not None:  # "thank you for your message about the winter issue": keep what leads to the project
            lead, form = _slot_head(lead[:cut], lang), "slot"
        if MIN_LEAD_WORDS <= len(lead.split()) <= MAX_LEAD_WORDS and _THANKS.search(lead):
            found.append(Snippet("lead", lang, register, kind, lead, form=form))
    return found
