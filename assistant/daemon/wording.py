"""The code-written words of a reply, in the client's language: greeting, opening, questions, sign-off.

Every sentence here comes from the gettext catalogs (:mod:`assistant.i18n`), or from the freelancer's own words
for that language (:meth:`assistant.profile.Tone.words`). The opening is built from what was read in this
inquiry (its subject, the service and the quantity), never one fixed line. It states no price and no date: those
live only in the quote block, where the policy gate allows them.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Sequence

from babel.lists import format_list

from assistant.i18n import translate_formatted, translator
from assistant.profile import Profile
from assistant.tools.brief import WHICH_SERVICE

_PREFIX = re.compile(r"^\s*(?:(?:re|aw|fw|fwd|wg|tr|rif|sv|antw)\s*:\s*)+", re.IGNORECASE)
MAX_PROJECT_CHARS = 80


def project_words(subject: str, fallback: str) -> str:
    """The client's own name for the project: the subject without ``Re:``/``AW:``/``Fwd:``, or ``fallback``."""
    clean = " ".join(_PREFIX.sub("", subject).split()).strip(" .!?:;-")
    if not clean or len(clean) > MAX_PROJECT_CHARS:
        clean = " ".join(fallback.split())[:MAX_PROJECT_CHARS]
    return clean


def greeting(lang: str, profile: Profile, first_name: str) -> str:
    """``Hallo Miriam,``: the freelancer's greeting for that language, else the catalog's."""
    t = translator(lang)
    word = profile.tone.words(lang).greeting or t.gettext("Hello")
    return f"{word} {first_name},".replace(" ,", ",")


def sign_off(lang: str, profile: Profile) -> str:
    """The closing line and the signature (the profile's name when no signature is set)."""
    words = profile.tone.words(lang)
    closing = words.sign_off or translator(lang).gettext("Best regards,")
    return f"{closing}\n{words.signature.strip() or profile.name}"


def disclosure(lang: str, profile: Profile) -> str:
    """The AI disclosure of an auto-sent reply: the freelancer's words for that language, else the catalog's.

    The catalog's wording claims only what the code does: the model wrote prose, and code computed every price
    and date from the rate card.
    """
    t = translator(lang)
    return profile.tone.words(lang).ai_disclosure.strip() or t.gettext(
        "I drafted this reply with my AI assistant. Any prices and dates in it were computed from my rate card "
        "and schedule rules, not written by the AI."
    )


def opening(
    lang: str,
    *,
    project: str,
    service: str | None,
    quantity: int | None,
    quoted: bool,
    with_pdf: bool,
    returning: bool,
) -> str:
    """A short opening about this inquiry: what it is about, what it is, and what the reply holds."""
    t = translator(lang)
    first = (
        t.gettext("Thank you for writing again, this time about “%(project)s”.")
        if returning
        else t.gettext("Thank you for your message about “%(project)s”.")
    ) % {"project": project}
    parts = [first]
    if service and quantity and quantity > 1:
        parts.append(t.gettext("You are asking for %(num)d × %(service)s.") % {"num": quantity, "service": service})
    elif service:
        parts.append(t.gettext("It is the kind of work I do (%(service)s).") % {"service": service})
    if quoted:
        parts.append(
            t.gettext("Below is a summary of my quote; the attached PDF has the line items and all three options.")
            if with_pdf
            else t.gettext("Below is a summary of my quote.")
        )
    else:
        parts.append(t.gettext("Before I can quote, I need a few details."))
    return " ".join(parts)


def questions_block(lang: str, questions: Sequence[str]) -> str:
    """The open questions, each translated when the catalog knows it (see :func:`assistant.i18n.N_`)."""
    t = translator(lang)
    head = t.gettext("A few questions so I can plan this properly:")
    return head + "\n" + "\n".join(f"- {translate_formatted(t, q, (WHICH_SERVICE,))}" for q in questions)


def change_order_opening(lang: str, *, project: str, brief: str, with_pdf: bool) -> str:
    """The opening of a change order: the message goes beyond the agreed brief, which stands as it is."""
    t = translator(lang)
    again = t.gettext("Thank you for writing again, this time about “%(project)s”.") % {"project": project}
    parts = [
        *([again] if project.casefold() != brief.casefold() else []),  # the next sentence names the brief
        t.gettext(
            "What you ask for goes beyond what we agreed for “%(brief)s”, so here is a change order for the "
            "additional work; the agreed quote stands as it is."
        )
        % {"brief": brief},
    ]
    if with_pdf:
        parts.append(
            t.gettext("Below is a summary of my quote; the attached PDF has the line items and all three options.")
        )
    return " ".join(parts)


def unpriced(lang: str, items: Sequence[str]) -> str:
    """New work that no service on the rate card fits (a mug, a tote bag): the freelancer answers it in person."""
    t = translator(lang)
    return t.gettext(
        "You also ask about %(items)s. That is not among the services on my rate card, so I will come back to you "
        "about it myself."
    ) % {"items": format_list(list(items), locale=lang)}


def acknowledgement(lang: str) -> str:
    """A client's follow-up on work under way: say it arrived and that the freelancer answers in person."""
    t = translator(lang)
    return t.gettext("I have your message and will answer you myself shortly.")


def followup(lang: str) -> tuple[str, str]:
    """The two sentences of a polite nudge; they state no price or date."""
    t: gettext.NullTranslations = translator(lang)
    return (
        t.gettext("I wanted to check whether my last message reached you, and whether you have any questions."),
        t.gettext("If the timing or scope has changed, just tell me and I will adjust."),
    )
