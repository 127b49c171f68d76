"""The quote, brief and scope-check tools as langchain-core tools, for the LangGraph agent.

Each tool is one :class:`~assistant.toolspec.ToolSpec` (``QUOTE``, ``DRAFT_BRIEF``, ``CHECK_SCOPE``,
``MARK_QUOTE_SENT``) next to its implementation. The model sees only the arguments it may choose (service,
quantity, deadline, the inquiry text). The profile, the model, memory and the date come from the
:class:`~assistant.tools.parts.Parts` a tool is built from; who the client is and which brief is agreed are
:class:`~langchain_core.tools.InjectedToolArg` arguments that the graph's code fills, never the model. Each tool
answers with short text for the model and the validated pydantic object as the artifact, so the graph can use
the exact figures. A tool error goes back to the model as an error ``ToolMessage``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, TypeVar

from langchain_core.tools import InjectedToolArg, ToolException
from pydantic import BaseModel, Field

from assistant.errors import AtelierError, ToolError
from assistant.reading.language import turn_language
from assistant.reading.quote_number import QUOTE_NUMBER
from assistant.tools.brief import draft_brief
from assistant.tools.brief_models import Brief
from assistant.tools.brief_render import render_markdown
from assistant.tools.parts import Parts
from assistant.tools.quote import build_quote
from assistant.tools.quote_models import Deliverable, Quote, QuoteRequest
from assistant.tools.quote_render import localised, to_markdown
from assistant.tools.quote_text import quote_from_text
from assistant.tools.scope_check import ScopeCheck, check_scope
from assistant.toolspec import Thread, ToolSpec, from_artifact, last_artifact

T = TypeVar("T")


class QuoteArgs(BaseModel):
    """Arguments of the ``quote`` tool: the request in words, or its fields."""

    text: str = Field(default="", max_length=20_000, description="The request in words, e.g. an inquiry.")
    service: str = Field(default="", description="Service id from the rate card (when there is no text).")
    quantity: int = Field(default=1, ge=1, le=1000, description="How many units of the service.")
    deadline: dt.date | None = Field(default=None, description="Date the client needs it by, YYYY-MM-DD.")
    description: str = Field(default="", max_length=500, description="What the project is about, in a sentence.")
    client: Annotated[str, InjectedToolArg] = ""
    client_email: Annotated[str, InjectedToolArg] = ""
    returning: Annotated[bool, InjectedToolArg] = False


class DraftBriefArgs(BaseModel):
    """Arguments of the ``draft_brief`` tool."""

    inquiry: str = Field(min_length=1, description="The client's inquiry, as text or a raw e-mail.")


class CheckScopeArgs(BaseModel):
    """Arguments of the ``check_scope`` tool."""

    message: str = Field(min_length=1, description="The client's new message.")
    brief: Annotated[Brief | None, InjectedToolArg] = None


class MarkSentArgs(BaseModel):
    """Arguments of the ``mark_quote_sent`` tool."""

    number: str = Field(pattern=rf"^(?:{QUOTE_NUMBER.pattern})$", description="The quote's number, e.g. Q-2026-0007.")


def _quote(parts: Parts) -> Callable[..., tuple[str, Quote]]:
    profile, model, similar, today, store = (
        parts.profile,
        parts.model,
        parts.similar_projects,
        parts.today,
        parts.quotes,
    )

    def quote(
        text: str = "",
        service: str = "",
        quantity: int = 1,
        deadline: dt.date | None = None,
        description: str = "",
        client: str = "",
        client_email: str = "",
        returning: bool = False,
    ) -> tuple[str, Quote]:
        if text.strip():
            return _kept(*_quote_words(text, client))
        if not service:
            raise ToolException("say what to quote: the request in words, or a service from the rate card")
        request = QuoteRequest(
            service=service,
            deliverables=[Deliverable(description=description or service, quantity=quantity, service=service)],
            deadline=deadline,
            client=client,
            client_email=client_email,
            returning=returning,
            description=description,
        )
        result = _run(lambda: build_quote(request, profile, similar, today=today()))
        return _kept(to_markdown(result, for_client=True), result)

    def _kept(text: str, result: Quote) -> tuple[str, Quote]:
        if store is None:
            return text, result
        saved = store.save(result)
        return text.replace(result.number, saved.number), saved

    def _quote_words(text: str, client: str) -> tuple[str, Quote]:
        draft = _run(lambda: quote_from_text(text, profile, model, similar, today=today(), services=parts.services()))
        if draft.request is None or draft.quote is None:
            raise ToolException("I need more before I can quote: " + " ".join(draft.questions))
        result = draft.quote
        if client and draft.request.client != client:  # the conversation's client wins over what the text says
            request = draft.request.model_copy(update={"client": client})
            result = _run(lambda: build_quote(request, profile, similar, today=today()))
        result = localised(result, turn_language(text), profile)  # "Angebot für 3 Plakate" gets a German quote
        return to_markdown(result, for_client=True), result

    return quote


def _describe_quote(parts: Parts) -> str:
    services = ", ".join(f"{s.id} ({s.name}, per {s.unit})" for s in parts.profile.services)
    return (
        "Compute a quote from the rate card and past projects, from the request in words or from a "
        f"service and quantity. Services: {services}."
    )


def _brief(parts: Parts) -> Callable[..., tuple[str, Brief]]:
    def brief(inquiry: str) -> tuple[str, Brief]:
        result = _run(
            lambda: draft_brief(inquiry, parts.profile, parts.model, today=parts.today(), services=parts.services())
        )
        return render_markdown(result, parts.profile.locale), result

    return brief


def _scope(parts: Parts) -> Callable[..., tuple[str, ScopeCheck]]:
    def scope(message: str, brief: Brief | None = None) -> tuple[str, ScopeCheck]:
        if brief is None:
            raise ToolException("no agreed brief for this conversation, so scope cannot be checked")
        agreed = brief
        result = _run(
            lambda: check_scope(
                agreed, message, parts.profile, parts.model, parts.similar_projects, today=parts.today()
            )
        )
        if result.in_scope:
            return "The message stays within the agreed brief. " + " ".join(result.reasons), result
        items = [f"{d.quantity} x {d.description}" for d in result.out_of_scope]
        if result.extra_rounds:
            items.append(f"{result.extra_rounds} extra revision round(s)")
        text = f"Outside the brief: {'; '.join(items)}." if items else ""
        if result.unpriced:
            text += f" Not on the rate card, so not priced: {', '.join(result.unpriced)}; answer that part yourself."
        text = text.strip()
        if result.change_order is not None:
            text += "\n\n" + to_markdown(result.change_order, for_client=True)
        return text, result

    return scope


def _mark_sent(parts: Parts) -> Callable[..., tuple[str, Quote]]:
    store = parts.quotes
    assert store is not None  # the spec is available only with a store

    def mark_sent(number: str) -> tuple[str, Quote]:
        marked = _run(lambda: store.mark(number, "sent"))
        return f"Quote {marked.number} is marked as sent (version {marked.version}).", marked

    return mark_sent


def _quote_number(words: str, messages: Thread) -> str:
    """The quote the user names, else the thread's latest quote; ask when there is neither."""
    named = QUOTE_NUMBER.search(words)
    number = named.group(0) if named else str((last_artifact(messages, "quote") or {}).get("number", ""))
    if not number:
        raise ToolError("Which quote? Give its number, e.g. /sent Q-2026-0007.")
    return number


