"""Every view of a quote, and its totals rows computed once (:func:`totals_rows`).

The views: Markdown, JSON, an HTML page (from a template that a PDF renderer can reuse), the summary a reply
carries, and the table the TUI shows.

Two audiences: the freelancer's Markdown shows how the price was worked out, citing past projects (other
clients' names included); the client's versions (``for_client=True`` Markdown, the HTML and the mail text) leave
that out, so no other client's name or price ever reaches an outbound document. Money, dates, rates and
quantities are written by babel for the quote's locale.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from babel.dates import format_date
from babel.lists import format_list

from assistant import i18n
from assistant.i18n import N_, translator
from assistant.tools import quote_words as words
from assistant.tools.money import format_money, format_number
from assistant.tools.quote_models import LineItem, Quote, QuoteOption

if TYPE_CHECKING:
    import jinja2
    from rich.console import RenderableType

    from assistant.profile import Profile

HTML_TEMPLATE = "quote.html.j2"
OPTION_LABELS = (N_("Essential"), N_("Recommended"), N_("Extended"))
"""The three options' names, as :mod:`assistant.tools.quote` writes them, marked for the catalogs."""


class TotalsRow(NamedTuple):
    """One row under the line items: a label, the amount the quote states, and whether it is the one to pay."""

    label: str
    amount: Decimal
    strong: bool = False


def totals_rows(quote: Quote) -> list[TotalsRow]:
    """Subtotal, discount and net, tax and total, as the quote states them (never recomputed here).

    Every view prints exactly these rows. A tax-inclusive price shows the total first and the tax it contains
    after it; otherwise the tax is added above the total.
    """
    t = _translator(quote)
    rows = [TotalsRow(t.gettext("Subtotal"), quote.subtotal)]
    if quote.discount:
        label = t.gettext("Discount")
        label = f"{label} ({words.localise(quote.discount_label, t)})" if quote.discount_label else label
        rows += [TotalsRow(label, -quote.discount), TotalsRow(t.gettext("Net"), quote.net)]
    tax = _tax_label(quote)
    total = t.gettext("Total")
    if quote.tax_inclusive:
        rows += [TotalsRow(total, quote.total, True), TotalsRow(t.gettext("of which %s") % tax, quote.tax)]
    else:
        rows += [TotalsRow(tax, quote.tax), TotalsRow(total, quote.total, True)]
    return rows


def language(quote: Quote) -> str:
    """The language the client's views are written in (the drafter sets the client's; English otherwise)."""
    return quote.language


def localised(quote: Quote, lang: str, profile: Profile) -> Quote:
    """The quote in ``lang``: its views speak that language and write their numbers in its locale.

    The payment terms and the services' names become the freelancer's own in that language when the profile
    gives them. The daemon's replies and the chat's quotes both come through here.
    """
    update: dict[str, object] = {"locale": i18n.client_locale(lang, profile.locale), "language": lang}
    if own := profile.payment.terms_in(lang):
        update["payment_terms"] = own
    update["service_names"] = profile.service_names_in(lang)
    return quote.model_copy(update=update)


def option_label(option: QuoteOption, quote: Quote) -> str:
    """The option's name in the quote's language."""
    return _translator(quote).gettext(option.label)


def option_description(option: QuoteOption, quote: Quote) -> str:
    """What the option includes, in the quote's language (made from its name and its revision rounds)."""
    t = _translator(quote)
    n = option.revision_rounds
    if option.name == "minimum":
        text = t.ngettext(
            "A leaner process, with %(num)d revision round.", "A leaner process, with %(num)d revision rounds.", n
        )
    elif option.name == "premium":
        text = t.ngettext(
            "More exploration, and %(num)d revision round.", "More exploration, and %(num)d revision rounds.", n
        )
    else:
        text = t.ngettext(
            "The work as asked, with %(num)d revision round.", "The work as asked, with %(num)d revision rounds.", n
        )
    return text % {"num": n}


def to_json(quote: Quote) -> str:
    """The whole quote as JSON (Decimals as strings, so no figure changes on the way)."""
    return quote.model_dump_json(indent=2)


