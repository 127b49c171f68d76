"""The words code writes into a quote (title, line items, units, notes, discount), in one place and any language.

:func:`assistant.tools.quote.build_quote` writes them in English (``ENGLISH``) when it computes a quote; the
client's views (:mod:`assistant.tools.quote_render`) write the same words again in the quote's language with
:func:`localise`, which recognises each English phrase this module wrote and rebuilds it from its parts with
the catalog. What the freelancer wrote (service names, their notes and payment terms) is left as they wrote it.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from assistant.i18n import CATALOGS, N_, translator
from assistant.reading.words import fold

ENGLISH = gettext.NullTranslations()
"""The msgids: what a quote stores."""
TAX_NAMES = (N_("VAT"), N_("Sales tax"), N_("GST"))
"""Tax names a profile commonly gives, which the catalogs write in each language."""


KNOWN_UNITS = ("project", "spread", "illustration", "pose", "design", "poster", "hour", "cover")
"""The rate card's usual units and extras, which every catalog counts with its own plurals (:func:`units`)."""
KNOWN_EXTRAS = ("cover",)
"""Extras a rate card commonly names (a book's cover), which every catalog names with its own word and article."""


HOW_MANY = {
    "spread": N_("How many spreads do you need?"),
    "illustration": N_("How many illustrations do you need?"),
    "pose": N_("How many poses do you need?"),
    "design": N_("How many designs do you need?"),
    "poster": N_("How many posters do you need?"),
    "hour": N_("How many hours do you need?"),
}
"""The question a brief asks when it read no count, per usual unit: one msgid each, so every catalog has its grammar."""
HOW_MANY_OTHER = N_("How many %(unit)s do you need?")
"""The same question for a unit the freelancer named themselves (the unit stays in their words)."""


def how_many(unit: str) -> str:
    """``How many posters do you need?``: a msgid for a usual unit, else :data:`HOW_MANY_OTHER` filled in."""
    return HOW_MANY.get(unit) or HOW_MANY_OTHER % {"unit": unit if unit.endswith("s") else f"{unit}s"}


def units(t: gettext.NullTranslations, n: Decimal | int, unit: str, number: str = "") -> str:
    """``3 posters``, ``1 spread``, ``3 Poster``: a quantity with its unit, plural as the language wants."""
    count = int(n) if Decimal(n) == int(n) else 2  # a fraction takes the plural form
    num = number or f"{n}"
    words = {  # the rate card's usual units; another unit is written as the freelancer named it
        "project": lambda: t.ngettext("%(num)s project", "%(num)s projects", count),
        "spread": lambda: t.ngettext("%(num)s spread", "%(num)s spreads", count),
        "illustration": lambda: t.ngettext("%(num)s illustration", "%(num)s illustrations", count),
        "pose": lambda: t.ngettext("%(num)s pose", "%(num)s poses", count),
        "design": lambda: t.ngettext("%(num)s design", "%(num)s designs", count),
        "poster": lambda: t.ngettext("%(num)s poster", "%(num)s posters", count),
        "hour": lambda: t.ngettext("%(num)s hour", "%(num)s hours", count),
        "cover": lambda: t.ngettext("%(num)s cover", "%(num)s covers", count),
    }
    template = words.get(unit)
    return template() % {"num": num} if template is not None else f"{num} {unit}".strip()


def one(t: gettext.NullTranslations, unit: str) -> str:
    """``a poster``, ``eine Illustration``, ``una portada``: one of a usual unit, as a sentence says it.

    "1 × portada" reads like a form; the article and its gender are the catalog's, never guessed by code. The
    German is accusative, as both sentences it stands in ("Für ...", "Das Angebot umfasst ...") want it.
    """
    words = {
        "project": lambda: t.gettext("a project"),
        "spread": lambda: t.gettext("a spread"),
        "illustration": lambda: t.gettext("an illustration"),
        "pose": lambda: t.gettext("a pose"),
        "design": lambda: t.gettext("a design"),
        "poster": lambda: t.gettext("a poster"),
        "hour": lambda: t.gettext("an hour"),
        "cover": lambda: t.gettext("a cover"),
    }
    return words[unit]() if unit in words else unit


def is_unit_word(word: str, unit: str) -> bool:
    """Is ``word`` the unit itself, singular or plural, in any shipped language ("dobles páginas" for spreads)?"""
    counted = (units(translator(lang), k, unit, number="#") for lang in CATALOGS for k in (1, 2))
    return fold(word) in {fold(unit), *(fold(c.replace("#", "").strip()) for c in counted)}


