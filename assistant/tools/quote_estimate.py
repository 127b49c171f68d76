"""Hour estimates from the freelancer's own past projects, with the rate card as the fallback.

The rules, so that a freelancer can redo any estimate by hand:

* A past project counts when it is for the same service and has hours. Actual hours count fully; a project
  with only an estimate counts half, because estimates are what freelancers get wrong. A cancelled project's
  actual hours stopped early (a kill fee), so only its estimate counts.
* Each project's hours are divided by its number of units (a ``units:N`` tag, else ``N <unit>`` or
  ``six <unit>s`` in its title), so a 12-spread book informs a 3-spread job per spread. A project whose count is
  unknown is left out, unless the service is priced per project.
* Its weight is ``kind weight x (0.5 + similarity / 2)``, so closer projects count more but none counts zero.
* Hours per unit are the weighted mean, to two places; hours are that times the quantity, rounded up to the
  quarter hour. With no usable project, the service's ``hours_per_unit`` is used.
* When past projects give less than 0.4 or more than 2.5 times the rate card's hours per unit, the explanation
  says so, because a wrong unit count in an old brief is the likeliest cause and the freelancer should look.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from assistant.memory.models import PastProject
from assistant.profile import Service
from assistant.titles import title_for
from assistant.tools.brief_dates import NUMBER_WORDS, number_value
from assistant.tools.money import round_hours
from assistant.tools.quote_models import Deliverable, Estimate, ProjectUsed

SimilarProjects = Callable[[str, str, int], Sequence[PastProject]]
"""``similar_projects(service_id, description, k)``: the k past projects closest to a request."""

ACTUAL_WEIGHT = Decimal(1)
ESTIMATE_WEIGHT = Decimal("0.5")
PROJECTS_PER_ESTIMATE = 5
_UNIT_TAG = re.compile(r"^(?:units?|qty|quantity)[:=](\d+)$", re.IGNORECASE)
_CENT = Decimal("0.01")
_YEAR = re.compile(r"(?:19|20)\d\d")
"""A four-digit number like 2023 in "Hafen Festival 2023 main poster" is a year, not 2023 posters."""
_COUNT_WORDS = "|".join(
    sorted((re.escape(w) for w in NUMBER_WORDS if " " not in w and len(w) > 2), key=len, reverse=True)
)
_SANITY = (Decimal("0.4"), Decimal("2.5"))
"""Past projects that put hours per unit outside these multiples of the rate card get a check note."""


def no_past_projects(service: str, description: str, k: int) -> list[PastProject]:
    """A ``SimilarProjects`` for when memory is not available: every estimate uses the rate card."""
    return []


def units_of(project: PastProject, service: Service) -> int | None:
    """How many units of ``service`` a past project delivered, or None when it does not say.

    A service priced per ``project`` is one unit by definition; for any other unit an unknown count cannot be
    scaled, so such a project is left out rather than guessed (a 14-spread book read as one spread would
    multiply the estimate by 14).
    """
    for tag in project.tags:
        match = _UNIT_TAG.match(tag.strip())
        if match and int(match.group(1)) > 0:
            return int(match.group(1))
    unit = re.escape(service.unit.lower().rstrip("s"))
    pattern = rf"\b(\d{{1,4}}|{_COUNT_WORDS})\s+(?:[\w-]+\s+){{0,2}}?{unit}s?\b"
    for match in re.finditer(pattern, project.title.lower()):
        count = None if _YEAR.fullmatch(match.group(1)) else number_value(match.group(1))
        if count:
            return count
    return 1 if service.unit == "project" else None


def project_evidence(project: PastProject, service: Service) -> ProjectUsed | None:
    """What one past project says about hours per unit, or None if it says nothing usable."""
    if project.service.strip().lower() != service.id:
        return None
    finished = project.outcome.strip().lower() != "cancelled"
    if finished and project.hours_actual is not None and project.hours_actual > 0:
        hours, kind, base = project.hours_actual, "actual", ACTUAL_WEIGHT
    elif project.hours_estimated is not None and project.hours_estimated > 0:
        hours, kind, base = project.hours_estimated, "estimated", ESTIMATE_WEIGHT
    else:
        return None
    units = units_of(project, service)
    if units is None:
        return None
    similarity = Decimal(str(min(max(project.similarity, 0.0), 1.0)))
    weight = (base * (Decimal("0.5") + similarity / 2)).quantize(_CENT, rounding=ROUND_HALF_UP)
    return ProjectUsed(
        source=project.source,
        client=project.client,
        title=project.title,
        date=project.date,
        hours=hours,
        hours_kind="actual" if kind == "actual" else "estimated",
        units=units,
        hours_per_unit=(hours / units).quantize(_CENT, rounding=ROUND_HALF_UP),
        weight=weight,
    )


def estimate(service: Service, item: Deliverable, projects: Sequence[PastProject]) -> Estimate:
    """Hours for ``item`` from ``projects`` (already retrieved), or from the rate card."""
    used: list[ProjectUsed] = []
    seen: set[str] = set()
    for project in projects:
        evidence = project_evidence(project, service)
        if evidence is not None and evidence.source not in seen:
            seen.add(evidence.source)
            used.append(evidence)
        if len(used) == PROJECTS_PER_ESTIMATE:
            break
    if used:
        total_weight = sum((p.weight for p in used), Decimal(0))
        per_unit = (sum((p.hours_per_unit * p.weight for p in used), Decimal(0)) / total_weight).quantize(
            _CENT, rounding=ROUND_HALF_UP
        )
        basis: Literal["past_projects", "rate_card", "unit_price"] = "past_projects"
    else:
        per_unit = service.hours_per_unit
        basis = "rate_card"
    if service.unit_price is not None:
        basis = "unit_price"
    return Estimate(
        service=service.id,
        description=item.description,
        covers=item.covers,
        units=item.quantity,
        unit=service.unit,
        hours_per_unit=per_unit,
        rate_card_hours=service.hours_per_unit,
        hours=round_hours(per_unit * item.quantity),
        basis=basis,
        projects=used,
    )


def explain(estimates: Sequence[Estimate]) -> str:
    """One paragraph per estimate, naming the past projects it used."""
    parts: list[str] = []
    for est in estimates:
        exact = est.hours_per_unit * est.units
        head = f"{est.description}: {est.units} {est.unit}(s) at {est.hours_per_unit} h each = {exact.normalize():f} h"
        if exact != est.hours:  # billed by the quarter hour: say so, or 20.02 h "= 20.25 h" reads as a slip
            head += f", rounded up to the quarter hour: {est.hours} h"
        if est.projects:
            cited = "; ".join(
                title_for(p.title or p.source, p.client)
                + (f" ({p.date:%b %Y})" if p.date else "")
                + f", {p.hours} h {p.hours_kind} over {p.units} {est.unit}(s) = {p.hours_per_unit} h each,"
                f" weight {p.weight}"
                for p in est.projects
            )
            parts.append(f"{head}, the weighted mean of {len(est.projects)} similar past project(s): {cited}.")
        else:
            parts.append(f"{head}, from the rate card (no similar past project with recorded hours).")
        low, high = (est.rate_card_hours * factor for factor in _SANITY)
        if est.projects and not low <= est.hours_per_unit <= high:
            parts.append(
                f"Check this: the rate card says {est.rate_card_hours} h per {est.unit}, far from the past projects' "
                f"{est.hours_per_unit} h; their unit counts may be wrong (add a units:N tag to the brief)."
            )
        if est.basis == "unit_price":
            parts.append(f"{est.description} is priced per {est.unit} from the rate card; the hours are for planning.")
    return " ".join(parts)
