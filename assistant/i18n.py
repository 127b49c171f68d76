"""Code-written words in the client's language: one gettext catalog per language, read through babel.

Sphinx and Django are the model: ``t.gettext("...")`` at the call site, with ``t = translator(lang)``; one
``assistant/locale/<lang>/LC_MESSAGES/atelier.po`` per language, and ``tests/unit/test_catalogs.py`` checks that
every message in the code has a translation in every shipped catalog. Words written elsewhere (a question the
brief reader asks) are marked with :func:`N_` where they are written and translated where they are sent.

The compiled ``.mo`` files are committed next to their ``.po``: setuptools has no build step for catalogs, and
an editable install reads the source tree, so both ship the same files (``package-data``). The test compares
every ``.mo`` with its ``.po``, so a stale one fails CI; recompile with
``pybabel compile -d assistant/locale -D atelier``.
"""

from __future__ import annotations

import functools
import gettext
import re
from importlib import resources

from babel import Locale
from babel.support import Translations

DOMAIN = "atelier"
FALLBACK = "en"
"""The language of the msgids, and of a reply to a client whose language has no catalog."""
CATALOGS = ("en", "de", "fr", "es", "it", "nl")
"""Languages with a shipped catalog."""


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it (Django's ``gettext_noop``)."""
    return message


def translate_formatted(t: gettext.NullTranslations, text: str, templates: tuple[str, ...]) -> str:
    """``text`` translated: as a msgid, or as one of ``templates`` (``%(name)s`` placeholders) filled in.

    For a message formatted where it was written (a brief's question) and translated where it is sent.
    """
    if (found := t.gettext(text)) != text:
        return found
    for template in templates:
        pattern = re.escape(template)
        pattern = re.sub(r"%\\\(([a-z_]+)\\\)s", r"(?P<\1>.+)", pattern)
        if match := re.fullmatch(pattern, text, re.DOTALL):
            return t.gettext(template) % match.groupdict()
    return text


_FRENCH_SPACE = re.compile(r"[ \u00a0]+([:;!?»])")
_FRENCH_BARE = re.compile(r"(?<=[^\W\d_])([?!;:])(?=\s|$)")
_FRENCH_CLOSE = re.compile(r"(?<=[^\s\u202f])»")
_FRENCH_OPEN = re.compile(r"«[ \u00a0\u202f]*")
NARROW_NBSP = "\u202f"


def typeset(lang: str, text: str) -> str:
    """``text`` with its language's typography: in French a narrow no-break space before ``: ; ! ?`` and ``»``.

    French sets "Pour :" and "« Affiche »" with a thin space that never breaks the line; a plain space lets the
    "?" wrap onto a line of its own, and none at all reads as English. The catalogs are written so (a test holds
    them to it); this sets the words that do not come from a catalog (the freelancer's payment terms, service
    names and notes, the model's) the same way, written with a plain space or none ("Note: ..."). A colon or
    semicolon glued to what follows ("https://", "14:30") is not punctuation of a sentence and is left alone. It
    is the one place French typography is made: a reply's body (:mod:`assistant.daemon.drafting`) and every text
    the HTML and PDF quote print (:mod:`assistant.tools.quote_render`) go through it.
    """
    if lang != "fr":
        return text
    text = _FRENCH_SPACE.sub(NARROW_NBSP + r"\1", text)
    text = _FRENCH_BARE.sub(NARROW_NBSP + r"\1", text)
    text = _FRENCH_CLOSE.sub(NARROW_NBSP + "»", text)
    return _FRENCH_OPEN.sub("«" + NARROW_NBSP, text)


def locale_dir() -> str:
    """The folder that holds ``<lang>/LC_MESSAGES/atelier.mo``, inside the installed package."""
    return str(resources.files("assistant") / "locale")


def has_catalog(lang: str | None) -> bool:
    """Is there a shipped catalog for ``lang`` (an ISO 639-1 code)?"""
    return lang in CATALOGS


def reply_language(lang: str | None) -> str:
    """The language a reply is written in: the client's when a catalog covers it, else English."""
    return lang if lang is not None and has_catalog(lang) else FALLBACK


@functools.cache
def translator(lang: str) -> gettext.NullTranslations:
    """The catalog for ``lang``; an unknown language gets the msgids (English) back."""
    if not has_catalog(lang):
        return gettext.NullTranslations()
    return Translations.load(locale_dir(), [lang], domain=DOMAIN)


def language_name(lang: str, *, in_lang: str = FALLBACK) -> str:
    """``"pt"`` as ``"Portuguese"`` (or in another language), for notes to the freelancer."""
    try:
        return str(Locale.parse(lang).get_display_name(in_lang) or lang)
    except (ValueError, LookupError):
        return lang


def client_locale(lang: str, profile_locale: str) -> str:
    """The babel locale money and dates are written in for a reply in ``lang``.

    The freelancer's own locale when it is in that language (``de_DE`` for a German reply from Berlin), else
    the bare language (``fr``), so a French client reads ``1 234,50 €`` and ``19 févr. 2027``.
    """
    own = profile_locale.replace("-", "_")
    return own if own.split("_")[0] == lang else lang


_FRENCH_ELISION = re.compile(r"\b([dljmnst]|qu)e ([aeiouyàâäéèêëîïôöùûüœæ])", re.IGNORECASE)
"""French "de", "le", "que"... before a vowel, where the written language drops their e: "d’identité"."""


def elided(lang: str, text: str) -> str:
    """``text`` with French elision made where a catalog template meets a filled-in name.

    A template reads "le projet de %(service)s"; filled with "identité de marque" it must read "le projet
    d’identité de marque", which no catalog can spell ahead of the name. Words before an h are left alone: an
    aspirated h ("le héros") keeps its e, and nothing here can tell which h is which.
    """
    if lang != "fr":
        return text
    return _FRENCH_ELISION.sub(lambda m: f"{m.group(1)}’{m.group(2)}", text)
