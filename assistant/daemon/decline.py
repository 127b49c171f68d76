"""The polite decline for work that is not on the rate card, written by code (no model, no inquiry text in it).

A tattoo asked of an illustrator deserves an answer, but never a quote: the reply thanks the sender, says this is
not work the freelancer offers, and lists what they do offer, from the rate card. It is built only from the
profile, the gettext catalog of the sender's language and a sanitised first name, so nothing a stranger wrote can
speak through it. With ``[triage] off_card = "handoff"`` the same draft goes to the freelancer with a hand-off
reason instead of waiting as a normal draft.
"""

from __future__ import annotations

from assistant import i18n
from assistant.daemon import wording
from assistant.daemon.models import Draft, DraftKind, TriageResult
from assistant.mail.message import InboundMessage
from assistant.profile import Profile
from assistant.reading.language import detect_language

DECLINE_KIND = DraftKind.DECLINE


def _first_name(msg: InboundMessage) -> str:
    """The sender's first name when it is a plain word, else nothing (the greeting then stands alone)."""
    name = msg.sender_name.strip().strip('"').split()[0] if msg.sender_name.strip() else ""
    return name if name.isalpha() and len(name) <= 30 else ""


def _in_sentence(name: str, lang: str) -> str:
    """A service's name inside a sentence: lower case first, but German nouns keep their capital."""
    return name if lang == "de" else name[:1].lower() + name[1:]


def decline_draft(msg: InboundMessage, profile: Profile, result: TriageResult, subject: str) -> Draft:
    """A short, warm no, with what the freelancer does instead; ``subject`` is the reply subject, already built.

    The words come from the catalog of the language the sender wrote in (English when no catalog covers it).
    """
    lang = i18n.reply_language(detect_language(f"{msg.subject}\n{msg.body}"))
    t = i18n.translator(lang)
    offers = ", ".join(_in_sentence(s.name_in(lang), lang) for s in profile.services)
    body = "\n\n".join(
        [
            wording.greeting(lang, profile, _first_name(msg)),
            t.gettext(
                "Thank you for your message and for thinking of me. What you describe is not work I take on, so I "
                "would rather say so now than keep you waiting."
            ),
            t.gettext(
                "What I do offer is %(offers)s. If one of these is ever useful to you, I would be glad to hear "
                "from you."
            )
            % {"offers": offers},
            wording.sign_off(lang, profile),
        ]
    )
    handoff = ("work not on the rate card",) if profile.triage.off_card == "handoff" else ()
    return Draft(
        kind=DECLINE_KIND,
        subject=subject,
        body=body + "\n",
        language=lang,
        handoff_reasons=handoff,
        summary=f"{msg.sender}: work not on the rate card. {result.reason[:200]}",
    )