def says_only_the_service(word: str, unit: str, keywords: tuple[str, ...] | list[str]) -> bool:
    """Is ``word`` only the unit or one of the service's own keywords, as code counted it ("packagings")?

    Such an item names nothing the service's name does not, and a keyword given an English plural by code reads
    as a slip in any language ("Packagings (3 design)"): the line names the service instead.
    """
    folded = fold(word)
    return is_unit_word(word, unit) or any(folded in (fold(k), f"{fold(k)}s") for k in keywords)


def extra_unit(noun: str) -> str | None:
    """The known extra (:data:`KNOWN_EXTRAS`) that ``noun`` names in any shipped language ("portada" is "cover")."""
    for extra in KNOWN_EXTRAS:
        if fold(noun) in {fold(extra), *(fold(translator(lang).pgettext("extra", extra)) for lang in CATALOGS)}:
            return extra
    return None


_COMPLEMENT = re.compile(r"\s+(?:de|del|della|dello|des|du|di|van|voor|for|of)\b|\s*d['’]", re.IGNORECASE)
"""The start of a name's complement ("de envases", "d'emballage", "del packaging"): it stays as it is in the plural."""


def in_prose(t: gettext.NullTranslations, n: int, unit: str, service: str) -> tuple[str, bool]:
    """``n`` of ``unit`` as a sentence says it, and whether those words already name ``service``.

    ``service`` is its name in the client's language. ``2 Plakate`` names "Plakat"; a service whose name ends in
    its unit is counted by its name ("eine Editorial-Illustration", "2 verpakkingsontwerpen", "2
    Verpackungsdesigns"), and one of a service whose name starts with it is named whole ("una ilustración
    editorial"); several of it are counted with the rest of its name when that is a complement that does not
    change ("3 diseños de envases", "3 designs d'emballage"), else by the unit alone ("3 illustrations"): code
    cannot make an adjective agree ("éditoriales"), and the unit in brackets after itself reads like a form.
    Otherwise the caller names the service too.
    """
    phrase = one(t, unit) if n == 1 else units(t, n, unit)
    word = units(t, n, unit, number="#").replace("#", "").strip()
    singular = units(t, 1, unit, number="#").replace("#", "").strip()
    if not word or word not in phrase:
        return phrase, False
    name, key, stem = service, fold(service), fold(singular)
    if key == stem:
        return phrase, True
    if key.endswith(stem) and len(key) > len(stem):
        prefix = name[: len(name) - len(singular)]
        named = phrase.replace(word, prefix + (word if prefix.endswith((" ", "-")) else word.lower()), 1)
        return (with_article(named) if re.match(r"an? ", named) else named), True  # "a" after "an editorial"
    if key.startswith(stem):
        if n == 1:
            return phrase.replace(word, name, 1), True
        rest = name[len(singular) :]  # "de envases" keeps as it is; an adjective ("éditoriale") would have to agree
        return (phrase.replace(word, word + rest, 1) if _COMPLEMENT.match(rest) else phrase), True
    return phrase, False


def with_article(phrase: str) -> str:
    """``phrase`` with the English "a" or "an" it takes ("an endpaper", "an editorial illustration").

    Also when a word was put before the unit and the article must change; other languages' articles come from
    their catalogs (:func:`one`).
    """
    noun = re.sub(r"^an? (?=\w)", "", phrase)
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def revision_rounds(t: gettext.NullTranslations, n: int) -> str:
    """``2 revision rounds``."""
    return t.ngettext("%(num)s revision round", "%(num)s revision rounds", n) % {"num": n}


def work_line(t: gettext.NullTranslations, what: str, n: int, unit: str) -> str:
    """A line item for the work itself: ``Gig poster (3 posters)``; ``12 spreads`` when the item is the unit.

    The item is the unit also when the client named it by the unit's word in their language ("Plakate").
    """
    counted = units(t, n, unit)
    nouns = {unit, f"{unit}s", *(units(t, k, unit, number="#").replace("#", "").strip().casefold() for k in (1, 2))}
    if what.casefold() in nouns:  # "Spreads (12 spreads)", "Plakate (3 Plakate)" say it twice
        return counted[:1].upper() + counted[1:]
    return f"{what} ({counted})"


def covers_line(service: str, covers: tuple[str, ...]) -> str:
    """``Brand identity (logo, cartes de visite, charte graphique)``: a line that says what it covers.

    The service is the rate card's name (the views write it in the client's language, as every line's); what it
    covers are the profile's words the inquiry named, so they are already in the client's language and need no
    catalog: a comma list in brackets reads the same in every language.
    """
    return f"{service} ({', '.join(covers)})"