def to_markdown(quote: Quote, *, for_client: bool = False) -> str:
    """The quote as Markdown, in the quote's language; the freelancer's version adds the explanation and the floor.

    It reads the same context as the HTML and the PDF (:func:`html_context`), so a German chat shows the labels,
    lines, options and notes the German client would read, not English ones with German money.
    """
    view = html_context(quote)
    _, m, d = view["_"], view["money"], view["date"]
    bold = {key: f"**{value}**" if key in ("amount", "balance") else value for key, value in view["deposit"].items()}
    version = f" ({_('version %(num)d') % {'num': quote.version}})" if quote.version > 1 else ""
    lines = [
        "# " + _("Quote %(number)s") % {"number": quote.number} + version,
        "",
        f"**{view['brand']}**" + "".join(f" · {part}" for part in view["contact"]),
        "",
        f"- **{_('For')}:** {quote.client or _('to be confirmed')}"
        + (f" <{quote.client_email}>" if quote.client_email else ""),
        "- "
        + _("Date: %(date)s") % {"date": d(quote.date)}
        + " · "
        + _("Valid until: %(date)s") % {"date": d(quote.valid_until)},
        f"- **{_('Delivery')}:** {d(quote.delivery_date)}" + (f" ({_('rush')})" if quote.rush else ""),
        "",
        f"## {view['title']}",
        "",
        f"| {_('Item')} | {_('Quantity')} | {_('Unit price')} | {_('Amount')} |",
        "|---|---:|---:|---:|",
    ]
    lines += [
        f"| {_cell(li['description'])} | {li['quantity']} | {li['unit_price']} | {li['amount']} |"
        for li in view["lines"]
    ]
    for row in view["totals"]:
        cells = (f"**{row.label}**", f"**{m(row.amount)}**") if row.strong else (row.label, m(row.amount))
        lines.append(f"| {cells[0]} | | | {cells[1]} |")
    lines += [
        "",
        _("Deposit %(percent)s %%: %(amount)s, due %(due)s") % bold
        + ". "
        + _("Balance: %(balance)s, due %(balance_due)s") % bold
        + ".",
        "",
        f"## {_('Options')}",
        "",
        f"| {_('Option')} | {_('What it includes')} | {_('Revision rounds')} | {_('Total')} |",
        "|---|---|---:|---:|",
    ]
    lines += [f"| {o['label']} | {_cell(o['description'])} | {o['rounds']} | {o['total']} |" for o in view["options"]]
    if not for_client:
        lines += ["", "## How this price was worked out (not for the client)", "", quote.explanation]
        lines += ["", f"Floor for this order: {m(quote.floor)} before tax and expenses."]
    for heading, items in view["lists"]:
        lines += ["", f"## {heading}", ""] + [f"- {item}" for item in items]
    lines += ["", f"## {_('Payment terms')}", "", quote.payment_terms, ""]
    return "\n".join(lines)


def html_context(quote: Quote) -> dict[str, Any]:
    """What the HTML template reads: the quote, formatters, the rows already written for the locale, and ``_``.

    The PDF (:func:`to_pdf`) renders the same template with this context, so the two cannot drift. ``_`` is the
    catalog of the quote's language (its locale), so every label is in the client's language.
    """
    m, d = _formatters(quote)
    t = _translator(quote)
    issuer = quote.issuer

    def iso(text: str) -> str:
        return d(dt.date.fromisoformat(text))

    def decimal(text: str) -> str:
        return format_number(Decimal(text), quote.locale)

    return {
        "q": quote,
        "_": t.gettext,
        "lang": language(quote),
        "money": m,
        "date": d,
        "brand": issuer.business or issuer.name,
        "title": client_title(quote),
        "contact": [  # each part kept whole on a line; the website as a letterhead writes it, without its scheme
            p
            for p in (issuer.name if issuer.business else "", issuer.email, _bare(issuer.website), issuer.location)
            if p
        ],
        "lines": [
            {
                "description": named(words.localise(li.description, t), quote),
                "quantity": _quantity(li, quote),
                "unit_price": m(li.unit_price),
                "amount": m(li.amount),
            }
            for li in quote.line_items
        ],
        "totals": totals_rows(quote),
        "deposit": _deposit(quote),
        "options": [
            {
                "label": option_label(o, quote),
                "description": option_description(o, quote),
                "rounds": o.revision_rounds,
                "total": m(o.total),
                "chosen": o.name == "target",
            }
            for o in quote.options
        ],
        "lists": [
            (title, items)
            for title, items in (
                (t.gettext("Notes"), [named(words.localise(n, t, iso, decimal), quote) for n in quote.notes]),
                (t.gettext("Questions"), [named(words.localise(q, t, iso, decimal), quote) for q in quote.questions]),
            )
            if items
        ],
    }


def to_html(quote: Quote) -> str:
    """A standalone HTML page for the client: inline CSS, no external assets, prints cleanly on A4."""
    return _templates().get_template(HTML_TEMPLATE).render(html_context(quote))


def to_pdf(quote: Quote) -> bytes:
    """The client's quote document: the HTML page printed to A4 by WeasyPrint (Pango lays out the text).

    Fonts are the system's (fontconfig); the page loads nothing from the network.
    """
    import weasyprint

    pdf = weasyprint.HTML(string=to_html(quote)).write_pdf()
    if pdf is None:  # only when a target file is given
        raise ValueError("WeasyPrint returned no document")
    return bytes(pdf)


