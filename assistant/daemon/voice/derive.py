"""What a sent mail teaches about the freelancer's voice: greeting, first words, closing line, signature.

Only derived snippets are kept, never the mail: the greeting word and how the name follows it ("Hallo" + title
and surname), the lead clause of the first sentence ("vielen Dank für Ihre Anfrage"), the closing line and the
signature. A lead clause is kept only when nothing in it belongs to that exchange: no figure, no word of the
client's name or address, no word of their inquiry (the project, the place, the product), and no other
capitalised name. What is specific to an inquiry is filled in by code from the inquiry being answered, so a
snippet learned from one client's mail can carry nothing of theirs into another's reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    """For a greeting: how the name follows the word (``first``, ``full``, ``title``, ``none``)."""
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
    return (" ".join(words), "none", "") if len(words) <= 2 else None


def _specific(clause: str, situation: Situation, lang: str) -> bool:
    """Whether ``clause`` says something of this exchange: a figure, a name, or the inquiry's own words."""
    if any(ch.isdigit() for ch in clause):
        return True
    private = {w.casefold() for w in _words(f"{situation.name} {situation.address}") if len(w) > 1}
    inquiry = {w.casefold() for w in _words(situation.inquiry) if len(w) >= _SPECIFIC_MIN}
    words = _words(clause)
    for position, word in enumerate(words):
        folded = word.casefold()
        if folded in private or folded in inquiry:
            return True
        if position and word[:1].isupper() and lang != "de" and folded not in {"i", "je", "ik"}:
            return True  # a capitalised word inside a sentence names something (German capitalises nouns)
    return False


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
        if MIN_LEAD_WORDS <= len(lead.split()) <= MAX_LEAD_WORDS and not _specific(lead, situation, lang):
            found.append(Snippet("lead", lang, register, kind, lead))
    return found
