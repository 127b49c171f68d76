"""Quotes as Markdown, JSON and a standalone HTML page a client can receive and print.

Two audiences: the freelancer's Markdown shows how the price was worked out, citing past projects (other
clients' names included); the client's versions (``for_client=True`` Markdown, and HTML always) leave that out,
so no other client's name or price ever reaches an outbound document.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from decimal import Decimal

from babel.dates import format_date

from assistant.tools.money import format_money, format_number
from assistant.tools.quote_models import LineItem, Quote


def to_json(quote: Quote) -> str:
    """The whole quote as JSON (Decimals as strings, so no figure changes on the way)."""
    return quote.model_dump_json(indent=2)


def to_markdown(quote: Quote, *, for_client: bool = False) -> str:
    """The quote as Markdown; the freelancer's version adds the explanation and the floor."""
    m, d = _formatters(quote)
    issuer = quote.issuer
    lines = [
        f"# Quote {quote.number}" + (f" (version {quote.version})" if quote.version > 1 else ""),
        "",
        f"**{issuer.business or issuer.name}**"
        + "".join(
            f" · {part}"
            for part in (issuer.name if issuer.business else "", issuer.email, issuer.website, issuer.location)
            if part
        ),
        "",
        f"- **For:** {quote.client or 'to be confirmed'}" + (f" <{quote.client_email}>" if quote.client_email else ""),
        f"- **Date:** {d(quote.date)} · **Valid until:** {d(quote.valid_until)}",
        f"- **Delivery:** {d(quote.delivery_date)}" + (" (rush)" if quote.rush else ""),
        "",
        f"## {quote.title}",
        "",
        "| Item | Quantity | Unit price | Amount |",
        "|---|---:|---:|---:|",
    ]
    lines += [
        f"| {_cell(li.description)} | {_quantity(li, quote)} | {m(li.unit_price)} | {m(li.amount)} |"
        for li in quote.line_items
    ]
    for label, amount in _totals(quote):
        lines.append(
            f"| **{label}** | | | **{m(amount)}** |" if label.startswith("Total") else f"| {label} | | | {m(amount)} |"
        )
    lines += [
        "",
        _deposit_line(quote).replace("<b>", "**").replace("</b>", "**"),
        "",
        "## Options",
        "",
        "| Option | What it includes | Revision rounds | Total |",
        "|---|---|---:|---:|",
    ]
    lines += [f"| {o.label} | {o.description} | {o.revision_rounds} | {m(o.total)} |" for o in quote.options]
    if not for_client:
        lines += ["", "## How this price was worked out (not for the client)", "", quote.explanation]
        lines += ["", f"Floor for this order: {m(quote.floor)} before tax and expenses."]
    for heading, items in (("Notes", quote.notes), ("Questions", quote.questions)):
        if items:
            lines += ["", f"## {heading}", ""] + [f"- {item}" for item in items]
    lines += ["", "## Payment terms", "", quote.payment_terms, ""]
    return "\n".join(lines)


def to_html(quote: Quote) -> str:
    """A standalone HTML page for the client: inline CSS, no external assets, prints cleanly on A4."""
    m, d = _formatters(quote)
    e = html.escape
    issuer = quote.issuer
    rows = "\n".join(
        f"<tr><td>{e(li.description)}</td><td class=num>{e(_quantity(li, quote))}</td>"
        f"<td class=num>{e(m(li.unit_price))}</td><td class=num>{e(m(li.amount))}</td></tr>"
        for li in quote.line_items
    )
    totals = "\n".join(
        f"<tr class='{'total' if label.startswith('Total') else 'sum'}'><td colspan=3>{e(label)}</td>"
        f"<td class=num>{e(m(amount))}</td></tr>"
        for label, amount in _totals(quote)
    )
    options = "\n".join(
        f"<tr><td><strong>{e(o.label)}</strong></td><td>{e(o.description)}</td>"
        f"<td class=num>{o.revision_rounds}</td><td class=num>{e(m(o.total))}</td></tr>"
        for o in quote.options
    )
    lists = "".join(
        f"<h2>{title}</h2><ul>{''.join(f'<li>{e(item)}</li>' for item in items)}</ul>"
        for title, items in (("Notes", quote.notes), ("Questions", quote.questions))
        if items
    )
    contact = " · ".join(
        e(p) for p in (issuer.name if issuer.business else "", issuer.email, issuer.website, issuer.location) if p
    )
    version = f" (version {quote.version})" if quote.version > 1 else ""
    email = f"<br>{e(quote.client_email)}" if quote.client_email else ""
    rush = " (rush)" if quote.rush else ""
    return f"""<!DOCTYPE html>
<html lang="{e(quote.locale.split("_")[0])}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quote {e(quote.number)}: {e(quote.title)}</title>
<style>{_CSS}</style>
</head>
<body>
<main>
<header>
<div><div class=brand>{e(issuer.business or issuer.name)}</div><div class=muted>{contact}</div></div>
<div class=meta><h1>Quote {e(quote.number)}{version}</h1>
<div>Date: {e(d(quote.date))}</div><div>Valid until: {e(d(quote.valid_until))}</div></div>
</header>
<section class=parties>
<div><span class=muted>For</span><br><strong>{e(quote.client or "to be confirmed")}</strong>{email}</div>
<div><span class=muted>Delivery</span><br><strong>{e(d(quote.delivery_date))}</strong>{rush}</div>
</section>
<h2>{e(quote.title)}</h2>
<table>
<thead><tr><th>Item</th><th class=num>Quantity</th><th class=num>Unit price</th><th class=num>Amount</th></tr></thead>
<tbody>
{rows}
</tbody>
<tfoot>
{totals}
</tfoot>
</table>
<p class=deposit>{_deposit_line(quote, escape=True)}</p>
<h2>Options</h2>
<table class=options>
<thead><tr><th>Option</th><th>What it includes</th><th class=num>Revision rounds</th>
<th class=num>Total</th></tr></thead>
<tbody>
{options}
</tbody>
</table>
{lists}
<h2>Payment terms</h2>
<p>{e(quote.payment_terms)}</p>
</main>
</body>
</html>
"""


