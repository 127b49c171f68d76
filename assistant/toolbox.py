"""Wiring between the :class:`~assistant.Assistant` and the parts it is built from.

The graph knows tools by name and memory as a :class:`~assistant.graph.Retriever`; this module builds both from
an assistant's profile, model, memory, quote store and style studio. Keeping the wiring here leaves the tools
and memory free of any knowledge of the graph, and the graph free of any knowledge of where things are stored.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from langchain_core.tools import BaseTool, InjectedToolArg, ToolException
from pydantic import BaseModel, Field

from assistant.events import Citation
from assistant.graph import Retriever
from assistant.tools.agent_tools import typed_tool

if TYPE_CHECKING:
    from assistant.api import Assistant
    from assistant.daemon.models import Draft
    from assistant.memory import Memory
    from assistant.tools.brief_models import Brief
    from assistant.tools.quote_models import Quote, QuoteRequest


def build_retriever(assistant: Assistant) -> Retriever:
    """Memory search for the graph, scoped to a client when the run has one, with each source's front matter.

    A question that names a client ("what did I charge Acme") searches that client's sources first: a name is
    the strongest filter a freelancer gives, and vector search alone ranks it weakly.
    """

    def retrieve(query: str, *, client: str | None, k: int) -> list[Citation]:
        from assistant.memory import client as client_scope
        from assistant.memory import everything

        memory = assistant.memory
        scope = client_scope(client) if client else everything()
        known = set(memory.clients())
        hits = [
            hit
            for name in mentioned_clients(query, known)
            for hit in memory.search(query, k=k, scope=scope, client=name)
        ]
        hits += memory.search(query, k=k, scope=scope)
        unique = list({(hit.citation.source, hit.citation.chunk): hit for hit in reversed(hits)}.values())[::-1]
        return [
            Citation(
                number=0,
                source=hit.citation.source,
                chunk=hit.citation.chunk,
                line=hit.citation.line,
                page=hit.citation.page,
                client=hit.client,
                text=hit.text,
                metadata=_front_matter(memory, hit.citation.source),
            )
            for hit in unique[:k]
        ]

    return retrieve


_WORD = re.compile(r"[\w'&-]+")


def mentioned_clients(query: str, clients: set[str]) -> list[str]:
    """Clients the query names, by full name or by the first word of a name (``Acme``, ``Greenleaf``)."""
    words = {word.casefold() for word in _WORD.findall(query)}
    folded = query.casefold()
    found = []
    for name in sorted(clients):
        first = _WORD.findall(name)[0].casefold() if _WORD.findall(name) else ""
        if name.casefold() in folded or (len(first) >= 4 and first in words):
            found.append(name)
    return found


def _front_matter(memory: Memory, source: str) -> dict[str, Any]:
    meta = memory.source(source).meta
    return {key: value for key, value in meta.model_dump(mode="json").items() if value not in (None, "", [], {})}


def similar_projects(assistant: Assistant) -> Any:
    """The quote tool's view of past projects: memory's, scoped to the run's client when there is one."""
    from assistant.memory import client as client_scope

    def find(service: str | None, description: str, k: int) -> Any:
        scope = client_scope(assistant.client) if assistant.client else None
        return assistant.memory.similar_projects(service, description, k, scope=scope)

    return find


def build_tools(assistant: Assistant) -> dict[str, BaseTool]:
    """Every tool the agent may run, by name. This dict is the allow-list."""
    from assistant.tools.agent_tools import make_tools
    from assistant.tools.style.style_tool import make_style_tool

    tools = make_tools(
        assistant.profile,
        assistant.model,
        similar_projects=similar_projects(assistant),
        today=lambda: assistant.today,
        store=assistant.quotes,
    )
    tools.append(make_style_tool(assistant.style))
    tools.extend(reply_tools(assistant))
    return {tool.name: tool for tool in tools}


def compute_quote(assistant: Assistant, request: QuoteRequest | None, fields: dict[str, Any]) -> Quote:
    """Quote a structured request with the rate card and similar past projects."""
    from assistant.tools.quote import build_quote
    from assistant.tools.quote_models import QuoteRequest

    chosen = request if request is not None else QuoteRequest.model_validate(fields)
    return build_quote(chosen, assistant.profile, similar_projects(assistant), today=assistant.today)


def quote_text(assistant: Assistant, text: str) -> Quote:
    """Quote a request in words; what cannot be read from it becomes a question on the quote."""
    from assistant.errors import ToolError
    from assistant.tools.quote_text import quote_from_text

    draft = quote_from_text(
        text, assistant.profile, assistant.model, similar_projects(assistant), today=assistant.today
    )
    if draft.quote is None:
        raise ToolError("this request cannot be quoted yet", hint=" ".join(draft.questions))
    return draft.quote


