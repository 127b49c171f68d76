from decimal import Decimal

from assistant.tools import brief_extract as ex
from tests.unit.tools.tools_helpers import make_profile


def test_service_is_guessed_from_keywords_and_ties_are_refused() -> None:
    profile = make_profile()
    assert ex.guess_service("We need a new logo, a wordmark really.", profile) == "logo"
    assert ex.guess_service("A gig poster for our tour", profile) == "poster"
    assert ex.guess_service("a logo and a poster", profile) is None
    assert ex.guess_service("hello there", profile) is None


def test_counted_deliverables_prefer_the_unit_and_skip_names_and_ranges() -> None:
    spot = make_profile().service("spot")
    text = "We publish four to six books. Kontor 7 spot art. We need 12 small illustrations and a spot icon."
    found = ex.find_deliverables(text, spot)
    assert [(d.description, d.quantity) for d in found] == [("small illustrations", 12)]


def test_budgets_in_many_spellings() -> None:
    for text in ("Our budget is around €1,500.", "budget: 1.500 EUR", "up to 1500 euros"):
        budget = ex.find_budget(text)
        assert budget is not None and (budget.amount, budget.currency) == (Decimal(1500), "EUR"), text
    budget = ex.find_budget("We paid $90 for fonts. Our budget is 3k USD")
    assert budget is not None and (budget.amount, budget.currency) == (Decimal(3000), "USD")
    assert ex.find_budget("no money talk") is None


def test_names_and_companies_from_signatures() -> None:
    text = "Hi,\n\nplease quote.\n\nBest regards,\nJonas Weber\nBrand Manager, Acme GmbH\n"
    assert ex.find_sign_off_name(text) == "Jonas Weber"
    assert ex.find_company(text) == "Acme GmbH"
    assert ex.find_company("thanks\nMarco\n\nSent from my iPhone") == ""


def test_grounding_rejects_invented_text() -> None:
    source = "We want a cheerful otter mascot for our snack brand."
    assert ex.grounded("cheerful otter mascot", source)
    assert not ex.grounded("a dragon for a bank", source)
    assert ex.number_in_text(12, "twelve spreads") and ex.number_in_text(12, "12 spreads")
    assert not ex.number_in_text(12, "112 spreads")


def test_a_named_extra_is_one_more_unit_unless_it_is_not_wanted() -> None:
    from pathlib import Path

    from assistant.profile import load_profile
    from assistant.tools.brief_counts import all_deliverables

    profile = load_profile(Path(__file__).resolve().parents[3] / "examples" / "profile.toml")
    book = "We need 14 double-page spreads for a picture book, plus the cover, by next autumn."

    def items(text: str) -> list[tuple[str, int, str | None]]:
        return [(d.description, d.quantity, d.service) for d in all_deliverables(text, profile, None)]

    assert items(book) == [
        ("double-page spreads", 14, "book-illustration"),
        ("cover", 1, "book-illustration"),
    ]
    in_house = "We need 14 spreads for a picture book. The cover is designed in-house by our art director."
    assert [d[0] for d in items(in_house)] == ["spreads"]
    # a magazine cover is editorial work, not an extra spread of a book nobody asked for
    assert all(d[2] != "book-illustration" for d in items("One illustration for our magazine cover, please."))
