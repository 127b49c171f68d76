"""Dates and counts for the brief and quote tools, and what the reply says when a client's date cannot be met.

The readers live in :mod:`assistant.reading.dates`, :mod:`assistant.reading.deadlines` and
:mod:`assistant.reading.quantities` (every supported language); this module keeps the names the tools import, and
adds the plain sentences a reply states about dates.
"""

from __future__ import annotations

import datetime as dt
import gettext
import itertools
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from babel.lists import format_list

from assistant.i18n import FALLBACK, N_, elided, translator
from assistant.reading.dates import MONTHS, WEEKDAYS, FoundDate, find_dates, parse_date
from assistant.reading.deadlines import find_deadline
from assistant.reading.quantities import _UNITS, FIXED, number_value
from assistant.tools.money import format_money
from assistant.tools.quote_words import KNOWN_UNITS, extra_unit, in_prose, with_article

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
    "budget_note",
    "find_dates",
    "find_deadline",
    "low_budget_handoff",
    "number_value",
    "parse_date",
    "priced_items",
    "ReplyNotes",
    "SUMMARY_NOTES",
    "reply_notes",
    "too_soon",
]


TOO_SOON = N_("The date you asked for is too soon, I'm afraid: the delivery date above is the earliest I can do.")
RUSH = N_("The date you ask for is under my usual lead time, so the quote includes a rush surcharge.")
LOW_BUDGET = N_(
    "Your budget of %(budget)s is well under what this work costs: even the smallest option comes to %(least)s "
    "net. If it is fixed, tell me and I will suggest a smaller scope that fits it."
)
"""A budget far below the floor, named with the floor, as the profile's ``[triage] on_low_budget = "name"`` says."""
OVER_BUDGET_OPTION = N_(
    "Your budget of %(budget)s is under this price; the %(option)s option in the quote comes to %(net)s net and "
    "fits it."
)
OVER_BUDGET_FEWER = N_(
    "Your budget of %(budget)s is under this price, and so is the smallest option (%(least)s net); within it I "
    "could do %(items)s alone, for %(net)s net."
)
OVER_BUDGET = N_(
    "Your budget of %(budget)s is under this price; even the smallest option in the quote comes to %(least)s net."
)
SUMMARY_NOTES = (TOO_SOON, RUSH, LOW_BUDGET, OVER_BUDGET_OPTION, OVER_BUDGET_FEWER, OVER_BUDGET)
"""The notes a quote summary carries (each also has an ``informal`` wording: they say "you"), for readers of a
reply: the only sentences besides the summary's own that state a figure."""


def budget_note(brief: Brief, quote: Quote, profile: Profile, lang: str = FALLBACK, *, informal: bool = False) -> str:
    """The sentence that names a stated budget the quote is above, and what fits it; ``""`` when none is needed.

    A budget far below the floor (:func:`far_below_floor`) gets the profile's policy sentence (``[triage]
    on_low_budget``: the reply names the floor, the smallest option; with ``handoff`` the draft also goes to the
    freelancer). One the quote is just above is named with what fits: the smaller option when it does; else the
    largest part of the services asked for (one of them, or two of three) whose own lines fit together and that
    keeps the request's main service (4 poses alone are no offer for a mascot that does not exist yet), when no
    discount or minimum fee spreads over the whole; else the sentence says that even the smallest option is above
    it. Only for a budget in the quote's
    currency. Every figure is the client's budget or one code computed from the quote's own lines, written in the
    quote's locale.
    """
    target, least = quote.option("target"), quote.option("minimum")
    budget = brief.budget
    if budget is None or budget.currency != quote.currency or target.net <= budget.amount:
        return ""
    t = translator(lang)

    def money(amount: Decimal) -> str:
        return format_money(amount, quote.currency, quote.locale)

    values = {
        "budget": format_money(budget.amount, budget.currency, quote.locale, whole=True),
        "least": money(least.net),
    }
    if far_below_floor(brief, profile, quote):
        return _said(lang, LOW_BUDGET, informal) % values
    if least.net <= budget.amount:
        values |= {"option": t.gettext(least.label), "net": money(least.net)}
        return _said(lang, OVER_BUDGET_OPTION, informal) % values
    by_service: dict[str, Decimal] = {}
    for line in quote.line_items:
        if line.service is None or line.kind == "expense":
            by_service = {}
            break
        by_service[line.service] = by_service.get(line.service, Decimal(0)) + line.amount
    main = quote.request.service if quote.request is not None else None
    scopes = [  # every smaller set of the services asked for that keeps the main one and fits the budget
        group
        for size in range(1, len(by_service))
        for group in itertools.combinations(by_service, size)
        if (main is None or main in group) and sum(by_service[sid] for sid in group) <= budget.amount
    ]
    if quote.discount or len(by_service) < 2 or not scopes:
        return _said(lang, OVER_BUDGET, informal) % values
    best = max(scopes, key=lambda group: sum(by_service[sid] for sid in group))  # the most of the work that fits
    priced = _priced_by_service(quote, profile, lang)
    items = format_list([priced.get(sid) or profile.service(sid).name_in(lang) for sid in best], locale=lang)
    net = money(sum((by_service[sid] for sid in best), Decimal(0)))
    return _said(lang, OVER_BUDGET_FEWER, informal) % {**values, "items": items, "net": net}


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
    """What the quote priced, in the rate card's own words, as a person writes it: ``3 Plakate``, ``una portada``.

    The quote summary (:func:`assistant.tools.quote_render.to_text`) opens on these, so a client reads the
    quantity that was priced. Only units, extras and service names from the profile are named, never the client's
    wording, so the words are safe to send. The rate card is the freelancer's, in their language (or the name they
    gave the service in the client's, ``[[services]] names``). A count says its service when it can ("eine
    Editorial-Illustration", "2 Plakate", :func:`~assistant.tools.quote_words.in_prose`); else the service follows
    in brackets. One of a unit or a known extra takes the catalog's article ("a cover", "una portada"), never "1 ×
    portada"; one project is the service's name in English and German, and "the ... project" elsewhere. An extra
    no catalog knows is named as the freelancer wrote it, with its count when there are several. A quote with no
    request (a change order made in code) names its services.
    """
    return list(_priced_by_service(quote, profile, lang).values())


