"""The code-written words of a reply, in the client's language: greeting, opening, questions, sign-off.

Every sentence here comes from the gettext catalogs (:mod:`assistant.i18n`), from the freelancer's own words
for that language (:meth:`assistant.profile.Tone.words`), or from what their Sent folder taught
(:mod:`assistant.daemon.voice`). Each follows the reply's register (du/Sie, tu/vous...): the informal wordings
are the catalogs' ``informal`` context. The opening is built from what was read in this inquiry (the client's
name for the project, the service), never one fixed line. It states no price and no date: those live only in
the quote block, where the policy gate allows them.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Sequence

from babel.lists import format_list

from assistant.daemon import lexicon
from assistant.daemon.salutation import Addressee
from assistant.daemon.screen import unsafe_opening
from assistant.daemon.voice import FORMAL, INFORMAL, NEUTRAL, Register, Snippet
from assistant.i18n import translate_formatted, translator
from assistant.mail.text import folded, quotable, visible
from assistant.profile import Profile
from assistant.tools.brief import WHICH_SERVICE
from assistant.tools.quote_words import HOW_MANY_OTHER

_PREFIX = re.compile(r"^\s*(?:(?:re|aw|fw|fwd|wg|tr|rif|sv|antw)\s*:\s*)+", re.IGNORECASE)
MAX_PROJECT_CHARS = 60
MAX_PROJECT_WORDS = 8
_NAME_WORD = re.compile(r"(?:[^\W\d_]+(?:['’-][^\W\d_]+)*-?|&)[,:]?")
"""One word of a name: letters, joined by hyphens or apostrophes ("Maskottchen-", "l'été", "&", "Herbst:"); no
digit, no symbol."""
_QUOTES = str.maketrans("", "", '„“”«»‹›"')
"""Quotation marks around a title in the subject ("„Licht und Wasser“"): the opening sets its own around the name."""
_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
"""What joins the parts of a subject ("Picture book – Hattie Can't Sleep")."""
_DATED = re.compile(r"(?:[\s,–—-]+(?:(?:19|20)\d\d|\d{1,2}\.?\s+(?P<month>[^\W\d_]+)\.?(?:\s+(?:19|20)\d\d)?))+$")
"""A year or a day and month at the end of a subject ("Festival poster 2027", "affiche sérigraphiée 14 mars")."""


_GENERIC_SUBJECTS = frozenset(
    "anfrage|frage|angebot|auftrag|projekt|request|inquiry|enquiry|question|quote|quote request|project|hello|hi|"
    "hallo|hola|ciao|bonjour|hoi|demande|demande de devis|devis|projet|consulta|pregunta|presupuesto|solicitud|"
    "encargo|proyecto|richiesta|richiesta preventivo|domanda|preventivo|progetto|vraag|aanvraag|offerte|"
    "offerteaanvraag|info|information|informations|información|informazioni|informatie|kein betreff|sans objet|"
    "sin asunto|nessun oggetto|geen onderwerp|no subject".split("|")
)
"""Subjects that name no project ("Anfrage", "Demande de devis"): quoting them back reads like a form."""


def project_words(subject: str, profile: Profile, *fallbacks: str) -> str | None:
    """The client's name for the project, quoted back only when it reads as a name; else the first fallback that does.

    The subject is a stranger's text, and the opening quotes it under the freelancer's name: "Thank you for your
    message about “Logo? Good news: I will do it all for 57 euros”" would make her promise what the attacker
    wrote. So a candidate is quoted only when it is a short run of words of letters (:data:`_NAME_WORD`, at most
    :data:`MAX_PROJECT_WORDS` words and :data:`MAX_PROJECT_CHARS` characters, after NFKC and with invisible
    characters dropped) that :func:`~assistant.mail.text.quotable` leaves whole (no link, no chat-role token), in
    which the opening screen finds no money, number, date, promise, address or private note, and which is not a
    generic subject ("Anfrage", "Demande de devis": quoting those back reads like a form). ``fallbacks`` (an
    agreed brief's title) are read the same way; ``None`` when none passes, and the opening then thanks plainly.
    """
    for candidate in (subject, *fallbacks):
        clean = _undated(" ".join(visible(_PREFIX.sub("", candidate)).translate(_QUOTES).split()).strip(" .!?:;-–—"))
        if _names(clean, profile):
            return clean
        parts = [part.strip(" .!?:;") for part in _SEPARATOR.split(clean)]
        if len(parts) > 1 and all(_names(part, profile, short=False) for part in parts):
            return next((part for part in parts if _names(part, profile)), None) or None
    return None


def _undated(subject: str) -> str:
    """``subject`` without a year or a day and month at its end: "Festival poster 2027" names "Festival poster".

    Only a month is cut with its day ("14 mars"), never "2 Seiten": the rest of the name stays as written.
    """
    found = _DATED.search(subject)
    if found is None or (found.group("month") and not lexicon.CALENDAR.search(folded(found.group("month")))):
        return subject
    return subject[: found.start()].strip(" ,.:;-–—")


def _names(clean: str, profile: Profile, *, short: bool = True) -> bool:
    """``clean`` reads as a name safe to quote (:func:`project_words`); ``short=False`` leaves out the length."""
    return bool(
        clean
        and (not short or (len(clean) <= MAX_PROJECT_CHARS and len(clean.split()) <= MAX_PROJECT_WORDS))
        and all(_NAME_WORD.fullmatch(word) for word in clean.split())
        and clean.casefold() not in _GENERIC_SUBJECTS
        and quotable(clean, 10 * MAX_PROJECT_CHARS) == clean.replace("'", "’")
        and unsafe_opening(clean, profile, "") is None
    )


def _thanks(t: gettext.NullTranslations, register: Register, *, returning: bool, lead: str) -> str:
    """The thanks without a project: the freelancer's learned first words, else the catalog's in the register."""
    if lead:  # "Lovely to hear from you," ends here as a sentence
        lead = lead.rstrip(" ,;:")
        return f"{lead[:1].upper()}{lead[1:]}."
    if returning:
        return _by_register(
            register, t.gettext("Thank you for writing again."), t.pgettext("informal", "Thank you for writing again.")
        )
    return _by_register(
        register, t.gettext("Thank you for your message."), t.pgettext("informal", "Thank you for your message.")
    )


def _by_register(register: Register, formal: str, informal: str) -> str:
    """The informal wording (catalog context ``informal``) when the reply uses du/tu/tú/tu/je, else the formal."""
    return informal if register == INFORMAL else formal


def greeting(
    lang: str,
    profile: Profile,
    who: Addressee,
    *,
    register: Register = NEUTRAL,
    learned: Snippet | None = None,
) -> str:
    """``Hallo Miriam,`` or, with *Sie*, ``Guten Tag Miriam Roth,``: the greeting word and the name by register.

    The word is the freelancer's learned one (:mod:`assistant.daemon.voice`), else the profile's for that
    language, else the catalog's for the register. A formal reply greets by the full name, without a title (code
    never knows "Herr" or "Frau"), unless the client called the freelancer by her first name ("Liebe Mara,"), or
    the freelancer greets by first name alone in that register (``Gentile Giulia,``); a title and surname ("Herr
    Hartmann") is used only when the freelancer wrote it to this same person. An organisation gets no name
    (:mod:`assistant.daemon.salutation`).
    """
    t = translator(lang)
    full = who.full or who.first
    if learned is not None:
        word, form = learned.text, learned.form
        name = {"first": who.first, "full": full, "none": ""}.get(form, learned.title or full)
    else:
        own = profile.tone.words(lang).greeting
        if register == FORMAL:
            word, name = own or t.pgettext("formal", "Hello"), who.first if who.on_first_names else full
        elif register == INFORMAL:
            word, name = own or t.pgettext("informal", "Hello"), who.first
        else:
            word, name = own or t.gettext("Hello"), who.first
    return f"{word} {name},".replace(" ,", ",").strip()


def sign_off(lang: str, profile: Profile, learned: Snippet | None = None, register: Register = NEUTRAL) -> str:
    """The closing line and the signature: the freelancer's learned ones, else the profile's, else the catalog's.

    A learned closing brings the signature the freelancer wrote under it ("Mara"), when there was one. The
    catalog's closing follows the register: "Ciao Marta," does not end "Cordiali saluti,".
    """
    words = profile.tone.words(lang)
    if learned is not None:
        return f"{learned.text}\n{learned.form.strip() or words.signature.strip() or profile.name}"
    t = translator(lang)
    closing = words.sign_off or _by_register(
        register, t.gettext("Best regards,"), t.pgettext("informal", "Best regards,")
    )
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
    project: str | None,
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
    questions follow; no "you are asking for 3 × Poster" form line. ``project`` is ``None`` when nothing the
    client wrote reads as a name safe to quote (:func:`project_words`).
    """
    t = translator(lang)
    if project is None:  # nothing that reads as a name to quote back: thank them plainly
        first = _thanks(t, register, returning=returning, lead="" if lead_slot else lead)
    else:
        first = _named_thanks(t, register, project, lead=lead, lead_slot=lead_slot, returning=returning)
    if quoted:  # the quote summary follows, and it says what was priced
        return first
    if service:
        second = t.gettext("Before I can quote for it (%(service)s), I need a few details.") % {"service": service}
    else:
        second = t.gettext("Before I prepare a quote, I need a few details.")
    return f"{first} {second}"


def _named_thanks(
    t: gettext.NullTranslations, register: Register, project: str, *, lead: str, lead_slot: bool, returning: bool
) -> str:
    """The first sentence naming the project: her learned lead when there is one, else the catalog's thanks."""
    values = {"project": project}
    if lead and lead_slot:  # her words lead into the project: "thank you for thinking of me for"
        return t.gettext("%(thanks)s “%(project)s”.") % {"thanks": lead, **values}
    if lead:
        return t.gettext("%(thanks)s about “%(project)s”.") % {"thanks": lead, **values}
    if returning:
        return (
            _by_register(
                register,
                t.gettext("Thank you for writing again, this time about “%(project)s”."),
                t.pgettext("informal", "Thank you for writing again, this time about “%(project)s”."),
            )
            % values
        )
    return (
        _by_register(
            register,
            t.gettext("Thank you for your message about “%(project)s”."),
            t.pgettext("informal", "Thank you for your message about “%(project)s”."),
        )
        % values
    )


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

    def one(sentence: str) -> str:
        if register == INFORMAL and (informal := t.pgettext("informal", sentence)) != sentence:
            return informal
        return translate_formatted(t, sentence, (WHICH_SERVICE, HOW_MANY_OTHER))

    def asked(question: str) -> str:
        """The question as one msgid, else sentence by sentence ("How many posters ...? This quote is for one.")."""
        if (whole := one(question)) != question or "? " not in question:
            return whole
        asking, rest = question.split("? ", 1)
        return f"{one(asking + '?')} {one(rest)}"

    return head + "\n" + "\n".join(f"- {asked(q)}" for q in questions)


def change_order_opening(lang: str, *, project: str | None, brief: str) -> str:
    """The opening of a change order: the message goes beyond the agreed brief, which stands as it is.

    ``project`` and ``brief`` are names safe to quote (:func:`project_words`); ``project`` is ``None`` when the
    new message gave none, and the opening then names only the brief.
    """
    t = translator(lang)
    again = t.gettext("Thank you for writing again, this time about “%(project)s”.") % {"project": project}
    parts = [
        *([again] if project is not None and project.casefold() != brief.casefold() else []),  # then the brief
        t.gettext(
            "What you ask for goes beyond what we agreed for “%(brief)s”, so here is a change order for the "
            "additional work; the agreed quote stands as it is."
        )
        % {"brief": brief},
    ]
    return " ".join(parts)


def unpriced(lang: str, items: Sequence[str], register: Register = NEUTRAL) -> str:
    """New work that no service on the rate card fits (a mug, a tote bag): the freelancer answers it in person."""
    t = translator(lang)
    return _by_register(
        register,
        t.gettext(
            "You also ask about %(items)s. That is not among the services on my rate card, so I will come back to "
            "you about it myself."
        ),
        t.pgettext(
            "informal",
            "You also ask about %(items)s. That is not among the services on my rate card, so I will come back to "
            "you about it myself.",
        ),
    ) % {"items": format_list(list(items), locale=lang)}


def held_by(lang: str, items: Sequence[str], service: str, register: Register = NEUTRAL) -> str:
    """Things asked for that are part of a service the quote is not for (the business cards of a brand identity).

    Said instead of dropping them silently (:func:`assistant.tools.brief_counts.held_elsewhere`); it names the
    service that holds them and offers to quote it, and states no figure of its own.
    """
    t = translator(lang)
    return _by_register(
        register,
        t.gettext(
            "You also mention %(items)s: I offer that as part of “%(service)s”, which this quote does not include. "
            "If you would like it, I will gladly quote that as well."
        ),
        t.pgettext(
            "informal",
            "You also mention %(items)s: I offer that as part of “%(service)s”, which this quote does not include. "
            "If you would like it, I will gladly quote that as well.",
        ),
    ) % {"items": format_list(list(items), locale=lang), "service": service}


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
