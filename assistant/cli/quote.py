"""``atelier quote``: compute a quote, render it, keep it; ``list``, ``show`` and ``mark`` manage kept quotes.

Without a subcommand it computes a quote from ``--service/--qty``, from a request in words (``--text``), or
from a brief (``--brief``: a saved brief, its JSON, or an inquiry mail). Flags given next to ``--text`` or
``--brief`` override what was read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from assistant.titles import client_title

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.api import Assistant
    from assistant.profile import Profile
    from assistant.tools.brief_models import Brief
    from assistant.tools.quote_estimate import SimilarProjects
    from assistant.tools.quote_models import Quote, QuoteRequest

STATUSES = click.Choice(["draft", "sent", "accepted", "expired"])
_FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html", "json"]),
    default="md",
    show_default=True,
    help="Markdown, or HTML for the client (json: the same as --json).",
)
_JSON = click.option("--json", "as_json", is_flag=True, help="Print the quote as JSON.")


@click.group(invoke_without_command=True)
@click.option("--service", help="Service id from the rate card.")
@click.option("--qty", type=click.IntRange(1, 10_000), help="How many units of the service.")
@click.option("--deadline", help="Date the client needs it by (2027-03-15, '15 March', 'in 3 weeks').")
@click.option("--client", help="Who the quote is for.")
@click.option("--returning/--new-client", default=None, help="Returning clients get the standing discount.")
@click.option("--text", "text_file", type=click.File("r", encoding="utf-8"), help="A request in words (FILE or -).")
@click.option("--brief", "brief_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A brief (.md from `atelier brief --save`, .json) or an inquiry (.eml, .txt).")  # fmt: skip
@_FORMAT
@_JSON
@click.option("--for-client", is_flag=True, help="Markdown without the internal explanation.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE instead of stdout.")
@click.option("--save", is_flag=True, help="Keep the quote (numbered, status draft) in the data dir.")
@click.option("--date", "date_text", help="Quote date, YYYY-MM-DD (default: today).")
@click.option("--no-model", is_flag=True, help="Extract with code only; do not load the language model.")
@click.option("--no-memory", is_flag=True, help="Price from the rate card only, without past projects.")
@click.pass_context
def quote(
    ctx: click.Context,
    service: str | None,
    qty: int | None,
    deadline: str | None,
    client: str | None,
    returning: bool | None,
    text_file: TextIO | None,
    brief_file: Path | None,
    fmt: str,
    as_json: bool,
    for_client: bool,
    out: Path | None,
    save: bool,
    date_text: str | None,
    no_model: bool,
    no_memory: bool,
) -> None:
    """Compute a quote from the rate card and past projects."""
    if ctx.invoked_subcommand is not None:
        return
    from assistant.cli.common import open_assistant
    from assistant.errors import ToolError
    from assistant.tools.quote import build_quote

    if service is None and text_file is None and brief_file is None:
        raise ToolError("nothing to quote", hint="Pass --service (and --qty), --text FILE or --brief FILE.")
    with open_assistant(_date(date_text) if date_text else None) as atelier:
        profile, today = atelier.profile, atelier.today
        similar = _similar(atelier, no_memory)
        model = None if no_model else (lambda: atelier.model)  # loaded only if a request needs reading
        request = _base_request(profile, text_file, brief_file, service, today, model, similar)
        request = _override(request, profile, service, qty, deadline, client, returning, today)
        if request is None:
            raise ToolError("nothing to quote", hint="Pass --service (and --qty), --text FILE or --brief FILE.")
        result = build_quote(request, profile, similar, today=today)
        if save:
            result = atelier.quotes.save(result)
            click.echo(f"saved quote {result.number} (draft)", err=True)
    _emit(result, "json" if as_json else fmt, for_client, out)


@quote.command(name="list")
@click.option("--status", type=STATUSES, help="Only quotes with this status.")
@click.option("--client", help="Only quotes for this client.")
@click.option("--json", "as_json", is_flag=True)
def list_quotes(status: str | None, client: str | None, as_json: bool) -> None:
    """List kept quotes, newest first (overdue drafts and sent quotes are marked expired first)."""
    import json

    from assistant.cli.common import open_assistant
    from assistant.tools.money import format_money

    with open_assistant() as atelier:
        atelier.quotes.expire(atelier.today)
        rows = atelier.quotes.list(status=status, client=client)  # type: ignore[arg-type]
    if as_json:
        click.echo(json.dumps([r.model_dump(mode="json") for r in rows], indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("no quotes kept yet")
    for r in rows:
        total = format_money(r.total, r.currency)
        click.echo(
            f"{r.number} v{r.version}  {r.status:<8}  {r.valid_until}  {total:>14}  {client_title(r.client, r.title)}"
        )


@quote.command()
@click.argument("number")
@click.option("--version", type=int, help="An earlier version (default: the latest).")
@_FORMAT
@_JSON
@click.option("--for-client", is_flag=True, help="Markdown without the internal explanation.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path))
def show(number: str, version: int | None, fmt: str, as_json: bool, for_client: bool, out: Path | None) -> None:
    """Show a kept quote."""
    from assistant.cli.common import open_assistant

    with open_assistant() as atelier:
        kept = atelier.quotes.get(number, version)
    _emit(kept, "json" if as_json else fmt, for_client, out)


@quote.command()
@click.argument("number")
@click.argument("status", type=STATUSES)
def mark(number: str, status: str) -> None:
    """Set a kept quote's status (draft, sent, accepted, expired)."""
    from assistant.cli.common import open_assistant

    with open_assistant() as atelier:
        updated = atelier.quotes.mark(number, status)  # type: ignore[arg-type]
    click.echo(f"{updated.number} v{updated.version} is now {updated.status}")


