"""A reply in a thread: thanks, "we will think about it", "we decided to do it ourselves", and no new request.

A prospect answering the freelancer's quote ("danke für das Angebot, ich melde mich nächste Woche") names the
service and the quote in the subject and in the quoted mail below it, so the rules of
:mod:`assistant.reading.triage` would read a request for work. What the sender wrote above the quote says they
defer or decline, and asks nothing: the freelancer reads it and waits; nobody drafts an answer. The phrases are in
English, German, French, Spanish, Italian and Dutch.
"""

from __future__ import annotations

import re

from assistant.reading.services import REQUEST_CUES
from assistant.reading.words import accent_blind

REPLY_SUBJECT = accent_blind(r"^\s*(?:re|aw|antw|r|rif|rv|sv|vs)\s*(?:\[\d+\])?\s*:", re.I)
"""How a reply's subject starts in the six languages' mail programs ("Re:", "AW:", "R:", "RE:", "Antw:", "RV:")."""
_DEFERS = accent_blind(
    r"\b(get back to you|come back to you|(?:will|we'?ll|i'?ll) (?:think|talk|let you know)|"
    r"think (?:it over|about it)|sleep on it|thanks anyway|(?:decided|chosen) to (?:do|draw|design|make) it "
    r"(?:myself|ourselves)|"
    r"melde mich|melden uns|bespreche (?:das|es)|besprechen (?:das|es)|überlege\w* (?:es )?(?:uns|mir)|"
    r"denken (?:darüber )?nach|trotzdem danke|danke trotzdem|"
    r"reviens vers (?:vous|toi)|revenons vers (?:vous|toi)|vous tiens au courant|te tiens au courant|"
    r"on en (?:parle|discute)|(?:je|nous) (?:vais|allons) (?:y )?réfléchir|merci quand même|"
    r"te (?:digo|diré|decimos|aviso|comento) algo|(?:le|les) (?:digo|diremos) algo|lo (?:hablamos|pensamos|"
    r"consulto)|(?:te|le|les) (?:aviso|avisamos|avisaré)|gracias de todos modos|gracias igualmente|"
    r"(?:le|ti|vi) (?:faccio|facciamo|farò|faremo) sapere|ne parliamo|ci pens(?:o|iamo)|grazie comunque|"
    r"kom(?:en)? er [^.!?\n]{0,40}op terug|kom(?:en)? erop terug|laat (?:het )?(?:je|u) weten|"
    r"laten (?:het )?(?:je|u) weten|denken erover na|erover (?:na)?denken|toch bedankt|bedankt toch)\b"
)
_THE_QUOTE = accent_blind(r"\b(angebot\w*|devis|presupuesto|preventivo|offerte|quote)\b")
"""The quote the sender thanks for ("danke für das Angebot"): it names the quote, it does not ask for one."""


def defers(subject: str, own_words: str, quoted: bool) -> re.Match[str] | None:
    """The phrase that makes a reply defer or decline, when the mail is a reply and its own words ask nothing.

    ``own_words`` is the folded text above any quoted or forwarded mail; ``quoted`` says there was some below it.
    A question or a request in the sender's own words ("we'll think about it; could you also send a price for
    the poster?") keeps the mail a request.
    """
    if not (quoted or REPLY_SUBJECT.search(subject)) or "?" in own_words:
        return None
    if REQUEST_CUES.search(_THE_QUOTE.sub(" ", own_words)):
        return None
    return _DEFERS.search(" ".join(own_words.split()))
