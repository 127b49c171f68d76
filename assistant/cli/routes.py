"""``atelier routes``: review the routing examples kept from your corrections."""

from __future__ import annotations

import click

from assistant.cli.common import open_assistant, print_json
from assistant.reading.intent import ROUTES


@click.group()
def routes() -> None:
    """List, add and remove routing examples kept from your corrections."""


@routes.command("list")
@click.option("--json", "as_json", is_flag=True)
def list_routes(as_json: bool) -> None:
    """List kept examples."""
    with open_assistant() as atelier:
        found = atelier.corrections.list()
        if as_json:
            print_json([c.model_dump() for c in found])
            return
        for correction in found:
            click.echo(f"{correction.id:>4}  {correction.route:<7} {correction.text[:90]}")


@routes.command()
@click.argument("route", type=click.Choice(ROUTES))
@click.argument("text")
def add(route: str, text: str) -> None:
    """Keep TEXT as an example of ROUTE."""
    with open_assistant() as atelier:
        kept = atelier.corrections.add(text, route, source="typed by you")
        click.echo(f"{kept.id:>4}  {kept.route:<7} {kept.text[:90]}")


@routes.command()
@click.argument("correction_id", type=int)
def remove(correction_id: int) -> None:
    """Delete a kept example."""
    with open_assistant() as atelier:
        removed = atelier.corrections.remove(correction_id)
        click.echo(f"removed example {removed.id}: {removed.text[:90]}")
