"""``atelier inbox``: review the replies the daemon drafted (the same store as the TUI inbox)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.cli.common import open_assistant

if TYPE_CHECKING:
    from assistant.daemon import Inbox, OutboxItem


@contextmanager
def _inbox() -> Iterator[Inbox]:
    """The assistant's inbox for the length of a command (closed with the assistant)."""
    with open_assistant() as atelier:
        yield atelier.inbox


def _line(item: OutboxItem) -> str:
    reason = f"  [{item.reason}]" if item.reason else ""
    return f"{item.id:>5}  {item.state.value:<8} {item.kind:<8} {item.to:<32} {item.subject[:50]}{reason}"


@click.group()
def inbox() -> None:
    """Review drafted replies: list, show, approve, edit, reject."""


@inbox.command("list")
@click.option("--all", "all_states", is_flag=True, help="Every item, not only those waiting for you.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def list_items(all_states: bool, as_json: bool) -> None:
    """Replies waiting for you (pending and held), quarantined messages and notices."""
    with _inbox() as store:
        items = store.items(all_states=all_states)
        quarantine = store.quarantine()
        notices = store.notices()
    if as_json:
        click.echo(
            json.dumps(
                {
                    "items": [i.model_dump(mode="json", exclude={"inquiry_body"}) for i in items],
                    "quarantine": [q.model_dump(mode="json") for q in quarantine],
                    "notices": notices,
                },
                indent=2,
            )
        )
        return
    click.echo("\n".join(_line(i) for i in items) or "nothing waiting")
    for entry in quarantine:
        click.echo(f"quarantined #{entry.id} ({entry.cause}) from {entry.sender or '(no sender)'}: {entry.reason}")
    if quarantine:
        click.echo("decide with `atelier daemon quarantine show|release|drop ID`")
    for notice in notices[:10]:
        click.echo(f"notice: {notice['sender']}: {notice['subject'][:60]}  [{notice['reason']}]")


@inbox.command()
@click.argument("item_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def show(item_id: int, as_json: bool) -> None:
    """Show one reply, why it waits, and the inquiry it answers."""
    with _inbox() as store:
        item = store.show(item_id)
    if as_json:
        click.echo(json.dumps(item.model_dump(mode="json"), indent=2))
        return
    click.echo(
        f"#{item.id} {item.kind} v{item.version} - {item.state.value}" + (f" ({item.reason})" if item.reason else "")
    )
    click.echo(f"To: {item.to}\nSubject: {item.subject}\nMessage-ID: {item.message_id}\n")
    click.echo(item.body)
    click.echo(f"--- inquiry from {item.inquiry_sender}: {item.inquiry_subject}\n{item.inquiry_body[:3000]}")
    if item.actual_reply:
        click.echo(f"--- what you actually sent\n{item.actual_reply}")


@inbox.command()
@click.argument("item_id", type=int)
def approve(item_id: int) -> None:
    """Approve a reply: the daemon sends it within seconds."""
    with _inbox() as store:
        store.approve(item_id)
    click.echo(f"approved {item_id}")


@inbox.command()
@click.argument("item_id", type=int)
@click.option(
    "--body-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Take the new text from this file instead of opening $EDITOR.",
)
def edit(item_id: int, body_file: Path | None) -> None:
    """Edit a waiting reply (it gets a new version; the Drafts copy is replaced)."""
    with _inbox() as store:
        current = store.show(item_id).body
        body = body_file.read_text(encoding="utf-8") if body_file else click.edit(current)
        if body is None or body.strip() == current.strip():
            click.echo("unchanged")
            return
        store.edit(item_id, body)
    click.echo(f"edited {item_id}")


@inbox.command()
@click.argument("item_id", type=int)
@click.option("--feedback", default="", help="Why (kept with the item).")
def reject(item_id: int, feedback: str) -> None:
    """Reject a reply; it is never sent."""
    with _inbox() as store:
        store.reject(item_id, feedback)
    click.echo(f"rejected {item_id}")


@inbox.command()
@click.argument("item_id", type=int)
@click.argument("text")
@click.option("--keep", is_flag=True, help="Only keep the feedback with the reply; do not draft it again.")
@click.option("--no-model", is_flag=True, help="Draft from templates only (as `atelier daemon --no-model`).")
def feedback(item_id: int, text: str, keep: bool, no_model: bool) -> None:
    """Give feedback on a waiting reply ("shorter", "mention I'm away in August"): it is drafted again.

    The new draft replaces the old one; the daemon puts it in your Drafts folder in its place.
    """
    with open_assistant() as atelier:
        if keep:
            atelier.inbox.feedback(item_id, text)
            click.echo(f"noted for {item_id}")
            return
        done = atelier.redraft(item_id, text, use_model=not no_model)
        running = atelier.daemon_running()
    item = done.item
    click.echo(f"redrafted {item.id} (v{item.version}) - {item.state.value}: {item.reason}")
    click.echo(f"\n{item.body}")
    if done.revision.unread:
        click.echo("not acted on by code (kept as a note): " + "; ".join(done.revision.unread), err=True)
    click.echo(
        "the daemon puts it in Drafts in place of the old one within seconds"
        if running
        else "it goes into Drafts, in place of the old one, when the daemon runs (`atelier daemon`)"
    )
