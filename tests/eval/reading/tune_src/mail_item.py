"""One hand-written mail item: labels first, then what the MIME helper needs to wrap it."""

from __future__ import annotations


def M(
    kind: str,
    lang: str,
    frm: str,
    subj: str,
    date: str,
    body: str,
    services: tuple = (),
    quantities: dict | None = None,
    deadline: str | None = None,
    budget: str | None = None,
    new: bool | None = None,
    note: str | None = None,
    **mime: object,
) -> dict:
    """Keep the labels next to the text they label, so a reader of the source checks both at once."""
    item = {
        "kind": kind,
        "lang": lang,
        "services": list(services),
        "quantities": dict(quantities or {}),
        "deadline": deadline,
        "budget": budget,
        "note": note,
        "frm": frm,
        "subj": subj,
        "date": date,
        "body": body,
    }
    if kind == "existing_client":
        item["asks_new_work"] = bool(new)
    item.update(mime)
    return item
