"""Pure renderers for the TUI's own records: which view fits an artifact, and a chat thread as Markdown or turns.

Quotes and briefs are rendered by their own renderers (:mod:`assistant.tools.quote_render`,
:mod:`assistant.tools.brief_render`), which hold a view for the TUI next to the others. These take library
records and return text, so they are tested without a terminal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage


def thread_markdown(title: str, messages: Sequence[AnyMessage], exported: dt.datetime) -> str:
    """A conversation as a Markdown document: the freelancer's turns and the answers, tool chatter left out."""
    when = exported.strftime("%Y-%m-%d %H:%M")
    out = [f"# {title}", "", f"_Exported from Atelier on {when}._", ""]
    for message in messages:
        if isinstance(message, HumanMessage):
            out += ["## You", "", message.text.strip(), ""]
        elif isinstance(message, AIMessage) and message.text.strip():
            out += ["## Atelier", "", message.text.strip(), ""]
    return "\n".join(out).rstrip() + "\n"


def conversation(messages: Sequence[AnyMessage]) -> list[tuple[Literal["user", "assistant"], str]]:
    """The turns a chat view shows: human messages and answers with text (tool calls and results left out)."""
    turns: list[tuple[Literal["user", "assistant"], str]] = []
    for message in messages:
        if isinstance(message, HumanMessage):
            turns.append(("user", message.text))
        elif isinstance(message, AIMessage) and message.text.strip():
            turns.append(("assistant", message.text))
    return turns


def safe_filename(title: str) -> str:
    """A file name made from a title: letters, digits and dashes."""
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in title.lower())
    return "-".join(part for part in cleaned.split("-") if part)[:60] or "thread"
