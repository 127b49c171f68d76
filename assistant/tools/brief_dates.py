"""Dates and counts for the brief and quote tools, and what the reply says when a client's date cannot be met.

The readers live in :mod:`assistant.reading.dates`, :mod:`assistant.reading.deadlines` and
:mod:`assistant.reading.quantities` (every supported language); this module keeps the names the tools import, and
adds the plain sentences a reply states about dates.
"""

from __future__ import annotations

import datetime as dt
import gettext
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from babel.lists import format_list

from assistant.i18n import FALLBACK, N_, elided, translator
from assistant.reading.dates import MONTHS, WEEKDAYS, FoundDate, find_dates, parse_date
from assistant.reading.deadlines import find_deadline
from assistant.reading.quantities import _UNITS, FIXED, number_value
from assistant.tools.quote_words import KNOWN_UNITS, units

if TYPE_CHECKING:
    from assistant.profile import Profile
    from assistant.tools.brief_models import Brief
    from assistant.tools.quote_models import Quote

NUMBER_WORDS = {word: value for word, value in {**_UNITS, **FIXED}.items() if value > 0}
"""Number words with a definite value, in every supported language (vague ones such as "a few" are not here)."""

__all__ = [
    "MONTHS",
    "NUMBER_WORDS",
    "WEEKDAYS",
    "FoundDate",
    "find_dates",
    "find_deadline",
    "low_budget_handoff",
    "number_value",
    "parse_date",
    "priced_items",
    "ReplyNotes",
    "reply_notes",
    "too_soon",
]


TOO_SOON = N_("The date you asked for is too soon, I'm afraid: the delivery date above is the earliest I can do.")
RUSH = N_("The date you ask for is under my usual lead time, so the quote includes a rush surcharge.")
LOW_BUDGET = N_(
    "The budget you mention is well under what this work costs (the price above). If it is fixed, tell me and I "
    "will suggest a smaller scope that fits it."
)
"""The notes a quote summary carries (each also has an ``informal`` wording: they say "you")."""


def _said(lang: str, message: str, informal: bool) -> str:
    t = translator(lang)
    return t.pgettext("informal", message) if informal else t.gettext(message)


def too_soon(requested: dt.date | None, delivery: dt.date, lang: str = FALLBACK, *, informal: bool = False) -> str:
    """The sentence a reply states when the client's date is earlier than the earliest delivery, else ``""``.

    It says so plainly instead of quietly quoting a later date, and it repeats neither the client's words nor a
    date: the only date is the one the quote summary states, so nothing an attacker wrote can be echoed here.
    """
    if requested is None or delivery <= requested:
        return ""
    return _said(lang, TOO_SOON, informal)


def priced_items(quote: Quote, profile: Profile, lang: str = FALLBACK) -> list[str]:
    """What the quote priced, in the rate card's own words: ``3 Plakate``, ``12 spreads (children's book ...)``.

    The quote summary (:func:`assistant.tools.quote_render.to_text`) opens on these, so a client reads the
    quantity that was priced. Only units, extras and service names from the profile are named, never the client's
    wording, so the words are safe to send. The rate card is the freelancer's, in their language (or the name they
    gave the service in the client's, ``[[services]] names``). A unit that already names its service ("3 posters")
    stands alone, and in English and German one project is the service's name itself ("Logodesign"); elsewhere
    the service follows in brackets. A unit the catalogs know is counted in the client's language ("14
    Doppelseiten"); any other noun (an extra from the rate card) gets "1 × cover", which needs no grammar of theirs.
    A quote with no request (a change order made in code) names its services.
    """
    t = translator(lang)
    if quote.request is None or not quote.request.deliverables:
        return [profile.service(s).name_in(lang) for s in quote.services]
    counted: dict[str, list[str]] = {}  # service name -> its counted units, in the order asked
    for item in quote.request.deliverables:
        service = profile.service(item.service or quote.services[0])
        name = service.name_in(lang) if lang != FALLBACK else service.name.lower()
        extra = item.description.lower() if item.description.lower() in service.extras else ""
        extra = item.description if extra and lang == "de" else extra  # a German noun keeps its capital
        noun = extra or service.unit
        if noun == "project" and item.quantity == 1:  # one project: the service's name says what it is
            counted.setdefault(name, [])
        elif lang == FALLBACK and noun not in KNOWN_UNITS:
            plural = noun if item.quantity == 1 or noun.endswith("s") else f"{noun}s"
            counted.setdefault(name, []).append(f"{item.quantity} {plural}")
        elif noun in KNOWN_UNITS:
            counted.setdefault(name, []).append(units(t, item.quantity, noun))
        else:
            counted.setdefault(name, []).append(f"{item.quantity} × {noun}")
    parts = []
    for name, these in counted.items():  # "12 spreads and 1 cover (children's book illustration)"
        listed = format_list(these, locale=lang) if these else ""
        if not listed:
            parts.append(_one_project(name, t, lang))
        else:
            parts.append(listed if len(these) == 1 and name.casefold() in listed.casefold() else f"{listed} ({name})")
    return parts