def extra_rounds_line(t: gettext.NullTranslations, n: int, service: str) -> str:
    """``2 extra revision rounds, Poster``."""
    return t.ngettext("%(num)s extra revision round, %(service)s", "%(num)s extra revision rounds, %(service)s", n) % {
        "num": n,
        "service": service,
    }


def rush_line(t: gettext.NullTranslations, service: str, percent: str) -> str:
    """``Rush surcharge, Poster (+50 %)``."""
    return t.gettext("Rush surcharge, %(service)s (+%(percent)s %%)") % {"service": service, "percent": percent}


def minimum_order_line(t: gettext.NullTranslations, service: str) -> str:
    """The line that lifts an order to the service's floor."""
    return t.gettext("Minimum order for %(service)s") % {"service": service}


def minimum_fee_line(t: gettext.NullTranslations) -> str:
    """The line that lifts an order to the freelancer's minimum fee."""
    return t.gettext("Minimum fee")


def title(t: gettext.NullTranslations, services: list[str], client: str) -> str:
    """``Poster for Eastbank Books``; the service names are the rate card's."""
    names = t.gettext(" and ").join(services)
    return t.gettext("%(services)s for %(client)s") % {"services": names, "client": client} if client else names


def revision_note(t: gettext.NullTranslations, service: str, n: int, hours: str, cost: str) -> str:
    """What a further revision round costs."""
    return t.ngettext(
        "%(service)s includes %(num)s revision round; each further round is %(hours)s h (%(cost)s).",
        "%(service)s includes %(num)s revision rounds; each further round is %(hours)s h (%(cost)s).",
        n,
    ) % {"service": service, "num": n, "hours": hours, "cost": cost}


def held_note(t: gettext.NullTranslations, items: Sequence[str], service: str) -> str:
    """What the inquiry asked for that only a service not quoted holds (:func:`~.brief_counts.held_elsewhere`)."""
    listed = ", ".join(items[:-1]) + t.gettext(" and ") + items[-1] if len(items) > 1 else "".join(items)
    return t.gettext("Not included in this quote: %(items)s (part of “%(service)s”).") % {
        "items": listed,
        "service": service,
    }


def returning_discount(t: gettext.NullTranslations, percent: str) -> str:
    """The discount label for a returning client."""
    return t.gettext("returning client %(percent)s %%") % {"percent": percent}


def agreed_discount(t: gettext.NullTranslations, percent: str) -> str:
    """The discount label for a discount the freelancer agreed."""
    return t.gettext("agreed discount %(percent)s %%") % {"percent": percent}


def tax_name(t: gettext.NullTranslations, name: str) -> str:
    """The profile's tax name in the client's language when the catalog knows it (VAT → MwSt., TVA, IVA, btw)."""
    return t.gettext(name) if name in TAX_NAMES else name


def no_date_question(t: gettext.NullTranslations, delivery: str, lead: str) -> str:
    """Asked when the client gave no date."""
    return t.gettext(
        "When do you need the final files? Without a date I plan delivery for %(delivery)s, my usual lead time of "
        "%(lead)s days."
    ) % {"delivery": delivery, "lead": lead}


def too_early_note(t: gettext.NullTranslations, deadline: str, earliest: str, days: str) -> str:
    """The client's date is before the earliest possible one."""
    return t.gettext(
        "You asked for delivery by %(deadline)s; the earliest I can deliver is %(earliest)s, because this work "
        "needs at least %(days)s days."
    ) % {"deadline": deadline, "earliest": earliest, "days": days}


def rush_note(t: gettext.NullTranslations, deadline: str, days: str, lead: str) -> str:
    """The client's date is inside the usual lead time."""
    return t.gettext("Delivery by %(deadline)s is %(days)s days away, under my usual %(lead)s: rush rate.") % {
        "deadline": deadline,
        "days": days,
        "lead": lead,
    }