def pdf_filename(quote: Quote) -> str:
    """``quote-Q-2026-014.pdf``: what the attachment is called."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in quote.number)
    return _translator(quote).gettext("quote") + f"-{safe}.pdf"


SUMMARY_PRICE = N_("For %(items)s I estimate %(net)s net (%(total)s with %(tax)s).")
SUMMARY_PRICE_INCLUSIVE = N_("For %(items)s I estimate %(total)s including %(tax)s.")
SUMMARY_POINTER = N_(
    "In the attached quote %(number)s you will also find a smaller and a larger option, the deposit, the validity "
    "and the payment terms."
)
SUMMARY_ROUNDS = N_("That includes %(rounds)s.")
SUMMARY_DEPOSIT = N_("I ask for a %(deposit)s deposit to start.")
SUMMARY_DATE = N_("I can deliver the final files by %(date)s.")
SUMMARY_SENTENCES = (
    SUMMARY_PRICE,
    SUMMARY_PRICE_INCLUSIVE,
    SUMMARY_ROUNDS,
    SUMMARY_DEPOSIT,
    SUMMARY_POINTER,
    SUMMARY_DATE,
)
"""The summary's sentences (msgids; the pointer also has an ``informal`` context), for readers of a reply."""


def to_text(
    quote: Quote,
    items: Sequence[str],
    *,
    informal: bool = False,
    price_notes: Sequence[str] = (),
    date_notes: Sequence[str] = (),
) -> str:
    """The quote summary a reply carries, as the freelancer writes it; the only place a reply states a price or date.

    Two paragraphs, as the freelancer's own replies have them: the price (what was priced, ``items``, the
    quantities in the rate card's words, see :func:`assistant.tools.brief_dates.priced_items`; the recommended
    option's net and total), the revision rounds it includes and the deposit asked to start (her replies say both
    every time), then a pointer to the attached PDF, which holds the other options, the deposit's amount and due
    date, the validity and the terms; then the timing, the delivery date. ``price_notes`` and ``date_notes`` (a
    budget far too low, a date too soon: :func:`assistant.tools.brief_dates.reply_notes`) follow the sentence they
    are about.
    Every sum is one the PDF prints the same way (the same formatters); the date is the PDF's delivery date,
    written out as a sentence writes it. Nothing in it comes from the inquiry's
    words, so the block can be trusted. ``informal`` writes the pointer with du/tu/tú/tu/je. It is set in its
    language's typography (:func:`assistant.i18n.typeset`), as the reply's body is, so the policy gate finds
    the block in the body exactly as it is printed.
    """
    t = _translator(quote)
    m, _ = _formatters(quote)
    target = quote.option("target")
    values = {
        "items": format_list(list(items), locale=language(quote)),
        "net": m(target.net),
        "total": m(target.total),
        "tax": _tax_label(quote),
        "date": prose_date(quote, quote.delivery_date),
        "number": quote.number,
        "rounds": words.revision_rounds(t, target.revision_rounds),
        "deposit": f"{format_number(quote.deposit_percent, quote.locale)} %",
    }
    price = t.gettext(SUMMARY_PRICE_INCLUSIVE if quote.tax_inclusive else SUMMARY_PRICE) % values
    terms = [
        *([t.gettext(SUMMARY_ROUNDS) % values] if target.revision_rounds else []),
        *([t.gettext(SUMMARY_DEPOSIT) % values] if quote.deposit_percent else []),
    ]
    pointer = (t.pgettext("informal", SUMMARY_POINTER) if informal else t.gettext(SUMMARY_POINTER)) % values
    timing = t.gettext(SUMMARY_DATE) % values
    text = " ".join([price, *price_notes, *terms, pointer]) + "\n\n" + " ".join([timing, *date_notes])
    return i18n.typeset(language(quote), text)