ONE_PROJECT = N_("the %(service)s project")
"""One project named by its service where the summary's "For ..." needs an article ("Para el proyecto de ...")."""


def _one_project(name: str, t: gettext.NullTranslations, lang: str) -> str:
    """``logo design`` / ``Logodesign`` in English and German; ``el proyecto de diseño de logotipo`` elsewhere.

    "Para 1 proyecto (Diseño de logotipo)" is how a form writes, not a person; the service's name is a common noun
    in these languages, so it loses its capital inside the sentence.
    """
    if lang in (FALLBACK, "de"):
        return name
    return elided(lang, t.gettext(ONE_PROJECT) % {"service": name[:1].lower() + name[1:]})


def least_price(brief: Brief, profile: Profile, quote: Quote | None = None) -> Decimal | None:
    """The least the work asked for can cost: the quote's minimum option, else the service's floor."""
    if quote is not None:
        return quote.option("minimum").net
    if brief.service is None:
        return None
    return max(profile.service(brief.service).floor, profile.minimum_fee)


def far_below_floor(brief: Brief, profile: Profile, quote: Quote | None = None) -> bool:
    """A stated budget, in the rate card's currency, under ``[triage] budget_floor_share`` of the least price."""
    least = least_price(brief, profile, quote)
    if brief.budget is None or least is None or brief.budget.currency != profile.currency:
        return False
    return brief.budget.amount < least * profile.triage.budget_floor_share


def low_budget_handoff(brief: Brief, profile: Profile, quote: Quote | None = None) -> bool:
    """A budget far below the floor, and the profile says such inquiries go to the freelancer."""
    return profile.triage.on_low_budget == "handoff" and far_below_floor(brief, profile, quote)


class ReplyNotes(NamedTuple):
    """What a reply states plainly next to the quote, by the sentence it follows (see :func:`reply_notes`)."""

    price: list[str]
    """After the price: a budget far too low."""
    date: list[str]
    """After the delivery date: a rush surcharge, a date too soon."""


def reply_notes(
    brief: Brief, quote: Quote, profile: Profile, lang: str = FALLBACK, *, informal: bool = False
) -> ReplyNotes:
    """What the reply states plainly next to the quote: a budget far too low, a rush surcharge, a date too soon.

    ``lang`` is the reply's language (its catalog gives the words), ``informal`` its register. These lines hold no
    price and no date (those are only in the quote's own lines), so the policy gate's rule that figures appear
    only where code rendered them still holds. A rush is said in words: a client who reads a price half again the
    usual should read why in the mail, not only in the PDF's notes.
    """
    soon = too_soon(quote.requested_deadline or brief.deadline, quote.delivery_date, lang, informal=informal)
    price = [_said(lang, LOW_BUDGET, informal)] if far_below_floor(brief, profile, quote) else []
    date = [_said(lang, RUSH, informal)] if quote.rush else []
    return ReplyNotes(price=price, date=[*date, soon] if soon else date)