def brief_from(assistant: Assistant, inquiry: str | Path) -> Brief:
    """A structured brief from an inquiry's text or a .txt/.eml file."""
    from assistant.tools.brief import draft_brief

    source: str | bytes | Path = inquiry
    if isinstance(inquiry, Path) or (isinstance(inquiry, str) and "\n" not in inquiry and Path(inquiry).is_file()):
        source = Path(inquiry)
    return draft_brief(source, assistant.profile, assistant.model, today=assistant.today)


def _inquiry_bytes(inquiry: str | bytes | Path) -> bytes:
    if isinstance(inquiry, bytes):
        return inquiry
    if isinstance(inquiry, Path) or ("\n" not in inquiry and len(inquiry) < 4096 and Path(inquiry).is_file()):
        return Path(inquiry).read_bytes()
    return inquiry.encode("utf-8")


def draft_reply(assistant: Assistant, inquiry: str | bytes | Path, instruction: str = "") -> Draft:
    """Draft a reply to one inquiry with the daemon's drafter, memory scoped to the inquiry's sender."""
    from assistant.daemon.drafting import ToolDrafter
    from assistant.daemon.memory_hooks import client_history, similar_projects_for
    from assistant.daemon.models import Triage
    from assistant.daemon.parsing import parse_message

    message = parse_message(_inquiry_bytes(inquiry), mailbox="atelier-chat", uidvalidity=0, uid=0)
    resolve = assistant.profile.client_for
    drafter = ToolDrafter(
        assistant.profile,
        assistant.model,
        client_history=client_history(assistant.memory, resolve),
        similar_projects_for=similar_projects_for(assistant.memory, resolve),
    )
    return drafter.draft(message, Triage.NEW_INQUIRY, today=assistant.today, instruction=instruction)


class DraftReplyArgs(BaseModel):
    """Arguments of the ``draft_reply`` tool."""

    text: str = Field(default="", max_length=2000, description="What the freelancer wants the reply to say.")
    inquiry: Annotated[str, InjectedToolArg] = ""
    """The raw inquiry this thread is about, filled by the graph from the thread's last brief."""


class SendReplyArgs(BaseModel):
    """Arguments of the ``send_reply`` tool (all filled by code; the freelancer may edit subject and body)."""

    to: str = Field(default="", description="Shown for review; the recipient is always the inquiry's sender.")
    subject: str = Field(min_length=1, max_length=300)
    body: str = Field(min_length=1, max_length=50_000)
    inquiry: Annotated[str, InjectedToolArg] = ""


def reply_tools(assistant: Assistant) -> list[BaseTool]:
    """``draft_reply`` (no side effect) and ``send_reply`` (queues for the daemon; the graph asks first)."""

    def draft(text: str = "", inquiry: str = "") -> tuple[str, dict[str, Any]]:
        if not inquiry.strip():
            raise ToolException("which inquiry? Paste it with /brief first, then ask for a reply")
        drafted = draft_reply(assistant, inquiry, instruction=text)
        sender = _sender(inquiry)
        artifact = {"to": sender, "subject": drafted.subject, "body": drafted.body, "kind": drafted.kind.value}
        head = f"To: {sender}\n" if sender else "(no sender address in the inquiry: copy this into your mail app)\n"
        return f"{head}Subject: {drafted.subject}\n\n{drafted.body}", artifact

    def send(subject: str, body: str, to: str = "", inquiry: str = "") -> tuple[str, dict[str, Any]]:
        from assistant.errors import AtelierError

        try:
            item = assistant.inbox.queue_reply(inquiry.encode("utf-8"), subject, body)
        except AtelierError as err:
            raise ToolException(f"{err} {err.hint}".strip()) from err
        note = f"Queued for {item.to} as {item.message_id}; the mail daemon sends it within seconds."
        return note, item.model_dump(mode="json")

    return [
        typed_tool(draft, "draft_reply", "Draft a reply to the inquiry this conversation is about.", DraftReplyArgs),
        typed_tool(send, "send_reply", "Send an approved reply to the inquiry's sender.", SendReplyArgs),
    ]


def _sender(inquiry: str) -> str:
    from assistant.daemon.parsing import parse_message

    return parse_message(inquiry.encode("utf-8"), mailbox="atelier-chat", uidvalidity=0, uid=0).sender
