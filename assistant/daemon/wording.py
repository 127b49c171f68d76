"""The code-written words of a reply, in the client's language: greeting, opening, questions, sign-off.

Every sentence here comes from the gettext catalogs (:mod:`assistant.i18n`), from the freelancer's own words
for that language (:meth:`assistant.profile.Tone.words`), or from what their Sent folder taught
(:mod:`assistant.daemon.voice`). Each follows the reply's register (du/Sie, tu/vous...): the informal wordings
are the catalogs' ``informal`` context. The opening is built from what was read in this inquiry (the client's
name for the project, the service), never one fixed line. It states no price and no date: those live only in
the quote block, where the policy gate allows them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from babel.lists import format_list

from assistant.daemon.voice import FORMAL, INFORMAL, NEUTRAL, Register, Snippet
from assistant.i18n import translate_formatted, translator
from assistant.mail.message import InboundMessage
from assistant.profile import Profile
from assistant.tools.brief import WHICH_SERVICE
from assistant.tools.brief_counts import HOW_MANY_OF

_PREFIX = re.compile(r"^\s*(?:(?:re|aw|fw|fwd|wg|tr|rif|sv|antw)\s*:\s*)+", re.IGNORECASE)
MAX_PROJECT_CHARS = 80


def project_words(subject: str, fallback: str) -> str:
    """The client's own name for the project: the subject without ``Re:``/``AW:``/``Fwd:``, or ``fallback``."""
    clean = " ".join(_PREFIX.sub("", subject).split()).strip(" .!?:;-")
    if not clean or len(clean) > MAX_PROJECT_CHARS:
        clean = " ".join(fallback.split())[:MAX_PROJECT_CHARS]
    return clean


def _by_register(register: Register, formal: str, informal: str) -> str:
    """The informal wording (catalog context ``informal``) when the reply uses du/tu/tú/tu/je, else the formal."""
    return informal if register == INFORMAL else formal


def first_name(msg: InboundMessage) -> str:
    """The sender's first name when it is a plain word, else "" (the greeting then stands alone)."""
    name = msg.sender_name.strip().strip('"')
    first = name.split()[0] if name else ""
    return first if first.isalpha() and len(first) <= 30 else ""


def full_name(msg: InboundMessage) -> str:
    """The sender's display name when it reads as a person's name (two to four words of letters), else ""."""
    words = msg.sender_name.strip().strip('"').split()
    fits = 2 <= len(words) <= 4 and all(w.replace("-", "").replace("'", "").isalpha() for w in words)
    return " ".join(words) if fits else ""


def greeting(
    lang: str,
    profile: Profile,
    first_name: str,
    *,
    full_name: str = "",
    register: Register = NEUTRAL,
    learned: Snippet | None = None,
) -> str:
    """``Hallo Miriam,`` or, with *Sie*, ``Guten Tag Miriam Roth,``: the greeting word and the name by register.

    The word is the freelancer's learned one (:mod:`assistant.daemon.voice`), else the profile's for that
    language, else the catalog's for the register. A formal reply never greets by first name alone unless the
    freelancer does so in that register (``Gentile Giulia,``); a title and surname ("Herr Hartmann") is used
    only when the freelancer wrote it to this same person, since code cannot know it otherwise.
    """
    t = translator(lang)
    full = full_name or first_name
    if learned is not None:
        word, form = learned.text, learned.form
        name = {"first": first_name, "full": full, "none": ""}.get(form, learned.title or full)
    else:
        own = profile.tone.words(lang).greeting
        if register == FORMAL:
            word, name = own or t.pgettext("formal", "Hello"), full
        else:
            word, name = own or t.gettext("Hello"), first_name
    return f"{word} {name},".replace(" ,", ",").strip()