_CSS = """
:root { color: #1d1d1f; font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
body { margin: 0; background: #f4f4f2; }
main { max-width: 46rem; margin: 2rem auto; padding: 2.5rem; background: #fff; }
header { display: flex; justify-content: space-between; gap: 2rem; border-bottom: 2px solid #1d1d1f;
  padding-bottom: 1rem; }
h1 { font-size: 1.3rem; margin: 0 0 .3rem; } h2 { font-size: 1.05rem; margin: 1.8rem 0 .6rem; }
.brand { font-size: 1.3rem; font-weight: 700; } .muted { color: #6b6b6b; font-size: .85rem; }
.meta { text-align: right; }
.parties { display: flex; gap: 4rem; margin: 1.2rem 0; }
table { width: 100%; border-collapse: collapse; }
th, td { padding: .45rem .4rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 1px solid #1d1d1f; font-size: .85rem; } tbody td { border-bottom: 1px solid #e3e3e0; }
.num { text-align: right; white-space: nowrap; } tfoot td { border: 0; }
tfoot tr.sum td:first-child { text-align: right; }
tfoot tr.total td { font-weight: 700; font-size: 1.1rem; border-top: 2px solid #1d1d1f; }
tfoot tr.total td:first-child { text-align: right; } .deposit { margin-top: 1rem; }
@media print { body { background: #fff; } main { margin: 0; padding: 0; max-width: none; }
  @page { size: A4; margin: 18mm; } table, tr { page-break-inside: avoid; } }
"""


def _formatters(quote: Quote) -> tuple[Callable[[Decimal], str], Callable[[dt.date], str]]:
    def money(amount: Decimal) -> str:
        return format_money(amount, quote.currency, quote.locale)

    def date(value: dt.date) -> str:
        return str(format_date(value, format="medium", locale=quote.locale.replace("-", "_")))

    return money, date


def _deposit_line(quote: Quote, *, escape: bool = False) -> str:
    m, d = _formatters(quote)
    e = html.escape if escape else str
    percent = format_number(quote.deposit_percent, quote.locale)
    return (
        f"Deposit {e(percent)} %: <b>{e(m(quote.deposit))}</b>, due {e(d(quote.deposit_due))}. "
        f"Balance: <b>{e(m(quote.balance))}</b>, due {e(d(quote.balance_due))}."
    )


def _totals(quote: Quote) -> list[tuple[str, Decimal]]:
    rows = [("Subtotal", quote.subtotal)]
    if quote.discount:
        label = f"Discount ({quote.discount_label})" if quote.discount_label else "Discount"
        rows += [(label, -quote.discount), ("Net", quote.net)]
    rate = format_number(quote.tax_rate_percent, quote.locale)
    if quote.tax_inclusive:
        rows += [("Total", quote.total), (f"of which {quote.tax_name} {rate} %", quote.tax)]
    else:
        rows += [(f"{quote.tax_name} {rate} %", quote.tax), ("Total", quote.total)]
    return rows


def _quantity(line: LineItem, quote: Quote) -> str:
    if line.kind in ("rush", "floor", "expense") and line.quantity == 1:
        return ""
    number = format_number(line.quantity, quote.locale)
    return f"{number} {line.unit}".strip()


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
