"""Wiring between the parts an :class:`~assistant.Assistant` holds and what the graph and the tools need.

The graph knows memory as a :class:`~assistant.graph.Retriever` and the mail side not at all; the reply tools
reach mail through a :class:`MailDesk`. Every function here takes the parts it uses (profile, model, memory,
the date), never the assistant, so this module does not depend on the facade that calls it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.events import Citation
from assistant.graph import Retriever

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.daemon import Inbox
    from assistant.daemon.models import Draft
    from assistant.memory import Memory
    from assistant.profile import Profile
    from assistant.reading.services import ServiceReader
    from assistant.tools.brief_models import Brief
    from assistant.tools.quote_estimate import SimilarProjects
    from assistant.tools.quote_models import Quote, QuoteRequest
    from assistant.tools.quote_store import QuoteStore
    from assistant.tools.reply_models import QueuedReply, ReplyDraft


def build_retriever(open_memory: Callable[[], Memory], profile: Profile, today: dt.date | None) -> Retriever:
    """Memory search for the graph, scoped to a client when the run has one, with each source's front matter.

    The question is read for what it names (see :meth:`assistant.memory.Memory.recall`): "what did I charge
    Acme" lists Acme's projects, "past logo projects" every logo project, and small talk retrieves nothing.
    """

    def retrieve(query: str, *, client: str | None, k: int, route: str) -> list[Citation]:
        from assistant.memory import client as client_scope
        from assistant.memory import everything
        from assistant.memory.question import service_vocabulary

        memory = open_memory()
        hits = memory.recall(
            query,
            k=k,
            scope=client_scope(client) if client else everything(),
            services=service_vocabulary(profile),
            clients=[contact.name for contact in profile.clients],
            today=today,
            general=route != "memory",
        )
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
            for hit in hits
        ]

    return retrieve


def _front_matter(memory: Memory, source: str) -> dict[str, Any]:
    meta = memory.source(source).meta
    return {key: value for key, value in meta.model_dump(mode="json").items() if value not in (None, "", [], {})}


def similar_projects(memory: Callable[[], Memory], client: str | None) -> SimilarProjects:
    """The quote tool's view of past projects: memory's (opened on first use), scoped to ``client`` if given."""
    from assistant.memory import client as client_scope

    def find(service: str | None, description: str, k: int) -> Any:
        scope = client_scope(client) if client else None
        return memory().similar_projects(service, description, k, scope=scope)

    return find


def compute_quote(
    request: QuoteRequest | None, fields: dict[str, Any], profile: Profile, similar: SimilarProjects, today: dt.date
) -> Quote:
    """Quote a structured request with the rate card and similar past projects."""
    from assistant.tools.quote import build_quote
    from assistant.tools.quote_models import QuoteRequest

    chosen = request if request is not None else QuoteRequest.model_validate(fields)
    return build_quote(chosen, profile, similar, today=today)


def quote_text(
    text: str, profile: Profile, model: BaseChatModel | None, similar: SimilarProjects, today: dt.date
) -> Quote:
    """Quote a request in words; what cannot be read from it becomes a question on the quote."""
    from assistant.errors import ToolError
    from assistant.tools.quote_text import quote_from_text

    draft = quote_from_text(text, profile, model, similar, today=today)
    if draft.quote is None:
        raise ToolError("this request cannot be quoted yet", hint=" ".join(draft.questions))
    return draft.quote


def brief_from(inquiry: str | bytes | Path, profile: Profile, model: BaseChatModel | None, today: dt.date) -> Brief:
    """A structured brief from an inquiry's text, raw bytes, or a .txt/.eml file."""
    from assistant.tools.brief import draft_brief

    source: str | bytes | Path = inquiry
    if isinstance(inquiry, Path) or (isinstance(inquiry, str) and "\n" not in inquiry and Path(inquiry).is_file()):
        source = Path(inquiry)
    return draft_brief(source, profile, model, today=today)


def _inquiry_bytes(inquiry: str | bytes | Path) -> bytes:
    if isinstance(inquiry, bytes):
        return inquiry
    if isinstance(inquiry, Path) or ("\n" not in inquiry and len(inquiry) < 4096 and Path(inquiry).is_file()):
        return Path(inquiry).read_bytes()
    return inquiry.encode("utf-8")


