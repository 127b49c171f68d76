"""Every view of a quote states the same totals rows: the TUI's table, the Markdown, the HTML page."""

import datetime as dt
import html
import re

import pytest
from rich.console import Group
from rich.table import Table

from assistant.tools.quote import build_quote
from assistant.tools.quote_models import Deliverable, Quote, QuoteRequest
from assistant.tools.quote_render import to_html, to_markdown, to_rich, to_text
from tests.unit.tools.tools_helpers import TODAY, make_profile


def _quote(locale: str, inclusive: bool, returning: bool = True) -> Quote:
    profile = make_profile(locale=locale, tax={"name": "VAT", "rate_percent": "7.7", "inclusive": inclusive})
    request = QuoteRequest(
        service="spot",
        deliverables=[Deliverable(description="Blog spots", quantity=4)],
        deadline=TODAY + dt.timedelta(days=30),
        client="Ada & Co",
        returning=returning,
    )
    return build_quote(request, profile, lambda s, d, k: [], today=TODAY)


def _markdown_totals(quote: Quote) -> list[tuple[str, str]]:
    rows = re.findall(r"^\| (\**[^|*]+?\**) \| \| \| (\**[^|*]+?\**) \|$", to_markdown(quote), re.M)
    return [(label.strip("*"), amount.strip("*")) for label, amount in rows]


def _tui_totals(quote: Quote) -> list[tuple[str, str]]:
    view = to_rich(quote)
    assert isinstance(view, Group)
    table = view.renderables[0]
    assert isinstance(table, Table)
    labels = [str(cell) for cell in table.columns[0].cells][len(quote.line_items) :]
    amounts = [str(cell) for cell in table.columns[3].cells][len(quote.line_items) :]
    return list(zip(labels, amounts, strict=True))


def _html_totals(quote: Quote) -> list[tuple[str, str]]:
    foot = to_html(quote).split("<tfoot>")[1].split("</tfoot>")[0]
    rows = re.findall(r"<td colspan=3>(.*?)</td><td class=num>(.*?)</td>", foot)
    return [(html.unescape(label), html.unescape(amount)) for label, amount in rows]


@pytest.mark.parametrize(
    ("locale", "inclusive", "returning"),
    [("en", False, True), ("de_DE", False, True), ("en", True, True), ("de_DE", True, False)],
)
def test_every_view_shows_the_same_totals_rows(locale: str, inclusive: bool, returning: bool) -> None:
    quote = _quote(locale, inclusive, returning)
    assert quote.tax > 0 and bool(quote.discount) is returning
    rows = _markdown_totals(quote)
    assert _tui_totals(quote) == rows
    assert _html_totals(quote) == rows
    assert [label for label, _ in rows].count("Total") == 1
    assert ("Net" in dict(rows)) is returning  # a net row only when a discount makes it differ from the subtotal
    rate = "7,7" if locale == "de_DE" else "7.7"
    assert any(f"VAT {rate} %" in label for label, _ in rows), "the rate is written for the locale"
    if inclusive:
        assert [label for label, _ in rows][-2:] == ["Total", f"of which VAT {rate} %"]


def test_the_mail_text_writes_the_rate_for_the_locale() -> None:
    text = to_text(_quote("de_DE", False), ["2 spot illustrations"])
    assert text.startswith("For 2 spot illustrations I estimate ") and " with VAT 7,7 %). " in text  # as the PDF
    price, timing = text.split("\n\n")  # the price, its terms and the pointer to the PDF, then the timing
    terms = "That includes 1 revision round. I ask for a 40 % deposit to start."  # the test profile's terms
    assert (
        price.count(". ") == 3
        and terms in price
        and "attached quote" in price
        and timing == "I can deliver the final files by 25. Dezember 2026."
    )
    assert "7.7" not in text


def test_a_note_writes_its_hours_in_the_quotes_locale() -> None:
    # "jede weitere Runde sind 1.5 Std." wrote an English decimal point in a German quote
    note = "Poster includes 2 revision rounds; each further round is 1.5 h (127,50 €)."
    quote = _quote("de_DE", inclusive=False).model_copy(update={"language": "de", "notes": [note]})
    shown = to_markdown(quote, for_client=True)
    assert "1,5 Std." in shown and "1.5" not in shown
    assert "1,5 Std." in to_html(quote)


def test_a_line_named_by_the_units_own_word_says_its_count_once() -> None:
    from assistant.i18n import translator
    from assistant.tools.quote_words import work_line

    assert work_line(translator("de"), "Plakate", 3, "poster") == "3 Plakate"  # not "Plakate (3 Plakate)"
    assert work_line(translator("fr"), "affiche", 1, "poster") == "1 affiche"
    assert work_line(translator("de"), "Ausstellungsplakat", 3, "poster") == "Ausstellungsplakat (3 Plakate)"


def test_several_of_a_service_named_by_its_unit_are_counted_without_brackets() -> None:
    from assistant.i18n import translator
    from assistant.tools.quote_words import in_prose

    fr, es, it = translator("fr"), translator("es"), translator("it")  # names as a sentence writes them
    assert in_prose(fr, 3, "illustration", "illustration éditoriale") == ("3 illustrations", True)  # no agreement
    assert in_prose(es, 3, "design", "diseño de envases") == ("3 diseños de envases", True)  # the complement stays
    assert in_prose(it, 2, "design", "design del packaging") == ("2 design del packaging", True)
    assert in_prose(es, 1, "illustration", "ilustración editorial") == ("una ilustración editorial", True)
