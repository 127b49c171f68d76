"""The daemon's only doors into memory, each scoped to one client by the sender's address.

The client comes from the parsed ``From:`` address, looked up in the profile's client directory
(:meth:`assistant.profile.Profile.client_for`), never from names in the inquiry's text, so a stranger who writes
"I am Acme" in the body still sees nothing of Acme's history. An unknown sender is their own client, under a
name made from the address and its hash (:func:`scope_name`): client names are compared folded
(``Lea Stein`` and ``lea@stein`` both fold to ``lea-stein``), so a bare address would let a stranger pick a From:
that folds to another client's name and read that client's briefs. What each door returns is that client's own
sources plus the public portfolio (see :mod:`assistant.memory.scope`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from assistant.memory.models import PastProject

if TYPE_CHECKING:
    from assistant.memory import Memory

SimilarProjects = Callable[[str, str, int], Sequence[PastProject]]
Resolve = Callable[[str], str]
"""``sender address -> client name`` (the profile's directory, or the address itself)."""
UNKNOWN_CLIENT = "unknown"
"""The client of a brief that came with no address (pasted text): no mail scope ever resolves to it."""


def scope_name(resolve: Resolve, address: str) -> str:
    """The client name whose memory mail from ``address`` may see.

    A sender in the profile's directory gets their client's name. Anyone else gets ``mail <address> <hash>``,
    a name that no brief's client folds to, so that a chosen address cannot open another client's history.
    """
    name = resolve(address)
    folded = address.strip().casefold()
    if name.strip().casefold() != folded:
        return name
    return f"mail {folded} {hashlib.sha256(folded.encode()).hexdigest()[:16]}"


def is_scope_name(name: str) -> bool:
    """Whether ``name`` is one :func:`scope_name` made for an unknown sender (or :data:`UNKNOWN_CLIENT`): no client."""
    return name == UNKNOWN_CLIENT or (name.startswith("mail ") and "@" in name)


def brief_client(resolve: Resolve, address: str) -> str:
    """The client a saved brief is filed under in memory: from the sender's address only (:func:`scope_name`).

    A display name, a signature or a company named in the text never decides it: a stranger writing as "Acme"
    from their own address is filed under that address, not under real Acme, and so never reads (or adds to)
    Acme's history. Without an address the brief belongs to :data:`UNKNOWN_CLIENT`.
    """
    return scope_name(resolve, address) if address.strip() else UNKNOWN_CLIENT


def client_history(memory: Memory, resolve: Resolve) -> Callable[[str, str, int], Sequence[str]]:
    """``(sender, query, k) -> snippets`` from that sender's client's history and the public portfolio."""
    from assistant.memory.scope import client

    def history(sender: str, query: str, k: int) -> Sequence[str]:
        return [hit.text for hit in memory.search(query or sender, k=k, scope=client(scope_name(resolve, sender)))]

    return history


def similar_projects_for(memory: Memory, resolve: Resolve) -> Callable[[str], SimilarProjects]:
    """``sender -> similar_projects`` for the quote tool, seeing only that client's projects (and public ones)."""
    from assistant.memory.scope import client

    def for_sender(sender: str) -> SimilarProjects:
        scope = client(scope_name(resolve, sender))

        def similar(service: str, description: str, k: int) -> Sequence[PastProject]:
            return memory.similar_projects(service or None, description, k, scope=scope)

        return similar

    return for_sender


def tone_sink(memory: Memory, resolve: Resolve) -> Callable[[str, str], None]:
    """``(text, recipient) -> None``: keep one of the freelancer's sent mails as a tone example.

    The example belongs to the recipient's client, so it is only ever seen when answering that client.
    """

    def sink(text: str, recipient: str) -> None:
        name = "sent-" + hashlib.sha256(text.encode()).hexdigest()[:16]
        metadata = {"client": scope_name(resolve, recipient), "outcome": "sent", "tags": ["tone"]}
        memory.add_text(text, name=name, metadata=metadata)

    return sink
