"""Quotes computed by code from the rate card and past projects: :func:`build_quote`.

How a quote is built, in the order the lines appear (every step is rounded once, to the currency's minor unit):

1. **Work**, per deliverable: estimated hours x hourly rate, or quantity x unit price for services priced per
   unit (see :mod:`assistant.tools.quote_estimate` for the hours). A change order for revision rounds only
   (``work=False``) has no work lines.
2. **Revisions**: rounds beyond the service's included ones, each ``revision_hours`` x hourly rate.
3. **Rush**: when the delivery date is closer than the service's ``lead_days``, ``(multiplier - 1)`` x
   (work + revisions) of that service.
4. **Floors**: a service whose work, revisions and rush come to less than its ``floor`` gets a
   "minimum order" line up to the floor; an order below the profile's ``minimum_fee`` gets one more line.
   The order's floor is ``max(minimum_fee, sum of the floors of its services)``.
5. **Expenses** at cost, never discounted.
6. **Discount** (returning client plus any extra granted) on the fee only, and never below the floor.
7. **Tax**, added on top, or contained in the price when the profile says prices include it.

Deadlines: no delivery date is ever earlier than today + ``min_lead_days``; a shorter deadline is refused and
the earliest allowed date is proposed instead, with the reason on the quote.

Three options share the schedule and the discount: *minimum* (85 % of the hours, included revisions only),
*target* (the request as asked; its lines are the quote's lines) and *premium* (two more revision rounds).
Where past projects give an hours range (:mod:`assistant.tools.quote_range`), *target* plans the P50 hours and
*premium* the P80 hours, never fewer than the estimate; without one they plan 100 % and 125 % of the estimate.
Services priced per unit keep those factors: their hours are for planning. The floors hold for each option.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from assistant.errors import ProfileError, ToolError
from assistant.memory.models import PastProject
from assistant.profile import Profile, Service
from assistant.tools import quote_words as words
from assistant.tools.money import (
    HUNDRED,
    ceil_money,
    format_money,
    percent_of,
    round_hours,
    round_money,
    tax_included_in,
)
from assistant.tools.quote_estimate import SimilarProjects, estimate, explain, no_past_projects
from assistant.tools.quote_models import (
    Deliverable,
    Estimate,
    Issuer,
    LineItem,
    LineKind,
    OptionName,
    Quote,
    QuoteOption,
    QuoteRequest,
)
from assistant.tools.quote_range import describe, hours_range
from assistant.tools.quote_schedule import Schedule, schedule
from assistant.tools.quote_words import ENGLISH as EN

SIMILAR_PROJECTS_K = 8


@dataclass(frozen=True)
class _Plan:
    """How one option differs from the request: a factor on work and extra revision rounds."""

    name: OptionName
    label: str
    work_factor: Decimal
    extra_rounds: int | None
    """Revision rounds beyond the included ones; None means as requested, and ``premium`` adds two more."""


_PLANS = (
    _Plan("minimum", "Essential", Decimal("0.85"), 0),
    _Plan("target", "Recommended", Decimal(1), None),
    _Plan("premium", "Extended", Decimal("1.25"), None),
)
_PREMIUM_EXTRA_ROUNDS = 2


@dataclass(frozen=True)
class _Priced:
    lines: list[LineItem]
    fee: Decimal
    expenses: Decimal
    discount: Decimal
    hours: Decimal
    rounds: int


def build_quote(
    request: QuoteRequest,
    profile: Profile,
    similar_projects: SimilarProjects = no_past_projects,
    *,
    today: dt.date,
    number: str | None = None,
) -> Quote:
    """Compute the whole quote for ``request`` (a pure function of its arguments and ``similar_projects``).

    Raises:
        ToolError: the request names an unknown service or another currency than the profile's.
    """
    currency = profile.currency
    if request.currency and request.currency != currency:
        raise ToolError(
            f"the request is in {request.currency} but the rate card is in {currency}",
            hint="Quotes are not converted; quote in the rate card's currency.",
        )
    items = request.items() if request.work else []
    services = _services(profile, request.items())
    in_order = list(dict.fromkeys(item.service or request.service for item in request.items()))
    order_services = [services[sid] for sid in in_order]
    estimates: list[Estimate] = []
    for item in items:
        service = services[item.service or request.service]
        projects: Sequence[PastProject] = similar_projects(
            service.id, request.description or item.description, SIMILAR_PROJECTS_K
        )
        est = estimate(service, item, projects)
        estimates.append(est.model_copy(update={"range": hours_range(service, est, projects)}))
    plan_schedule = schedule(request.deadline, today, order_services)
    floor = max(
        ceil_money(profile.minimum_fee, profile.currency),
        sum((ceil_money(s.floor, profile.currency) for s in order_services), Decimal(0)),
    )
    discount_percent = _discount_percent(request, profile)
    priced = {
        plan.name: _price(plan, request, profile, order_services, estimates, plan_schedule, floor, discount_percent)
        for plan in _PLANS
    }
    target = priced["target"]
    net = target.fee + target.expenses - target.discount
    tax, total = _tax(net, profile, currency)
    deposit = percent_of(total, profile.payment.deposit_percent, currency)
    deposit_due = min(today + dt.timedelta(days=profile.payment.deposit_due_days), plan_schedule.delivery)
    balance_due = plan_schedule.delivery + dt.timedelta(days=profile.payment.terms_days)
    notes = [*request.notes, *plan_schedule.notes, *_discount_notes(target, discount_percent, profile, request)]
    notes.extend(_revision_notes(order_services, profile, currency))
    quote = Quote(
        number=number or provisional_number(request, today),
        date=today,
        valid_until=today + dt.timedelta(days=profile.payment.quote_validity_days),
        issuer=Issuer(
            name=profile.name,
            business=profile.business,
            email=profile.email,
            website=profile.website,
            location=profile.location,
        ),
        client=request.client,
        client_email=request.client_email,
        title=request.title or _title(order_services, request.client),
        currency=currency,
        locale=profile.locale,
        services=in_order,
        line_items=target.lines,
        subtotal=target.fee + target.expenses,
        discount=target.discount,
        discount_percent=discount_percent,
        discount_label=_discount_label(request, profile),
        net=net,
        tax_name=profile.tax.name,
        tax_rate_percent=profile.tax.rate_percent,
        tax_inclusive=profile.tax.inclusive,
        tax=tax,
        total=total,
        deposit_percent=profile.payment.deposit_percent,
        deposit=deposit,
        deposit_due=deposit_due,
        balance=total - deposit,
        balance_due=balance_due,
        requested_deadline=request.deadline,
        delivery_date=plan_schedule.delivery,
        rush=plan_schedule.rush,
        floor=floor,
        revision_rounds=target.rounds,
        payment_terms=profile.payment.terms_text,
        options=[_option(plan, priced[plan.name], profile, currency) for plan in _PLANS],
        estimates=estimates,
        explanation=" ".join(
            part
            for part in (
                explain(estimates),
                *(describe(est) for est in estimates),
                _pricing_explanation(profile, plan_schedule, order_services),
            )
            if part
        ),
        notes=notes,
        questions=[*request.questions, *plan_schedule.questions],
        request=request,
    )
    return quote if quote.payment_terms else quote.model_copy(update={"payment_terms": payment_terms(quote, profile)})


def plural(count: int, word: str) -> str:
    """``1 pose``, ``2 poses``."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def provisional_number(request: QuoteRequest, today: dt.date) -> str:
    """A stable number for an unsaved quote; the quote store replaces it with the next sequential one."""
    digest = hashlib.sha256(request.model_dump_json().encode()).hexdigest()[:4].upper()
    return f"Q-{today:%Y%m%d}-{digest}"


