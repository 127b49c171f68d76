"""Pure renderers for the TUI: a quote as a table, a brief as sections, a thread as Markdown.

They take library records and return Rich renderables or text, so they are tested without a terminal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Literal

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from assistant.tools.brief_models import Brief
from assistant.tools.money import format_money
from assistant.tools.quote_models import Quote


def quote_table(quote: Quote) -> RenderableType:
    """The quote's lines and totals as a table, then its three options."""
    money = _money(quote)
    lines = Table(title=f"{quote.number} · {quote.title}", expand=True, show_edge=False, box=box.SIMPLE_HEAD)
    lines.add_column("Item", ratio=3, min_width=10)
    lines.add_column("Qty", justify="right", no_wrap=True)
    lines.add_column("Unit price", justify="right", no_wrap=True)
    lines.add_column("Amount", justify="right", no_wrap=True)
    for item in quote.line_items:
        lines.add_row(
            item.description, f"{item.quantity.normalize():f} {item.unit}", money(item.unit_price), money(item.amount)
        )
    lines.add_section()
    for label, amount in quote_totals(quote):
        style = "bold" if label.startswith("Total") else ""
        lines.add_row(Text(label, style=style), "", "", Text(money(amount), style=style))
    options = Table(expand=True, show_edge=False, title="Options", box=box.SIMPLE_HEAD)
    options.add_column("Option", min_width=8)
    options.add_column("Hours", justify="right", no_wrap=True)
    options.add_column("Rounds", justify="right", no_wrap=True)
    options.add_column("Total", justify="right", no_wrap=True)
    for option in quote.options:
        options.add_row(option.label, f"{option.hours.normalize():f}", str(option.revision_rounds), money(option.total))
    footer = Text(
        f"Delivery {quote.delivery_date.isoformat()}{' (rush)' if quote.rush else ''} · valid until "
        f"{quote.valid_until.isoformat()} · deposit {money(quote.deposit)} · status {quote.status}",
        style="dim",
    )
    return Group(lines, options, footer)


def quote_totals(quote: Quote) -> list[tuple[str, Any]]:
    """Subtotal, discount, net, tax and total, as the quote states them (never recomputed here)."""
    rows: list[tuple[str, Any]] = [("Subtotal", quote.subtotal)]
    if quote.discount:
        rows.append((f"Discount {quote.discount_label}".strip(), -quote.discount))
    rows.append(("Net", quote.net))
    rows.append(
        (
            f"{quote.tax_name} {quote.tax_rate_percent.normalize():f} %" + (" incl." if quote.tax_inclusive else ""),
            quote.tax,
        )
    )
    rows.append(("Total", quote.total))
    return rows


def _money(quote: Quote) -> Any:
    def fmt(amount: Any) -> str:
        return format_money(amount, quote.currency, quote.locale)

    return fmt


def brief_markdown(brief: Brief) -> str:
    """A brief as Markdown sections: what, for whom, by when, for how much, and what is still open."""
    parts = [f"## {brief.title}"]
    who = " · ".join(x for x in (brief.client, brief.company, brief.client_email) if x)
    if who:
        parts.append(f"**Client:** {who}")
    facts = []
    if brief.service:
        facts.append(f"**Service:** {brief.service}")
    if brief.deadline:
        facts.append(
            f"**Deadline:** {brief.deadline.isoformat()}" + (f" ({brief.deadline_text})" if brief.deadline_text else "")
        )
    if brief.budget:
        facts.append(f"**Budget:** {brief.budget.amount} {brief.budget.currency}")
    if facts:
        parts.append(" · ".join(facts))
    sections: list[tuple[str, Sequence[str]]] = [
        ("Goals", brief.goals),
        ("Deliverables", [f"{d.quantity} × {d.description}" for d in brief.deliverables]),
        ("Audience", [brief.audience] if brief.audience else []),
        ("Style references", brief.style_references),
        ("Constraints", brief.constraints),
        ("Open questions", brief.open_questions),
        ("Notes", brief.notes),
    ]
    for title, items in sections:
        if items:
            parts.append(f"### {title}\n" + "\n".join(f"- {item}" for item in items))
    return "\n\n".join(parts)


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
