"""The one constructor every hand-written item file uses, so that each item states its labels in one place."""

from __future__ import annotations

MAILS: list[dict] = []
CHATS: list[dict] = []


def mail(kind, lang, frm, subject, date, body=None, *, services=(), q=None, deadline=None, budget=None,
         asks=None, note=None, **wire):
    """Record one mail. `wire` holds how it is put on the wire (html, cte, headers, report, tz, to, cc).

    deadline is an ISO date or '+Nd' (N days after the Date header); the build resolves it.
    """
    MAILS.append(dict(kind=kind, lang=lang, services=list(services), quantities=dict(q or {}),
                      deadline=deadline, budget=budget, asks_new_work=asks, note=note,
                      wire=dict(wire, **{"from": frm, "subject": subject, "date": date, "body": body})))


def chat(route, lang, text, service=None, quantity=None):
    """Record one chat turn."""
    CHATS.append(dict(route=route, lang=lang, text=text, service=service, quantity=quantity))
