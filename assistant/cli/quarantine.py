"""``atelier daemon quarantine``: the messages the daemon could not handle, and the freelancer's decision on each.

A message lands in quarantine when it cannot be read, is too large, or handling it raised or killed the daemon.
Nothing there is ever answered or deleted on its own: ``release`` gives it one more try (after an upgrade, say),
``drop`` keeps only its headers and the decision. Every command goes through ``Assistant.inbox``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from assistant.cli.common import open_assistant, print_json

if TYPE_CHECKING:
    from assistant.daemon import QuarantineEntry


def _line(entry: QuarantineEntry) -> str:
    decided = f"  [{entry.decision} {entry.decided_at}]" if entry.decision else ""
    who = entry.sender or "(no sender)"
    return f"{entry.id:>5}  {entry.cause:<10} {who[:40]:<40} {entry.subject[:40]}{decided}\n       {entry.reason}"


@click.group()
def quarantine() -> None:
    """Messages the daemon could not handle: list, show, release (retry once more) or drop."""


@quarantine.command("list")
@click.option("--all", "all_entries", is_flag=True, help="Also the messages you already dropped.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def list_entries(all_entries: bool, as_json: bool) -> None:
    """Quarantined messages with their reason, newest first."""
    with open_assistant() as atelier:
        entries = atelier.inbox.quarantine(decided=all_entries)
    if as_json:
        print_json([e.model_dump(mode="json") for e in entries])
        return
    click.echo("\n".join(_line(e) for e in entries) or "nothing in quarantine")


@quarantine.command()
@click.argument("entry_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (with the header block).")
def show(entry_id: int, as_json: bool) -> None:
    """One quarantined message: why it is there, and its headers (open the body in your mail client)."""
    with open_assistant() as atelier:
        entry = atelier.inbox.quarantined(entry_id)
        headers = atelier.inbox.quarantined_headers(entry_id)
    if as_json:
        print_json(entry.model_dump(mode="json") | {"headers": headers})
        return
    click.echo(f"#{entry.id} {entry.cause}: {entry.reason}")
    click.echo(f"uid {entry.uid} in {entry.mailbox}, {entry.size} bytes stored, quarantined {entry.created_at}")
    if entry.decision:
        click.echo(f"{entry.decision} on {entry.decided_at}")
    elif not entry.body_kept:
        click.echo("only its headers were kept: it cannot be retried here")
    click.echo("")
    click.echo(headers.rstrip())


@quarantine.command()
@click.argument("entry_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def release(entry_id: int, as_json: bool) -> None:
    """Retry a message once more: the daemon handles it in its next cycle (a new failure quarantines it again)."""
    with open_assistant() as atelier:
        entry = atelier.inbox.release(entry_id)
        running = atelier.daemon_running()
    if as_json:
        print_json({"released": entry.id, "daemon_running": running})
        return
    when = "in its next cycle" if running else "when it next runs (`atelier daemon`; none is running now)"
    click.echo(f"released {entry.id}: the daemon handles it once more {when}")


@quarantine.command()
@click.argument("entry_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def drop(entry_id: int, as_json: bool) -> None:
    """Drop a message for good: its headers, the reason and your decision stay; its body is erased."""
    with open_assistant() as atelier:
        entry = atelier.inbox.drop(entry_id)
    if as_json:
        print_json(entry.model_dump(mode="json"))
        return
    click.echo(f"dropped {entry.id}: its headers and the reason are kept")
