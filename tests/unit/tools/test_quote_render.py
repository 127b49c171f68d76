import datetime as dt
import re
from decimal import Decimal

from assistant.i18n import typeset
from assistant.memory.models import PastProject
from assistant.tools.quote import build_quote
from assistant.tools.quote_models import Deliverable, Quote, QuoteRequest
from assistant.tools.quote_render import prose_date, to_html, to_json, to_markdown, to_text
from tests.unit.tools.tools_helpers import TODAY, make_profile


def _quote(locale: str = "en", client: str = "Ada & Co") -> Quote:
    profile = make_profile(locale=locale)
    projects = [PastProject(source="b.md", client="OtherClient GmbH", title="Secret book", service="spot",
                            hours_actual=Decimal(12), tags=("units:4",), similarity=0.9)]  # fmt: skip
    req = QuoteRequest(
        service="spot",
        deliverables=[Deliverable(description="Blog spots", quantity=4)],
        deadline=TODAY + dt.timedelta(days=5),
        client=client,
        returning=True,
    )
    return build_quote(req, profile, lambda s, d, k: projects, today=TODAY)


def test_markdown_for_the_freelancer_explains_and_for_the_client_does_not() -> None:
    quote = _quote()
    mine = to_markdown(quote)
    assert "€1,555.20" in mine  # (12 h x 80 = 960, +50 % rush, -10 %) + 20 % VAT
    assert "Secret book for OtherClient GmbH" in mine
    theirs = to_markdown(quote, for_client=True)
    assert "OtherClient" not in theirs and "Secret book" not in theirs and "Floor" not in theirs
    assert "Discount (returning client 10 %)" in theirs


def test_json_round_trips_every_figure() -> None:
    quote = _quote()
    assert Quote.model_validate_json(to_json(quote)) == quote


def test_html_is_standalone_escaped_and_client_safe() -> None:
    quote = _quote(locale="de_DE", client="<script>alert(1)</script>")
    page = to_html(quote)
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert not re.search(r"<(link|img|script)\b|src=|url\(", page)
    assert "@media print" in page
    assert "1.555,20\xa0€" in page
    assert "OtherClient" not in page and "Secret book" not in page


def test_french_html_sets_the_freelancers_own_words_in_french_typography() -> None:
    # the profile's French payment terms were printed with a plain space before ";": the PDF is this page
    quote = _quote().model_copy(
        update={"language": "fr", "locale": "fr", "payment_terms": "Acompte de 50 % ; solde: 14 jours. «Droits»"}
    )
    html = to_html(quote)
    assert "Acompte de 50 %\u202f; solde\u202f: 14 jours. «\u202fDroits\u202f»" in html
    assert ":root { color:" in html  # the page's own CSS is not text, and is left alone


def test_each_service_gets_its_own_revision_note_so_every_one_is_translated() -> None:
    request = QuoteRequest(
        service="poster",
        deliverables=[
            Deliverable(description="posters", quantity=2, service="poster"),
            Deliverable(description="Logo", quantity=1, service="logo"),
        ],
        client="Eastbank Books",
    )
    notes = build_quote(request, make_profile(), today=TODAY).notes
    revision = [n for n in notes if "revision round" in n]
    assert len(revision) == 2 and all(n.count(" includes ") == 1 for n in revision)


def test_the_french_summary_is_set_as_the_body_prints_it() -> None:
    # a change order's block was not, so the policy gate could not find it in the typeset body
    quote = _quote().model_copy(update={"language": "fr", "locale": "fr"})
    text = to_text(quote, ["2 affiches"], price_notes=["Note: votre budget; le mien"])
    assert "Note\u202f: votre budget\u202f; le mien" in text and text == typeset("fr", text)


def test_the_summary_date_is_written_out_and_french_says_the_first_as_an_ordinal() -> None:
    quote = _quote("fr_FR")
    assert prose_date(quote, dt.date(2027, 2, 1)) == "1er février 2027"
    assert prose_date(quote, dt.date(2027, 2, 11)) == "11 février 2027"
    assert prose_date(_quote("de_DE"), dt.date(2027, 2, 1)) == "1. Februar 2027"
    assert prose_date(_quote("en"), dt.date(2027, 2, 1)) == "February 1, 2027"
