"""``atelier shadow report``: what Atelier would have sent to past inquiries, next to what you sent."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

import click
from babel.dates import format_date, parse_date

from assistant.cli.common import open_assistant, print_json

if TYPE_CHECKING:
    from assistant.daemon.shadow_report import ShadowCase, ShadowReport

_RELATIVE = re.compile(r"^(\d+)\s*([dw])$")


def parse_since(value: str, today: dt.date, locale: str) -> dt.date:
    """``--since``: an ISO date, a date as the profile's locale writes it, or ``30d``/``8w`` before today."""
    text = value.strip()
    relative = _RELATIVE.match(text.lower())
    if relative:
        days = int(relative.group(1)) * (7 if relative.group(2) == "w" else 1)
        return today - dt.timedelta(days=days)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return parse_date(text, locale=locale)
    except (ValueError, IndexError) as exc:
        example = format_date(today, format="short", locale=locale)
        raise click.BadParameter(f"{value!r} is not a date: write 2026-11-01, {example} or 30d") from exc


def _case(case: ShadowCase, locale: str) -> str:
    when = format_date(case.received, format="medium", locale=locale) if case.received else "no date"
    verdict = "would go out unedited" if case.unedited else "you edited it"
    head = f"== {when}  {case.sender}  {case.subject}\n   edit distance {case.distance:.2f}: {verdict}"
    if not case.would_send:
        return f"{head}\n   Atelier would not have answered this mail.\n--- you sent\n{case.actually_sent}"
    return f"{head} (language {case.language})\n{case.diff or '(identical)'}"


def _summary(report: ShadowReport) -> str:
    unedited = sum(c.unedited for c in report.cases)
    return (
        f"{unedited} of {len(report.cases)} replies would have gone out unedited: {report.share_unedited:.0%}\n"
        f"(unedited: at most {report.unedited_at_most:.0%} of the words changed; word-level edit distance)"
    )


@click.group()
def shadow() -> None:
    """Shadow mode: compare what Atelier would have sent with what you sent."""


@shadow.command()
@click.option("--since", "since_text", default="", help="Only inquiries from this date (2026-11-01, or 30d).")
@click.option(
    "--mail",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder of past .eml files instead of the mailbox's inbox and Sent folder.",
)
@click.option("--no-model", is_flag=True, help="Templates only: do not load the language model.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def report(since_text: str, mail: Path | None, no_model: bool, as_json: bool) -> None:
    """Replay past inquiries through the daemon's drafter, each next to your reply, with a diff.

    Nothing is recorded or sent. Ends with the share of replies that would have gone out unedited.
    """
    with open_assistant() as atelier:
        locale = atelier.profile.locale
        since = parse_since(since_text, atelier.today, locale) if since_text else None
        result = atelier.shadow_report(mail=mail, since=since, use_model=not no_model)
    if as_json:
        print_json(result.model_dump(mode="json"))
        return
    if not result.cases:
        click.echo("no past inquiry with a reply of yours" + (f" since {since}" if since else ""))
        return
    for case in result.cases:
        click.echo(_case(case, locale) + "\n")
    click.echo(_summary(result))
