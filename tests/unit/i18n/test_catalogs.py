"""Every message the code writes for a client has a translation in every shipped catalog (Sphinx, Django).

The messages are extracted from the code and the quote template with babel, as ``pybabel extract`` would; the
committed ``.mo`` files must say what their ``.po`` files say (a stale compile fails here).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po
from babel.support import Translations
from jinja2.ext import babel_extract

from assistant import i18n

REPO = Path(__file__).resolve().parents[3]
SOURCES = (
    "assistant/daemon/wording.py",
    "assistant/daemon/decline.py",
    "assistant/graph/lead.py",
    "assistant/graph/compose.py",
    "assistant/tools/quote_render.py",
    "assistant/tools/quote_words.py",
    "assistant/tools/brief.py",
    "assistant/tools/brief_dates.py",
    "assistant/tools/quote_text.py",
    "assistant/reading/intent.py",
)
TEMPLATE = "assistant/tools/templates/quote.html.j2"
KEYWORDS = {"gettext": None, "ngettext": (1, 2), "N_": None, "pgettext": ((1, "c"), 2)}


def _messages() -> set[tuple[str | None, str]]:
    """``(context, msgid)`` of every message: the informal wordings are the ``informal`` context."""
    found: set[tuple[str | None, str]] = set()
    for source in SOURCES:
        for _, msg, _, context in extract_from_file("python", str(REPO / source), keywords=KEYWORDS):
            found.add((context, msg[0] if isinstance(msg, tuple) else msg))
    for _, msg, _, context in extract_from_file(babel_extract, str(REPO / TEMPLATE), keywords={"_": None}):
        found.add((context, msg[0] if isinstance(msg, tuple) else msg))
    return found


def _po(lang: str):  # type: ignore[no-untyped-def]
    with (REPO / "assistant" / "locale" / lang / "LC_MESSAGES" / "atelier.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def test_the_code_has_messages_to_translate() -> None:
    messages = _messages()
    assert len(messages) > 50 and (None, "Best regards,") in messages and (None, "Payment terms") in messages
    assert ("informal", "Thank you for your message about “%(project)s”.") in messages


@pytest.mark.parametrize("lang", i18n.CATALOGS)
def test_every_message_is_translated_in_every_catalog(lang: str) -> None:
    catalog = _po(lang)
    missing = []
    for context, msgid in sorted(_messages(), key=lambda m: (m[0] or "", m[1])):
        message = catalog.get(msgid, context=context)
        strings = message.string if message is not None else ""
        if not strings or (isinstance(strings, tuple) and not all(strings)):
            missing.append(f"{context}|{msgid}" if context else msgid)
    assert not missing, f"{lang}: untranslated {missing}"
    problems = [(m.id, [str(e) for e in errs]) for m, errs in catalog.check()]
    assert not problems, problems  # placeholders and plural forms agree with the msgid


@pytest.mark.parametrize("lang", i18n.CATALOGS)
def test_the_compiled_catalog_matches_its_po(lang: str) -> None:
    compiled = Translations.load(i18n.locale_dir(), [lang], domain=i18n.DOMAIN)
    assert isinstance(compiled, Translations)  # a missing .mo would give NullTranslations
    for message in _po(lang):
        if not message.id:
            continue
        if message.context:
            assert compiled.pgettext(message.context, message.id) == message.string, message.id
        elif isinstance(message.id, tuple):
            assert compiled.ngettext(message.id[0], message.id[1], 1) == message.string[0]
            assert compiled.ngettext(message.id[0], message.id[1], 5) == message.string[-1]
        else:
            assert compiled.gettext(message.id) == message.string, message.id


def test_a_language_without_catalog_reads_english_and_the_catalogs_are_not_english() -> None:
    assert i18n.reply_language("pt") == "en" and i18n.reply_language(None) == "en"
    assert i18n.translator("pt").gettext("Payment terms") == "Payment terms"
    assert i18n.translator("de").gettext("Payment terms") == "Zahlungsbedingungen"
    assert i18n.translator("fr").gettext("Payment terms") == "Conditions de paiement"
    assert i18n.client_locale("de", "de_DE") == "de_DE" and i18n.client_locale("fr", "de_DE") == "fr"


def test_a_message_formatted_where_it_was_written_is_translated_where_it_is_sent() -> None:
    from assistant.tools.brief import WHICH_SERVICE

    t = i18n.translator("fr")
    asked = WHICH_SERVICE % {"offers": "logo design, poster"}
    assert i18n.translate_formatted(t, asked, (WHICH_SERVICE,)) == (
        "De laquelle de ces prestations est-ce le plus proche\u202f: logo design, poster\u202f?"
    )
    assert i18n.translate_formatted(t, "Payment terms", ()) == "Conditions de paiement"
    assert i18n.translate_formatted(t, "Something else?", (WHICH_SERVICE,)) == "Something else?"


def test_french_is_typeset_with_narrow_no_break_spaces() -> None:
    """ "Pour :" and "« Affiche »" take U+202F, which never breaks a line; every French message is set so."""
    for message in _po("fr"):
        if not message.id:  # the header
            continue
        for text in message.string if isinstance(message.string, tuple) else (message.string,):
            assert i18n.typeset("fr", text) == text, text
    assert i18n.typeset("fr", "Pour : « Affiche » ? Oui!") == "Pour\u202f: «\u202fAffiche\u202f»\u202f? Oui\u202f!"
    assert i18n.typeset("de", "Frage ?") == "Frage ?"
    # the freelancer's own French, written without the space: set the same way; a URL or a time is not a sentence
    assert (
        i18n.typeset("fr", "Note: acompte; solde «Droits»") == "Note\u202f: acompte\u202f; solde «\u202fDroits\u202f»"
    )
    assert i18n.typeset("fr", "https://lindqvist.example à 14:30") == "https://lindqvist.example à 14:30"
