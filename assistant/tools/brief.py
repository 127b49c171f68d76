"""Briefs from inquiries: :func:`draft_brief` reads a text or an e-mail and returns a checked :class:`Brief`.

Code reads what it can (dates, quantities, budgets, names, the service from the rate card's keywords) and wins.
The model, asked for JSON that a schema constrains, only fills fields that code left empty, and each value it
gives is kept only if it is grounded in the inquiry. Anything a freelancer needs and nobody said becomes an open
question; nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, create_model

from assistant.errors import ModelError, ToolError
from assistant.i18n import N_
from assistant.mail.parsing import UnparseableMessage, parse_message
from assistant.mail.text import display_name, quotable
from assistant.profile import Profile
from assistant.reading.services import ServiceReader
from assistant.tools import brief_extract as ex
from assistant.tools.brief_counts import all_deliverables, count_questions, counter
from assistant.tools.brief_dates import find_deadline, parse_date
from assistant.tools.brief_models import Brief, Budget, Inquiry
from assistant.tools.quote_models import Deliverable

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

_MAX_PROMPT_CHARS = 3000
_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*: ", re.M)
_REPLY_MARKERS = re.compile(r"^(On .+ wrote:|Am .+ schrieb .+:|-----Original Message-----|From: .+)$", re.M)
_USAGE = re.compile(
    r"\b(usage|use it|used (?:on|in|for)|rights|licen[cs]e|print run|web|website|online|social|instagram|app|"
    r"merch\w*|packaging|book|publish\w*|magazine|truck|sign|poster)\b",
    re.I,
)


class ModelDeliverable(BaseModel):
    """A deliverable as the model reports it."""

    description: str = Field(default="", max_length=120)
    quantity: int = Field(default=0, ge=0, le=1000)


class BriefExtraction(BaseModel):
    """The model's view of an inquiry; every field may stay empty."""

    client_name: str = Field(default="", max_length=80)
    goals: list[str] = Field(default_factory=list, max_length=4)
    deliverables: list[ModelDeliverable] = Field(default_factory=list, max_length=4)
    audience: str = Field(default="", max_length=200)
    style_references: list[str] = Field(default_factory=list, max_length=4)
    constraints: list[str] = Field(default_factory=list, max_length=4)
    deadline: str = Field(default="", max_length=60)
    budget: str = Field(default="", max_length=40)
    service: str = ""


def extraction_schema(profile: Profile) -> type[BriefExtraction]:
    """:class:`BriefExtraction` with ``service`` limited to the profile's service ids (or empty)."""
    ids = [s.id for s in profile.services]
    return create_model(
        "BriefExtraction",
        __base__=BriefExtraction,
        service=(str, Field(default="", json_schema_extra={"enum": [*ids, ""]})),
    )


def read_inquiry(source: str | bytes | Path) -> Inquiry:
    """Read an inquiry from a path, raw e-mail bytes or text (a mail is recognised by its headers).

    Raises:
        ToolError: the file cannot be read or holds no text.
    """
    name = ""
    if isinstance(source, Path):
        name = str(source)
        try:
            source = source.read_bytes()
        except OSError as exc:
            raise ToolError(f"cannot read {name}: {exc.strerror}", hint="Check the path.") from exc
    if isinstance(source, bytes):
        if _looks_like_mail(source[:2000].decode("utf-8", "replace")):
            return _parse_mail(source, name)
        source = source.decode("utf-8", "replace")
    if _looks_like_mail(source):
        return _parse_mail(source.encode("utf-8"), name)
    text = _strip_reply(source).strip()
    if not text:
        raise ToolError("the inquiry is empty", hint="Pass a file with the client's message, or - for stdin.")
    return Inquiry(text=text, message_id=name)


