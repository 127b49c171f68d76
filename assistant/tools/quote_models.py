"""Schemas of the quote tool: what is asked for (:class:`QuoteRequest`) and what is sent (:class:`Quote`).

A ``Quote`` is self-contained: it carries the issuer, the currency and the locale, so it can be rendered, stored
and re-rendered later without the profile it was computed from.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.artifacts import Artifact

QuoteStatus = Literal["draft", "sent", "accepted", "expired"]
OptionName = Literal["minimum", "target", "premium"]
LineKind = Literal["work", "revisions", "rush", "floor", "expense"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Deliverable(_Model):
    """Something the client receives, and how many of it."""

    description: str = Field(min_length=1, max_length=300)
    quantity: int = Field(default=1, ge=1, le=10_000)
    service: str | None = None
    """Service id that prices it; empty means the request's service."""
    covers: tuple[str, ...] = ()
    """What the client named of what it holds, as the profile spells it (``[[services]] covers``)."""


class Expense(_Model):
    """A cost passed on to the client at cost (printing, stock licences, travel). Never discounted."""

    description: str = Field(min_length=1, max_length=200)
    amount: Decimal = Field(ge=0)


class QuoteRequest(_Model):
    """What the client asks for, as the quote tool needs it."""

    service: str = Field(min_length=1)
    """Service id from the profile's rate card."""
    deliverables: list[Deliverable] = Field(default_factory=list)
    """Empty means one unit of ``service``."""
    work: bool = True
    """False for a change order of revision rounds only: no work lines, only the rounds beyond the included ones."""
    deadline: dt.date | None = None
    client: str = ""
    client_email: str = ""
    returning: bool = False
    """A returning client gets the profile's standing discount."""
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    """Must match the profile's currency when given: quotes are never converted."""
    revisions: int | None = Field(default=None, ge=0, le=50)
    """Revision rounds wanted in total; empty means the service's included rounds."""
    discount_percent: Decimal = Field(default=Decimal(0), ge=0, le=100)
    """An extra discount the freelancer grants, on top of the returning-client one. Floors still hold."""
    expenses: list[Expense] = Field(default_factory=list)
    title: str = ""
    description: str = ""
    """What the project is about, used to find similar past projects."""
    notes: list[str] = Field(default_factory=list)
    """Notes printed on the quote."""
    questions: list[str] = Field(default_factory=list)
    """Open questions carried over from extraction; they are printed on the quote."""

    def items(self) -> list[Deliverable]:
        """The deliverables, each with its service filled in."""
        if not self.deliverables:
            return [Deliverable(description=self.title or self.service, quantity=1, service=self.service)]
        return [d.model_copy(update={"service": d.service or self.service}) for d in self.deliverables]


class Issuer(_Model):
    """Who sends the quote."""

    name: str
    business: str = ""
    email: str = ""
    website: str = ""
    location: str = ""


class LineItem(_Model):
    """One line of the quote: ``quantity x unit_price = amount``, amount rounded for the currency."""

    kind: LineKind
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    amount: Decimal
    service: str | None = None


class ProjectUsed(_Model):
    """A past project that informed an hour estimate, and how much it counted."""

    source: str
    client: str
    title: str = ""
    date: dt.date | None = None
    hours: Decimal
    hours_kind: Literal["actual", "estimated"]
    units: int
    hours_per_unit: Decimal
    weight: Decimal


class HoursRange(_Model):
    """How long a job like this really takes, from the freelancer's own history (:mod:`.quote_range`)."""

    projects: int
    """How many past projects the ratios come from."""
    calibrated_on: Literal["estimator", "recorded"]
    """``estimator``: actual hours over this estimator's leave-one-out estimate of each project (the estimate came
    from past projects); ``recorded``: actual over the estimated hours the briefs recorded (a rate-card estimate)."""
    overrun: Decimal | None = None
    """Median of actual / estimated hours as the briefs recorded them; None when none has both."""
    ratio_p10: Decimal
    ratio_p50: Decimal
    ratio_p80: Decimal
    ratio_p90: Decimal
    """Quantiles of actual hours / this estimator's estimate for them (leave one out)."""
    hours_p50: Decimal
    hours_p80: Decimal
    """The estimate times the P50 and P80 ratios: half, and 80 %, of similar projects finished within these."""


class Estimate(_Model):
    """Hours for one deliverable, and where they come from."""

    service: str
    description: str
    covers: tuple[str, ...] = ()
    """The deliverable's :attr:`Deliverable.covers`: its quote line lists them."""
    units: int
    unit: str
    hours_per_unit: Decimal
    rate_card_hours: Decimal
    """The rate card's hours per unit, for comparison."""
    hours: Decimal
    basis: Literal["past_projects", "rate_card", "unit_price"]
    projects: list[ProjectUsed] = Field(default_factory=list)
    range: HoursRange | None = None
    """The P50/P80 range from past projects' actual hours; None when too few have them."""


class QuoteOption(_Model):
    """One of the three price points the client can choose from."""

    name: OptionName
    label: str
    description: str
    hours: Decimal
    revision_rounds: int
    fee: Decimal
    """Work, revisions, rush and floor adjustment, before discount and tax."""
    discount: Decimal
    expenses: Decimal
    net: Decimal
    """``fee - discount + expenses``."""
    tax: Decimal
    total: Decimal


class Quote(_Model, Artifact):
    """A complete, self-contained quote. Every figure is computed by :func:`assistant.tools.quote.build_quote`."""

    kind: Literal["quote"] = "quote"
    number: str
    version: int = Field(default=1, ge=1)
    status: QuoteStatus = "draft"
    date: dt.date
    valid_until: dt.date
    issuer: Issuer
    client: str = ""
    client_email: str = ""
    title: str
    currency: str
    locale: str = "en"
    language: str = "en"
    """The language of the client's views (labels, option texts); ``locale`` writes their money and dates."""
    service_names: dict[str, str] = Field(default_factory=dict)
    """The rate card's names as the client reads them, by the card's own name that the lines and title are written
    with (``{"Packaging design": "Diseño de envases"}``, from ``[[services]] names``); empty: the card's names."""
    services: list[str]
    line_items: list[LineItem]
    subtotal: Decimal
    discount: Decimal
    discount_percent: Decimal
    discount_label: str = ""
    net: Decimal
    """``subtotal - discount``: the price before tax (or including it, when ``tax_inclusive``)."""
    tax_name: str
    tax_rate_percent: Decimal
    tax_inclusive: bool
    tax: Decimal
    total: Decimal
    deposit_percent: Decimal
    deposit: Decimal
    deposit_due: dt.date
    balance: Decimal
    balance_due: dt.date
    requested_deadline: dt.date | None = None
    delivery_date: dt.date
    rush: bool = False
    floor: Decimal
    """The least this order may cost before tax and expenses: ``max(minimum fee, sum of service floors)``."""
    revision_rounds: int
    payment_terms: str
    options: list[QuoteOption]
    estimates: list[Estimate]
    explanation: str
    notes: list[str] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)
    request: QuoteRequest | None = None
    """What the quote was computed from, so a revision recomputes from the request and loses nothing."""

    @field_validator("options")
    @classmethod
    def _three_options(cls, options: list[QuoteOption]) -> list[QuoteOption]:
        names = [option.name for option in options]
        if names != ["minimum", "target", "premium"]:
            raise ValueError("options must be minimum, target, premium in that order")
        return options

    def option(self, name: OptionName) -> QuoteOption:
        """The option called ``name``."""
        return next(option for option in self.options if option.name == name)
