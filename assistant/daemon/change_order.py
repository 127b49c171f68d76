"""Change orders by mail: a client who asks for more than their agreed brief gets a priced draft for the rest.

The agreed brief is the latest quote the client accepted in the quote book (:mod:`assistant.tools.quote_store`);
the client is the sender's address through the client directory (:func:`~assistant.daemon.memory_hooks.scope_name`),
never a name in the mail, so a colleague writing from the same client's domain finds the same agreement and a
stranger who writes "I am Acme" finds none. What is more is read by the chat's own scope check
(:func:`assistant.tools.scope_check.check_scope`), and the change order is priced by :func:`build_quote` like
every quote, floors and lead times holding. Merch, which no service fits, is never priced: the draft says the
freelancer will answer that part and is handed off.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant import i18n
from assistant.daemon import wording
from assistant.daemon.memory_hooks import Resolve, scope_name
from assistant.daemon.models import Draft, DraftKind, QuoteLine
from assistant.tools.brief_dates import priced_items
from assistant.tools.brief_models import Brief
from assistant.tools.quote_models import Quote
from assistant.tools.quote_render import to_text
from assistant.tools.scope_check import CHANGE_ORDER_NOTE, ScopeCheck, agreed_brief

if TYPE_CHECKING:
    from assistant.profile import Profile
    from assistant.tools.quote_store import QuoteStore

AgreedBrief = Callable[[str], Brief | None]
"""``sender address -> the brief of the latest quote their client accepted``, or None when there is none."""
UNPRICED_REASON = "new work that fits no service on your rate card: {items}"


def agreed_briefs(quotes: QuoteStore, resolve: Resolve) -> AgreedBrief:
    """Read a sender's agreed brief from the quote book: the newest accepted quote made out to their client."""

    def find(sender: str) -> Brief | None:
        client = scope_name(resolve, sender)
        for row in quotes.list(status="accepted"):
            quote = quotes.get(row.number)
            if quote.client_email.strip() and scope_name(resolve, quote.client_email) == client:
                return agreed_brief(quote)
        return None

    return find


def localised_change_order(quote: Quote, lang: str, locale: str, names: dict[str, str] | None = None) -> Quote:
    """The change order in the client's language and locale, its agreed-brief note translated too.

    ``names`` are the services' names in that language (:meth:`~assistant.profile.Profile.service_names_in`).
    """
    t = i18n.translator(lang)
    notes = [i18n.translate_formatted(t, note, (CHANGE_ORDER_NOTE,)) for note in quote.notes]
    update = {
        "locale": i18n.client_locale(lang, locale),
        "language": lang,
        "notes": notes,
        "service_names": names or {},
    }
    return quote.model_copy(update=update)


Compose = Callable[[str, list[str]], str]
"""``(opening, middle paragraphs) -> body``: the drafter's greeting, paragraphs and sign-off."""


def change_order_draft(
    check: ScopeCheck,
    brief: Brief,
    profile: Profile,
    lang: str,
    *,
    subject: str,
    project: str | None,
    compose: Compose,
    informal: bool = False,
) -> Draft:
    """The draft for a message that asks for more: the change order's summary and PDF, or merch only.

    Merch gets a sentence saying the freelancer answers it, and the draft is handed off; so is a change order
    for a rush when the profile hands rushes off. ``informal``: the reply says du/tu/tú/tu/je.
    """
    quote = (
        localised_change_order(check.change_order, lang, profile.locale, profile.service_names_in(lang))
        if check.change_order
        else None
    )
    reasons: list[str] = []
    block = ""
    quotes: tuple[QuoteLine, ...] = ()
    if quote is not None:
        block = to_text(quote, priced_items(quote, profile, lang), informal=informal)
        target = quote.option("target").net
        quotes = (QuoteLine(services=tuple(quote.services), amount=target, deadline=quote.delivery_date),)
        if quote.rush and profile.handoff.on_rush:
            reasons.append("rush request")
    middle = [block] if block else []
    if check.unpriced:
        middle.append(wording.unpriced(lang, check.unpriced))
        reasons.append(UNPRICED_REASON.format(items=", ".join(check.unpriced)))
    if check.needs_review:
        reasons.append("the scope check suspects more work than it could confirm")
    service = profile.service(brief.service).name_in(lang) if brief.service else ""
    agreed = wording.project_words(brief.title, profile, service) or service
    opening = wording.change_order_opening(lang, project=project, brief=agreed)
    return Draft(
        kind=DraftKind.QUOTE if quote is not None else DraftKind.ACKNOWLEDGEMENT,
        subject=subject,
        body=compose(opening, middle),
        quotes=quotes,
        quote_block=block,
        quote=quote,
        language=lang,
        handoff_reasons=tuple(reasons),
        summary=f"change order to the agreed “{brief.title}”: " + " ".join(check.reasons)[:600],
    )
