"""Backtest of the quote's hours range, leave-one-out on the demo history (examples/briefs).

For each past project with actual hours (not cancelled, unit count known), the other projects of its service
are the history: the estimator gives its hours and :mod:`assistant.tools.quote_range` its P10..P90 range, and
the project's real hours are checked against them. Every project of the service counts as "similar" (weight
as at similarity 0.5): the product ranks by the embedder and keeps the closest eight, which this leaves out to
stay deterministic and fast.

Where the estimator cannot re-estimate a project (its unit count is unknown), the estimate recorded by hand
stands in for a rate-card quote and the range comes from the other projects' actual / estimated hours, as the
quote does for a rate-card estimate.

Printed: the share of actuals at or below the P50 and the P80 (well calibrated: about 50 % and 80 %), inside
the central 80 % band P10..P90, against baselines measured on the same projects: the single number the range
is built around +-20 %, that number as an upper bound (what a one-number quote covers), and the rate card's
hours +-20 % where the unit count is known.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.memory.loaders import load  # noqa: E402
from assistant.memory.models import PastProject, ProjectFacts  # noqa: E402
from assistant.profile import load_profile  # noqa: E402
from assistant.tools.quote_estimate import estimate, units_of  # noqa: E402
from assistant.tools.quote_models import Deliverable  # noqa: E402
from assistant.tools.quote_range import hours_range, overruns, range_around, took  # noqa: E402

BRIEFS = REPO / "examples" / "briefs"
SIMILARITY = 0.5
TOLERANCE = Decimal("0.2")


def history() -> list[PastProject]:
    projects = []
    for path in sorted(BRIEFS.glob("*.md")):
        meta = load(path, path.read_bytes()).meta
        if meta.hours_actual is None and meta.hours_estimated is None:
            continue
        facts = meta.model_dump(include=set(ProjectFacts.model_fields))
        projects.append(PastProject(source=path.name, similarity=SIMILARITY, **facts))
    return projects


def within(value: Decimal, centre: Decimal) -> bool:
    return centre * (1 - TOLERANCE) <= value <= centre * (1 + TOLERANCE)


def main() -> None:
    profile = load_profile(REPO / "examples" / "profile.toml")
    projects = history()
    hits: dict[str, list[bool]] = defaultdict(list)
    skipped = 0
    print(f"{'project':50} {'basis':>9} {'actual':>7} {'base':>7} {'P50':>7} {'P80':>7} {'P10..P90':>13}")
    for held in projects:
        service = next((s for s in profile.services if s.id == held.service), None)
        if service is None or not took(held, service) or held.hours_actual is None:
            continue
        others = [p for p in projects if p.source != held.source]
        units = units_of(held, service)
        est = estimate(service, Deliverable(description=service.id, quantity=units or 1), others)
        if est.basis == "past_projects" and units is not None:
            basis, base, found = "projects", est.hours, hours_range(service, est, others)
        elif held.hours_estimated is not None:
            # a rate-card quote needs the unit count; the estimate recorded by hand is what it stands for
            basis, base = "by hand", held.hours_estimated
            found = range_around(base, overruns(service, others), overruns(service, others), estimator=False)
        else:
            continue
        actual = held.hours_actual
        if found is None:
            skipped += 1
            print(f"{held.source[:50]:50} {basis:>9} {actual:>7} {base:>7}   (no range: too few projects)")
            continue
        low, high = base * found.ratio_p10, base * found.ratio_p90
        hits["<= P50"].append(actual <= found.hours_p50)
        hits["<= P80"].append(actual <= found.hours_p80)
        hits["in P10..P90"].append(low <= actual <= high)
        hits["single number +-20 %"].append(within(actual, base))
        hits["<= single number"].append(actual <= base)
        if units is not None:
            hits["rate card +-20 % (units known)"].append(within(actual, service.hours_per_unit * units))
        band = f"{low:.1f}..{high:.1f}"
        print(
            f"{held.source[:50]:50} {basis:>9} {actual:>7} {base:>7} {found.hours_p50:>7} {found.hours_p80:>7}"
            f" {band:>13}"
        )
    n = len(hits["<= P80"])
    print(f"\n{n} projects backtested leave-one-out, {skipped} without a range (fewer than 3 comparable projects)")
    for name, values in hits.items():
        print(f"  {name:32} {sum(values) / len(values):6.1%}  ({sum(values)}/{len(values)})")
    band = sum(hits["in P10..P90"]) / n
    single = sum(hits["single number +-20 %"]) / n
    print(f"  central 80 % band P10..P90 vs the single number +-20 %: {band:.1%} vs {single:.1%}")


if __name__ == "__main__":
    main()
