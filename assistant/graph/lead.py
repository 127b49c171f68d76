"""The lead sentence code writes when the model does not (``[model] prose`` off, or every sentence dropped).

It is built only from what the turn holds: the cited projects' front matter ("You have 5 past logo design
projects:"), the tool's outcome ("Here is the quote."), or, for small talk, a short greeting. So it can never
state something the records do not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assistant.events import Citation
from assistant.profile import Profile
from assistant.reading.words import is_small_talk, tokens

TOOL_LEADS = {
    "quote": "Here is the quote.",
    "draft_brief": "Here is the brief.",
    "draft_reply": "Here is the draft reply.",
    "check_scope": "Here is the scope check.",
    "mark_quote_sent": "Done.",
    "style_generate": "Here are the style samples.",
    "send_reply": "Done.",
}
CAPABILITIES = (
    "I can quote new work, turn an inquiry into a brief, draft replies to clients, make style samples, and look "
    "up your past projects and what you charged."
)
_THANKS = frozenset("thanks thank thx cheers ta danke dankeschon merci".split())
_BYE = frozenset("bye goodbye ciao tschuss wiedersehen revoir later".split())
_TIMES = {"morning": "Good morning!", "afternoon": "Good afternoon!", "evening": "Good evening!"}


def lead_sentence(
    *, route: str, request: str, citations: Sequence[Citation], outcome: dict[str, Any], profile: Profile
) -> str:
    """The sentence that opens an answer written without the model's prose ("" when the tail says it all)."""
    if outcome:
        return TOOL_LEADS.get(str(outcome.get("tool")), "Here is the result.") if outcome.get("ok") else ""
    if citations:
        return records_lead(citations, profile)
    if route == "chat" and is_small_talk(request):
        return small_talk_reply(request)
    return "I found nothing in your records about that." + (f" {CAPABILITIES}" if route == "chat" else "")


def records_lead(citations: Sequence[Citation], profile: Profile) -> str:
    """The lead over cited projects ("You have 4 past logo design projects:"), from their own front matter."""
    projects = list({c.source: c.metadata for c in citations if c.metadata.get("client")}.values())
    priced = [meta for meta in projects if meta.get("price") not in (None, "")]
    if not priced:
        return "Here is what your records say."
    services = {str(meta.get("service", "")) for meta in priced}
    clients = {str(meta["client"]) for meta in priced}
    years = {str(meta.get("date", ""))[:4] for meta in priced}
    names = {service.id: service.name for service in profile.services}
    kind = names.get(services.pop(), "").casefold() if len(services) == 1 else ""
    words = " ".join(part for part in ("past", kind, "project" if len(priced) == 1 else "projects") if part)
    client = f" for {clients.pop()}" if len(clients) == 1 else ""
    year = years.pop() if len(years) == 1 else ""
    period = f" in {year}" if len(year) == 4 else ""
    if len(priced) == 1:
        return f"Here is your {words}{client}{period}:"
    return f"You have {len(priced)} {words}{client}{period}:"


def small_talk_reply(request: str) -> str:
    """A short answer to a greeting, thanks or goodbye, in English."""
    words = set(tokens(request))
    if words & _THANKS:
        return "You're welcome."
    if words & _BYE:
        return "Goodbye, see you soon."
    greeting = next((text for word, text in _TIMES.items() if word in words), "Hello!")
    return f"{greeting} {CAPABILITIES}"
