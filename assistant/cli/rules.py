"""``atelier rules``: review the rules proposed from your edits."""

from __future__ import annotations

import click

from assistant.cli.common import open_assistant, print_json


@click.group()
def rules() -> None:
    """List, accept, edit and remove rules learned from your edits."""


@rules.command("list")
@click.option("--status", type=click.Choice(["proposed", "accepted"]), default=None)
@click.option("--json", "as_json", is_flag=True)
def list_rules(status: str | None, as_json: bool) -> None:
    """List rules."""
    with open_assistant() as atelier:
        found = atelier.rules.list(status)  # type: ignore[arg-type]
        if as_json:
            print_json([r.model_dump() for r in found])
            return
        for rule in found:
            click.echo(f"{rule.id:>4}  {rule.status:<9} {rule.text}")


@rules.command()
@click.argument("rule_id", type=int)
def accept(rule_id: int) -> None:
    """Accept a proposed rule."""
    with open_assistant() as atelier:
        click.echo(atelier.rules.accept(rule_id).text)


@rules.command()
@click.argument("rule_id", type=int)
@click.argument("text")
def edit(rule_id: int, text: str) -> None:
    """Change a rule's wording to TEXT."""
    with open_assistant() as atelier:
        click.echo(atelier.rules.edit(rule_id, text).text)


@rules.command()
@click.argument("rule_id", type=int)
def remove(rule_id: int) -> None:
    """Delete a rule."""
    with open_assistant() as atelier:
        atelier.rules.remove(rule_id)
        click.echo(f"removed rule {rule_id}")


@rules.command()
@click.argument("text")
def add(text: str) -> None:
    """Add an accepted rule directly."""
    with open_assistant() as atelier:
        rule = atelier.rules.propose(text, source="typed by you")
        click.echo(atelier.rules.accept(rule.id).text)