def _priced_by_service(quote: Quote, profile: Profile, lang: str) -> dict[str, str]:
    """:func:`priced_items`, by the id of the service each part prices (a smaller scope names one of them)."""
    t = translator(lang)
    if quote.request is None or not quote.request.deliverables:
        return {s: profile.service(s).name_in(lang) for s in quote.services}
    counted: dict[str, list[tuple[str, bool]]] = {}  # service id -> its counts, and whether each names it
    names: dict[str, str] = {}
    for item in quote.request.deliverables:
        service = profile.service(item.service or quote.services[0])
        name = service.name_in(lang)
        name = names.setdefault(service.id, name if lang == "de" else name[:1].lower() + name[1:])  # a common noun
        extra = item.description if item.description.lower() in service.extras else ""
        noun = (extra_unit(extra) or extra) if extra else service.unit
        these = counted.setdefault(service.id, [])
        if noun == "project" and item.quantity == 1:  # one project: the service's name says what it is
            continue
        if noun in KNOWN_UNITS:
            these.append(in_prose(t, item.quantity, noun, name))
        elif lang == FALLBACK:  # an extra of the freelancer's own naming, in the language of the msgids
            plural = noun if noun.endswith("s") else f"{noun}s"
            these.append((with_article(noun) if item.quantity == 1 else f"{item.quantity} {plural}", False))
        else:  # no article or plural of theirs is known in another language, and no form's "×"
            these.append((noun if item.quantity == 1 else f"{item.quantity} {noun}", False))
    alone = len(counted) == 1
    parts = {}
    for sid, these in counted.items():  # "12 dobles páginas y una portada (ilustración de libro infantil)"
        if not these:
            parts[sid] = _one_project(names[sid], t, lang)
            continue
        words = [text for text, _ in these]
        listed = format_list(words, locale=lang) if alone else ", ".join(words)  # one "and" in the sentence
        parts[sid] = listed if all(named for _, named in these) else f"{listed} ({names[sid]})"
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
    return elided(lang, t.gettext(ONE_PROJECT) % {"service": name})


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
    """After the price: a budget the quote is above."""
    date: list[str]
    """After the delivery date: a rush surcharge, a date too soon."""


def reply_notes(
    brief: Brief, quote: Quote, profile: Profile, lang: str = FALLBACK, *, informal: bool = False
) -> ReplyNotes:
    """What the reply states plainly next to the quote: a budget above it, a rush surcharge, a date too soon.

    ``lang`` is the reply's language (its catalog gives the words), ``informal`` its register. A budget the quote
    is above is named with the floor or with what fits (:func:`budget_note`, its figures computed, inside the
    quote summary where the policy gate allows figures). The other lines hold no price and no date. A rush is
    said in words: a client who reads a price half again the usual should read why in the mail, not only in the
    PDF's notes.
    """
    soon = too_soon(quote.requested_deadline or brief.deadline, quote.delivery_date, lang, informal=informal)
    note = budget_note(brief, quote, profile, lang, informal=informal)
    date = [_said(lang, RUSH, informal)] if quote.rush else []
    return ReplyNotes(price=[note] if note else [], date=[*date, soon] if soon else date)
