"""One judge for every hostile message, in process and through Dovecot: what became of it, and what the daemon wrote.

Read from the ledger and outbox rows and from the bytes the reply is built into, never from the daemon's own
verdicts: a message is answered, held or quarantined with a reason; automatic mail is never answered; a hand-off
reason is never sent alone; a quote prices only the quantity asked for; a stranger's "again" earns no discount;
attacker text reaches no subject, note or header the daemon writes, and no link reaches the inbox detail the
freelancer reads in the TUI (Markdown that Textual would open on a click).
"""

from __future__ import annotations

import email
import email.policy
import json
import re
from collections.abc import Mapping
from typing import Any

from markdown_it import MarkdownIt

from assistant.tui.inbox import entry_markdown
from assistant.tui.inbox_source import InboxEntry
from tests.hardening.hostile import NEVER_ALONE, NEVER_ANSWERED, QUARANTINED, Hostile

GOES_OUT = ("approved", "sending", "sent")
FINAL = ("done", "quarantined", "failed")


_COUNT = re.compile(r"\((\d+) ")


def _priced_quantities(quote_json: str) -> set[int]:
    """The deliverable counts a quote priced: its work lines read ``Children's book (5 spreads)`` (in hours)."""
    if not quote_json:
        return set()
    lines = json.loads(quote_json).get("line_items", [])
    return {
        int(m.group(1)) for item in lines if item.get("kind") == "work" if (m := _COUNT.search(item["description"]))
    }


def _quote_document(quote_json: str) -> str:
    """What the quote's PDF prints that comes from the inquiry: its title, the client, the line descriptions."""
    if not quote_json:
        return ""
    quote = json.loads(quote_json)
    lines = [str(item.get("description", "")) for item in quote.get("line_items", [])]
    return "\n".join([str(quote.get("title", "")), str(quote.get("client", "")), *lines])


def _header_block(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    return "\n".join(f"{name}: {value}" for name, value in msg.items())


def _text_parts(raw: bytes, own: tuple[str, ...]) -> str:
    """Every text part of a built message, decoded, without the freelancer's own links (their signature's)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = [str(part.get_content()) for part in msg.walk() if part.get_content_maintype() == "text"]
    text = "\n".join(texts)
    for mine in own:
        text = text.replace(mine, "")
    return text


_MARKDOWN = MarkdownIt("gfm-like")
"""The parser Textual's Markdown widget uses (links and bare URLs linkified)."""


def _inbox_links(row: Mapping[str, Any]) -> list[str]:
    """The links in the TUI inbox's detail of an outbox row, as Textual would parse them."""
    entry = InboxEntry(
        key="draft:0",
        kind="draft",
        title=str(row["subject"]),
        sender=str(row["to_addr"]),
        reason=str(row["reason"]),
        reply=str(row["body"]),
        brief=str(row["brief_markdown"] or ""),
        quote=str(row["quote_block"] or ""),
    )
    tokens = _MARKDOWN.parse(entry_markdown(entry))
    return [str(t.attrs.get("href")) for block in tokens for t in (block.children or []) if t.type == "link_open"]


def judge(
    h: Hostile,
    state: str,
    reason: str,
    replies: list[Mapping[str, Any]],
    built: list[bytes],
    *,
    own: tuple[str, ...] = (),
) -> list[str]:
    """What is wrong with how the daemon handled ``h`` (empty: nothing).

    ``replies`` are its outbox rows, ``built`` the bytes of every copy that left the daemon (or that each reply
    goes out as): the headers and every text part of each are read. ``own`` are the freelancer's own links,
    which their signature may carry.
    """
    problems = []
    if state not in FINAL:
        problems.append(f"left in state {state!r}")
    if state in ("quarantined", "failed") and not reason.strip():
        problems.append(f"{state} without a reason")
    if h.must == QUARANTINED and state != "quarantined":
        problems.append(f"was {state}, not quarantined")
    if h.must == NEVER_ANSWERED and replies:
        problems.append("automatic mail got a reply")
    problems += [f"attacker text {bad!r} in the reason shown to you" for bad in h.reason_forbidden if bad in reason]
    for row in replies:
        alone = bool(row["auto"]) and row["state"] in GOES_OUT
        if h.must == NEVER_ALONE and alone:
            problems.append("answered automatically despite a hand-off reason")
        subject = str(row["subject"])
        if "\r" in subject or "\n" in subject or len(subject) > 200:
            problems.append(f"reply subject is not one bounded line: {subject[:80]!r}")
        priced = _priced_quantities(str(row["quote_json"] or ""))
        if h.quantity is not None and priced - {h.quantity}:
            problems.append(f"priced quantity {sorted(priced)} for an inquiry that asked for {h.quantity}")
        if h.stranger and row["quote_json"] and float(json.loads(row["quote_json"]).get("discount", 0) or 0):
            problems.append("a stranger's 'again' earned a discount")
        problems += [f"a link to {href[:60]!r} in the inbox detail you read" for href in _inbox_links(row)]
        written = {"subject": subject, "body": str(row["body"]), "hand-off note": str(row["handoff_summary"] or "")}
        written["quote document"] = _quote_document(str(row["quote_json"] or ""))
        for n, raw in enumerate(built, 1):
            written[f"headers of outbound copy {n}"] = _header_block(raw)
            written[f"text of outbound copy {n}"] = _text_parts(raw, own)
        for where, text in written.items():
            for bad in h.forbidden:
                if bad.lower() in text.lower():
                    problems.append(f"attacker text {bad!r} in the {where} the daemon wrote")
    return problems
