"""``atelier daemon``: answer client inquiries by mail (``--once`` for cron, ``status`` for a look)."""

from __future__ import annotations

import json
import signal
import sys

import click

from assistant.cli.common import open_assistant
from assistant.cli.quarantine import quarantine


@click.group(invoke_without_command=True)
@click.option("--once", is_flag=True, help="Process what is waiting, send what is approved, and exit (for cron).")
@click.option("--shadow", is_flag=True, help="Shadow mode: record what would be sent next to what you sent.")
@click.option("--no-model", is_flag=True, help="Phrase replies from templates only, without the language model.")
@click.option("--verbose", "-v", is_flag=True, help="Also write the JSON log lines to stderr.")
@click.pass_context
def daemon(ctx: click.Context, once: bool, shadow: bool, no_model: bool, verbose: bool) -> None:
    """Watch the mailbox (IDLE or polling) and triage, draft and send replies under your policy.

    SIGTERM lets the current message or send finish, then exits cleanly.
    """
    if ctx.invoked_subcommand is not None:
        return
    atelier = open_assistant()
    runner = atelier.build_daemon(use_model=not no_model, mode="shadow" if shadow else None, verbose=verbose)
    signal.signal(signal.SIGTERM, lambda *_: runner.stop())
    signal.signal(signal.SIGINT, lambda *_: runner.stop())
    try:
        runner.run(once=once)
    finally:
        atelier.close()


@daemon.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
def status(as_json: bool) -> None:
    """Show whether the daemon runs, its last poll, queue sizes, errors and counts."""
    info = open_assistant().daemon_status()
    if as_json:
        click.echo(json.dumps(info.model_dump(), indent=2))
        return
    state = f"running (pid {info.pid})" if info.running else "not running"
    click.echo(f"daemon: {state}")
    click.echo(f"last poll: {info.last_poll or 'never'}")
    errors = f"{info.errors}, send errors {info.counts.get('send_errors', 0)}"
    click.echo(f"errors: {errors}" + (f" (last: {info.last_error})" if info.last_error else ""))
    queues = ", ".join(f"{k} {v}" for k, v in sorted(info.queues.items())) or "empty"
    click.echo(f"queues: {queues}")
    if info.quarantine:
        causes = ", ".join(f"{cause} {n}" for cause, n in sorted(info.quarantine.items()))
        total = sum(info.quarantine.values())
        click.echo(f"quarantine: {total} waiting for you ({causes}); see `atelier daemon quarantine list`")
        for reason in info.quarantine_reasons:
            click.echo(f"  {reason[:160]}")
    names = ("triaged", "drafted", "sent", "held", "quarantined", "ignore", "notify", "duplicates")
    click.echo("counts: " + ", ".join(f"{n} {info.counts.get(n, 0)}" for n in names))
    sys.stdout.flush()


daemon.add_command(quarantine)
