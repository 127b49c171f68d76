"""The freelancer profile (``profile.toml``): who they are, what they charge, and what the assistant may do.

Every number the assistant commits to comes from here or from past projects, never from the model. Money is
``Decimal`` (TOML strings or numbers both work); percentages are written as percent (``19`` means 19 %).
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant import locations
from assistant.addresses import ascii_spelling
from assistant.errors import ProfileError, format_validation_error

Money = Decimal


class _Strict(BaseModel):
    """A profile table; unknown keys are typos and are refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Service(_Strict):
    """One service on the rate card."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    """Short key, e.g. ``logo`` or ``book-illustration``."""
    name: str
    description: str = ""
    unit: str = "project"
    """What one quantity is: ``project``, ``illustration``, ``spread``, ``page``."""
    hours_per_unit: Decimal = Field(gt=0)
    """Default hours for one unit when no similar past project exists."""
    floor: Money = Field(ge=0)
    """Hard price floor for one order of this service, before tax. No quote goes below it."""
    unit_price: Money | None = Field(default=None, ge=0)
    """A fixed price per unit instead of hours x rate, if the freelancer prices it that way."""
    included_revisions: int = Field(default=2, ge=0)
    revision_hours: Decimal = Field(default=Decimal("1.5"), ge=0)
    """Hours for one revision round beyond the included ones."""
    lead_days: int = Field(ge=0)
    """Normal lead time in days. A shorter deadline is a rush."""
    min_lead_days: int = Field(ge=0)
    """Absolute minimum lead time, even with rush. No deadline is ever promised below it."""
    keywords: tuple[str, ...] = ()
    """Words that point an inquiry to this service (``mascot``, ``character``)."""
    extras: dict[str, int] = Field(default_factory=dict)
    """Parts quoted as extra units when an inquiry for this service names them: ``{cover = 1}`` prices a book's
    cover as one more spread."""
    includes: tuple[str, ...] = ()
    """Other services this one holds (``brand-identity`` includes ``logo``): when an inquiry asks for both,
    only this one is quoted, so the client is never charged twice for the same work."""
    covers: tuple[str, ...] = ()
    """What an order of this service holds, in the words clients use in any language (``business cards``,
    ``charte graphique``): the quote's line for it lists those an inquiry names, with the keywords of the
    services it ``includes``, so the client reads what the line covers."""
    names: dict[str, str] = Field(default_factory=dict)
    """The service's name in other languages (``names = { es = "Diseño de envases" }``), for the client's views of
    a quote in that language (mail, PDF, HTML); any other language gets ``name``. Keys are ISO 639-1 codes."""
    ask: dict[str, str] = Field(default_factory=dict)
    """The first question the freelancer asks about this service, by language (``ask = { en = "A wordmark or a
    picture mark?" }``), in words that need no du/Sie: a reply with a quote asks it instead of the generic
    questions, as her own replies ask one thing about the work. A language not listed asks the generic ones."""

    @model_validator(mode="after")
    def _lead_times_ordered(self) -> Service:
        if self.min_lead_days > self.lead_days:
            raise ValueError("min_lead_days must not exceed lead_days")
        return self

    @field_validator("names", "ask")
    @classmethod
    def _names_by_language(cls, names: dict[str, str]) -> dict[str, str]:
        for lang, name in names.items():
            if not re.fullmatch(r"[a-z]{2}", lang):
                raise ValueError(f"{lang!r} is not a language code: use two lower-case letters (ISO 639-1), e.g. es")
            if not name.strip():
                raise ValueError(f"the {lang} name is empty")
        return {lang: name.strip() for lang, name in names.items()}

    def name_in(self, lang: str) -> str:
        """The service's name for a client who reads ``lang``: the freelancer's own for it, else ``name``."""
        return self.names.get(lang) or self.name


class Tax(_Strict):
    """Sales tax or VAT."""

    name: str = "VAT"
    rate_percent: Decimal = Field(default=Decimal(0), ge=0, le=100)
    inclusive: bool = False
    """True when rate-card prices already include the tax."""


class Payment(_Strict):
    """Deposit, payment terms and quote validity."""

    deposit_percent: Decimal = Field(default=Decimal(50), ge=0, le=100)
    deposit_due_days: int = Field(default=7, ge=0)
    terms_days: int = Field(default=14, ge=0)
    """Days to pay the balance after delivery."""
    quote_validity_days: int = Field(default=30, ge=1)
    terms_text: str = ""
    """Payment terms as printed on quotes."""
    terms_texts: dict[str, str] = Field(default_factory=dict)
    """The same terms in other languages (``[payment.terms_texts]``, ``de = "..."``), for a quote written in that
    language; any other language gets ``terms_text`` as written."""

    def terms_in(self, lang: str) -> str:
        """The payment terms for a quote in ``lang``: the freelancer's own words for it, else ``terms_text``."""
        return self.terms_texts.get(lang) or self.terms_text


class Rush(_Strict):
    """How a deadline shorter than the normal lead time is priced."""

    multiplier: Decimal = Field(default=Decimal("1.5"), ge=1)


class Discounts(_Strict):
    """Standing discounts."""

    returning_client_percent: Decimal = Field(default=Decimal(0), ge=0, le=50)


class ToneWords(_Strict):
    """The freelancer's own words for one language; an empty field falls back to the catalog's."""

    greeting: str = ""
    sign_off: str = ""
    signature: str = ""
    ai_disclosure: str = ""


class Tone(_Strict):
    """How the freelancer writes."""

    notes: str = ""
    """Free text for the model: register, habits, words to avoid."""
    language: str = "en"
    """The language ``greeting``, ``sign_off`` and ``ai_disclosure`` below are written in (ISO 639-1)."""
    greeting: str = "Hi"
    sign_off: str = ""
    signature: str = ""
    ai_disclosure: str = ""
    """Disclosure added to every auto-sent mail; empty means the catalog's honest default."""
    languages: dict[str, ToneWords] = Field(default_factory=dict)
    """Own words per language (``[tone.languages.de]``), for replies written in that language."""

    def words(self, lang: str) -> ToneWords:
        """The freelancer's words for a reply in ``lang``; fields left empty are the catalog's to fill.

        The signature (a name and a studio) is kept in every language unless that language gives its own.
        """
        base = (
            ToneWords(greeting=self.greeting, sign_off=self.sign_off, ai_disclosure=self.ai_disclosure)
            if lang == self.language
            else ToneWords()
        )
        own = self.languages.get(lang, ToneWords())
        return ToneWords(
            greeting=own.greeting or base.greeting,
            sign_off=own.sign_off or base.sign_off,
            signature=own.signature or self.signature,
            ai_disclosure=own.ai_disclosure or base.ai_disclosure,
        )


class Faq(_Strict):
    """A question clients often ask, with the freelancer's answer."""

    question: str
    answer: str


class Handoff(_Strict):
    """When the daemon must stop and hand the inquiry to the freelancer with a summary."""

    budget_over: Money | None = None
    """Inquiries whose stated or quoted budget exceeds this go to the freelancer."""
    on_rush: bool = True
    on_custom_pricing: bool = True
    on_angry_tone: bool = True


class AutoReply(_Strict):
    """What the daemon may send without approval."""

    mode: Literal["draft", "auto", "shadow"] = "draft"
    allow_prices: bool = False
    """In ``auto`` mode, may a reply with a price go out alone (only if it respects the floors)?"""
    allow_dates: bool = False
    """In ``auto`` mode, may a reply with a date go out alone (only if it respects the lead times)?"""
    followup_days: int = Field(default=5, ge=1)
    """Days without an answer before a polite follow-up is drafted."""
    max_per_sender_per_day: int = Field(default=3, ge=1)
    max_per_hour: int = Field(default=20, ge=1)


class TriageSettings(_Strict):
    """How sure the daemon must be before it drafts, and what it does with work that is not on the rate card.

    The defaults were measured on the evaluation mail (``benchmarks/eval_reading.py``): raise ``draft_confidence``
    to draft less often (more inquiries go to you to read), lower it to draft more.
    """

    draft_confidence: float = Field(default=0.3, ge=0, le=1)
    """An inquiry read with less confidence than this is not drafted: it is shown to you to read (notify)."""
    auto_send_confidence: float = Field(default=0.6, ge=0, le=1)
    """In ``auto`` mode, a reply goes out alone only when triage read its mail at least this surely; a less sure
    reading waits for your approval, whatever the reply holds."""
    phishing_confidence: float = Field(default=0.45, ge=0, le=1)
    """Mail the example bank reads as sales or phishing with at least this confidence is never answered."""
    not_inquiry_confidence: float = Field(default=0.5, ge=0, le=1)
    """Mail the learned reader (``assistant/reading/mail_kind.py``) reads as not for you, sales or phishing, or
    automated with at least this probability is never drafted, whatever the rules read (1 turns it off). On the
    cross-validation of ``benchmarks/eval_mail_kind.py`` 0.4 and 0.5 lose no more inquiries than 0.6 and 0.4 stops
    five more non-inquiries; 0.5 because below it the reader is wrong two times in five, and sales is ignored."""
    short_mail_confidence: float = Field(default=0.8, ge=0, le=1)
    """Mail under 20 words the learned reader reads as sales or phishing, or automated, with at least this
    probability is never drafted (1 turns it off). Chosen by the cross-validation: 0.6 to 0.8 stop as many lures
    and lose no inquiry; "not for me" is not decided there, since in a short mail it costs inquiries."""
    off_card_confidence: float = Field(default=0.5, ge=0, le=1)
    """A request the rules read as an inquiry is off the rate card when the learned reader reads it so with at
    least this probability and it asks for no service of the card besides the client's own things ("a mural of
    your poster"). On the cross-validation 0.5 stops 24 of 28 such requests from being quoted for 4 inquiries."""
    inquiry_confidence: float = Field(default=0.9, ge=0, le=1)
    """A mail the rules find no request in is still an inquiry when the learned reader reads one with at least
    this probability (1 turns it off); below 0.9 it answers more non-inquiries than it finds inquiries."""
    off_card: Literal["decline", "handoff", "notify"] = "decline"
    """Work outside the rate card: a polite code-written decline (held for approval like any draft), a hand-off
    to you with a summary, or only a notice."""
    budget_floor_share: Decimal = Field(default=Decimal("0.5"), ge=0, le=1)
    """A stated budget under this share of the service's floor is "far below": the reply names the floor."""
    on_low_budget: Literal["name", "handoff"] = "name"
    """A budget far below the floor: name the floor in the reply, or hand the inquiry to you."""


class ClientContact(_Strict):
    """A known client and the addresses their mail comes from.

    The daemon scopes memory by this: mail from one of these addresses (or domains) sees that client's history,
    and any other sender sees only their own mail and the public portfolio.
    """

    name: str = Field(min_length=1)
    """The client's name as briefs' front matter writes it (``client: Acme``)."""
    emails: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    """Mail domains that belong only to this client (never a shared provider like gmail.com)."""

    @field_validator("emails", "domains")
    @classmethod
    def _ascii_spellings(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        """Kept in the spelling the daemon reads senders in: "bäckerei.example" as its IDNA "xn--" form."""
        return tuple(ascii_spelling(value) for value in values)


class Style(_Strict):
    """Protection of the freelancer's work in style samples."""

    free_samples_per_client: int = Field(default=2, ge=0)
    licence: str = "Preview only. Not licensed for any use until purchased."
    watermark: str = ""
    """Watermark text; empty means the freelancer's name."""


class Retention(_Strict):
    """How long the daemon keeps what clients wrote."""

    inquiry_days: int | None = Field(default=None, ge=1)
    """Keep an inquiry's body this many days after it came in, then only its headers and outcome (None: keep)."""


class Profile(_Strict):
    """The whole freelancer profile."""

    name: str = Field(min_length=1)
    business: str = ""
    email: str = ""
    website: str = ""
    location: str = ""
    currency: str = Field(default="EUR", pattern=r"^[A-Z]{3}$")
    locale: str = "en"
    """Locale for formatting money and dates, e.g. ``de_DE`` or ``en_IE``."""
    timezone: str = "UTC"
    hourly_rate: Money = Field(gt=0)
    minimum_fee: Money = Field(default=Decimal(0), ge=0)
    """No order of any service is quoted below this, before tax."""
    private_notes: str = ""
    """Private pricing notes. They guide the freelancer and never leave the machine."""
    services: tuple[Service, ...] = Field(min_length=1)
    tax: Tax = Tax()
    payment: Payment = Payment()
    rush: Rush = Rush()
    discounts: Discounts = Discounts()
    tone: Tone = Tone()
    faqs: tuple[Faq, ...] = ()
    handoff: Handoff = Handoff()
    auto_reply: AutoReply = AutoReply()
    triage: TriageSettings = TriageSettings()
    retention: Retention = Retention()
    style: Style = Style()
    clients: tuple[ClientContact, ...] = ()

    @field_validator("services")
    @classmethod
    def _unique_ids(cls, services: tuple[Service, ...]) -> tuple[Service, ...]:
        ids = [s.id for s in services]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate service id {', '.join(duplicates)}")
        unknown = sorted({i for s in services for i in s.includes if i not in ids})
        if unknown:
            raise ValueError(f"a service includes an unknown service id: {', '.join(unknown)}")
        return services

    def client_for(self, address: str) -> str:
        """The client name that mail from ``address`` belongs to, or the address itself for an unknown sender."""
        folded = address.strip().casefold()
        domain = folded.rsplit("@", 1)[-1] if "@" in folded else ""
        for contact in self.clients:
            if folded in {email.casefold() for email in contact.emails}:
                return contact.name
        for contact in self.clients:
            if domain and domain in {d.casefold().lstrip("@") for d in contact.domains}:
                return contact.name
        return folded

    def service_names_in(self, lang: str) -> dict[str, str]:
        """The rate card's names that the profile gives in ``lang``, by the card's own name.

        This is what a quote in ``lang`` carries as :attr:`~assistant.tools.quote_models.Quote.service_names`.
        """
        return {s.name: s.names[lang] for s in self.services if lang in s.names}

    def service(self, service_id: str) -> Service:
        """The service with this id, or :class:`ProfileError` listing the known ones."""
        for service in self.services:
            if service.id == service_id:
                return service
        known = ", ".join(s.id for s in self.services)
        raise ProfileError(f"unknown service {service_id!r}", hint=f"Known services: {known}.")


def load_profile(path: Path | None = None) -> Profile:
    """Read and validate ``profile.toml``, or raise :class:`ProfileError` with the file, field and reason."""
    path = path or locations.profile_file()
    if not path.exists():
        raise ProfileError(f"{path}: no profile found", hint="Run `atelier init` to write a starter profile.")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: not valid TOML: {exc}", hint="Fix the file and try again.") from exc
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        raise ProfileError(format_validation_error(str(path), exc), hint="Fix that field in the profile.") from exc
