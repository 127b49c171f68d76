"""The editable fields of a quote, and their round trip to a :class:`QuoteRequest` (no textual here).

The editor never computes a figure: it turns the fields back into a request and asks the library's quote
function for a new quote, so totals, floors, rush and tax always follow the rate card.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from pydantic import BaseModel, ValidationError

from assistant.errors import ToolError
from assistant.tools.quote_models import Deliverable, Expense, Quote, QuoteRequest

_LINE = re.compile(r"^\s*(\d+)\s*[x×*]\s*(.+?)\s*$", re.IGNORECASE)


class QuoteFields(BaseModel):
    """The quote as the form holds it: text fields the freelancer can edit."""

    client: str = ""
    title: str = ""
    service: str
    deliverables: str = ""
    """One per line: ``3 x spread illustration`` (``[service]`` at the end picks another service)."""
    deadline: str = ""
    """``YYYY-MM-DD`` or empty."""
    revisions: str = ""
    discount: str = "0"
    """Extra discount in percent, on top of the returning-client one."""
    returning: bool = False


def fields_of(quote: Quote) -> QuoteFields:
    """The form fields for a computed quote."""
    lines = []
    for estimate in quote.estimates:
        suffix = f" [{estimate.service}]" if estimate.service != quote.services[0] else ""
        lines.append(f"{estimate.units} x {estimate.description}{suffix}")
    returning = "return" in quote.discount_label.lower()
    return QuoteFields(
        client=quote.client,
        title=quote.title,
        service=quote.services[0],
        deliverables="\n".join(lines),
        deadline=quote.requested_deadline.isoformat() if quote.requested_deadline else "",
        revisions=str(quote.revision_rounds),
        discount="0" if returning else f"{quote.discount_percent.normalize():f}",
        returning=returning,
    )


def request_of(fields: QuoteFields, base: Quote | None = None) -> QuoteRequest:
    """The request the fields describe; ``base`` keeps what the form does not show (e-mail, expenses, notes).

    Raises:
        ToolError: a field cannot be read, with the field named.
    """
    try:
        deadline = dt.date.fromisoformat(fields.deadline.strip()) if fields.deadline.strip() else None
    except ValueError:
        raise ToolError(f"deadline: {fields.deadline!r} is not a date", hint="Write it as YYYY-MM-DD.") from None
    try:
        discount = Decimal(fields.discount.strip() or "0")
    except InvalidOperation:
        raise ToolError(f"discount: {fields.discount!r} is not a number", hint="Write a percent, e.g. 10.") from None
    revisions = fields.revisions.strip()
    if revisions and not revisions.isdigit():
        raise ToolError(f"revisions: {revisions!r} is not a whole number")
    expenses = (
        [Expense(description=li.description, amount=li.amount) for li in base.line_items if li.kind == "expense"]
        if base
        else []
    )
    try:
        return QuoteRequest(
            service=fields.service.strip(),
            deliverables=_deliverables(fields.deliverables),
            deadline=deadline,
            client=fields.client.strip(),
            client_email=base.client_email if base else "",
            returning=fields.returning,
            revisions=int(revisions) if revisions else None,
            discount_percent=discount,
            expenses=expenses,
            title=fields.title.strip(),
            notes=[],
            questions=[],
        )
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ToolError(f"{where}: {first['msg']}") from None


def _deliverables(text: str) -> list[Deliverable]:
    items = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        match = _LINE.match(raw)
        quantity, rest = (int(match.group(1)), match.group(2)) if match else (1, raw.strip())
        service = None
        if rest.endswith("]") and "[" in rest:
            rest, _, tail = rest.rpartition("[")
            service = tail.rstrip("]").strip() or None
        items.append(Deliverable(description=rest.strip(), quantity=quantity, service=service))
    return items