def payment_terms(quote: Quote, profile: Profile) -> str:
    """Payment terms for a profile that does not word its own: deposit and balance with their dates."""
    deposit = format_money(quote.deposit, quote.currency, quote.locale)
    balance = format_money(quote.balance, quote.currency, quote.locale)
    return (
        f"{quote.deposit_percent.normalize():f} % deposit ({deposit}) due by {quote.deposit_due.isoformat()} to book "
        f"the work; balance ({balance}) due by {quote.balance_due.isoformat()}, "
        f"{profile.payment.terms_days} days after delivery."
    )


def _services(profile: Profile, items: Sequence[Deliverable]) -> dict[str, Service]:
    services: dict[str, Service] = {}
    for item in items:
        sid = item.service or ""
        try:
            services[sid] = profile.service(sid)
        except ProfileError as exc:
            raise ToolError(f"cannot quote {item.description!r}: {exc}", hint=exc.hint) from exc
    return services


def _discount_percent(request: QuoteRequest, profile: Profile) -> Decimal:
    returning = profile.discounts.returning_client_percent if request.returning else Decimal(0)
    return min(returning + request.discount_percent, HUNDRED)


def _price(
    plan: _Plan,
    request: QuoteRequest,
    profile: Profile,
    services: Sequence[Service],
    estimates: Sequence[Estimate],
    plan_schedule: Schedule,
    floor: Decimal,
    discount_percent: Decimal,
) -> _Priced:
    currency, rate = profile.currency, profile.hourly_rate
    lines: list[LineItem] = []
    hours_total = Decimal(0)
    rounds_total = 0
    for service in services:
        work_lines: list[LineItem] = []
        for est in (e for e in estimates if e.service == service.id):
            hours = _planned_hours(plan, est)
            hours_total += hours
            if service.unit_price is not None:
                unit_price = round_money(service.unit_price * plan.work_factor, currency)
                qty, unit = Decimal(est.units), service.unit
            else:
                unit_price, qty, unit = rate, hours, "h"
            what = est.description
            if words.says_only_the_service(what, est.unit, service.keywords) and not words.is_unit_word(
                service.name, est.unit
            ):
                what = service.name  # "2 designs", "packagings" say not what they are: "Packaging design (2 designs)"
            if est.covers:
                label = words.covers_line(service.name, est.covers)
            elif unit != "h":  # the quantity column counts the units: "Gig posters | 2 posters", never twice
                item = service.name if words.is_unit_word(what, est.unit) else what
                label = f"{item[:1].upper()}{item[1:]}"
            else:
                label = words.work_line(EN, f"{what[:1].upper()}{what[1:]}", est.units, est.unit)
            work_lines.append(_line("work", label, qty, unit, unit_price, currency, service.id))
        extra = _extra_rounds(plan, request, service)
        rounds_total = max(rounds_total, service.included_revisions + extra)
        if extra:
            rev_hours = service.revision_hours * extra
            hours_total += rev_hours
            work_lines.append(
                _line(
                    "revisions",
                    words.extra_rounds_line(EN, extra, service.name),
                    rev_hours,
                    "h",
                    rate,
                    currency,
                    service.id,
                )
            )
        base = sum((line.amount for line in work_lines), Decimal(0))
        if plan_schedule.rush and profile.rush.multiplier > 1:
            surcharge = round_money(base * (profile.rush.multiplier - 1), currency)
            percent = ((profile.rush.multiplier - 1) * HUNDRED).normalize()
            work_lines.append(
                _line(
                    "rush",
                    words.rush_line(EN, service.name, f"{percent:f}"),
                    Decimal(1),
                    "",
                    surcharge,
                    currency,
                    service.id,
                )
            )
        fee = sum((line.amount for line in work_lines), Decimal(0))
        service_floor = ceil_money(service.floor, currency)
        if fee < service_floor:
            work_lines.append(
                _line(
                    "floor",
                    words.minimum_order_line(EN, service.name),
                    Decimal(1),
                    "",
                    service_floor - fee,
                    currency,
                    service.id,
                )
            )
        lines.extend(work_lines)
    fee = sum((line.amount for line in lines), Decimal(0))
    minimum_fee = ceil_money(profile.minimum_fee, currency)
    if fee < minimum_fee:
        lines.append(_line("floor", words.minimum_fee_line(EN), Decimal(1), "", minimum_fee - fee, currency))
        fee = minimum_fee
    discount = min(percent_of(fee, discount_percent, currency), fee - floor)
    expense_lines = [
        _line("expense", e.description, Decimal(1), "", round_money(e.amount, currency), currency)
        for e in request.expenses
    ]
    lines.extend(expense_lines)
    expenses = sum((line.amount for line in expense_lines), Decimal(0))
    return _Priced(lines, fee, expenses, max(discount, Decimal(0)), hours_total, rounds_total)


