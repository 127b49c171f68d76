"""``atelier memory``: add, search, list, show, publish and forget past briefs.

A thin layer over :class:`assistant.memory.Memory`; ``--json`` prints the library's own models.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, cast

import click

from assistant.cli.common import print_json
from assistant.titles import client_title

if TYPE_CHECKING:
    from assistant.erasure import ErasureReport
    from assistant.memory import Memory
    from assistant.memory.search import Mode

_JSON = click.option("--json", "as_json", is_flag=True, help="Print data as JSON.")


@contextmanager
def _open() -> Iterator[Memory]:
    """The assistant's memory, closed (and its writer lock released) with the assistant afterwards."""
    from assistant.cli.common import open_assistant

    with open_assistant() as atelier:
        yield atelier.memory


@click.group(name="memory")
def memory() -> None:
    """Ingest, search and forget past briefs and mail."""


@memory.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--client", "client_name", help="Set this client on every file (for mail and text exports).")
@click.option("--no-progress", is_flag=True, help="Do not show a progress bar.")
@_JSON
def add(paths: tuple[Path, ...], client_name: str | None, no_progress: bool, as_json: bool) -> None:
    """Add files and folders (Markdown, .txt, .eml, .pdf); unchanged files are skipped."""
    with _open() as mem:
        report = mem.add(paths, client=client_name, progress=not no_progress)
    if as_json:
        print_json(report.model_dump(mode="json"))
        return
    click.echo(
        f"added {len(report.added)}, updated {len(report.updated)}, unchanged {len(report.unchanged)}, "
        f"failed {len(report.failed)} ({report.chunks} chunks in {report.seconds:.1f} s)"
    )
    for failure in report.failed:
        click.secho(f"  failed: {failure.reason}", fg="yellow", err=True)


@memory.command()
@click.argument("query", nargs=-1, required=True)
@click.option("-k", "k", default=5, show_default=True, help="How many results.")
@click.option("--client", "scope_client", help="Search as this client sees it: their briefs plus public ones.")
@click.option("--service", help="Only this service.")
@click.option("--outcome", help="Only this outcome (completed, declined, ...).")
@click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), help="Only briefs dated on or after.")
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), help="Only briefs dated on or before.")
@click.option("--mode", type=click.Choice(["hybrid", "vector", "keyword"]), default="hybrid", show_default=True)
@_JSON
def search(
    query: tuple[str, ...],
    k: int,
    scope_client: str | None,
    service: str | None,
    outcome: str | None,
    date_from: dt.datetime | None,
    date_to: dt.datetime | None,
    mode: str,
    as_json: bool,
) -> None:
    """Search memory for QUERY; every result names its file and line or page."""
    from assistant.memory import client, everything

    scope = client(scope_client) if scope_client else everything()
    with _open() as mem:
        hits = mem.search(
            " ".join(query),
            k=k,
            scope=scope,
            service=service,
            outcome=outcome,
            date_from=date_from.date() if date_from else None,
            date_to=date_to.date() if date_to else None,
            mode=cast("Mode", mode),
        )
    if as_json:
        print_json([hit.model_dump(mode="json") for hit in hits])
        return
    if not hits:
        click.echo("no results")
    for number, hit in enumerate(hits, start=1):
        named = client_title(hit.client, hit.title, separator=" · ")
        about = " · ".join(part for part in (named, str(hit.date or "")) if part)
        click.secho(f"{number}. {hit.citation}", bold=True)
        if about:
            click.echo(f"   {about}")
        click.echo(f"   {_snippet(hit.text)}")


@memory.command()
@click.option("--client", "client_name", help="Only this client's sources.")
@_JSON
def sources(client_name: str | None, as_json: bool) -> None:
    """List the sources in memory."""
    with _open() as mem:
        rows = mem.sources(client=client_name)
    if as_json:
        print_json([row.model_dump(mode="json") for row in rows])
        return
    for row in rows:
        flag = "public " if row.meta.public else "private"
        when = row.meta.date.isoformat() if row.meta.date else "          "
        click.echo(f"{flag}  {when}  {row.meta.client or '-':<16}  {row.chunks:>3} chunks  {row.source}")


