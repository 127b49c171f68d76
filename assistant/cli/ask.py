"""``atelier ask``: one question, answered with a streamed reply on stdout."""

from __future__ import annotations

import click

from assistant.cli.common import open_assistant, print_json


@click.command()
@click.argument("question", nargs=-1, required=True)
@click.option("--thread", "thread_id", default=None, help="Continue this thread instead of starting a new one.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole reply as JSON when it is done.")
def ask(question: tuple[str, ...], thread_id: str | None, as_json: bool) -> None:
    """Ask one QUESTION and stream the answer (slash commands like /quote work too)."""
    from assistant.events import ApprovalNeeded, Token, ToolStarted
    from assistant.replies import collect

    text = " ".join(question)
    with open_assistant() as atelier:
        if as_json:
            print_json(atelier.chat(text, thread_id).model_dump(mode="json"))
            return
        events = []
        for event in atelier.stream(text, thread_id):
            events.append(event)
            if isinstance(event, Token):
                click.echo(event.text, nl=False)
            elif isinstance(event, ToolStarted):
                click.secho(f"[{event.tool}…]", fg="cyan", err=True)
            elif isinstance(event, ApprovalNeeded):
                click.echo(f"Waiting for your approval: {event.action.summary}")
                click.echo(f"  atelier threads approve {event.action.thread_id}   (or reject)")
        reply = collect(iter(events))
        click.echo()
        click.secho(
            f"thread {reply.thread_id} · route {reply.route} ({reply.route_reason})", fg="bright_black", err=True
        )