def _planned_hours(plan: _Plan, est: Estimate) -> Decimal:
    """An option's hours for one estimate: its factor, or the range's P50 (target) and P80 (premium)."""
    if est.range is None or est.basis == "unit_price" or plan.name == "minimum":
        return round_hours(est.hours * plan.work_factor)
    target = max(est.hours, est.range.hours_p50)
    return target if plan.name == "target" else max(target, est.range.hours_p80)


def _extra_rounds(plan: _Plan, request: QuoteRequest, service: Service) -> int:
    if plan.extra_rounds is not None:
        return plan.extra_rounds
    wanted = request.revisions if request.revisions is not None else service.included_revisions
    extra = max(0, wanted - service.included_revisions)
    return extra + (_PREMIUM_EXTRA_ROUNDS if plan.name == "premium" else 0)


def _line(
    kind: LineKind,
    description: str,
    qty: Decimal,
    unit: str,
    unit_price: Decimal,
    currency: str,
    service: str | None = None,
) -> LineItem:
    return LineItem(
        kind=kind,
        description=description,
        quantity=qty,
        unit=unit,
        unit_price=unit_price,
        amount=round_money(qty * unit_price, currency),
        service=service,
    )


def _tax(net: Decimal, profile: Profile, currency: str) -> tuple[Decimal, Decimal]:
    rate = profile.tax.rate_percent
    if profile.tax.inclusive:
        return tax_included_in(net, rate, currency), net
    tax = percent_of(net, rate, currency)
    return tax, net + tax


