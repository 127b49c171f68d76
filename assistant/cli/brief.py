"""``atelier brief FILE|-``: turn an inquiry (text or .eml) into a structured brief, and optionally keep it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from assistant.api import Assistant
    from assistant.tools.brief_models import Brief


@click.command()
@click.argument("source", type=click.File("rb"))
@click.option("--json", "as_json", is_flag=True, help="Print the brief as JSON.")
@click.option("--save", is_flag=True, help="Write the brief as Markdown to the data dir and add it to memory.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE instead of stdout.")
@click.option("--date", "date_text", help="Today's date, YYYY-MM-DD (default: today); deadlines before it are refused.")
@click.option("--no-model", is_flag=True, help="Extract with code only; do not load the language model.")
@click.option("--no-memory", is_flag=True, help="With --save: write the file but do not add it to memory.")
def brief(
    source: Any, as_json: bool, save: bool, out: Path | None, date_text: str | None, no_model: bool, no_memory: bool
) -> None:
    """Turn an inquiry (FILE or - for stdin; text or .eml) into a structured brief."""
    from assistant.cli.common import open_assistant
    from assistant.tools.brief import draft_brief
    from assistant.tools.brief_render import render_markdown

    with open_assistant(_date(date_text) if date_text else None) as atelier:
        profile, today = atelier.profile, atelier.today
        raw: bytes = source.read()
        name = getattr(source, "name", "-")
        inquiry_path = Path(name) if name not in ("-", "<stdin>") else None
        model = None if no_model else atelier.model
        result = draft_brief(raw if inquiry_path is None else inquiry_path, profile, model, today=today)
        text = result.model_dump_json(indent=2) if as_json else render_markdown(result, profile.locale)
        if out is not None:
            out.write_text(text, encoding="utf-8")
            click.echo(f"wrote {out}", err=True)
        else:
            click.echo(text)
        if save:
            _save(atelier, result, today, not no_memory)


def _save(atelier: Assistant, result: Brief, today: dt.date, ingest: bool) -> None:
    from assistant.tools.brief_render import brief_to_memory_document

    client = atelier.brief_client(result.client_email)
    document = brief_to_memory_document(result, today=today, client=client)
    folder = atelier.paths.data_dir / "briefs"
    folder.mkdir(parents=True, exist_ok=True)
    slug = "-".join("".join(c if c.isalnum() else " " for c in result.title.lower()).split())[:60] or "inquiry"
    path = folder / f"{(result.received or today).isoformat()}-{slug}.md"
    path.write_text(document, encoding="utf-8")
    click.echo(f"saved brief {path}", err=True)
    if not ingest:
        return
    report = atelier.memory.add_text(document, name=path.stem)
    if report.failed:
        click.echo(f"note: memory did not take the brief: {report.failed[0].reason}", err=True)
    else:
        click.echo(f"added to memory as text:{path.stem} (outcome inquiry)", err=True)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise click.BadParameter(f"{text!r} is not a date like 2026-11-25", param_hint="--date") from exc
