"""The freelancer's own voice, learned from their Sent folder with consent: greetings, first words, sign-offs.

- :mod:`~assistant.daemon.voice.register` reads du/Sie, tu/vous, tú/usted, tu/Lei, je/u from a mail;
- :mod:`~assistant.daemon.voice.derive` turns one sent reply into snippets with nothing of that client in them;
- :mod:`~assistant.daemon.voice.book` keeps them (``voice.sqlite``), picks the nearest per draft, and forgets.

Code fills every slot (the client's name, the project) from the inquiry being answered; the catalogs speak
wherever nothing was learned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.daemon.voice.book import DB_NAME, NO_VOICE, Voice, VoiceBook
from assistant.daemon.voice.derive import Situation, Snippet
from assistant.daemon.voice.register import FORMAL, INFORMAL, NEUTRAL, Register, read_register, unknown_register

if TYPE_CHECKING:
    from assistant.mail.message import InboundMessage

__all__ = [
    "DB_NAME",
    "FORMAL",
    "INFORMAL",
    "NEUTRAL",
    "NO_VOICE",
    "Register",
    "Situation",
    "Snippet",
    "Voice",
    "VoiceBook",
    "learn_exchange",
    "quoted_text",
    "read_register",
    "unknown_register",
]


def quoted_text(body: str) -> str:
    """The quoted thread of a reply (its ``>`` lines, unquoted): the inquiry it answered, as the reply quotes it."""
    return "\n".join(line.lstrip()[1:].lstrip(" ") for line in body.splitlines() if line.lstrip().startswith(">"))


def learn_exchange(book: VoiceBook, inquiry: InboundMessage, reply: InboundMessage) -> int:
    """Learn from the freelancer's ``reply`` to ``inquiry`` (an exported pair, a replayed past exchange)."""
    from assistant.daemon.tone import own_words

    situation = Situation(
        inquiry=f"{inquiry.subject}\n{inquiry.body}", name=inquiry.sender_name, address=inquiry.sender
    )
    return book.learn(own_words(reply.body), situation)