def _option(plan: _Plan, priced: _Priced, profile: Profile, currency: str) -> QuoteOption:
    net = priced.fee - priced.discount + priced.expenses
    tax, total = _tax(net, profile, currency)
    descriptions = {
        "minimum": f"A leaner process (85 % of the hours) with {plural(priced.rounds, 'revision round')} only.",
        "target": f"The work as asked, with {plural(priced.rounds, 'revision round')}.",
        "premium": f"More time for exploration and {plural(priced.rounds, 'revision round')}.",
    }
    return QuoteOption(
        name=plan.name,
        label=plan.label,
        description=descriptions[plan.name],
        hours=priced.hours,
        revision_rounds=priced.rounds,
        fee=priced.fee,
        discount=priced.discount,
        expenses=priced.expenses,
        net=net,
        tax=tax,
        total=total,
    )


def _title(services: Sequence[Service], client: str) -> str:
    return words.title(EN, [s.name for s in services], client)


def _discount_label(request: QuoteRequest, profile: Profile) -> str:
    parts = []
    if request.returning and profile.discounts.returning_client_percent:
        parts.append(words.returning_discount(EN, f"{profile.discounts.returning_client_percent.normalize():f}"))
    if request.discount_percent:
        parts.append(words.agreed_discount(EN, f"{request.discount_percent.normalize():f}"))
    return ", ".join(parts)


def _discount_notes(target: _Priced, percent: Decimal, profile: Profile, request: QuoteRequest) -> list[str]:
    if not percent:
        return []
    wanted = percent_of(target.fee, percent, profile.currency)
    if target.discount < wanted:
        return ["The discount is limited so that the price stays at or above my minimum for this work."]
    return []


def _revision_notes(services: Sequence[Service], profile: Profile, currency: str) -> list[str]:
    """One note per service: joined in one string, the views could not read it back to translate it."""
    parts = []
    for service in services:
        cost = round_money(service.revision_hours * profile.hourly_rate, currency)
        hours, money = f"{service.revision_hours.normalize():f}", format_money(cost, currency, profile.locale)
        parts.append(words.revision_note(EN, service.name, service.included_revisions, hours, money))
    return parts


def _pricing_explanation(profile: Profile, plan_schedule: Schedule, services: Sequence[Service]) -> str:
    rate = format_money(profile.hourly_rate, profile.currency, profile.locale)
    text = f"Hours are billed at {rate} per hour."
    if plan_schedule.rush:
        factor = profile.rush.multiplier.normalize()
        text += f" The delivery date is inside the usual lead time, so work is charged x{factor:f}."
    return text