def draft_reply(
    inquiry: str | bytes | Path,
    profile: Profile,
    model: BaseChatModel | None,
    memory: Memory,
    today: dt.date,
    instruction: str = "",
    services: ServiceReader | None = None,
    quotes: QuoteStore | None = None,
) -> Draft:
    """Draft a reply to one inquiry with the daemon's drafter, memory scoped to the inquiry's sender.

    ``services`` reads which services the inquiry asks for (the assistant's reader over past projects).
    ``quotes`` numbers its quote, the inquiry's one number in the same sequence as the daemon's.
    """
    from assistant.daemon.drafting import ToolDrafter
    from assistant.daemon.memory_hooks import client_history, similar_projects_for
    from assistant.daemon.models import Triage
    from assistant.mail.parsing import parse_message

    message = parse_message(_inquiry_bytes(inquiry), mailbox="atelier-chat", uidvalidity=0, uid=0)
    resolve = profile.client_for
    drafter = ToolDrafter(
        profile,
        model,
        client_history=client_history(memory, resolve),
        similar_projects_for=similar_projects_for(memory, resolve),
        services=services,
        numbering=(lambda quote, ref: quotes.save(quote, ref=ref)) if quotes is not None else None,
    )
    return drafter.draft(message, Triage.NEW_INQUIRY, today=today, instruction=instruction)


@dataclass(frozen=True)
class MailDesk:
    """The reply tools' way to the mail side: the daemon's drafter and the outbox, opened on first use."""

    profile: Profile
    model: Callable[[], BaseChatModel]
    memory: Callable[[], Memory]
    inbox: Callable[[], Inbox]
    today: Callable[[], dt.date]
    services: Callable[[], ServiceReader | None] = lambda: None
    """The assistant's service reader (rate card plus past projects), built on first use."""
    quotes: Callable[[], QuoteStore | None] = lambda: None
    """The quote store that numbers a drafted reply's quote (the daemon's sequence)."""

    def draft(self, inquiry: str, instruction: str) -> ReplyDraft:
        """A reply to the raw inquiry; nothing is sent."""
        from assistant.tools.reply_models import ReplyDraft

        drafted = draft_reply(
            inquiry,
            self.profile,
            self.model(),
            self.memory(),
            self.today(),
            instruction,
            self.services(),
            self.quotes(),
        )
        return ReplyDraft(
            to=_sender(inquiry), subject=drafted.subject, body=drafted.body, reply_kind=drafted.kind.value
        )

    def last_inquiry(self, request: str, client: str = "") -> str:
        """The last mail of the client ``request`` names, from the daemon's ledger (see ``tools/reply_client.py``).

        The client is one the profile's directory or memory knows (``client``, the conversation's, when the words
        name none); their mail is the ledger's newest from an address the directory gives them.
        """
        from assistant.daemon.memory_hooks import is_scope_name
        from assistant.tools.reply_client import client_mail

        names = [c.name for c in self.profile.clients]
        names += [n for n in self.memory().clients() if not is_scope_name(n)]
        inbox = self.inbox()
        raw = client_mail(request, names, inbox.senders(), self.profile.client_for, inbox.last_mail, client)
        return raw.decode("utf-8", "replace")

    def queue(self, inquiry: str, subject: str, body: str) -> QueuedReply:
        """Queue an approved reply for the daemon; the recipient is the inquiry's sender.

        The quote is computed again by code (no model: the same inquiry, day and memory give the same quote);
        its PDF goes with the reply only while the body carries that quote's summary unchanged (checked again
        at send time), so the attachment never disagrees with what the freelancer approved.
        """
        from assistant.tools.reply_models import QueuedReply

        drafted = draft_reply(
            inquiry, self.profile, None, self.memory(), self.today(), services=self.services(), quotes=self.quotes()
        )
        quote = drafted.quote
        item = self.inbox().queue_reply(
            inquiry.encode("utf-8"),
            subject,
            body,
            quote_block=drafted.quote_block if quote is not None else "",
            quote_json=quote.model_dump_json() if quote is not None else "",
            language=drafted.language,
        )
        return QueuedReply(
            id=item.id, to=item.to, subject=item.subject, message_id=item.message_id, state=item.state.value
        )


def _sender(inquiry: str) -> str:
    from assistant.mail.parsing import parse_message

    return parse_message(inquiry.encode("utf-8"), mailbox="atelier-chat", uidvalidity=0, uid=0).sender