def draft_brief(
    source: str | bytes | Path | Inquiry,
    profile: Profile,
    model: BaseChatModel | None = None,
    *,
    today: dt.date,
    services: ServiceReader | None = None,
) -> Brief:
    """Turn an inquiry (text, ``.eml`` bytes, a path, or an :class:`Inquiry`) into a checked :class:`Brief`.

    ``services`` reads which services it asks for (past projects vote, with the embedder); without one, the rate
    card's keywords decide. Whether the client is returning comes from the client directory, never the text.
    """
    inquiry = source if isinstance(source, Inquiry) else read_inquiry(source)
    anchor = inquiry.anchor(today)
    text = f"{inquiry.text}\n\n{inquiry.attachments}".strip()
    month_first = profile.locale.replace("-", "_") == "en_US"
    reading = (services or ServiceReader(profile)).read(inquiry.text, inquiry.subject)
    service = reading.service
    roles = ex.classify(text)
    found_deadline = find_deadline(text, anchor, month_first=month_first)
    deliverables = all_deliverables(f"{_subject_title(inquiry.subject)}.\n{text}", profile, service, reading.services)
    brief = Brief(
        # A stranger's words printed on the freelancer's quote document: no link, address or role token.
        client=display_name(inquiry.sender_name or ex.find_sign_off_name(inquiry.text)),
        client_email=inquiry.sender_email,
        company=display_name(ex.find_company(inquiry.text)),
        title=quotable(_subject_title(inquiry.subject), 120),
        goals=roles["goals"],
        deliverables=deliverables,
        audience=" ".join(roles["audience"][:2]),
        style_references=roles["style"],
        constraints=roles["constraints"],
        deadline=found_deadline.date if found_deadline else None,
        deadline_text=found_deadline.text if found_deadline else "",
        budget=ex.find_budget(text, profile.currency, counter(deliverables, profile)),
        service=service,
        services=list(dict.fromkeys([*reading.services, *(d.service for d in deliverables if d.service)])),
        returning=returning_client(profile, inquiry.sender_email),
        received=inquiry.sent,
        source=inquiry.message_id,
    )
    if model is not None and _has_gaps(brief):
        brief = _fill_from_model(brief, inquiry, profile, model, anchor, month_first)
    brief = _check_deadline(brief, today)
    if not brief.title:
        brief = brief.model_copy(update={"title": _default_title(brief, profile)})
    return brief.model_copy(update={"open_questions": open_questions(brief, profile, text)})


def returning_client(profile: Profile, address: str) -> bool:
    """A returning client is one the client directory knows by address: the sender's words never make one."""
    return bool(address) and profile.client_for(address) != address.strip().casefold()


DEADLINE_QUESTION = N_("When do you need the final files, and is that date fixed (a launch, a print slot)?")
"""Asked when the inquiry gives no date (the reply translates it: see :mod:`assistant.i18n`)."""
WHICH_SERVICE = N_("Which of these is it closest to: %(offers)s?")
"""Asked when no service was read; the reply translates it with :func:`assistant.i18n.translate_formatted`."""


def open_questions(brief: Brief, profile: Profile, text: str) -> list[str]:
    """What a freelancer needs before quoting that the client did not say, as questions to send."""
    questions: list[str] = []
    if brief.service is None:
        offers = ", ".join(s.name.lower() for s in profile.services)
        questions.append(WHICH_SERVICE % {"offers": offers})
    else:
        questions += count_questions(brief, profile)
    if brief.deadline is None:
        questions.append(DEADLINE_QUESTION)
    if brief.budget is None:
        questions.append(N_("Do you have a budget or a range in mind?"))
    if not brief.audience:
        questions.append(N_("Who is it for: who will see or use it?"))
    if not brief.style_references:
        questions.append(N_("Are there styles, artists or examples you like (or dislike) for this?"))
    if not _USAGE.search(text):
        questions.append(
            N_("Where will it be used (print, web, packaging, merchandise), in which countries and for how long?")
        )
    if not brief.client:
        questions.append(N_("Who should I address the quote to (name and company)?"))
    return questions


def _looks_like_mail(text: str) -> bool:
    head = text.lstrip().split("\n\n", 1)[0].split("\r\n\r\n", 1)[0]
    names = {m.group(0)[:-2].lower() for m in _HEADER_LINE.finditer(head)}
    return bool(names & {"from", "subject", "message-id"}) and len(names) >= 2


def _parse_mail(raw: bytes, name: str) -> Inquiry:
    """An :class:`Inquiry` from a mail, read by the daemon's own parser (the sender as a reply would see it)."""
    try:
        message = parse_message(raw, mailbox="", uidvalidity=0, uid=0)
    except UnparseableMessage as exc:
        raise ToolError(f"{name or 'the mail'} cannot be read: {exc}", hint="Save the mail as .eml.") from exc
    text = _strip_reply(message.body).strip()
    if not text:
        raise ToolError(f"{name or 'the mail'} has an empty body", hint="Save the mail as .eml with its text.")
    return Inquiry(
        text=text,
        attachments="\n\n".join(message.attachment_texts),
        subject=message.subject,
        sender_name=message.sender_name,
        sender_email=message.sender,
        sent=message.date.date() if message.date else None,
        message_id=message.message_id or name,
    )


