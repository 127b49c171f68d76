from decimal import Decimal

from assistant.memory.models import PastProject
from assistant.tools.quote_estimate import estimate, explain, project_evidence, units_of
from assistant.tools.quote_models import Deliverable
from tests.unit.tools.tools_helpers import make_profile


def test_units_come_from_a_tag_then_the_title_then_one() -> None:
    spot = make_profile().service("spot")
    assert units_of(PastProject(source="a", client="c", tags=("units:6",), title="12 illustrations"), spot) == 6
    assert units_of(PastProject(source="a", client="c", title="Blog: 12 spot illustrations"), spot) == 12
    assert units_of(PastProject(source="a", client="c", title="A single spot"), spot) is None
    logo = make_profile().service("logo")
    assert units_of(PastProject(source="a", client="c", title="Cafe logo"), logo) == 1


def test_projects_with_an_unknown_unit_count_are_left_out() -> None:
    spot = make_profile().service("spot")
    unknown = PastProject(source="u.md", client="c", title="Blog art", service="spot", hours_actual=Decimal(40))
    assert project_evidence(unknown, spot) is None


def test_projects_without_hours_or_of_another_service_say_nothing() -> None:
    spot = make_profile().service("spot")
    assert project_evidence(PastProject(source="a", client="c", service="spot"), spot) is None
    assert project_evidence(PastProject(source="a", client="c", service="logo", hours_actual=Decimal(5)), spot) is None
    actual = project_evidence(
        PastProject(
            source="a",
            client="c",
            service="spot",
            hours_actual=Decimal(9),
            hours_estimated=Decimal(6),
            tags=("units:1",),
        ),
        spot,
    )
    assert actual is not None and actual.hours == Decimal(9) and actual.hours_kind == "actual"


def test_duplicates_are_counted_once_and_the_rate_card_is_the_fallback() -> None:
    spot = make_profile().service("spot")
    item = Deliverable(description="spots", quantity=2, service="spot")
    same = PastProject(
        source="same.md", client="c", service="spot", hours_actual=Decimal(4), tags=("units:1",), similarity=1
    )
    twice = [same, same]
    est = estimate(spot, item, twice)
    assert len(est.projects) == 1 and est.hours == Decimal(8)
    fallback = estimate(spot, item, [])
    assert fallback.basis == "rate_card" and fallback.hours == Decimal(6)
    assert "from the rate card" in explain([fallback])


def test_units_written_as_words_count() -> None:
    spot = make_profile().service("spot")
    assert units_of(PastProject(source="a", client="c", title="Six new spot illustrations"), spot) == 6


def test_estimates_far_from_the_rate_card_are_flagged() -> None:
    spot = make_profile().service("spot")
    item = Deliverable(description="spots", quantity=1, service="spot")
    wild = [PastProject(source="w.md", client="c", service="spot", hours_actual=Decimal(30), tags=("units:1",))]
    assert "Check this" in explain([estimate(spot, item, wild)])
    tame = [PastProject(source="t.md", client="c", service="spot", hours_actual=Decimal(4), tags=("units:1",))]
    assert "Check this" not in explain([estimate(spot, item, tame)])


def test_a_cancelled_project_counts_by_its_estimate_only() -> None:
    service = make_profile().service("logo")
    killed = PastProject(source="k.md", client="x", title="Logo", service="logo", hours_estimated=Decimal(36),
                         hours_actual=Decimal(14), outcome="cancelled")  # fmt: skip
    evidence = project_evidence(killed, service)
    assert evidence is not None
    assert (evidence.hours, evidence.hours_kind) == (Decimal(36), "estimated")


def test_the_explanation_says_when_hours_were_rounded_up_to_the_quarter_hour() -> None:
    spot = make_profile().service("spot")
    item = Deliverable(description="spots", quantity=2, service="spot")
    past = [PastProject(source="p.md", client="c", service="spot", hours_actual=Decimal("3.1"), tags=("units:1",))]
    text = explain([estimate(spot, item, past)])
    assert "2 illustration(s) at 3.10 h each = 6.2 h, rounded up to the quarter hour: 6.25 h" in text
    even = [PastProject(source="e.md", client="c", service="spot", hours_actual=Decimal(3), tags=("units:1",))]
    assert "rounded" not in explain([estimate(spot, item, even)])
