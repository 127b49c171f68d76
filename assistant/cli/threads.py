"""``atelier threads``: conversation threads and the actions waiting in them."""

from __future__ import annotations

import datetime as dt

import click

from assistant.cli.common import open_assistant, print_json


@click.group()
def threads() -> None:
    """List, rename, fork and delete conversation threads; approve what they wait for."""


@threads.command("list")
@click.option("--search", default="", help="Only threads whose title contains this.")
@click.option("--json", "as_json", is_flag=True)
def list_threads(search: str, as_json: bool) -> None:
    """List threads, most recent first."""
    with open_assistant() as atelier:
        found = atelier.threads.list(search)
        if as_json:
            print_json([t.model_dump() for t in found])
            return
        for info in found:
            when = dt.datetime.fromtimestamp(info.updated).strftime("%Y-%m-%d %H:%M")
            click.echo(f"{info.id}  {when}  {info.title}")


@threads.command()
@click.argument("thread_id")
@click.option("--json", "as_json", is_flag=True)
def show(thread_id: str, as_json: bool) -> None:
    """Print a thread's conversation."""
    with open_assistant() as atelier:
        atelier.threads.get(thread_id)
        messages = atelier.threads.messages(thread_id)
        if as_json:
            print_json([{"type": m.type, "text": m.text} for m in messages])
            return
        for message in messages:
            if message.text:
                click.secho(f"{message.type}:", bold=True)
                click.echo(message.text + "\n")


@threads.command()
@click.argument("thread_id")
@click.argument("title")
def rename(thread_id: str, title: str) -> None:
    """Give a thread a new TITLE."""
    with open_assistant() as atelier:
        click.echo(atelier.threads.rename(thread_id, title).title)


@threads.command()
@click.argument("thread_id")
def fork(thread_id: str) -> None:
    """Copy a thread into a new one."""
    with open_assistant() as atelier:
        click.echo(atelier.threads.fork(thread_id).id)


@threads.command()
@click.argument("thread_id")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def delete(thread_id: str, yes: bool) -> None:
    """Delete a thread and its history."""
    if not yes:
        click.confirm(f"Delete thread {thread_id} and all its history?", abort=True)
    with open_assistant() as atelier:
        atelier.threads.delete(thread_id)
        click.echo(f"deleted {thread_id}")


@threads.command()
@click.option("--json", "as_json", is_flag=True)
def pending(as_json: bool) -> None:
    """List actions waiting for your approval."""
    with open_assistant() as atelier:
        actions = atelier.pending_actions()
        if as_json:
            print_json([a.model_dump() for a in actions])
            return
        for action in actions:
            click.echo(f"{action.thread_id}  {action.summary}")


@threads.command()
@click.argument("thread_id")
@click.option("--set", "edits", multiple=True, metavar="KEY=VALUE", help="Change an argument before running it.")
def approve(thread_id: str, edits: tuple[str, ...]) -> None:
    """Run the action THREAD_ID waits for."""
    changes = dict(edit.split("=", 1) for edit in edits)
    with open_assistant() as atelier:
        click.echo(atelier.approve(thread_id, changes or None).text)


@threads.command()
@click.argument("thread_id")
@click.option("--reason", default="", help="Why, for the thread.")
def reject(thread_id: str, reason: str) -> None:
    """Refuse the action THREAD_ID waits for."""
    with open_assistant() as atelier:
        click.echo(atelier.reject(thread_id, reason).text)
