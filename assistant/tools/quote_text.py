"""Quotes from words: a free-text request or a drafted brief becomes a :class:`QuoteRequest`, then a quote.

The same order as briefs: code extracts first (rate-card keywords, ``N <unit>`` phrases, dates), the model fills
only what is missing, and each of its answers must be grounded in the text. A missing service stops the quote
and becomes a question; a missing quantity or date is quoted for one unit or the usual lead time, and says so.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, create_model

from assistant.errors import ModelError, ToolError
from assistant.i18n import N_
from assistant.mail.text import display_name, quotable
from assistant.profile import Profile
from assistant.reading.services import ServiceReader
from assistant.reading.words import STOPWORDS, tokens
from assistant.tools import brief_extract as ex
from assistant.tools.brief import read_inquiry, returning_client
from assistant.tools.brief_counts import all_deliverables, held_elsewhere
from assistant.tools.brief_dates import find_deadline, parse_date
from assistant.tools.brief_models import Brief, Inquiry
from assistant.tools.quote import build_quote
from assistant.tools.quote_estimate import SimilarProjects, no_past_projects
from assistant.tools.quote_models import Deliverable, Quote, QuoteRequest
from assistant.tools.quote_words import ENGLISH, held_note, how_many

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

_MAX_PROMPT_CHARS = 3000
FOR_ONE = N_("This quote is for one.")
"""Follows the count question when a quote priced one because no count was read."""
_PRICE_QUESTIONS = ("How many", "Where will it be used", "Which of these")
"""Brief questions that change the price; the others (budget, audience, style) belong in the reply, not the quote."""


class QuoteExtraction(BaseModel):
    """The model's reading of a price request; every field may stay empty."""

    service: str = ""
    quantity: int = Field(default=0, ge=0, le=1000)
    deadline: str = Field(default="", max_length=60)
    client_name: str = Field(default="", max_length=80)


class QuoteDraft(BaseModel):
    """What came out of a request in words: the request read, the quote if one could be computed, and questions."""

    request: QuoteRequest | None = None
    quote: Quote | None = None
    questions: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    """What the checks dropped, e.g. a model answer not found in the text."""
    held: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """What the inquiry asked for that only an unquoted service holds, by service id (the quote notes it; a reply
    says it: :func:`~assistant.tools.brief_counts.held_elsewhere`)."""


def request_from_brief(brief: Brief, profile: Profile, *, returning: bool | None = None) -> QuoteRequest:
    """The quote request a brief implies (no model involved).

    Raises:
        ToolError: the brief has no service, so nothing can be priced.
    """
    if not brief.service:
        offers = ", ".join(s.id for s in profile.services)
        raise ToolError(f"the brief {brief.title!r} names no service", hint=f"Pass --service, one of: {offers}.")
    service = profile.service(brief.service)
    questions = [q for q in brief.open_questions if q.startswith(_PRICE_QUESTIONS)]
    if not brief.deliverables:
        questions.insert(0, f"{how_many(service.unit)} {FOR_ONE}")
    return QuoteRequest(
        service=service.id,
        deliverables=[d.model_copy(update={"service": d.service or service.id}) for d in brief.deliverables],
        deadline=brief.deadline,
        client=brief.company or brief.client,
        client_email=brief.client_email,
        returning=brief.returning if returning is None else returning,
        title=brief.title,
        description=" ".join([brief.title, *brief.goals])[:500],
        questions=questions,
    )


def _name_like(name: str) -> bool:
    """Whether the model's client name reads as a name ("Hollow Oak Press", "Museum am Ufer").

    Not words of the request it was copied from ("Combien pour une douzaine d'affiches"): at most four words, and
    at most one function word.
    """
    words = tokens(name)
    return 0 < len(words) <= 4 and sum(w in STOPWORDS for w in words) <= 1 and "?" not in name


