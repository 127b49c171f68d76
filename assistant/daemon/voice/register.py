"""Which form of address a mail uses: du or Sie, tu or vous, tú or usted, tu or Lei, je or u.

A reply in the wrong register reads like a form ("Hallo Jana," and then *Sie*), so the register is read from the
client's own words (their pronouns, and how they greet: a title and a surname is formal) and the greeting, the
opening and the catalog's sentences follow it. English has no register: :data:`NEUTRAL`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from assistant.daemon.salutation import greets_by_first_name, signed_name
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


_CASUAL_GREETING = {
    "de": re.compile(r"^(?:hey|hi|hej|hallöchen|servus|moin|na)\b", re.IGNORECASE),
    "fr": re.compile(r"^(?:salut|coucou|yo|hey)\b", re.IGNORECASE),
    "es": re.compile(r"^(?:hey|holi|buenas|qué tal)\b", re.IGNORECASE),
    "it": re.compile(r"^(?:ciao|ehi|hey|salve ragazz)\b", re.IGNORECASE),
    "nl": re.compile(r"^(?:hoi|hey|hee|hai|hallo allemaal)\b", re.IGNORECASE),
}
"""Greetings said only to someone one calls du, tu, tú, tu or je: as telling as a pronoun, twice over."""
_FRIENDLY_GREETING = {"es": re.compile(r"^¡?hola\b", re.IGNORECASE), "nl": re.compile(r"^hallo\b", re.IGNORECASE)}
"""Greetings that lean informal without deciding it ("Hola", with usted too)."""
_FIRST_NAMES_LEAN = frozenset({"de", "es", "nl"})
"""Where a client who greets the freelancer by first name ("Hallo Mara") would say du/tú/je; French and Italian
clients keep vous and Lei with first names ("Bonjour Mara", "Buongiorno Mara")."""
_FORMAL_CLOSING = {
    "de": re.compile(r"^(?:mit freundlichen grüßen|freundliche grüße|hochachtungsvoll|mfg)\b", re.IGNORECASE),
    "fr": re.compile(r"^(?:cordialement|bien cordialement|salutations|veuillez agréer|bien à vous)\b", re.I),
    "es": re.compile(r"^(?:atentamente|saludos cordiales|un cordial saludo|cordialmente)\b", re.IGNORECASE),
    "it": re.compile(r"^(?:cordiali saluti|distinti saluti|cordialmente)\b", re.IGNORECASE),
    "nl": re.compile(r"^(?:met vriendelijke groet|hoogachtend)", re.IGNORECASE),
}
_CASUAL_CLOSING = {
    "de": re.compile(r"^(?:lg|liebe grüße|bis bald|ciao|cheers)\b", re.IGNORECASE),
    "fr": re.compile(r"^(?:bises|bisous|biz|à plus|a\+|à\+|à bientôt)", re.IGNORECASE),
    "es": re.compile(r"^(?:besos|abrazos|un abrazo|chao|hasta pronto)\b", re.IGNORECASE),
    "it": re.compile(r"^(?:un abbraccio|a presto|ciao|baci)\b", re.IGNORECASE),
    "nl": re.compile(r"^(?:groetjes|doei|liefs|tot snel|gr\.)", re.IGNORECASE),
}


def _manner(lang: str, text: str, her_name: str) -> tuple[int, int]:
    """``(formal, informal)`` evidence from how the mail greets and closes, as a person reads it.

    A title and surname greets formally (3: it outweighs a casual sign-off); a casual greeting ("Ciao", "Hoi",
    "salut") is informal (2); a first-name greeting, and a signature that is a first name alone, lean informal
    where that is the custom (1 each); a formal or casual closing line counts 1.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith(">")]
    first = lines[0] if lines else ""
    formal = 3 if titled_greeting(first) else 0
    informal = 2 if _CASUAL_GREETING[lang].match(first) else 0
    friendly = _FRIENDLY_GREETING.get(lang)
    informal += 1 if friendly is not None and friendly.match(first) else 0
    if lang in _FIRST_NAMES_LEAN:  # "Hallo Mara," and a mail signed "Jonas"
        informal += greets_by_first_name(text, her_name) + (len(lines) > 1 and lines[-1] == signed_name(text))
    for line in lines[1:][-4:]:  # the closing is among the last lines
        formal += 1 if _FORMAL_CLOSING[lang].match(line) else 0
        informal += 1 if _CASUAL_CLOSING[lang].match(line) else 0
    return formal, informal


def read_register(lang: str, texts: Iterable[str], *, her_name: str = "") -> Register | None:
    """The register ``texts`` (a client's mails, newest first) address the reader in; None without evidence.

    The first text with evidence decides: a client may move from *Sie* to *du*, and their last mail says where
    they are now. Within one text the pronouns decide (an explicit *Sie* is not outvoted by "Hallo Mara"); where
    they do not, how the mail greets and signs off does (:func:`_manner`; ``her_name`` is the reader's first
    name, for "Hallo Mara"). A tie is no evidence.
    """
    if lang not in _FORMAL:
        return NEUTRAL if lang == "en" else None
    for text in texts:
        formal, informal = _mid_sentence(_FORMAL[lang], text), _mid_sentence(_INFORMAL[lang], text)
        if formal == informal:  # the pronouns do not tell: how the mail greets and signs off does
            formal, informal = _manner(lang, text, her_name)
        if formal > informal:
            return FORMAL
        if informal > formal:
            return INFORMAL
    return None
