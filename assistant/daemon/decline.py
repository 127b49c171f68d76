"""The polite decline for work that is not on the rate card, written by code (no model, no inquiry text in it).

A tattoo asked of an illustrator deserves an answer, but never a quote: the reply thanks the sender, says this is
not work the freelancer offers, and lists what they do offer, from the rate card. It is built only from the
profile, the gettext catalog of the sender's language and a sanitised first name, so nothing a stranger wrote can
speak through it. With ``[triage] off_card = "handoff"`` the same draft goes to the freelancer with a hand-off
reason instead of waiting as a normal draft.
"""

from __future__ import annotations

import gettext

from assistant import i18n
from assistant.daemon import wording
from assistant.daemon.models import Draft, DraftKind, TriageResult
from assistant.daemon.salutation import addressee, her_first_name
from assistant.daemon.voice import INFORMAL, Register, read_register, unknown_register
from assistant.mail.message import InboundMessage
from assistant.profile import Profile
from assistant.reading.language import detect_language

DECLINE_KIND = DraftKind.DECLINE


def _in_sentence(name: str, lang: str) -> str:
    """A service's name inside a sentence: lower case first, but German nouns keep their capital."""
    return name if lang == "de" else name[:1].lower() + name[1:]


def _in_register(t: gettext.NullTranslations, register: Register, message: str) -> str:
    """``message`` in the reply's register: the catalog's wording for it when it has one, else the default one.

    The catalogs' default wording of a decline is formal in some languages and informal in others (Spanish and
    Dutch use tú and je), so either register may have its own entry (context ``formal`` or ``informal``).
    """
    context = "informal" if register == INFORMAL else "formal"
    found = t.pgettext(context, message)
    return found if found != message else t.gettext(message)


def decline_draft(msg: InboundMessage, profile: Profile, result: TriageResult, subject: str) -> Draft:
    """A short, warm no, with what the freelancer does instead; ``subject`` is the reply subject, already built.

    The words come from the catalog of the language the sender wrote in (English when no catalog covers it), in
    the register the sender wrote in (see :func:`unknown_register` when nothing tells): a "du" never gets a "Sie".
    """
    lang = i18n.reply_language(detect_language(f"{msg.subject}\n{msg.body}"))
    t = i18n.translator(lang)
    her_name = her_first_name(profile)
    register = read_register(lang, [msg.body], her_name=her_name) or unknown_register(lang)
    offers = ", ".join(_in_sentence(s.name_in(lang), lang) for s in profile.services)
    hello = wording.greeting(lang, profile, addressee(msg, her_name), register=register)
    thanks = _in_register(
        t,
        register,
        i18n.N_(
            "Thank you for your message and for thinking of me. What you describe is not work I take on, so I would "
            "rather say so now than keep you waiting."
        ),
    )
    offer = _in_register(
        t,
        register,
        i18n.N_(
            "What I do offer is %(offers)s. If one of these is ever useful to you, I would be glad to hear from you."
        ),
    )
    body = i18n.typeset(
        lang,
        "\n\n".join(
            [
                hello,
                wording.after_greeting(lang, hello, thanks),
                offer % {"offers": offers},
                wording.sign_off(lang, profile, register=register),
            ]
        ),
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
