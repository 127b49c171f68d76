"""An honest range for a quote's hours, from how the freelancer's past projects really went.

One number hides what the freelancer knows best: projects overrun. Atelier holds each past project's estimated
and actual hours, so it can say how far off estimates have been and turn that into a range. The rules:

* A past project counts when it is of the same service, has actual hours, and was not cancelled (a kill fee
  ends the hours early).
* Its **ratio** calibrates the number the quote is priced from. When the estimate comes from past projects, the
  ratio is a project's actual hours over what *this* estimator would have said for it from the other projects
  (leave one out; that needs its unit count). When it comes from the rate card (no past project with a known
  unit count), which is what an estimate by hand looks like, the ratio is actual over the estimated hours the
  brief recorded, which needs no unit count.
* Quantiles of the ratios use Weibull plotting positions (the i-th smallest of n sits at ``i / (n + 1)``), which
  do not claim a P80 tighter than the data allow: with four projects the P80 is the largest ratio.
* The P50 and P80 hours are the estimate times those ratios, rounded up to the quarter hour. With fewer than
  :data:`MIN_PROJECTS` projects there is no range, and the quote says so instead of inventing one.
* The **overrun** shown to the freelancer is the median of actual / estimated hours as they were recorded in the
  briefs: "similar projects took 1.2x their estimate".

:mod:`benchmarks.quote_range` backtests this leave-one-out on the demo history.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from assistant.memory.models import PastProject
from assistant.profile import Service
from assistant.tools.money import round_hours
from assistant.tools.quote_estimate import estimate, units_of
from assistant.tools.quote_models import Deliverable, Estimate, HoursRange

MIN_PROJECTS = 3
_RATIO = Decimal("0.01")


def took(project: PastProject, service: Service) -> bool:
    """Whether ``project`` says how long a job of ``service`` really took; cancelled ones stopped early."""
    return (
        project.service.strip().lower() == service.id
        and project.hours_actual is not None
        and project.hours_actual > 0
        and project.outcome.strip().lower() != "cancelled"
    )


def usable(project: PastProject, service: Service) -> bool:
    """Can ``project`` be re-estimated by the estimator: it took known hours over a known number of units?"""
    return took(project, service) and units_of(project, service) is not None


def estimator_ratios(service: Service, projects: Sequence[PastProject]) -> list[Decimal]:
    """Each usable project's actual hours over this estimator's leave-one-out estimate for it, smallest first."""
    found: list[Decimal] = []
    for index, project in enumerate(projects):
        if not usable(project, service) or project.hours_actual is None:
            continue
        units = units_of(project, service) or 1
        others = [p for i, p in enumerate(projects) if i != index and p.source != project.source]
        predicted = estimate(service, Deliverable(description=service.id, quantity=units), others).hours
        if predicted > 0:
            found.append(project.hours_actual / predicted)
    return sorted(found)


def overruns(service: Service, projects: Sequence[PastProject]) -> list[Decimal]:
    """Actual over recorded estimated hours of each project that has both, smallest first (needs no unit count)."""
    return sorted(
        p.hours_actual / p.hours_estimated
        for p in projects
        if took(p, service) and p.hours_actual is not None and p.hours_estimated and p.hours_estimated > 0
    )


def quantile(values: Sequence[Decimal], q: float) -> Decimal:
    """The ``q`` quantile of sorted ``values`` at Weibull plotting positions, clamped to the smallest and largest."""
    position = Decimal(str(q)) * (len(values) + 1)
    if position <= 1:
        return values[0]
    if position >= len(values):
        return values[-1]
    below = int(position)
    fraction = position - below
    return values[below - 1] + (values[below] - values[below - 1]) * fraction


def range_around(
    hours: Decimal, ratios: Sequence[Decimal], overrun: Sequence[Decimal], *, estimator: bool
) -> HoursRange | None:
    """The range for an estimate of ``hours`` from sorted ``ratios``; None when there are too few.

    ``estimator`` says the ratios are against this estimator's own estimates (else the recorded ones).
    """
    if len(ratios) < MIN_PROJECTS:
        return None
    ratio = {q: quantile(ratios, q).quantize(_RATIO, rounding=ROUND_HALF_UP) for q in (0.1, 0.5, 0.8, 0.9)}
    return HoursRange(
        projects=len(ratios),
        calibrated_on="estimator" if estimator else "recorded",
        overrun=_two_places(Decimal(statistics.median(overrun))) if overrun else None,
        ratio_p10=ratio[0.1],
        ratio_p50=ratio[0.5],
        ratio_p80=ratio[0.8],
        ratio_p90=ratio[0.9],
        hours_p50=round_hours(hours * ratio[0.5]),
        hours_p80=round_hours(hours * ratio[0.8]),
    )


def hours_range(service: Service, est: Estimate, projects: Sequence[PastProject]) -> HoursRange | None:
    """The P50/P80 hours for ``est`` from ``projects``' history, or None when too few projects say anything.

    An estimate from past projects is calibrated by how this estimator did on them (leave one out); one from
    the rate card, which is what an estimate made by hand looks like, by the recorded actual / estimated hours.
    """
    overrun = overruns(service, projects)
    from_projects = est.basis == "past_projects"
    ratios = estimator_ratios(service, projects) if from_projects else overrun
    return range_around(est.hours, ratios, overrun, estimator=from_projects)


def describe(est: Estimate) -> str:
    """One sentence for the quote's internal explanation: the overrun, and the P50/P80 hours."""
    if est.basis == "unit_price":
        return ""
    if est.range is None:
        return (
            f"No range for {est.description}: fewer than {MIN_PROJECTS} past projects of this service have "
            "actual hours, so the hours above are a single estimate."
        )
    r = est.range
    overrun = f"similar projects took {r.overrun:f}x their estimate; " if r.overrun is not None else ""
    against = "this method's estimate of each" if r.calibrated_on == "estimator" else "their recorded estimates"
    return (
        f"Range for {est.description}: {overrun}80 % finished within {r.hours_p80:f} h and half within "
        f"{r.hours_p50:f} h ({r.projects} past projects; actual hours were {r.ratio_p50:f}x (P50) and "
        f"{r.ratio_p80:f}x (P80) {against}). The recommended option plans {max(est.hours, r.hours_p50):f} h "
        f"and the extended one {max(est.hours, r.hours_p50, r.hours_p80):f} h."
    )


def _two_places(value: Decimal) -> Decimal:
    return value.quantize(_RATIO, rounding=ROUND_HALF_UP)