@quote.command()
@click.argument("number")
@click.option("--qty", type=click.IntRange(1, 10_000), help="New quantity for every line.")
@click.option("--deadline", help="New deadline.")
@click.option("--discount", type=click.FloatRange(0, 100), help="Extra discount in percent (floors still hold).")
@click.option("--date", "date_text", help="Date of the revision, YYYY-MM-DD (default: today).")
@click.option("--no-memory", is_flag=True, help="Price from the rate card only, without past projects.")
def revise(
    number: str, qty: int | None, deadline: str | None, discount: float | None, date_text: str | None, no_memory: bool
) -> None:
    """Recompute a kept quote with changes and keep it as its next version.

    The new version starts from the request the quote was computed from (expenses, revision rounds, notes and
    all), changed only where an option says.
    """
    from decimal import Decimal

    from assistant.cli.common import open_assistant
    from assistant.errors import ToolError
    from assistant.tools.quote import build_quote

    with open_assistant(_date(date_text) if date_text else None) as atelier:
        store, today = atelier.quotes, atelier.today
        old = store.get(number)
        if old.request is None:
            raise ToolError(f"quote {number} was kept without its request", hint="Make a new quote instead.")
        request = old.request
        changes: dict[str, object] = {}
        if qty:
            changes["deliverables"] = [d.model_copy(update={"quantity": qty}) for d in request.items()]
        if deadline:
            changes["deadline"] = _deadline(deadline, today)
        if discount is not None:
            changes["discount_percent"] = Decimal(str(discount))
        request = request.model_copy(update=changes)
        new = store.revise(number, build_quote(request, atelier.profile, _similar(atelier, no_memory), today=today))
    click.echo(f"{new.number} is now at version {new.version} (draft)")


def _similar(atelier: Assistant, no_memory: bool) -> SimilarProjects:
    """Past projects from the assistant's memory, or none (rate card only) with ``--no-memory``."""
    from assistant.tools.quote_estimate import no_past_projects

    return no_past_projects if no_memory else atelier.memory.similar_projects


def _base_request(
    profile: Profile,
    text_file: TextIO | None,
    brief_file: Path | None,
    service: str | None,
    today: dt.date,
    model: Callable[[], BaseChatModel] | None,
    similar: SimilarProjects,
) -> QuoteRequest | None:
    from assistant.errors import ToolError
    from assistant.tools.quote_models import QuoteRequest

    if text_file is not None:
        from assistant.tools.quote_text import quote_from_text

        drafted = quote_from_text(text_file.read(), profile, model() if model else None, similar, today=today)
        if drafted.request is None and not service:
            raise ToolError("the request names no service I offer", hint=" ".join(drafted.questions))
        return drafted.request or QuoteRequest(service=service or "", questions=drafted.questions)
    if brief_file is not None:
        from assistant.tools.quote_text import request_from_brief

        brief = _read_brief(brief_file, profile, today, model)
        if service and not brief.service:
            brief = brief.model_copy(update={"service": service})
        return request_from_brief(brief, profile)
    return QuoteRequest(service=service) if service else None


def _override(
    request: QuoteRequest | None,
    profile: Profile,
    service: str | None,
    qty: int | None,
    deadline: str | None,
    client: str | None,
    returning: bool | None,
    today: dt.date,
) -> QuoteRequest | None:
    from assistant.tools.quote_models import Deliverable

    if request is None:
        return None
    update: dict[str, object] = {}
    if service and service != request.service:
        update["service"] = service
        update["deliverables"] = []
    if qty is not None:
        sid = service or request.service
        name = profile.service(sid).name
        update["deliverables"] = [Deliverable(description=name, quantity=qty, service=sid)]
        update["questions"] = [q for q in request.questions if not q.startswith("How many")]
    if deadline:
        update["deadline"] = _deadline(deadline, today)
    if client:
        update["client"] = client
    if returning is not None:
        update["returning"] = returning
    return request.model_copy(update=update)


def _read_brief(path: Path, profile: Profile, today: dt.date, model: Callable[[], BaseChatModel] | None) -> Brief:
    from assistant.tools.brief import draft_brief
    from assistant.tools.brief_render import parse_brief_document

    if path.suffix.lower() in (".md", ".json"):
        return parse_brief_document(path.read_text(encoding="utf-8"))
    return draft_brief(path, profile, model() if model else None, today=today)


def _emit(result: Quote, fmt: str, for_client: bool, out: Path | None) -> None:
    from assistant.tools.quote_render import to_html, to_json, to_markdown

    text = {"md": lambda: to_markdown(result, for_client=for_client), "json": lambda: to_json(result),
            "html": lambda: to_html(result)}[fmt]()  # fmt: skip
    if out is None:
        click.echo(text)
        return
    out.write_text(text, encoding="utf-8")
    click.echo(f"wrote {out}", err=True)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise click.BadParameter(f"{text!r} is not a date like 2026-11-25") from exc


def _deadline(text: str, today: dt.date) -> dt.date:
    from assistant.tools.brief_dates import parse_date

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        parsed = parse_date(text, today)
    if parsed is None:
        raise click.BadParameter(f"cannot read {text!r} as a date; use YYYY-MM-DD", param_hint="--deadline")
    return parsed
