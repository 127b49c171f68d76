"""Scope creep, caught by code: does a client's new message ask for work outside the agreed brief?

Code reads the message first, with the cues of :mod:`assistant.reading.scope` (English, German and French):
every ``N <thing>`` phrase for any service on the rate card, in a sentence that asks for something. An item is
out of scope when it belongs to a service the brief does not cover, when its sentence adds to the work ("also",
"another", "noch", "encore"...), or when it asks for more units than the brief agreed (the difference is out of
scope). Extra revision rounds are out of scope too. Merch (a mug, a tote bag) is new work that no service fits:
it is listed as ``unpriced`` for the freelancer, never given a made-up price. The model is asked only when code
finds nothing; its items count only when they are grounded in the message, and a "yes" without such items flags
the message for the freelancer instead of guessing. Out-of-scope items get a change-order quote, priced like any
quote: floors and lead times hold.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from assistant.artifacts import Artifact
from assistant.errors import ModelError
from assistant.i18n import N_
from assistant.profile import Profile
from assistant.reading import scope
from assistant.tools import brief_extract as ex
from assistant.tools.brief import ModelDeliverable
from assistant.tools.brief_dates import find_deadline
from assistant.tools.brief_models import Brief
from assistant.tools.quote import build_quote
from assistant.tools.quote_estimate import SimilarProjects, no_past_projects
from assistant.tools.quote_models import Deliverable, Quote, QuoteRequest

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

CHANGE_ORDER_NOTE = N_("This change order adds to the agreed brief “%(brief)s”; the agreed quote stands.")
"""The note every change order carries; translated where the quote is sent (:func:`assistant.i18n.N_`)."""


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
    extra_rounds: int = 0
    """Revision rounds asked for beyond the agreed ones (priced in the change order)."""
    unpriced: list[str] = Field(default_factory=list)
    """New work that fits no service on the rate card (a mug, a tote bag): for the freelancer, never priced."""
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
    rounds = scope.extra_rounds(message)
    unpriced = list(scope.merch_asked(message))
    if rounds:
        reasons.append(f"{rounds} revision round(s) beyond the agreed ones.")
    if unpriced:
        reasons.append(f"{', '.join(unpriced)}: new work that no service on the rate card fits; not priced.")
    needs_review = False
    if not (items or rounds or unpriced) and model is not None:
        items, reasons, needs_review = _from_model(brief, message, profile, model)
    if not (items or rounds or unpriced):
        return ScopeCheck(in_scope=True, reasons=reasons, needs_review=needs_review)
    found = ScopeCheck(
        in_scope=False, out_of_scope=items, reasons=reasons, extra_rounds=rounds, unpriced=unpriced,
        needs_review=needs_review,
    )  # fmt: skip
    service = items[0].service if items else brief.service
    if not service or not (items or rounds):
        return found  # only merch, or rounds on a brief with no service: the freelancer prices it, code does not
    deadline = find_deadline(message, today)
    included = profile.service(service).included_revisions
    request = QuoteRequest(
        service=service,
        deliverables=items,
        work=bool(items),
        revisions=included + rounds if rounds else None,
        deadline=deadline.date if deadline else None,
        client=brief.company or brief.client,
        client_email=brief.client_email,
        returning=brief.returning,
        title=f"Change order: {brief.title}",
        description=message[:500],
        notes=[CHANGE_ORDER_NOTE % {"brief": brief.title}],
    )
    quote = build_quote(request, profile, similar_projects, today=today)
    return found.model_copy(update={"change_order": quote})


def agreed_brief(quote: Quote) -> Brief:
    """The brief a quote the client accepted stands for: its title, client, services and deliverables."""
    request = quote.request
    deliverables = request.items() if request is not None and request.work else []
    return Brief(
        title=quote.title,
        client=quote.client,
        client_email=quote.client_email,
        service=quote.services[0] if quote.services else None,
        services=list(quote.services),
        deliverables=deliverables,
        returning=True,
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
        if not scope.ASK.search(sentence):
            continue
        sentence = scope.mask_merch(sentence)
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
    if scope.ADDITION.search(sentence):
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
