"""When the learned kind reader (:mod:`assistant.reading.mail_kind`) has the last word over the rules of triage.

The rules read a request and a service; the learned reader reads the whole mail against a thousand labelled ones.
Each has mail it reads better, and leave-one-set-out cross-validation (``benchmarks/eval_mail_kind.py``) says
where the learned one may decide, each with its own threshold in the profile's ``[triage]``:

- a mail of :data:`SHORT_WORDS` words or more that it reads as not for the freelancer, sales or phishing, or
  automated (``not_inquiry_confidence``);
- a shorter mail only as sales or phishing, or automated (``short_mail_confidence``): "tu fais des logos ?" is
  too short to tell from a colleague's question, but a lure or a robot's notice is not;
- work off the rate card that the rules took for an inquiry because it names a service: "a mural of your
  poster", "a website with our existing logo" (``off_card_confidence``), unless the mail also asks for work of
  the card itself ("a new logo and a website"): then it stays an inquiry, and the reply declines the rest;
- an inquiry the rules found no request in ("Wir hätten gern ein Etikett für unseren Honig, in zwei Varianten")
  when it is very sure (``inquiry_confidence``).

A threshold of 1 turns that decision off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.reading.mail_kind import OVERRULING, KindReading
from assistant.reading.off_card import without_owned
from assistant.reading.services import keyword_hits, request_sentences

if TYPE_CHECKING:
    from assistant.profile import Profile

SHORT_WORDS = 20
"""Under this many words a mail is short: the reader of whole mails has little to read, and decides less."""
SHORT_OVERRULING = frozenset({"sales_phishing", "automated"})
"""The kinds the learned reader may decide in a short mail (measured: "not for me" there costs inquiries)."""


def sure(probability: float, threshold: float) -> bool:
    """Whether a probability reaches a profile threshold (1 means never, even for a probability rounded to 1)."""
    return threshold < 1 and probability >= threshold


def overrules(learned: KindReading, words: int, profile: Profile) -> bool:
    """Whether the learned reader's kind beats the rules' reading of a person's mail of ``words`` words."""
    settings = profile.triage
    if words >= SHORT_WORDS:
        return learned.kind in OVERRULING and sure(learned.confidence, settings.not_inquiry_confidence)
    return learned.kind in SHORT_OVERRULING and sure(learned.confidence, settings.short_mail_confidence)


def asks_on_card(body: str, profile: Profile) -> bool:
    """Whether a request sentence of ``body`` names a service of the rate card that is not the client's own thing.

    "We need a new logo and a website" asks for a logo; "a website with our existing logo" and "paint your poster
    as a mural" name one only as what the off-card work starts from (:func:`~assistant.reading.off_card.without_owned`).
    The subject is not read: "Webshop met logo" titles the mail, it does not ask.
    """
    masked = "\n\n".join(without_owned(sentence) for sentence in request_sentences(body))
    return bool(keyword_hits(masked, profile, requests_only=True, first_line=False))


def reads_off_card(learned: KindReading, body: str, profile: Profile) -> bool:
    """Whether a mail the rules read as an inquiry asks for work off the rate card, and only for that.

    Only a mail that names a service of the card is the learned reader's to decline: "a website with our existing
    logo". A vague ask that names none ("do you also do drawings for businesses?") is an inquiry whose service is
    unclear, and gets a question, never a decline on a guess: the rules' bank reads named off-card work there.
    """
    confident = learned.kind == "off_card" and sure(learned.confidence, profile.triage.off_card_confidence)
    return confident and bool(keyword_hits(body, profile)) and not asks_on_card(body, profile)


def reads_inquiry(learned: KindReading, profile: Profile) -> bool:
    """Whether the learned reader is sure enough of an inquiry that the rules found no request in."""
    return learned.kind == "inquiry" and sure(learned.confidence, profile.triage.inquiry_confidence)
