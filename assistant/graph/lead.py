"""The lead sentence code writes when the model does not (``[model] prose`` off, or every sentence dropped).

It is built only from what the turn holds: the cited projects' front matter ("You have 5 past projects (logo
design):"), the tool's outcome ("Here is the quote."), or, for small talk, a short greeting. So it can never
state something the records do not. It is written in the language the freelancer typed in, from the gettext
catalogs (English when the turn is too short to tell, or in a language without a catalog).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assistant import i18n
from assistant.events import Citation
from assistant.i18n import N_
from assistant.profile import Profile
from assistant.reading.language import turn_language
from assistant.reading.words import is_small_talk, tokens

TOOL_LEADS = {
    "quote": N_("Here is the quote."),
    "draft_brief": N_("Here is the brief."),
    "draft_reply": N_("Here is the draft reply."),
    "check_scope": N_("Here is the scope check."),
    "mark_quote_sent": N_("Done."),
    "style_generate": N_("Here are the style samples."),
    "send_reply": N_("Done."),
}
CAPABILITIES = N_(
    "I can quote new work, turn an inquiry into a brief, draft replies to clients, make style samples, and look "
    "up your past projects and what you charged."
)
_THANKS = frozenset("thanks thank thx cheers ta danke dankeschon merci gracias grazie bedankt dank".split())
_BYE = frozenset("bye goodbye ciao tschuss wiedersehen revoir later adios arrivederci doei".split())
_TIMES = {
    "morning": N_("Good morning!"),
    "morgen": N_("Good morning!"),
    "goedemorgen": N_("Good morning!"),
    "buongiorno": N_("Good morning!"),
    "dias": N_("Good morning!"),
    "afternoon": N_("Good afternoon!"),
    "tardes": N_("Good afternoon!"),
    "middag": N_("Good afternoon!"),
    "evening": N_("Good evening!"),
    "abend": N_("Good evening!"),
    "bonsoir": N_("Good evening!"),
    "noches": N_("Good evening!"),
    "buonasera": N_("Good evening!"),
    "avond": N_("Good evening!"),
}


def lead_sentence(
    *, route: str, request: str, citations: Sequence[Citation], outcome: dict[str, Any], profile: Profile
) -> str:
    """The sentence that opens an answer written without the model's prose ("" when the tail says it all)."""
    t = i18n.translator(turn_language(request))
    if outcome:
        return (
            t.gettext(TOOL_LEADS.get(str(outcome.get("tool")), N_("Here is the result."))) if outcome.get("ok") else ""
        )
    if citations:
        return records_lead(citations, profile, request)
    if route == "chat" and is_small_talk(request):
        return small_talk_reply(request)
    found = t.gettext("I found nothing in your records about that.")
    return found + (f" {t.gettext(CAPABILITIES)}" if route == "chat" else "")


def records_lead(citations: Sequence[Citation], profile: Profile, request: str = "") -> str:
    """The lead over cited projects ("You have 4 past projects (logo design):"), from their own front matter."""
    lang = turn_language(request)
    t = i18n.translator(lang)
    projects = list({c.source: c.metadata for c in citations if c.metadata.get("client")}.values())
    priced = [meta for meta in projects if meta.get("price") not in (None, "")]
    if not priced:
        return t.gettext("Here is what your records say.")
    services = {str(meta.get("service", "")) for meta in priced}
    clients = {str(meta["client"]) for meta in priced}
    years = {str(meta.get("date", ""))[:4] for meta in priced}
    names = {service.id: service.name_in(lang) for service in profile.services}
    kind = names.get(services.pop(), "") if len(services) == 1 else ""
    kind = kind if lang == "de" else kind[:1].lower() + kind[1:]  # inside a sentence; German nouns keep capitals
    year = years.pop() if len(years) == 1 else ""
    detail = ", ".join(
        part for part in (kind, clients.pop() if len(clients) == 1 else "", year if len(year) == 4 else "") if part
    )
    if len(priced) == 1:
        if detail:
            return t.gettext("Here is your past project (%(detail)s):") % {"detail": detail}
        return t.gettext("Here is your past project:")
    if detail:
        return t.gettext("You have %(num)d past projects (%(detail)s):") % {"num": len(priced), "detail": detail}
    return t.gettext("You have %(num)d past projects:") % {"num": len(priced)}


def small_talk_reply(request: str) -> str:
    """A short answer to a greeting, thanks or goodbye, in the language it was said in."""
    t = i18n.translator(turn_language(request))
    words = set(tokens(request))
    if words & _THANKS:
        return t.gettext("You're welcome.")
    if words & _BYE:
        return t.gettext("Goodbye, see you soon.")
    greeting = next((text for word, text in _TIMES.items() if word in words), N_("Hello!"))
    return f"{t.gettext(greeting)} {t.gettext(CAPABILITIES)}"