def _strip_reply(text: str) -> str:
    """The new part of a message: no quoted lines (``> ...``), nothing after "On ... wrote:"."""
    marker = _REPLY_MARKERS.search(text)
    text = text[: marker.start()] if marker else text
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def _subject_title(subject: str) -> str:
    return re.sub(r"^\s*((re|fwd?|aw|wg)\s*:\s*)+", "", subject, flags=re.I).strip()[:120]


def _default_title(brief: Brief, profile: Profile) -> str:
    what = profile.service(brief.service).name if brief.service else "Inquiry"
    who = brief.company or brief.client
    return f"{what} for {who}" if who else what


def _has_gaps(brief: Brief) -> bool:
    return not all(
        (brief.client, brief.goals, brief.deliverables, brief.audience, brief.deadline, brief.service, brief.budget)
    )


def _fill_from_model(
    brief: Brief, inquiry: Inquiry, profile: Profile, model: BaseChatModel, anchor: dt.date, month_first: bool
) -> Brief:
    from langchain_core.messages import HumanMessage

    from assistant.llm import structured_output
    from assistant.prompts import render

    text = f"{inquiry.text}\n\n{inquiry.attachments}".strip()
    prompt = render(
        "brief_extract",
        services=", ".join(s.id for s in profile.services),
        inquiry=text[:_MAX_PROMPT_CHARS],
    )
    try:
        got = structured_output(model, [HumanMessage(prompt)], extraction_schema(profile), max_tokens=320)
    except ModelError as exc:
        return brief.model_copy(update={"notes": [*brief.notes, f"The model's extraction was unusable: {exc}"]})
    update: dict[str, object] = {}
    if not brief.client and got.client_name and got.client_name.lower() in text.lower():
        update["client"] = got.client_name.strip()
    if not brief.goals:
        update["goals"] = [g.strip() for g in got.goals if ex.grounded(g, text)]
    if not brief.audience and got.audience and ex.grounded(got.audience, text):
        update["audience"] = got.audience.strip()
    if not brief.style_references:
        update["style_references"] = [s.strip() for s in got.style_references if ex.grounded(s, text, 0.5)]
    if not brief.constraints:
        update["constraints"] = [c.strip() for c in got.constraints if ex.grounded(c, text)]
    service = brief.service
    if (
        service is None
        and got.service in {s.id for s in profile.services}
        and _service_named(got.service, profile, text)
    ):
        service = update["service"] = got.service
    if not brief.deliverables and service:
        update["deliverables"] = [
            Deliverable(description=d.description.strip(), quantity=d.quantity, service=service)
            for d in got.deliverables
            if d.quantity > 0
            and d.description.strip()
            and ex.number_in_text(d.quantity, text)
            and ex.grounded(d.description, text, 0.5)
        ]
    if brief.deadline is None and got.deadline:
        date = parse_date(got.deadline, anchor, month_first=month_first)
        if date is not None and _date_mentioned(date, text):
            update.update(deadline=date, deadline_text=got.deadline.strip())
    if brief.budget is None and got.budget:
        budget = ex.find_budget(got.budget, profile.currency)
        if budget is not None and _amount_mentioned(budget, text):
            update["budget"] = budget
    return brief.model_copy(update=update)


def _service_named(service_id: str, profile: Profile, text: str) -> bool:
    service = profile.service(service_id)
    words = ex.content_words(f"{service.name} {service.description}") - {"with", "from", "that", "this", "your"}
    return bool(words & ex.content_words(text))


def _date_mentioned(date: dt.date, text: str) -> bool:
    lowered = text.lower()
    return date.strftime("%B").lower() in lowered or date.strftime("%b").lower() in lowered or str(date.day) in text


def _amount_mentioned(budget: Budget, text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    whole = str(int(budget.amount))
    return whole in digits or str(int(budget.amount / 1000)) + "k" in text.lower()


def _check_deadline(brief: Brief, today: dt.date) -> Brief:
    if brief.deadline is None or brief.deadline >= today:
        return brief
    said = brief.deadline_text or brief.deadline.isoformat()
    note = f"The inquiry's date {said} ({brief.deadline.isoformat()}) has passed."
    return brief.model_copy(update={"deadline": None, "deadline_text": "", "notes": [*brief.notes, note]})
