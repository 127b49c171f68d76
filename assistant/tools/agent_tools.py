"""The quote, brief and scope-check tools as langchain-core tools, for the LangGraph agent.

The model sees only the arguments it may choose (service, quantity, deadline, the inquiry text). The profile,
the model, memory and the date are closed over by :func:`make_tools`; who the client is and which brief is
agreed are :class:`~langchain_core.tools.InjectedToolArg` arguments that the graph's code fills, never the
model. Each tool answers with short text for the model and the validated pydantic object as the artifact, so the
graph can use the exact figures. A tool error goes back to the model as an error ``ToolMessage``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

from langchain_core.tools import BaseTool, InjectedToolArg, StructuredTool, ToolException
from pydantic import BaseModel, Field

from assistant.errors import AtelierError
from assistant.profile import Profile
from assistant.tools.brief import draft_brief
from assistant.tools.brief_models import Brief
from assistant.tools.brief_render import render_markdown
from assistant.tools.quote import build_quote
from assistant.tools.quote_estimate import SimilarProjects, no_past_projects
from assistant.tools.quote_models import Deliverable, Quote, QuoteRequest
from assistant.tools.quote_render import to_markdown
from assistant.tools.quote_store import QuoteStore
from assistant.tools.quote_text import quote_from_text
from assistant.tools.scope_check import ScopeCheck, check_scope

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

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

    number: str = Field(pattern=r"^Q-\d{4}-\d{4}$", description="The quote's number, e.g. Q-2026-0007.")


def typed_tool(func: Callable[..., Any], name: str, description: str, args_schema: type[BaseModel]) -> BaseTool:
    """A tool with a typed schema that answers with text for the model and the typed result as its artifact.

    Errors raised as :class:`ToolException` go back to the model as an error message instead of failing the turn.
    """
    return StructuredTool.from_function(
        func=func,
        name=name,
        description=description,
        args_schema=args_schema,
        response_format="content_and_artifact",
        handle_tool_error=True,
    )


def make_tools(
    profile: Profile,
    model: BaseChatModel | None = None,
    similar_projects: SimilarProjects = no_past_projects,
    *,
    today: Callable[[], dt.date],
    store: QuoteStore | None = None,
) -> list[BaseTool]:
    """The tools, bound to this profile, model, memory and clock.

    With a ``store``, every computed quote is kept as a numbered draft, and ``mark_quote_sent`` is offered.
    """
    services = ", ".join(f"{s.id} ({s.name}, per {s.unit})" for s in profile.services)

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
        result = _run(lambda: build_quote(request, profile, similar_projects, today=today()))
        return _kept(to_markdown(result, for_client=True), result)

    def _kept(text: str, result: Quote) -> tuple[str, Quote]:
        if store is None:
            return text, result
        saved = store.save(result)
        return text.replace(result.number, saved.number), saved

    def mark_sent(number: str) -> tuple[str, Quote]:
        assert store is not None
        marked = _run(lambda: store.mark(number, "sent"))
        return f"Quote {marked.number} is marked as sent (version {marked.version}).", marked

    def _quote_words(text: str, client: str) -> tuple[str, Quote]:
        draft = _run(lambda: quote_from_text(text, profile, model, similar_projects, today=today()))
        if draft.request is None or draft.quote is None:
            raise ToolException("I need more before I can quote: " + " ".join(draft.questions))
        result = draft.quote
        if client and draft.request.client != client:  # the conversation's client wins over what the text says
            request = draft.request.model_copy(update={"client": client})
            result = _run(lambda: build_quote(request, profile, similar_projects, today=today()))
        return to_markdown(result, for_client=True), result

    def brief(inquiry: str) -> tuple[str, Brief]:
        result = _run(lambda: draft_brief(inquiry, profile, model, today=today()))
        return render_markdown(result, profile.locale), result

    def scope(message: str, brief: Brief | None = None) -> tuple[str, ScopeCheck]:
        if brief is None:
            raise ToolException("no agreed brief for this conversation, so scope cannot be checked")
        agreed = brief
        result = _run(lambda: check_scope(agreed, message, profile, model, similar_projects, today=today()))
        if result.in_scope:
            return "The message stays within the agreed brief. " + " ".join(result.reasons), result
        items = "; ".join(f"{d.quantity} x {d.description}" for d in result.out_of_scope)
        text = f"Outside the brief: {items}."
        if result.change_order is not None:
            text += "\n\n" + to_markdown(result.change_order, for_client=True)
        return text, result

    tools: list[BaseTool] = [
        typed_tool(
            quote,
            "quote",
            (
                f"Compute a quote from the rate card and past projects, from the request in words or from a "
                f"service and quantity. Services: {services}."
            ),
            QuoteArgs,
        ),
        typed_tool(
            brief, "draft_brief", "Turn a client's inquiry into a structured brief with open questions.", DraftBriefArgs
        ),
        typed_tool(
            scope,
            "check_scope",
            "Check whether a client's message asks for work outside the agreed brief.",
            CheckScopeArgs,
        ),
    ]
    if store is not None:
        tools.append(
            typed_tool(mark_sent, "mark_quote_sent", "Record that a stored quote was sent to the client.", MarkSentArgs)
        )
    return tools


def _run(call: Callable[[], T]) -> T:
    try:
        return call()
    except AtelierError as exc:
        raise ToolException(f"{exc} {exc.hint}".strip()) from exc
