"""Drafting replies: plan in code, then let the model phrase one paragraph.

The plan is fixed by code, never by the inquiry: read a brief (:func:`assistant.tools.brief.draft_brief`), price
it (:func:`assistant.tools.quote_text.quote_from_text`) when the service is clear, list the open questions, and
ask the model only for a short opening paragraph in the freelancer's tone. Numbers and dates are rendered by
code into ``Draft.quote_block``; the policy gate allows them nowhere else. Memory is read only through the
``client_history`` and ``similar_projects`` callables that the caller scopes to this one client.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Protocol

from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from assistant import i18n, prompts
from assistant.daemon import wording
from assistant.daemon.change_order import UNPRICED_REASON, AgreedBrief, change_order_draft
from assistant.daemon.feedback import Revision, first_sentence, in_reply_language
from assistant.daemon.identity import reply_subject
from assistant.daemon.learning import Rules, follow_rules
from assistant.daemon.models import Draft, DraftKind, QuoteLine, Triage, ledger_key
from assistant.daemon.policy import handoff_reasons
from assistant.daemon.salutation import addressee, her_first_name
from assistant.daemon.samples import HANDOFF_REASON, SampleQuota, asks_for_samples, quota_paragraph
from assistant.daemon.screen import unsafe_opening
from assistant.daemon.voice import (
    INFORMAL,
    NEUTRAL,
    NO_VOICE,
    Register,
    Voice,
    VoiceBook,
    read_register,
    unknown_register,
)
from assistant.errors import ModelError, ToolError
from assistant.mail.message import InboundMessage
from assistant.mail.text import display_name, quotable
from assistant.memory.models import PastProject
from assistant.profile import Profile
from assistant.prose import Prose, prose_allowed
from assistant.reading.language import detect_language
from assistant.reading.scope import mask_merch, merch_asked
from assistant.reading.services import ServiceReader
from assistant.tools.brief import DEADLINE_QUESTION, draft_brief
from assistant.tools.brief_counts import count_questions
from assistant.tools.brief_dates import low_budget_handoff, priced_items, reply_notes
from assistant.tools.brief_models import Brief, Inquiry
from assistant.tools.brief_render import render_markdown
from assistant.tools.quote_models import Quote
from assistant.tools.quote_render import localised, to_text
from assistant.tools.quote_text import quote_from_text
from assistant.tools.scope_check import check_scope

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

ClientHistory = Callable[[str, str, int], Sequence[str]]
"""``(client key, query, k) -> snippets`` from that client's own history only."""
SimilarProjectsFor = Callable[[str], Callable[[str, str, int], Sequence[PastProject]]]
Numbering = Callable[[Quote, str], Quote]
"""``(quote, inquiry key) -> quote`` under its number in the quote store (:meth:`QuoteStore.save` with ``ref``)."""
"""``client key -> similar_projects`` callable for the quote tool, scoped to that client."""
MAX_QUESTIONS = 4
QUOTED_QUESTIONS = 2
"""Questions a reply with a quote asks at most, besides a count or a date it must ask (:func:`with_a_quote`)."""
MIN_OPENING_WORDS = 5
"""A shorter opening from the model (a tiny model sometimes writes "...") is replaced by the template."""


class Drafter(Protocol):
    """Anything that turns an inquiry into a :class:`Draft`."""

    def draft(self, inquiry: InboundMessage, triage: Triage, *, today: dt.date) -> Draft:
        """Draft a reply to ``inquiry``."""
        ...

    def followup(self, inquiry: InboundMessage, previous_body: str, *, today: dt.date) -> Draft:
        """Draft a polite follow-up to a reply that got no answer."""
        ...


class Opening(BaseModel):
    """What the model may contribute: one short paragraph of prose."""

    opening: str = Field(default="", max_length=700)


def _has_figure(text: str) -> bool:
    return any(c.isdigit() for c in text)


