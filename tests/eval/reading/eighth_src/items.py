"""Item records for the eighth blind set: one call per hand-typed mail or chat turn."""

from __future__ import annotations

from typing import Any

from mime import build

MAILS: list[dict[str, Any]] = []
CHATS: list[dict[str, Any]] = []


def mail(
    kind: str,
    lang: str,
    frm: str,
    subject: str,
    date: str,
    body: str,
    *,
    services: tuple[str, ...] = (),
    q: dict[str, int] | None = None,
    deadline: str | None = None,
    budget: str | None = None,
    new: bool | None = None,
    note: str | None = None,
    **mime: Any,
) -> None:
    """Records one mail with the README field order; the envelope comes from mime.build."""
    item: dict[str, Any] = {
        "kind": kind,
        "lang": lang,
        "services": list(services),
        "quantities": dict(q or {}),
        "deadline": deadline,
        "budget": budget,
    }
    if kind == "existing_client":
        item["asks_new_work"] = bool(new)
    if note:
        item["note"] = note
    item["eml"] = build(frm, subject, date, body, **mime)
    MAILS.append(item)


def chat(route: str, lang: str, text: str, service: str | None = None, quantity: int | None = None) -> None:
    """Records one chat turn Mara types."""
    item: dict[str, Any] = {"text": text, "route": route, "lang": lang}
    if service is not None:
        item["service"] = service
    if quantity is not None:
        item["quantity"] = quantity
    CHATS.append(item)