@memory.command()
@click.argument("source")
@_JSON
def show(source: str, as_json: bool) -> None:
    """Show SOURCE's metadata and chunks."""
    with _open() as mem:
        info = mem.source(source)
        chunks = mem.chunks(source)
    if as_json:
        print_json({"source": info.model_dump(mode="json"), "chunks": [c.model_dump(mode="json") for c in chunks]})
        return
    click.secho(info.source, bold=True)
    for key, value in info.meta.model_dump(exclude_defaults=True).items():
        click.echo(f"  {key}: {value}")
    for chunk in chunks:
        click.secho(f"--- {chunk.citation}", fg="cyan")
        click.echo(chunk.text)


@memory.command()
@click.option("--source", help="Forget this file (or text:NAME).")
@click.option("--client", "client_name", help="Forget this client everywhere: memory, threads, quotes, mail...")
@click.option("--address", help="Forget this sender address everywhere.")
@click.option("--dry-run", is_flag=True, help="Only show what would be erased.")
@click.option("--keep-records", is_flag=True, help="Keep accepted quotes (records you must keep); they are listed.")
@click.option(
    "--threads", "threads_mode", type=click.Choice(["redact", "delete"]), default="redact", show_default=True,
    help="Redact the messages that mention them, or delete the whole thread.",
)  # fmt: skip
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@_JSON
def forget(
    source: str | None,
    client_name: str | None,
    address: str | None,
    dry_run: bool,
    keep_records: bool,
    threads_mode: str,
    yes: bool,
    as_json: bool,
) -> None:
    """Forget a client, a source or a sender address in every store, and say what went, store by store."""
    from assistant.cli.common import open_assistant

    if sum(1 for value in (source, client_name, address) if value) != 1:
        raise click.UsageError("give one of --source, --client or --address")
    with open_assistant() as atelier:

        def run(preview: bool) -> ErasureReport:
            return atelier.forget(
                client=client_name,
                source=source,
                address=address,
                dry_run=preview,
                keep_records=keep_records,
                threads="delete" if threads_mode == "delete" else "redact",
            )

        report = run(True)
        if report.found and not dry_run:
            if not yes:
                click.echo("\n".join(report.lines()))
                click.confirm("Erase all of this? This cannot be undone", abort=True)
            report = run(False)
    if as_json:
        print_json(report.model_dump(mode="json"))
    else:
        click.echo("\n".join(report.lines()))
    if not report.found:
        raise SystemExit(1)


@memory.command()
@click.argument("source")
def public(source: str) -> None:
    """Mark SOURCE public: part of the portfolio every client may see."""
    with _open() as mem:
        info = mem.set_public(source, True)
    click.echo(f"public: {info.source}")


@memory.command()
@click.argument("source")
def private(source: str) -> None:
    """Mark SOURCE private again: only its own client (and you) see it."""
    with _open() as mem:
        info = mem.set_public(source, False)
    click.echo(f"private: {info.source}")


@memory.command()
@_JSON
def stats(as_json: bool) -> None:
    """Counts of sources, chunks and clients, and where memory lives."""
    with _open() as mem:
        data = mem.stats()
    if as_json:
        print_json(data.model_dump(mode="json"))
        return
    click.echo(f"{data.sources} sources ({data.public_sources} public), {data.chunks} chunks")
    click.echo(f"store: {data.store}")
    click.echo(f"embedder: {data.embedder}")
    for name, count in sorted(data.clients.items()):
        click.echo(f"  {name or '(no client)'}: {count}")
    if data.pending_repairs:
        click.secho(f"{data.pending_repairs} interrupted operation(s); the next write repairs them", fg="yellow")


def _snippet(text: str, width: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
