from decimal import Decimal

from assistant.memory.models import PastProject
from assistant.profile import Profile
from assistant.tools.quote import build_quote
from assistant.tools.quote_estimate import units_of
from assistant.tools.quote_models import Deliverable, QuoteRequest
from assistant.tools.quote_range import MIN_PROJECTS, quantile
from tests.unit.tools.tools_helpers import TODAY, assert_checks_out

D = Decimal


def _logo(source: str, estimated: str, actual: str | None, outcome: str = "completed") -> PastProject:
    return PastProject(
        source=source,
        client="x",
        title="A logo",
        service="logo",
        hours_estimated=D(estimated),
        hours_actual=D(actual) if actual else None,
        outcome=outcome,
        similarity=1.0,
    )


def _quote(profile: Profile, projects: list[PastProject]):  # type: ignore[no-untyped-def]
    request = QuoteRequest(service="logo", deliverables=[Deliverable(description="logo", service="logo")])
    return build_quote(request, profile, lambda s, d, k: projects, today=TODAY)


def test_weibull_quantiles_never_claim_more_than_the_data() -> None:
    values = [D(1), D(2), D(3), D(4)]
    assert quantile(values, 0.5) == D("2.5")
    assert quantile(values, 0.8) == D(4)  # 0.8 x 5 = position 4: the largest
    assert quantile(values, 0.1) == D(1)


def test_overruns_widen_target_and_premium_and_the_explanation_says_so(profile: Profile) -> None:
    # by hand the freelancer estimated 10 h each time; actuals ran 11..16 h; all cost the same per project
    projects = [_logo(f"{i}.md", "10", actual) for i, actual in enumerate(["12", "11", "14", "16", "13"])]
    projects.append(_logo("killed.md", "10", "2", outcome="cancelled"))  # stopped early: says nothing
    quote = _quote(profile, projects)
    est = quote.estimates[0]
    assert est.basis == "past_projects" and est.range is not None
    assert est.range.projects == 5
    assert est.range.overrun == D("1.30")
    low, mid, high = quote.options
    assert mid.hours == max(est.hours, est.range.hours_p50)
    assert high.hours >= est.range.hours_p80 and high.hours >= mid.hours
    assert low.hours < mid.hours
    assert "similar projects took 1.30x their estimate" in quote.explanation
    assert est.range.calibrated_on == "estimator"
    assert f"80 % finished within {est.range.hours_p80:f} h" in quote.explanation
    assert all(o.fee - o.discount >= quote.floor for o in quote.options)
    assert_checks_out(quote)


def test_a_rate_card_estimate_is_calibrated_by_recorded_overruns(profile: Profile) -> None:
    spots = [
        PastProject(source=f"{i}.md", client="x", title="Spots", service="spot", hours_estimated=D(10),
                    hours_actual=D(a), similarity=0.5)
        for i, a in enumerate(["12", "15", "11", "20"])
    ]  # fmt: skip
    request = QuoteRequest(service="spot", deliverables=[Deliverable(description="spots", quantity=4)])
    quote = build_quote(request, profile, lambda s, d, k: spots, today=TODAY)
    est = quote.estimates[0]
    assert est.basis == "rate_card"  # no unit count in the titles: the rate card's 3 h each
    assert est.range is not None and est.range.ratio_p80 == D("2.00")
    assert est.range.calibrated_on == "recorded"
    assert "2.00x (P80) their recorded estimates" in quote.explanation
    assert est.range.hours_p80 == D(24)  # 12 h x 2.0
    assert quote.option("premium").hours >= D(24)


def test_too_few_projects_give_no_range_and_the_old_factors(profile: Profile) -> None:
    projects = [_logo("a.md", "10", "20"), _logo("b.md", "10", "30")][: MIN_PROJECTS - 1]
    quote = _quote(profile, projects)
    est = quote.estimates[0]
    assert est.range is None
    assert quote.option("target").hours == est.hours
    assert "No range for logo: fewer than 3 past projects" in quote.explanation


def test_a_year_in_a_title_is_not_a_count(profile: Profile) -> None:
    poster = profile.service("poster")
    assert units_of(PastProject(source="p", client="x", title="Hafen Festival 2023 main poster"), poster) is None
    three = PastProject(source="q", client="x", title="2025 season: three posters", service="poster")
    assert units_of(three, poster) == 3
