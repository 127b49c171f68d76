"""``draft_reply`` (no side effect) and ``send_reply`` (queued for the daemon; the graph asks first).

Both work on the inquiry the conversation is about, which the graph injects from the thread's last brief. A
thread with no inquiry in it ("Tell the bakery I can start in February") answers the last mail of the client the
words name, found in the daemon's ledger (:mod:`assistant.tools.reply_client`). The recipient is always the
inquiry's sender. The mail side is reached only through a
:class:`~assistant.tools.parts.ReplyDesk`, so these tools know nothing of the daemon.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from langchain_core.tools import InjectedToolArg, ToolException
from pydantic import BaseModel, Field

from assistant.artifacts import Artifact
from assistant.errors import AtelierError
from assistant.tools.parts import Parts, ReplyDesk
from assistant.tools.reply_models import QueuedReply, ReplyDraft
from assistant.toolspec import Thread, ToolSpec, from_call, last_artifact, last_call_argument

T = TypeVar("T")


class DraftReplyArgs(BaseModel):
    """Arguments of the ``draft_reply`` tool."""

    text: str = Field(default="", max_length=2000, description="What the freelancer wants the reply to say.")
    client: Annotated[str, InjectedToolArg] = ""
    """The conversation's client, when it has one (the recipient still comes from the inquiry)."""
    inquiry: Annotated[str, InjectedToolArg] = ""
    """The raw inquiry this thread is about, filled by the graph from the thread's last brief."""


class SendReplyArgs(BaseModel):
    """Arguments of the ``send_reply`` tool (all filled by code; the freelancer may edit subject and body)."""

    to: str = Field(default="", description="Shown for review; the recipient is always the inquiry's sender.")
    subject: str = Field(min_length=1, max_length=300)
    body: str = Field(min_length=1, max_length=50_000)
    inquiry: Annotated[str, InjectedToolArg] = ""


_NO_ADDRESS = "no sender address in the inquiry: copy this into your mail app"


def _desk(parts: Parts) -> ReplyDesk:
    assert parts.replies is not None  # the specs are available only with a desk
    return parts.replies


def _draft(parts: Parts) -> Callable[..., tuple[str, ReplyDraft]]:
    desk = _desk(parts)

    def draft(text: str = "", client: str = "", inquiry: str = "") -> tuple[str, ReplyDraft]:
        if not inquiry.strip():  # no inquiry in this thread: the last mail of the client the words name
            inquiry = _run(lambda: desk.last_inquiry(text, client))
        drafted = desk.draft(inquiry, text).model_copy(update={"inquiry": inquiry})  # errors go back with hints
        head = (
            f"To: {drafted.to}\n"
            if drafted.to
            else "(no sender address in the inquiry: copy this into your mail app)\n"
        )
        return f"{head}Subject: {drafted.subject}\n\n{drafted.body}", drafted

    return draft


def _send(parts: Parts) -> Callable[..., tuple[str, QueuedReply]]:
    desk = _desk(parts)

    def send(subject: str, body: str, to: str = "", inquiry: str = "") -> tuple[str, QueuedReply]:
        item = _run(lambda: desk.queue(inquiry, subject, body))
        return f"Queued for {item.to} as {item.message_id}; the mail daemon sends it within seconds.", item

    return send


def _send_args(artifact: Artifact) -> dict[str, Any] | None:
    """Sending follows a draft that has a recipient; without one the freelancer copies it by hand."""
    if not isinstance(artifact, ReplyDraft) or not artifact.to:
        return None
    return {"to": artifact.to, "subject": artifact.subject, "body": artifact.body}


def _drafted_inquiry(messages: Thread) -> str:
    """The inquiry the latest drafted reply answers: the thread's, or the client's last mail the draft found."""
    drafted = last_artifact(messages, "draft_reply") or {}
    return str(drafted.get("inquiry") or last_call_argument(messages, "draft_reply", "inquiry") or "")


def _run(call: Callable[[], T]) -> T:
    try:
        return call()
    except AtelierError as err:
        raise ToolException(f"{err} {err.hint}".strip()) from err


DRAFT_REPLY: ToolSpec[Parts] = ToolSpec(
    name="draft_reply",
    description="Draft a reply to the inquiry this conversation is about.",
    args_schema=DraftReplyArgs,
    make=_draft,
    artifact=ReplyDraft,
    routes=("reply",),
    words="text",
    client="optional",
    injected={"inquiry": from_call("draft_brief", "inquiry")},
    follow_up="send_reply",
    follow_up_args=_send_args,
    available=lambda parts: parts.replies is not None,
)

SEND_REPLY: ToolSpec[Parts] = ToolSpec(
    name="send_reply",
    description="Send an approved reply to the inquiry's sender.",
    args_schema=SendReplyArgs,
    make=_send,
    artifact=QueuedReply,
    injected={"inquiry": _drafted_inquiry},
    approval=True,
    summary=lambda args: f"Send the reply “{args.get('subject', '')}” to {args.get('to', '?')}",
    editable=("body", "subject"),
    available=lambda parts: parts.replies is not None,
)
