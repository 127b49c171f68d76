"""Which client a chat request names ("Tell the bakery I can start in February"), and which mail is theirs.

The name is matched against clients Atelier knows (the profile's client directory and memory's clients), never
against the display names strangers put on their mail: a mail signed "Brotzeit Bakery" is not the bakery's
unless its address is one the directory gives the bakery. A request that fits two clients is asked about, with
both names, rather than answered to either.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from assistant.errors import ToolError

_STOP = frozenset(
    "the and for of am an der die das und von la le les de du des et el los y il di e het van en & co ltd gmbh inc"
    " llc ag sa srl bv studio".split()
)
"""Words of a client's name that name nothing on their own ("Museum am Ufer" is found by "museum" or "ufer")."""


def _words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text.casefold())
    return re.findall(r"\w+", "".join(c for c in plain if not unicodedata.combining(c)))


def _stem(word: str) -> str:
    """``bakeries`` -> ``bakery``, ``posters`` -> ``poster``: enough for a name said in the plural."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") else word


def named_clients(request: str, names: Iterable[str]) -> list[str]:
    """The known client names the request names: whole names first, else clients sharing a telling word.

    "Tell Brotzeit Bakery ..." names one client; "tell the bakery ..." names every client with "bakery" in
    its name (ask which, when there are two); words such as "the", "am", "GmbH" never match on their own.
    """
    said = _words(request)
    stems = {_stem(w) for w in said}
    known = sorted({n.strip() for n in names if n.strip()}, key=str.casefold)
    whole = [
        n
        for n in known
        if (name := _words(n)) and any(said[i : i + len(name)] == name for i in range(len(said) - len(name) + 1))
    ]
    if whole:
        return whole
    return [n for n in known if any(len(w) > 2 and w not in _STOP and _stem(w) in stems for w in _words(n))]


def client_mail(
    request: str,
    names: Iterable[str],
    senders: Iterable[str],
    resolve: Callable[[str], str],
    last_mail: Callable[[set[str]], bytes | None],
    conversation_client: str = "",
) -> bytes:
    """The raw last mail of the one client ``request`` names.

    Args:
        request: the freelancer's words.
        names: every client name Atelier knows (directory and memory).
        senders: every address the daemon's ledger has mail from.
        resolve: ``address -> client name``, the profile's client directory.
        last_mail: the ledger's newest inquiry or client mail from a set of addresses.
        conversation_client: the client the conversation is about, used when the words name none.

    Raises:
        ToolError: no client named, two or more named (the question names them), or no mail of theirs kept.
    """
    names = list(names)
    found = named_clients(request, names) or (named_clients(conversation_client, names) if conversation_client else [])
    if not found:
        raise ToolError("which inquiry? Name the client, or paste the inquiry with /brief first, then ask for a reply")
    if len(found) > 1:
        listed = ", ".join(found[:-1]) + f" or {found[-1]}"
        raise ToolError(f"Which client do you mean: {listed}?", hint="Say the name, e.g. “tell " + found[0] + " …”.")
    name = found[0]
    addresses = {s for s in senders if resolve(s).casefold() == name.casefold()}
    raw = last_mail(addresses) if addresses else None
    if raw is None:
        raise ToolError(
            f"I have no mail from {name} that the mail daemon kept, under an address your client directory gives "
            f"{name}",
            hint="Add their address to [[clients]] in profile.toml, or paste their mail with /brief.",
        )
    return raw