_NUM = r"(?P<num>\d+)"
_ANY = r"(?P<{}>.+?)"
# (pattern over the English phrase, how to write it again in t): the longest phrases first.
_DATE = r"(?P<{}>\d{{4}}-\d\d-\d\d)"
_PHRASES: list[tuple[re.Pattern[str], Callable[[gettext.NullTranslations, dict[str, str]], str]]] = [
    (
        re.compile(
            rf"When do you need the final files\? Without a date I plan delivery for {_DATE.format('delivery')}, "
            rf"my usual lead time of (?P<lead>\d+) days\."
        ),
        lambda t, g: no_date_question(t, g["delivery"], g["lead"]),
    ),  # fmt: skip
    (
        re.compile(
            rf"You asked for delivery by {_DATE.format('deadline')}; the earliest I can deliver is "
            rf"{_DATE.format('earliest')}, because this work needs at least (?P<days>\d+) days\."
        ),
        lambda t, g: too_early_note(t, g["deadline"], g["earliest"], g["days"]),
    ),  # fmt: skip
    (
        re.compile(
            rf"Delivery by {_DATE.format('deadline')} is (?P<days>\d+) days away, under my usual "
            rf"(?P<lead>\d+): rush rate\."
        ),
        lambda t, g: rush_note(t, g["deadline"], g["days"], g["lead"]),
    ),  # fmt: skip
    (
        re.compile(
            rf"{_ANY.format('service')} includes {_NUM} revision rounds?; each further round is "
            rf"{_ANY.format('hours')} h \({_ANY.format('cost')}\)\."
        ),
        lambda t, g: revision_note(t, g["service"], int(g["num"]), g["hours"], g["cost"]),
    ),  # fmt: skip
    (
        re.compile(rf"{_NUM} extra revision rounds?, {_ANY.format('service')}"),
        lambda t, g: extra_rounds_line(t, int(g["num"]), g["service"]),
    ),
    (
        re.compile(rf"Rush surcharge, {_ANY.format('service')} \(\+(?P<percent>[\d.]+) %\)"),
        lambda t, g: rush_line(t, g["service"], g["percent"]),
    ),
    (
        re.compile(r"Not included in this quote: (?P<items>.+?) \(part of “(?P<service>.+?)”\)\."),
        lambda t, g: held_note(t, re.split(r", | and ", g["items"]), g["service"]),
    ),
    (re.compile(rf"Minimum order for {_ANY.format('service')}"), lambda t, g: minimum_order_line(t, g["service"])),
    (re.compile("Minimum fee"), lambda t, g: minimum_fee_line(t)),
    (
        re.compile(rf"{_ANY.format('what')} \({_NUM} (?P<unit>[a-z-]+?)s?\)"),
        lambda t, g: work_line(t, g["what"], int(g["num"]), g["unit"]),
    ),
    (
        re.compile(rf"{_NUM} (?P<unit>[a-z-]+?)s?"),
        lambda t, g: work_line(t, g["unit"], int(g["num"]), g["unit"]),
    ),
    (re.compile(r"returning client (?P<percent>[\d.]+) %"), lambda t, g: returning_discount(t, g["percent"])),
    (re.compile(r"agreed discount (?P<percent>[\d.]+) %"), lambda t, g: agreed_discount(t, g["percent"])),
]


def localise(
    text: str, t: gettext.NullTranslations, date: Callable[[str], str] = str, number: Callable[[str], str] = str
) -> str:
    """``text`` in ``t``'s language when it is a phrase this module wrote in English, else unchanged.

    ``date`` writes an ISO date of the phrase in the client's locale, ``number`` a decimal ("1.5" hours as
    "1,5"). A discount label joins two phrases with ", "; each is rebuilt on its own.
    """
    if t is ENGLISH or not text:
        return text
    if (whole := t.gettext(text)) != text:  # a fixed sentence of the catalog ("Who should I address the quote to")
        return whole
    for pattern, rebuild in _PHRASES:
        if match := pattern.fullmatch(text):
            found = {k: _figure(v, date, number) for k, v in match.groupdict().items()}
            return rebuild(t, found)
    if ", " in text:
        parts = text.split(", ")
        rebuilt = [localise(part, t, date, number) for part in parts]
        if rebuilt != parts:
            return ", ".join(rebuilt)
    return text


def _figure(value: str, date: Callable[[str], str], number: Callable[[str], str]) -> str:
    """A captured ISO date or plain decimal, written by the caller's locale; any other text as it is."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return date(value)
    return number(value) if re.fullmatch(r"\d+\.\d+", value) else value


def localise_title(text: str, t: gettext.NullTranslations, client: str) -> str:
    """The quote's title in ``t``'s language when it is the one :func:`title` wrote (not the freelancer's own)."""
    suffix = f" for {client}"
    if not client or not text.endswith(suffix):
        return text
    return title(t, text[: -len(suffix)].split(" and "), client)