def quote_from_text(
    text: str | bytes | Path | Inquiry,
    profile: Profile,
    model: BaseChatModel | None = None,
    similar_projects: SimilarProjects = no_past_projects,
    *,
    today: dt.date,
    services: ServiceReader | None = None,
) -> QuoteDraft:
    """Read a price request in words and compute the quote, or say what must be asked first.

    ``services`` reads which services are asked for (past projects vote); without one, rate-card keywords do.
    """
    inquiry = text if isinstance(text, Inquiry) else read_inquiry(text)
    body, anchor = f"{inquiry.text}\n\n{inquiry.attachments}".strip(), inquiry.anchor(today)
    month_first = profile.locale.replace("-", "_") == "en_US"
    reading = (services or ServiceReader(profile)).read(inquiry.text, inquiry.subject)
    service_id = reading.service
    counted = f"{inquiry.subject}.\n{body}"  # "Quote for 3 posters": the subject may hold the count
    deliverables = all_deliverables(counted, profile, service_id, reading.services) if service_id else []
    found = find_deadline(body, anchor, month_first=month_first)
    deadline = found.date if found else None
    client = ex.find_company(inquiry.text) or inquiry.sender_name or ex.find_sign_off_name(inquiry.text)
    notes: list[str] = []
    if model is not None and not (service_id and deliverables and deadline and client):
        got = _ask_model(model, profile, body, notes)
        if got is not None:
            if service_id is None and got.service in {s.id for s in profile.services}:
                words = ex.content_words(profile.service(got.service).name) | set(profile.service(got.service).keywords)
                service_id = got.service if words & ex.content_words(body) else None
            if service_id and not deliverables and got.quantity and ex.number_in_text(got.quantity, body):
                unit = profile.service(service_id).unit
                deliverables = [Deliverable(description=f"{unit}s", quantity=got.quantity, service=service_id)]
            if deadline is None and got.deadline:
                date = parse_date(got.deadline, anchor, month_first=month_first)
                deadline = (
                    date if date is not None and date >= today and date.strftime("%B").lower() in body.lower() else None
                )
            if not client and _name_like(got.client_name) and got.client_name.lower() in body.lower():
                client = got.client_name.strip()
    if service_id is None:
        offers = ", ".join(s.name.lower() for s in profile.services)
        return QuoteDraft(questions=[f"Which of these is it closest to: {offers}?"], notes=notes)
    service = profile.service(service_id)
    questions = [] if deliverables else [f"{how_many(service.unit)} {FOR_ONE}"]
    if not client:
        questions.append(N_("Who should I address the quote to (name and company)?"))
    quoted = {service_id, *(d.service for d in deliverables if d.service)}
    held = held_elsewhere(inquiry.text, profile, quoted)  # "ein Logo und Visitenkarten": noted, never dropped
    request = QuoteRequest(
        service=service_id,
        deliverables=deliverables,
        notes=[held_note(ENGLISH, items, profile.service(sid).name) for sid, items in held.items()],
        deadline=deadline if deadline and deadline >= today else None,
        client=display_name(client),  # printed on the quote document, as the inquiry wrote it: cleaned
        client_email=inquiry.sender_email,
        returning=returning_client(profile, inquiry.sender_email),
        title=quotable(inquiry.subject, 120),
        description=body[:500],
        questions=questions,
    )
    quote = build_quote(request, profile, similar_projects, today=today)
    return QuoteDraft(request=request, quote=quote, questions=quote.questions, notes=notes, held=held)


def _ask_model(model: BaseChatModel, profile: Profile, body: str, notes: list[str]) -> QuoteExtraction | None:
    from langchain_core.messages import HumanMessage

    from assistant.llm import structured_output
    from assistant.prompts import render

    schema = create_model(
        "QuoteExtraction",
        __base__=QuoteExtraction,
        service=(str, Field(default="", json_schema_extra={"enum": [*(s.id for s in profile.services), ""]})),
    )
    prompt = render(
        "quote_extract", services=", ".join(s.id for s in profile.services), request=body[:_MAX_PROMPT_CHARS]
    )
    try:
        return structured_output(model, [HumanMessage(prompt)], schema, max_tokens=96)
    except ModelError as exc:
        notes.append(f"The model's extraction was unusable: {exc}")
        return None
