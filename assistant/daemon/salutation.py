"""Whom a reply greets: the client's first name, their full name without a title, or no name at all.

A freelancer greets a person as that person wrote to them. So the name comes from the sender's display name with
its academic title dropped ("Dr. Anna Weiss" is "Anna Weiss"; code never knows Herr or Frau, so it never writes
them); an organisation ("Redaktion Kiezblatt", "Revista Mirador") is no person to greet by name, unless the mail is
signed by one ("Lotte, Uitgeverij Duin"); and a client who called the freelancer by her first name ("Liebe Mara")
is greeted by theirs, even in the formal register.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from assistant.mail.message import InboundMessage
from assistant.profile import Profile

_TITLE = re.compile(r"^(?:dr|prof|dipl|ing|mag|dott|dottssa|drs|ir|mr|mrs|ms|mme|m|sr|sra|sig|sigra)\.?$", re.I)
_ORGANISATION = frozenset(
    "redaktion rédaction redazione redacción redactie team studio verlag uitgeverij editorial edizioni éditions "
    "ediciones editions revista rivista magazine magazin tijdschrift info office büro buero agentur agence agencia "
    "agenzia bureau festival museum musée museo galerie galería galleria verein association asociación associazione "
    "vereniging stichting fondation fundación fondazione shop kontakt contact support administration "
    "verwaltung sekretariat secretaría segreteria".split()
)
"""First words of a display name that name an organisation or a role, not a person."""
_NOT_A_NAME = frozenset(
    "danke dank thanks thank cheers best merci cordialement gracias saludos grazie saluti bedankt groeten groetjes "
    "grüße gruß gruss lg vg mfg bises ciao besos abrazos regards".split()
)
"""Closing words that can stand alone on a mail's last line, where a signature would be."""
MAX_NAME = 30


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if c.isalnum())


def _person_words(display: str) -> list[str]:
    """The display name's words without titles and quotes; [] when a word is no part of a name ("Team 4")."""
    words = [w for w in display.strip().strip('"').replace(",", " ").split() if not _TITLE.match(w)]
    ok = all(w.replace("-", "").replace("'", "").replace("’", "").isalpha() and len(w) <= MAX_NAME for w in words)
    return words if ok else []


def _organisation(words: list[str], address: str) -> bool:
    """Whether a display name is an organisation: a role word first ("Redaktion ..."), or all its words in the domain.

    "Revista Mirador" at revista-mirador.example is one; a person's surname alone in it (luca@ferri-birra) is not.
    """
    domain = _plain(address.rpartition("@")[2])
    return _plain(words[0]) in _ORGANISATION or all(_plain(w) in domain for w in words)


def signed_name(body: str) -> str:
    """The first name a mail is signed with: the first word of its last line, when that line reads as a name."""
    lines = [line.strip() for line in body.splitlines() if line.strip() and not line.lstrip().startswith(">")]
    if len(lines) < 2:  # a one-line mail has no signature line
        return ""
    words = lines[-1].replace(",", " ").split()
    first = words[0] if words and len(words) <= 4 else ""
    if not (first.isalpha() and first[:1].isupper() and _plain(first) not in _NOT_A_NAME | _ORGANISATION):
        return ""
    return first


def greets_by_first_name(body: str, her_first_name: str) -> bool:
    """Whether the mail's greeting calls the freelancer by her first name ("Liebe Mara,", "Hoi Mara")."""
    first = next((line for line in body.splitlines() if line.strip()), "")
    words = re.split(r"[,!:]", first, maxsplit=1)[0].casefold().split()
    return bool(her_first_name) and len(words) <= 3 and her_first_name.casefold() in words


def her_first_name(profile: Profile) -> str:
    """The freelancer's first name, as a client on first names with her greets her ("Hallo Mara")."""
    return profile.name.split()[0] if profile.name.strip() else ""


@dataclass(frozen=True)
class Addressee:
    """The names a greeting may use for one client ("" where there is none)."""

    first: str = ""
    """Their first name ("Anna")."""
    full: str = ""
    """Their first name and surname, without a title ("Anna Weiss"); the formal register's name."""
    on_first_names: bool = False
    """They called the freelancer by her first name: the reply greets them by theirs, in either register."""


def addressee(msg: InboundMessage, her_first_name: str = "") -> Addressee:
    """Whom a reply to ``msg`` greets (see the module's docstring)."""
    words = _person_words(msg.sender_name)
    signed = signed_name(msg.body)
    if not words or _organisation(words, msg.sender):
        words = [signed] if signed else []
    full = " ".join(words) if 2 <= len(words) <= 4 else ""
    return Addressee(
        first=words[0] if words else "",
        full=full,
        on_first_names=greets_by_first_name(msg.body, her_first_name),
    )