QUOTE: ToolSpec[Parts] = ToolSpec(
    name="quote",
    description=_describe_quote,
    args_schema=QuoteArgs,
    make=_quote,
    artifact=Quote,
    routes=("quote",),
    words="text",
    client="optional",
)

DRAFT_BRIEF: ToolSpec[Parts] = ToolSpec(
    name="draft_brief",
    description="Turn a client's inquiry into a structured brief with open questions.",
    args_schema=DraftBriefArgs,
    make=_brief,
    artifact=Brief,
    routes=("brief",),
    words="inquiry",
)

CHECK_SCOPE: ToolSpec[Parts] = ToolSpec(
    name="check_scope",
    description="Check whether a client's message asks for work outside the agreed brief.",
    args_schema=CheckScopeArgs,
    make=_scope,
    artifact=ScopeCheck,
    routes=("scope",),
    words="message",
    injected={"brief": from_artifact("draft_brief")},
)

MARK_QUOTE_SENT: ToolSpec[Parts] = ToolSpec(
    name="mark_quote_sent",
    description="Record that a stored quote was sent to the client.",
    args_schema=MarkSentArgs,
    make=_mark_sent,
    artifact=Quote,
    routes=("sent",),
    words="number",
    read_words=_quote_number,
    approval=True,
    summary=lambda args: f"Mark quote {args.get('number', '?')} as sent",
    available=lambda parts: parts.quotes is not None,
)


def _run(call: Callable[[], T]) -> T:
    try:
        return call()
    except AtelierError as exc:
        raise ToolException(f"{exc} {exc.hint}".strip()) from exc
