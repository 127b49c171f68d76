"""A project's title next to its client, with the client named once.

Freelancers title their briefs the way they think of the job, often with the client in it ("Greenleaf Kombucha:
move to cans", "Spree Cycles logo", "Zeitgeist: loneliness column" for Zeitgeist Magazin). Every place that
shows a title beside its client (answers from memory, ``atelier memory search``, the quote list, the estimate's
explanation) goes through :func:`client_title`, so that no line reads "Greenleaf Kombucha: Greenleaf Kombucha:
move to cans".
"""

from __future__ import annotations

import re

_HEAD = re.compile(r"^\s*([^:–—|]+?)\s*[:–—|]\s*\S")
"""A title's head: the words before its first colon or dash ("Zeitgeist" in "Zeitgeist: loneliness column")."""


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def names_client(title: str, client: str) -> bool:
    """Whether ``title`` already names ``client``: the whole name in it, or a head that starts the client's name.

    "Zeitgeist: loneliness" names Zeitgeist Magazin and "Nordlicht Coffee: three bags" Nordlicht Coffee
    Roasters; "Pip the otter: Acme mascot" names Acme. Words are compared whole, so "Acme" is not in "Acmeo".
    """
    name, words = _words(client), _words(title)
    if not name or not words:
        return False
    if any(words[i : i + len(name)] == name for i in range(len(words) - len(name) + 1)):
        return True
    head = _HEAD.match(title)
    head_words = _words(head.group(1)) if head else []
    return bool(head_words) and name[: len(head_words)] == head_words


def client_title(client: str, title: str, *, separator: str = ": ") -> str:
    """``client`` and ``title`` as one label, the client written once ("Greenleaf Kombucha: move to cans")."""
    if not client.strip():
        return title
    if not title.strip():
        return client
    return title if names_client(title, client) else f"{client}{separator}{title}"


def title_for(title: str, client: str, joiner: str = " for ") -> str:
    """``title`` for ``client`` ("Spree Cycles logo", "Poster for Eastbank Books"), the client written once."""
    if not client.strip() or names_client(title, client):
        return title
    return f"{title}{joiner}{client}"