class ToolDrafter:
    """The real drafter: brief and quote tools, the profile's tone, and the model for one paragraph."""

    def __init__(
        self,
        profile: Profile,
        model: BaseChatModel | None,
        *,
        client_history: ClientHistory | None = None,
        similar_projects_for: SimilarProjectsFor | None = None,
        sample_quota: SampleQuota | None = None,
        services: ServiceReader | None = None,
        agreed_brief: AgreedBrief | None = None,
        opening_languages: Collection[str] = (i18n.FALLBACK,),
        prose: Prose = "auto",
        rules: Rules | None = None,
        numbering: Numbering | None = None,
        voice: VoiceBook | None = None,
    ) -> None:
        """Keep the dependencies; ``model=None`` drafts from templates only.

        ``numbering`` gives a quote its number from the quote store, one per inquiry (``(quote, inquiry key) ->
        numbered quote``); without it a quote keeps its provisional number (shadow mode, where nothing is sent).
        The key is the ledger's (Message-ID and content hash), never the Message-ID alone: a stranger may write a
        client's Message-ID into their own mail, and would then be answered with that client's (accepted) quote.

        ``opening_languages``: the reply languages the model may phrase the opening in (``[model]
        opening_languages``); in any other the catalog's opening is kept. It phrases none where ``prose`` (``[model]
        prose``, :mod:`assistant.prose`) keeps it from writing free sentences: asked, the bundled 135M model mostly
        echoes the subject ("Mascot for our board game"), so under ``auto`` code writes its openings. ``rules``
        reads the freelancer's accepted rules for each draft (:mod:`assistant.daemon.learning`). ``voice`` holds
        the greetings, first words and sign-offs learned from the Sent folder (:mod:`assistant.daemon.voice`);
        without it, or where it learned nothing for the language and register, the profile and the catalogs
        speak.

        ``sample_quota`` reads a client's free style samples left; with it, a mail asking for samples gets a
        paragraph stating them and is handed off to the freelancer (nothing is ever generated from mail).
        ``services`` reads which services an inquiry asks for (past briefs vote; rate-card keywords otherwise).
        ``agreed_brief`` finds the brief a sender's client agreed to (:mod:`assistant.daemon.change_order`): a mail
        from that client is checked against it, and what it asks beyond it gets a change order.
        """
        self.services = services
        self.agreed_brief = agreed_brief
        self.opening_languages = frozenset(opening_languages if model and prose_allowed(prose, model) else ())
        self.profile = profile
        self.model = model
        self.client_history = client_history
        self.similar_projects_for = similar_projects_for
        self.sample_quota = sample_quota
        self.rules = rules or (lambda: ())
        self.numbering = numbering
        self.voice = voice

    def _register(self, msg: InboundMessage, lang: str) -> Register:
        """How the client addresses the freelancer: their mail, else their history, else formal (the catalogs')."""
        found = read_register(lang, [msg.body], her_name=her_first_name(self.profile))
        if found is None and self.client_history is not None:
            history = self.client_history(msg.sender, msg.subject, 3)
            found = read_register(lang, history, her_name=her_first_name(self.profile))
        return found or unknown_register(lang)

    def _voice(self, msg: InboundMessage, lang: str, kind: str) -> tuple[Register, Voice]:
        """The reply's register, and the learned words nearest to this inquiry in that language and register."""
        register = self._register(msg, lang)
        if self.voice is None:
            return register, NO_VOICE
        return register, self.voice.choose(lang, register, kind, f"{msg.subject}\n{msg.body}", msg.sender)

    def _samples(self, msg: InboundMessage) -> list[str]:
        """The quota paragraph, when the message asks for samples and the quota can be read."""
        if self.sample_quota is None or not asks_for_samples(f"{msg.subject}\n{msg.body}"):
            return []
        left, quota = self.sample_quota(self.profile.client_for(msg.sender))
        return [quota_paragraph(left, quota)]

    def _inquiry(self, msg: InboundMessage) -> Inquiry:
        """The brief tool's input; merch is masked, so a tote bag's "bag" is never priced as packaging."""
        return Inquiry(
            text=mask_merch(msg.body or msg.subject or "(empty)"),
            subject=msg.subject,
            sender_name=msg.sender_name,
            sender_email=msg.sender,
            sent=msg.date.date() if msg.date else None,
            message_id=msg.message_id,
        )

    def _opening(self, msg: InboundMessage, situation: str, fallback: str, lang: str) -> str:
        """The model's paragraph where one is configured for the reply's language; else ``fallback``.

        The prompt names the language; a paragraph the screens refuse, or one not written in that language (a
        model answering a German client in English), is replaced by ``fallback``.
        """
        if self.model is None or lang not in self.opening_languages:
            return fallback
        history = self.client_history(msg.sender, msg.subject, 3) if self.client_history else ()
        system = prompts.render(
            "daemon_reply_system",
            name=self.profile.name,
            tone=self.profile.tone.notes.strip() or "friendly and brief",
            language=i18n.language_name(lang),
            rules="\n".join(f"- {rule[:300]}" for rule in self.rules()) or "- (none)",
        )
        user = prompts.render(
            "daemon_reply_user",
            situation=situation,
            subject=msg.subject[:200],
            inquiry=msg.body[:1500],
            history="\n".join(f"- {h[:300]}" for h in history) or "(none)",
        )
        try:
            got = prompts_structured(self.model, system, user)
        except ModelError:
            return fallback
        text = " ".join(got.opening.split())
        words = [w for w in text.split() if any(c.isalpha() for c in w)]
        if len(words) < MIN_OPENING_WORDS or unsafe_opening(text, self.profile, system):
            return fallback
        if lang != i18n.FALLBACK and detect_language(text) != lang:
            return fallback
        return text

    def _compose(
        self,
        msg: InboundMessage,
        lang: str,
        opening: str,
        middle: Sequence[str],
        revision: Revision | None = None,
        *,
        words: tuple[Register, Voice] = (NEUTRAL, NO_VOICE),
    ) -> str:
        """Greeting, opening, what the freelancer asked to mention, the middle, sign-off; with the accepted rules.

        ``words``: the reply's register and the freelancer's learned words (:meth:`_voice`).
        """
        register, voice = words
        said = in_reply_language(revision.mentions, lang)[0] if revision is not None else []
        mentions = [" ".join(said)] if said else []
        hello = wording.greeting(
            lang, self.profile, addressee(msg, her_first_name(self.profile)), register=register, learned=voice.greeting
        )
        parts = [hello, wording.after_greeting(lang, hello, opening.strip()), *mentions, *middle]
        parts.append(wording.sign_off(lang, self.profile, voice.closing, register))
        parts = follow_rules([p.strip() for p in parts if p.strip()], self.rules(), lang)
        return i18n.typeset(lang, "\n\n".join(parts)) + "\n"  # the freelancer's and the model's words too

    def _language(self, msg: InboundMessage) -> tuple[str, str]:
        """The reply's language, and a note for the inbox when the client's has no catalog."""
        found = detect_language(f"{msg.subject}\n{msg.body}")
        lang = i18n.reply_language(found)
        if found is None or found == lang:
            return lang, ""
        return lang, f"the client wrote in {i18n.language_name(found)}; no catalog for it, so the reply is in English"

    def draft(
        self,
        inquiry: InboundMessage,
        triage: Triage,
        *,
        today: dt.date,
        instruction: str = "",
        revision: Revision | None = None,
    ) -> Draft:
        """Plan in code: a quote when the service and quantity are read, else questions; in the client's language.

        ``instruction`` is the freelancer's own word on what to say (from chat); it only shapes the opening.
        ``revision`` is their feedback on an earlier draft of it (:mod:`assistant.daemon.feedback`).
        A client with an agreed brief on record gets a change order for whatever the mail asks beyond it, or
        the acknowledgement when it asks for nothing new (:meth:`_about_agreed`).
        A returning client (``Triage.CLIENT``) whose mail starts a new thread or asks for new work gets the same
        reply as a new one, with prices from their own history; only an answer in a thread with no new work in
        it gets an acknowledgement.
        """
        subject = reply_subject(inquiry.subject)
        samples = self._samples(inquiry)
        lang, language_note = self._language(inquiry)
        agreed = self.agreed_brief(inquiry.sender) if self.agreed_brief is not None else None
        if agreed is not None:
            return self._about_agreed(
                inquiry, agreed, lang, language_note, samples, today=today, instruction=instruction
            )
        try:
            brief = draft_brief(self._inquiry(inquiry), self.profile, None, today=today, services=self.services)
        except ToolError as exc:
            raise ToolError(f"cannot read the inquiry: {exc}") from exc
        if triage is Triage.CLIENT and inquiry.in_reply_to and not (brief.service and brief.deliverables):
            return self._acknowledgement(inquiry, lang, language_note, samples, revision)
        similar = self.similar_projects_for(inquiry.sender) if self.similar_projects_for else None
        quote_block = ""
        quoted_names: list[str] = []
        quote: Quote | None = None
        quotes: tuple[QuoteLine, ...] = ()
        held: dict[str, tuple[str, ...]] = {}  # service name: what the client asked of it, not quoted
        rush: tuple[str, ...] = ()
        questions = list(brief.open_questions)
        if brief.service and brief.deliverables:
            kwargs = {"similar_projects": similar} if similar else {}
            drafted = quote_from_text(
                self._inquiry(inquiry), self.profile, None, today=today, services=self.services, **kwargs
            )
            if drafted.quote is not None:
                quote = localised(drafted.quote, lang, self.profile)  # their language, their numbers
                # "ein Logo und Visitenkarten": where the cards went is said in the reply (the PDF notes it too)
                held = {
                    self.profile.service(sid).name_in(lang): items
                    for sid, items in drafted.held.items()  # read once, by the quote tool, which notes it too
                }
                if self.numbering is not None:  # keyed like the ledger: a Message-ID alone is the sender's word
                    quote = self.numbering(quote, ledger_key(inquiry.message_id, inquiry.content_hash))
                quoted_names = [self.profile.service(s).name_in(lang) for s in quote.services]
                informal = self._register(inquiry, lang) == INFORMAL
                notes = reply_notes(brief, quote, self.profile, lang, informal=informal)  # budget, rush, date
                items = priced_items(quote, self.profile, lang)
                quote_block = to_text(quote, items, informal=informal, price_notes=notes.price, date_notes=notes.date)
                if low_budget_handoff(brief, self.profile, quote):
                    rush = (*rush, "budget far below the floor")
                if quote.rush and self.profile.handoff.on_rush:  # the date asked for is under the normal lead time
                    rush = (*rush, "rush request")
                quotes = (
                    QuoteLine(
                        services=tuple(quote.services), amount=quote.option("target").net, deadline=quote.delivery_date
                    ),
                )
                # a question that states a figure ("Without a date I plan delivery for ...") would put a date
                # outside the quote block, in English: the summary states it; ask the plain question instead
                questions = [q for q in drafted.questions if "?" in q and not _has_figure(q)] or questions
                # a service asked for whose count could not be read is not in the quote: ask, never guess it
                questions = [*(q for q in count_questions(brief, self.profile) if q not in questions), *questions]
                if brief.deadline is None and DEADLINE_QUESTION not in questions:
                    questions.insert(0, DEADLINE_QUESTION)
                questions = [q for q in questions if "budget" not in q.lower()]
                must = {*count_questions(brief, self.profile), DEADLINE_QUESTION}
                questions = with_a_quote(questions, self.profile.service(quote.services[0]).ask.get(lang), must)
        shorter = revision is not None and revision.shorter  # "shorter": half the questions, at least one
        questions = questions[: max(1, len(questions) // 2) if shorter else MAX_QUESTIONS]
        kind = DraftKind.QUOTE if quote_block else DraftKind.CLARIFYING
        words = self._voice(inquiry, lang, "quote" if quote_block else "questions")
        # the mail reader sends a client's new work on as an inquiry; the directory still says who they are
        returning = triage is Triage.CLIENT or self.profile.client_for(inquiry.sender) != inquiry.sender
        client = "a returning client" if returning else "a new client"
        situation = (
            f"{client} asked for a quote; a computed quote follows your paragraph"
            if quote_block
            else f"{client} wrote; questions follow your paragraph"
        )
        if instruction.strip():
            situation += f"; the freelancer wants the reply to say: {instruction.strip()[:300]}"
        code_opening = self._code_opening(inquiry, brief, lang, quoted=quoted_names, returning=returning, words=words)
        opening = self._opening(inquiry, situation, code_opening, lang)
        if revision is not None and revision.shorter:
            opening = first_sentence(opening)
        middle = []
        if quote_block:
            middle.append(quote_block)
            middle.extend(wording.held_by(lang, items, service, words[0]) for service, items in held.items())
        if questions:
            middle.append(wording.questions_block(lang, questions, words[0]))
        merch = merch_asked(inquiry.body)
        if merch:
            middle.append(wording.unpriced(lang, merch, words[0]))
            rush = (*rush, UNPRICED_REASON.format(items=", ".join(merch)))
        middle.extend(samples)
        if samples:
            rush = (*rush, HANDOFF_REASON)
        body = self._compose(inquiry, lang, opening, middle, revision, words=words)
        draft = Draft(
            kind=kind,
            subject=subject,
            body=body,
            quotes=quotes,
            questions=tuple(questions),
            quote_block=quote_block,
            quote=quote if quote_block else None,
            language=lang,
            brief_markdown=render_markdown(brief, self.profile.locale),
            handoff_reasons=rush,
        )
        reasons = handoff_reasons(self.profile, inquiry, draft)
        who = display_name(inquiry.sender_name) or inquiry.sender
        summary = (
            f"{who} <{inquiry.sender}>: {quotable(inquiry.subject, 100)}\n"
            f"service: {brief.service or 'unclear'}; deadline: {brief.deadline or 'not given'}; "
            f"budget: {brief.budget.amount if brief.budget else 'not given'}; reply in {i18n.language_name(lang)}"
            + (f"\n{language_note}" if language_note else "")
        )
        return draft.model_copy(update={"handoff_reasons": tuple(reasons), "summary": summary})

    def _acknowledgement(
        self,
        inquiry: InboundMessage,
        lang: str,
        language_note: str,
        samples: list[str],
        revision: Revision | None = None,
    ) -> Draft:
        """A client's mail that asks for nothing new: it arrived, and the freelancer answers in person."""
        words = self._voice(inquiry, lang, "other")
        fallback = wording.acknowledgement(lang, words[0])
        opening = self._opening(
            inquiry, "an existing client wrote again; acknowledge and say I will answer", fallback, lang
        )
        if revision is not None and revision.shorter:
            opening = first_sentence(opening)
        note = f"\n{language_note}" if language_note else ""
        return Draft(
            kind=DraftKind.ACKNOWLEDGEMENT,
            subject=reply_subject(inquiry.subject),
            body=self._compose(inquiry, lang, opening, samples, revision, words=words),
            language=lang,
            summary=f"{inquiry.sender} wrote again: {quotable(inquiry.subject, 80)}{note}",
            handoff_reasons=(HANDOFF_REASON,) if samples else (),
        )

    def _about_agreed(
        self,
        inquiry: InboundMessage,
        agreed: Brief,
        lang: str,
        language_note: str,
        samples: list[str],
        *,
        today: dt.date,
        instruction: str = "",
    ) -> Draft:
        """A client with an agreed brief: a change order for what the mail asks beyond it, else the acknowledgement.

        The scope check reads by code only here (no model): a stranger's words never reach a price through it.
        """
        similar = self.similar_projects_for(inquiry.sender) if self.similar_projects_for else None
        kwargs = {"similar_projects": similar} if similar else {}
        check = check_scope(agreed, inquiry.body or inquiry.subject, self.profile, None, today=today, **kwargs)
        if check.in_scope:
            return self._acknowledgement(inquiry, lang, language_note, samples)
        project = wording.project_words(inquiry.subject, self.profile, agreed.title)
        situation = "an existing client asked for more than the agreed brief; a computed change order follows"
        if instruction.strip():
            situation += f"; the freelancer wants the reply to say: {instruction.strip()[:300]}"
        draft = change_order_draft(
            check,
            agreed,
            self.profile,
            lang,
            subject=reply_subject(inquiry.subject),
            project=project,
            informal=self._register(inquiry, lang) == INFORMAL,
            compose=lambda opening, middle: self._compose(
                inquiry,
                lang,
                self._opening(inquiry, situation, opening, lang),
                [*middle, *samples],
                words=self._voice(inquiry, lang, "quote"),
            ),
        )
        extra = (HANDOFF_REASON,) if samples else ()
        note = f"\n{language_note}" if language_note else ""
        draft = draft.model_copy(
            update={"handoff_reasons": (*draft.handoff_reasons, *extra), "summary": draft.summary + note}
        )
        return draft.model_copy(update={"handoff_reasons": tuple(handoff_reasons(self.profile, inquiry, draft))})

    def _code_opening(
        self,
        msg: InboundMessage,
        brief: Brief,
        lang: str,
        *,
        quoted: Sequence[str],
        returning: bool,
        words: tuple[Register, Voice],
    ) -> str:
        """The opening from what was read: the client's name for the project and the service, in their register.

        ``quoted`` names the services the quote prices (they win over the brief's reading when there is one).
        The freelancer's learned first words lead it when there are any (``words``, from :meth:`_voice`).
        """
        service = ", ".join(quoted) or (self.profile.service(brief.service).name_in(lang) if brief.service else "")
        register, voice = words
        return wording.opening(
            lang,
            project=wording.project_words(msg.subject, self.profile),
            service=service or None,
            quoted=bool(quoted),
            returning=returning,
            register=register,
            lead=voice.lead.text if voice.lead is not None else "",
            lead_slot=voice.lead is not None and voice.lead.form == "slot",
        )

    def followup(self, inquiry: InboundMessage, previous_body: str, *, today: dt.date) -> Draft:
        """A short, polite nudge; it states no price or date of its own."""
        lang, _ = self._language(inquiry)
        words = self._voice(inquiry, lang, "other")
        first, second = wording.followup(lang, words[0])
        body = self._compose(inquiry, lang, first, [second], words=words)
        return Draft(
            kind=DraftKind.FOLLOWUP,
            language=lang,
            subject=reply_subject(inquiry.subject),
            body=body,
            summary=f"follow-up to {inquiry.sender}",
        )


def with_a_quote(questions: Sequence[str], ask: str | None, must: Collection[str]) -> list[str]:
    """The questions a reply with a quote asks: what it must, then her own question about the service first.

    What it must ask is a count or the date (``must``); the rest fill up to :data:`QUOTED_QUESTIONS` in all,
    the freelancer's own question (``[[services]] ask``) leading. Her replies carry a price and one or two
    questions about the work; three generic ones under a quote read like a form. Without a quote the questions
    are what the reply is for, and all are asked.
    """
    needed = [q for q in questions if q in must]
    rest = [*([ask] if ask else []), *(q for q in questions if q not in must)]
    return needed + rest[: max(0, QUOTED_QUESTIONS - len(needed))]


def prompts_structured(model: BaseChatModel, system: str, user: str) -> Opening:
    """Ask the model for the opening paragraph (JSON ``{"opening": ...}``)."""
    from assistant.llm import structured_output

    return structured_output(model, [SystemMessage(system), HumanMessage(user)], Opening, max_tokens=200)