def to_rich(quote: Quote) -> RenderableType:
    """What the TUI shows: the lines and totals as a table, then the three options and the key dates.

    In the quote's language, from the same context as the HTML (:func:`html_context`), as the Markdown is.
    """
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    view = html_context(quote)
    _, m = view["_"], view["money"]
    lines = Table(title=f"{quote.number} · {view['title']}", expand=True, show_edge=False, box=box.SIMPLE_HEAD)
    lines.add_column(_("Item"), ratio=3, min_width=10)
    lines.add_column(_("Qty"), justify="right", no_wrap=True)
    lines.add_column(_("Unit price"), justify="right", no_wrap=True)
    lines.add_column(_("Amount"), justify="right", no_wrap=True)
    for item in view["lines"]:
        lines.add_row(item["description"], item["quantity"], item["unit_price"], item["amount"])
    lines.add_section()
    for row in view["totals"]:
        style = "bold" if row.strong else ""
        lines.add_row(Text(row.label, style=style), "", "", Text(m(row.amount), style=style))
    options = Table(expand=True, show_edge=False, title=_("Options"), box=box.SIMPLE_HEAD)
    options.add_column(_("Option"), min_width=8)
    options.add_column(_("Hours"), justify="right", no_wrap=True)
    options.add_column(_("Rounds"), justify="right", no_wrap=True)
    options.add_column(_("Total"), justify="right", no_wrap=True)
    for option, shown in zip(quote.options, view["options"], strict=True):
        hours = format_number(option.hours, quote.locale)
        options.add_row(shown["label"], hours, str(option.revision_rounds), shown["total"])
    delivery = quote.delivery_date.isoformat() + (f" ({_('rush')})" if quote.rush else "")
    footer = Text(
        _("Delivery %(delivery)s · valid until %(valid)s · deposit %(deposit)s · status %(status)s")
        % {"delivery": delivery, "valid": quote.valid_until.isoformat(), "deposit": m(quote.deposit),
           "status": quote.status},
        style="dim",
    )  # fmt: skip
    return Group(lines, options, footer)


@functools.cache
def _templates() -> jinja2.Environment:
    """The template environment; every value it prints is set in the typography of the page's language.

    So the freelancer's own French (payment terms, service names, notes) is spaced as code-written French is,
    by :func:`assistant.i18n.typeset`, the one owner of that rule.
    """
    import jinja2

    @jinja2.pass_context
    def typeset(context: jinja2.runtime.Context, value: object) -> object:
        return i18n.typeset(context["lang"], value) if isinstance(value, str) else value

    return jinja2.Environment(
        loader=jinja2.PackageLoader("assistant.tools", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        finalize=typeset,
    )


def _translator(quote: Quote) -> gettext.NullTranslations:
    return translator(language(quote))


def _formatters(quote: Quote) -> tuple[Callable[[Decimal], str], Callable[[dt.date], str]]:
    def money(amount: Decimal) -> str:
        return format_money(amount, quote.currency, quote.locale)

    def date(value: dt.date) -> str:
        return str(format_date(value, format="medium", locale=quote.locale.replace("-", "_")))

    return money, date


def _bare(url: str) -> str:
    """``https://lindqvist.example/`` as a letterhead writes it: ``lindqvist.example``."""
    return re.sub(r"^https?://", "", url.strip()).rstrip("/")


def prose_date(quote: Quote, value: dt.date) -> str:
    """A date inside a sentence, as a person writes it: "bis zum 1. August 2027", "le 15 février 2027".

    The PDF's tables keep the compact form ("01.08.2027"). The summary's one date sentence is its only user. French
    writes the first of a month as an ordinal ("le 1er février 2027"), which babel's pattern does not.
    """
    written = str(format_date(value, format="long", locale=quote.locale.replace("-", "_")))
    if value.day == 1 and quote.locale.split("-")[0].split("_")[0] == "fr":
        return re.sub(r"^1(?=\s)", "1er", written)
    return written


def _deposit(quote: Quote) -> dict[str, str]:
    m, d = _formatters(quote)
    return {
        "percent": format_number(quote.deposit_percent, quote.locale),
        "amount": m(quote.deposit),
        "due": d(quote.deposit_due),
        "balance": m(quote.balance),
        "balance_due": d(quote.balance_due),
    }


def _quantity(line: LineItem, quote: Quote) -> str:
    if line.kind in ("rush", "floor", "expense") and line.quantity == 1:
        return ""
    number = format_number(line.quantity, quote.locale)
    return words.units(_translator(quote), line.quantity, line.unit, number)


def _tax_label(quote: Quote) -> str:
    """``MwSt. 19 %``: the tax's name in the quote's language (when the catalog knows it) and its rate."""
    name = words.tax_name(_translator(quote), quote.tax_name)
    return f"{name} {format_number(quote.tax_rate_percent, quote.locale)} %"


def client_title(quote: Quote) -> str:
    """The quote's title in its language, when code made it from the service names and the client."""
    return named(words.localise_title(quote.title, _translator(quote), quote.client), quote)


def named(text: str, quote: Quote) -> str:
    """``text`` with each rate-card name the freelancer gave in the quote's language written that way.

    The quote's lines and title are built with the card's own names ("Packaging design"); a Spanish client reads
    "Diseño de envases" wherever the profile names it so (:attr:`Quote.service_names`), in any letter case.
    """
    for card, own in sorted(quote.service_names.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(re.escape(card), own.replace("\\", "\\\\"), text, flags=re.IGNORECASE)
    return text


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
