"""Scope creep, caught by code: does a client's new message ask for work outside the agreed brief?

Code reads the message first: every ``N <thing>`` phrase for any service on the rate card, in a sentence that
asks for something. An item is out of scope when it belongs to a service the brief does not cover, when its
sentence says "more", "extra", "another", "also" or "add", or when it asks for more units than the brief agreed
(the difference is out of scope). The model is asked only when code finds nothing; its items count only when
they are grounded in the message, and a "yes" without such items flags the message for the freelancer instead
of guessing. Out-of-scope items get a change-order quote, priced like any quote: floors and lead times hold.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from assistant.artifacts import Artifact
from assistant.errors import ModelError
from assistant.profile import Profile
from assistant.tools import brief_extract as ex
from assistant.tools.brief import ModelDeliverable
from assistant.tools.brief_dates import find_deadline
from assistant.tools.brief_models import Brief
from assistant.tools.quote import build_quote
from assistant.tools.quote_estimate import SimilarProjects, no_past_projects
from assistant.tools.quote_models import Deliverable, Quote, QuoteRequest

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

_ASK = re.compile(
    r"\b(could you|can you|would you|will you|please|we need|we'd like|we would like|i need|i'd like|we want|"
    r"also|add|another|more|extra|additional|plus|on top|as well)\b",
    re.I,
)
_ADDITION = re.compile(r"\b(also|add|adding|another|more|extra|additional|plus|on top|as well|too)\b", re.I)


class ScopeExtraction(BaseModel):
    """The model's reading of a message against the brief."""

    asks_for_new_work: bool = False
    new_items: list[ModelDeliverable] = Field(default_factory=list, max_length=4)


class ScopeCheck(Artifact):
    """Whether a message stays inside the brief, what falls outside, and the change order for it."""

    kind: Literal["scope_check"] = "scope_check"
    in_scope: bool
    out_of_scope: list[Deliverable] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)
    change_order: Quote | None = None
    needs_review: bool = False
    """True when the model suspected extra work that code could not confirm: the freelancer should read it."""


def check_scope(
    brief: Brief,
    message: str,
    profile: Profile,
    model: BaseChatModel | None = None,
    similar_projects: SimilarProjects = no_past_projects,
    *,
    today: dt.date,
) -> ScopeCheck:
    """Compare ``message`` with ``brief``; price anything outside it as a change order."""
    items, reasons = _deterministic(brief, message, profile)
    needs_review = False
    if not items and model is not None:
        items, reasons, needs_review = _from_model(brief, message, profile, model)
    if not items:
        return ScopeCheck(in_scope=True, reasons=reasons, needs_review=needs_review)
    deadline = find_deadline(message, today)
    request = QuoteRequest(
        service=items[0].service or brief.service or profile.services[0].id,
        deliverables=items,
        deadline=deadline.date if deadline else None,
        client=brief.company or brief.client,
        client_email=brief.client_email,
        returning=brief.returning,
        title=f"Change order: {brief.title}",
        description=message[:500],
        notes=[f'This change order adds to the agreed brief "{brief.title}"; the original quote stands.'],
    )
    quote = build_quote(request, profile, similar_projects, today=today)
    return ScopeCheck(
        in_scope=False, out_of_scope=items, reasons=reasons, change_order=quote, needs_review=needs_review
    )


def _agreed(brief: Brief) -> dict[str, int]:
    agreed: dict[str, int] = {}
    for item in brief.deliverables:
        service = item.service or brief.service or ""
        agreed[service] = agreed.get(service, 0) + item.quantity
    if brief.service and brief.service not in agreed:
        agreed[brief.service] = 0
    return agreed


def _deterministic(brief: Brief, message: str, profile: Profile) -> tuple[list[Deliverable], list[str]]:
    agreed = _agreed(brief)
    items: list[Deliverable] = []
    reasons: list[str] = []
    for sentence in ex.sentences(message) or [message]:
        if not _ASK.search(sentence):
            continue
        seen: set[str] = set()
        for service in sorted(profile.services, key=lambda s: s.id != brief.service):
            for found in ex.find_deliverables(sentence, service):
                if found.description.lower() in seen:
                    continue
                seen.add(found.description.lower())
                outside = _outside(found, service.id, sentence, agreed, service.name)
                if outside is not None:
                    item, reason = outside
                    items.append(item)
                    reasons.append(reason)
    return items, reasons


def _outside(
    found: Deliverable, service_id: str, sentence: str, agreed: dict[str, int], service_name: str
) -> tuple[Deliverable, str] | None:
    if service_id not in agreed:
        return found, f'"{sentence}": {service_name.lower()} is not part of the brief.'
    if _ADDITION.search(sentence):
        return found, f'"{sentence}": {found.quantity} {found.description} on top of the {agreed[service_id]} agreed.'
    if agreed[service_id] and found.quantity > agreed[service_id]:
        extra = found.quantity - agreed[service_id]
        item = found.model_copy(update={"quantity": extra})
        return item, f'"{sentence}": {found.quantity} asked, {agreed[service_id]} agreed, so {extra} more.'
    return None


def _from_model(
    brief: Brief, message: str, profile: Profile, model: BaseChatModel
) -> tuple[list[Deliverable], list[str], bool]:
    from langchain_core.messages import HumanMessage

    from assistant.llm import structured_output
    from assistant.prompts import render

    agreed = "\n".join(f"- {d.quantity} x {d.description}" for d in brief.deliverables) or "- (none listed)"
    prompt = render("brief_scope", deliverables=agreed, message=message[:2000])
    try:
        got = structured_output(model, [HumanMessage(prompt)], ScopeExtraction, max_tokens=160)
    except ModelError as exc:
        return [], [f"The model's answer was unusable ({exc}); read the message yourself."], True
    items: list[Deliverable] = []
    for new in got.new_items:
        if new.quantity > 0 and ex.number_in_text(new.quantity, message) and ex.grounded(new.description, message, 0.5):
            service = ex.guess_service(new.description, profile) or brief.service
            if service:
                items.append(Deliverable(description=new.description.strip(), quantity=new.quantity, service=service))
    if items:
        return items, [f"The model found {len(items)} new item(s), each found in the message."], False
    if got.asks_for_new_work:
        return (
            [],
            ["The model suspects new work, but no item could be confirmed in the message; read it yourself."],
            True,
        )
    return [], ["No new deliverable found in the message."], False
