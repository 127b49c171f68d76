"""Every view of a brief: Markdown (what the TUI shows, exports and the inbox review), for memory, and back again.

One Markdown view serves reading, editing and the TUI; the memory document adds YAML front matter (outcome
``inquiry``); money is written by babel for the locale.

:func:`brief_to_memory_document` writes the same front matter keys as the freelancer's past briefs (client, date,
service, price, currency, hours, outcome, tags), so memory ingests a new inquiry like any other brief, and
:func:`parse_brief_document` reads such a file back into a :class:`Brief` (for ``atelier quote --brief``).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml
from pydantic import ValidationError

from assistant.errors import ToolError
from assistant.tools.brief_models import Brief, Budget
from assistant.tools.money import format_money
from assistant.tools.quote_models import Deliverable

_SECTIONS = {
    "Goals": "goals",
    "Style references": "style_references",
    "Constraints": "constraints",
    "Open questions": "open_questions",
}
_DELIVERABLE = re.compile(r"^(\d+)\s+x\s+(.+?)(?:\s+\(([a-z0-9][a-z0-9_-]*)\))?$")


def render_markdown(brief: Brief, locale: str = "en") -> str:
    """The brief as Markdown a freelancer can read and edit."""
    lines = [f"# {brief.title}", ""]
    facts = [
        (
            "Client",
            ", ".join(p for p in (brief.client, brief.company) if p)
            + (f" <{brief.client_email}>" if brief.client_email else ""),
        ),
        ("Service", brief.service or "not clear yet"),
        ("Deadline", f"{brief.deadline.isoformat()} ({brief.deadline_text})" if brief.deadline else "not given"),
        ("Budget", _budget(brief.budget, locale) if brief.budget else "not given"),
        ("Audience", brief.audience or "not given"),
        ("Returning client", "yes" if brief.returning else "not said"),
    ]
    lines += [f"- **{label}:** {value}" for label, value in facts]
    lines += ["", "## Deliverables", ""]
    lines += [
        f"- {d.quantity} x {d.description}" + (f" ({d.service})" if d.service else "") for d in brief.deliverables
    ]
    if not brief.deliverables:
        lines.append("- (none stated)")
    for heading, field in _SECTIONS.items():
        items: list[str] = getattr(brief, field)
        lines += ["", f"## {heading}", ""]
        lines += [f"- {item}" for item in items] or ["- (none)"]
    if brief.notes:
        lines += ["", "## Checks", ""] + [f"- {note}" for note in brief.notes]
    return "\n".join(lines) + "\n"


def brief_to_memory_document(brief: Brief, *, today: dt.date, client: str) -> str:
    """Markdown with YAML front matter (outcome ``inquiry``) that memory ingests like a past brief.

    ``client`` is the memory client it is filed under, which only the sender's address decides
    (:func:`assistant.daemon.memory_hooks.brief_client`); the names the inquiry gives are kept as ``contact`` and
    ``company``, for reading only.
    """
    front: dict[str, Any] = {
        "title": brief.title,
        "client": client,
        "contact": brief.client,
        "company": brief.company or None,
        "client_email": brief.client_email,
        "date": brief.received or today,
        "service": brief.service or "",
        "price": None,
        "currency": brief.budget.currency if brief.budget else None,
        "budget": str(brief.budget.amount) if brief.budget else None,
        "budget_text": brief.budget.text if brief.budget else None,
        "deadline": brief.deadline,
        "deadline_text": brief.deadline_text or None,
        "audience": brief.audience or None,
        "hours_estimated": None,
        "hours_actual": None,
        "outcome": "inquiry",
        "returning": brief.returning,
        "source": brief.source,
        "tags": ["inquiry", *([brief.service] if brief.service else [])],
    }
    header = yaml.safe_dump(front, sort_keys=False, allow_unicode=True).strip()
    return f"---\n{header}\n---\n\n{render_markdown(brief)}"


def parse_brief_document(text: str) -> Brief:
    """Read a brief from JSON (``atelier brief --json``) or from a saved brief Markdown file.

    Raises:
        ToolError: the text is neither.
    """
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            return Brief.model_validate_json(stripped)
        except ValidationError as exc:
            raise ToolError(
                f"not a valid brief JSON: {exc.error_count()} error(s)", hint="Use `atelier brief --json`."
            ) from exc
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", stripped, re.S)
    if not match:
        raise ToolError(
            "not a brief: expected JSON or Markdown with YAML front matter", hint="Use `atelier brief --save`."
        )
    try:
        front = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise ToolError(f"the brief's front matter is not valid YAML: {exc}") from exc
    if not isinstance(front, dict):
        raise ToolError("the brief's front matter is not a mapping")
    sections = _sections(match.group(2))
    title = re.search(r"^# (.+)$", match.group(2), re.M)
    return Brief(
        title=str(front.get("title") or (title.group(1) if title else "Brief")),
        client=str(front.get("contact") or front.get("client") or ""),
        client_email=str(front.get("client_email") or ""),
        company=_company(front),
        service=str(front.get("service")) if front.get("service") else None,
        deadline=_date(front.get("deadline")),
        deadline_text=str(front.get("deadline_text") or ""),
        audience=str(front.get("audience") or ""),
        budget=_front_budget(front),
        returning=bool(front.get("returning", False)),
        received=_date(front.get("date")),
        source=str(front.get("source") or ""),
        deliverables=_deliverables(sections.get("Deliverables", [])),
        **{field: sections.get(heading, []) for heading, field in _SECTIONS.items()},
    )


def _company(front: dict[str, Any]) -> str:
    """The company an inquiry named; briefs saved before ``company`` had its own key kept it in ``client``."""
    if "company" in front:
        return str(front["company"] or "")
    return str(front.get("client") or "") if front.get("contact") else ""


def _budget(budget: Budget, locale: str) -> str:
    return (
        f'{format_money(budget.amount, budget.currency, locale)} ("{budget.text}")'
        if budget.text
        else format_money(budget.amount, budget.currency, locale)
    )


def _sections(body: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in body.splitlines():
        if line.startswith("## "):
            current = sections.setdefault(line[3:].strip(), [])
        elif current is not None and line.startswith("- ") and not line[2:].startswith("("):
            current.append(line[2:].strip())
    return sections


def _deliverables(items: list[str]) -> list[Deliverable]:
    found = []
    for item in items:
        match = _DELIVERABLE.match(item)
        if match:
            found.append(Deliverable(description=match.group(2), quantity=int(match.group(1)), service=match.group(3)))
    return found


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _front_budget(front: dict[str, Any]) -> Budget | None:
    if not front.get("budget") or not front.get("currency"):
        return None
    try:
        return Budget(
            amount=Decimal(str(front["budget"])),
            currency=str(front["currency"]),
            text=str(front.get("budget_text") or ""),
        )
    except (InvalidOperation, ValidationError):
        return None