def sign_off(lang: str, profile: Profile, learned: Snippet | None = None) -> str:
    """The closing line and the signature: the freelancer's learned ones, else the profile's, else the catalog's.

    A learned closing brings the signature the freelancer wrote under it ("Mara"), when there was one.
    """
    words = profile.tone.words(lang)
    if learned is not None:
        return f"{learned.text}\n{learned.form.strip() or words.signature.strip() or profile.name}"
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
    quoted: bool,
    returning: bool,
    register: Register = NEUTRAL,
    lead: str = "",
    lead_slot: bool = False,
) -> str:
    """About this inquiry: its project by the client's own name for it, then, without a quote, what is needed.

    The first sentence begins with the freelancer's learned words (``lead``, "vielen Dank für Ihre Anfrage")
    when there are any (``lead_slot``: they end in a word that leads into the project, "thank you for your
    message about"), else with the catalog's thanks in the reply's register. With a quote that is all: the quote
    summary that follows names what was priced. Without one, a second sentence names the service and says that
    questions follow; no "you are asking for 3 × Poster" form line.
    """
    t = translator(lang)
    values = {"project": project}
    if lead and lead_slot:  # her words lead into the project: "thank you for thinking of me for"
        first = t.gettext("%(thanks)s “%(project)s”.") % {"thanks": lead, **values}
    elif lead:
        first = t.gettext("%(thanks)s about “%(project)s”.") % {"thanks": lead, **values}
    elif returning:
        first = (
            _by_register(
                register,
                t.gettext("Thank you for writing again, this time about “%(project)s”."),
                t.pgettext("informal", "Thank you for writing again, this time about “%(project)s”."),
            )
            % values
        )
    else:
        first = (
            _by_register(
                register,
                t.gettext("Thank you for your message about “%(project)s”."),
                t.pgettext("informal", "Thank you for your message about “%(project)s”."),
            )
            % values
        )
    if quoted:  # the quote summary follows, and it says what was priced
        return first
    if service:
        second = t.gettext("Before I can quote for %(service)s, I need a few details.") % {"service": service}
    else:
        second = t.gettext("Before I prepare a quote, I need a few details.")
    return f"{first} {second}"


_GERMAN_STARTERS = frozenset(
    "Danke Vielen Herzlichen Deine Dein Deinen Ich Was Wenn Wie Schön Gerne Gern Leider Bevor Unten Das Es Mit "
    "Hier Anbei Nach Zu Da Kurz".split()
)
"""German first words that are not nouns and not the polite Sie/Ihr: after "Hallo Anna," they are lowercase."""


def after_greeting(lang: str, greeting: str, sentence: str) -> str:
    """The first sentence as it follows the greeting: in German a greeting ending in a comma runs on lowercase.

    "Hallo Frau Vogel," then "vielen Dank ..." is how German mail is written; only words that are never capitalised
    mid-sentence are lowered (nouns and the polite "Sie", "Ihre" keep their capital).
    """
    first = sentence.split(maxsplit=1)[0] if sentence.strip() else ""
    if lang == "de" and greeting.rstrip().endswith(",") and first.rstrip(",.;:!?") in _GERMAN_STARTERS:
        return sentence[0].lower() + sentence[1:]
    return sentence


def questions_block(lang: str, questions: Sequence[str], register: Register = FORMAL) -> str:
    """The open questions, each translated when the catalog knows it (see :func:`assistant.i18n.N_`).

    With an informal reply a question that says "you" takes its ``informal`` wording, so one mail never mixes
    du and Sie; a question with no "you" in it has one wording for both.
    """
    t = translator(lang)
    head = t.gettext("A few questions so I can plan this properly:")

    def asked(question: str) -> str:
        if register == INFORMAL and (informal := t.pgettext("informal", question)) != question:
            return informal
        return translate_formatted(t, question, (WHICH_SERVICE, HOW_MANY_OF))

    return head + "\n" + "\n".join(f"- {asked(q)}" for q in questions)


def change_order_opening(lang: str, *, project: str, brief: str) -> str:
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
    return " ".join(parts)


def unpriced(lang: str, items: Sequence[str]) -> str:
    """New work that no service on the rate card fits (a mug, a tote bag): the freelancer answers it in person."""
    t = translator(lang)
    return t.gettext(
        "You also ask about %(items)s. That is not among the services on my rate card, so I will come back to you "
        "about it myself."
    ) % {"items": format_list(list(items), locale=lang)}


def away(lang: str, month: int) -> str:
    """The freelancer is away in ``month`` (from their feedback "mention I'm away in August"), in ``lang``."""
    from babel.dates import get_month_names

    name = str(get_month_names("wide", locale=lang)[month])
    return translator(lang).gettext("I am away in %(month)s.") % {"month": name}


def acknowledgement(lang: str, register: Register = NEUTRAL) -> str:
    """A client's follow-up on work under way: say it arrived and that the freelancer answers in person."""
    t = translator(lang)
    return _by_register(
        register,
        t.gettext("I have your message and will answer you myself shortly."),
        t.pgettext("informal", "I have your message and will answer you myself shortly."),
    )


def followup(lang: str, register: Register = NEUTRAL) -> tuple[str, str]:
    """The two sentences of a polite nudge, in the reply's register; they state no price or date."""
    t = translator(lang)
    return (
        _by_register(
            register,
            t.gettext("I wanted to check whether my last message reached you, and whether you have any questions."),
            t.pgettext(
                "informal", "I wanted to check whether my last message reached you, and whether you have any questions."
            ),
        ),
        _by_register(
            register,
            t.gettext("If the timing or scope has changed, just tell me and I will adjust."),
            t.pgettext("informal", "If the timing or scope has changed, just tell me and I will adjust."),
        ),
    )
