"""Which form of address a mail uses: du or Sie, tu or vous, tú or usted, tu or Lei, je or u.

A reply in the wrong register reads like a form ("Hallo Jana," and then *Sie*), so the register is read from the
client's own words (their pronouns, and how they greet: a title and a surname is formal) and the greeting, the
opening and the catalog's sentences follow it. English has no register: :data:`NEUTRAL`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from assistant.i18n import FALLBACK

Register = Literal["formal", "informal", "neutral"]
FORMAL: Register = "formal"
INFORMAL: Register = "informal"
NEUTRAL: Register = "neutral"


def unknown_register(lang: str) -> Register:
    """The register when nothing tells: English has one, every other language starts formal (Sie, vous, usted)."""
    return NEUTRAL if lang == FALLBACK else FORMAL


_FLAGS = re.UNICODE
_INFORMAL = {
    "de": re.compile(r"\b(?:du|dich|dir|dein|deine[mnrs]?|euch|euer|eure[mnrs]?)\b", _FLAGS),
    "fr": re.compile(r"\b(?:tu|toi|ton|ta|tes|t'|t’)(?=\W)", _FLAGS | re.IGNORECASE),
    "es": re.compile(r"\b(?:tú|tu|tus|te|ti|contigo|vosotros|os|podrías|puedes|tienes|quieres)\b", _FLAGS),
    "it": re.compile(r"\b(?:tu|ti|te|tuo|tua|tuoi|tue|puoi|potresti|hai)\b", _FLAGS),
    "nl": re.compile(r"\b(?:je|jij|jou|jouw|jullie)\b", _FLAGS | re.IGNORECASE),
}
_FORMAL = {
    # German and Italian capitalise the formal pronoun: "Ihnen", "Lei", "Le invio"; a sentence's first word is
    # not evidence (see _mid_sentence), so "Sie" as "they" at a sentence start counts for nothing
    "de": re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre[mnrs]?)\b", _FLAGS),
    "fr": re.compile(r"\b(?:vous|votre|vos)\b", _FLAGS | re.IGNORECASE),
    "es": re.compile(r"\b(?:usted|ustedes|podría usted)\b", _FLAGS | re.IGNORECASE),
    "it": re.compile(r"\b(?:Lei|La|Le|Suo|Sua|Suoi|suo preventivo|può|potrebbe)\b", _FLAGS),
    "nl": re.compile(r"\b(?:u|uw)\b", _FLAGS | re.IGNORECASE),
}
_TITLES = re.compile(
    r"^(?:sehr geehrte[rs]?|guten tag|hallo|liebe[rs]?|bonjour|chère|cher|madame|monsieur|estimad[oa]|"
    r"hola|buongiorno|gentile|egregi[oa]|caro|cara|geachte|beste|dag|hoi)?\s*"
    r"(?:herr|frau|dr\.?|madame|monsieur|mme|m\.|señora?|sra?\.|signora?|sig\.?(?:ra)?|dott\.?(?:ssa)?|"
    r"meneer|mevrouw|dhr\.?|mevr\.?|mr\.?|mrs\.?|ms\.?)\s+\w",
    re.IGNORECASE,
)


def _mid_sentence(pattern: re.Pattern[str], text: str) -> int:
    """Matches of ``pattern`` that do not start a sentence (where every word is capitalised)."""
    count = 0
    for found in pattern.finditer(text):
        before = text[: found.start()].rstrip()
        if before and before[-1] not in ".!?:\n":
            count += 1
    return count


def titled_greeting(line: str) -> bool:
    """Whether a greeting line addresses someone by title and surname ("Hallo Frau Lindqvist,")."""
    return bool(_TITLES.match(line.strip()))


def read_register(lang: str, texts: Iterable[str]) -> Register | None:
    """The register ``texts`` (a client's mails, newest first) address the reader in; None without evidence.

    The first text with evidence decides: a client may move from *Sie* to *du*, and their last mail says where
    they are now. Within one text, a greeting by title is formal, else the pronouns are counted.
    """
    if lang not in _FORMAL:
        return NEUTRAL if lang == "en" else None
    for text in texts:
        first = next((line for line in text.splitlines() if line.strip()), "")
        informal = _mid_sentence(_INFORMAL[lang], text)
        formal = _mid_sentence(_FORMAL[lang], text) + (2 if titled_greeting(first) else 0)
        if formal > informal:
            return FORMAL
        if informal > formal:
            return INFORMAL
    return None
