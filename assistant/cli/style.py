"""``atelier style``: get protected samples, serve the reference generator, and audit the ledger and consent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from assistant.tools.style import StyleStudio

KINDS = click.Choice(["text", "image"])


@contextmanager
def _studio() -> Iterator[StyleStudio]:
    """The assistant's style studio for the length of a command (closed with the assistant)."""
    from assistant.cli.common import open_assistant

    with open_assistant() as atelier:
        yield atelier.style


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


@click.group()
def style() -> None:
    """Use, serve and audit the style generator."""


@style.command()
@click.argument("prompt")
@click.option("--client", "-c", required=True, help="Who the samples are for (name or e-mail).")
@click.option("-n", "count", default=1, show_default=True, help="How many samples.")
@click.option("--kind", type=KINDS, default="text", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the provenance records as JSON.")
def generate(prompt: str, client: str, count: int, kind: str, as_json: bool) -> None:
    """Make watermarked preview samples of PROMPT for a client, within their free quota."""
    with _studio() as studio:
        samples = studio.generate(client, prompt, n=count, kind="image" if kind == "image" else "text")
        left = studio.remaining(client)
    if as_json:
        _echo_json({"samples": [s.record.model_dump(mode="json") for s in samples], "remaining": left})
        return
    for sample in samples:
        click.secho(f"== {sample.record.id}  {sample.path}", bold=True)
        if sample.text is not None:
            click.echo(sample.text)
    click.echo(f"{left} free sample{'s' * (left != 1)} left for {samples[0].record.client}")


@style.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Loopback only: 127.0.0.1 or localhost.")
@click.option("--port", default=8765, show_default=True)
def serve(host: str, port: int) -> None:
    """Serve the reference text style generator (Atelier protocol) with the local model."""
    from assistant.cli.common import open_assistant
    from assistant.errors import ProfileError
    from assistant.tools.style.server import check_host, create_app, resolve_token
    from assistant.tools.style.server import serve as run_server
    from assistant.tools.style.voice import VoiceWriter

    check_host(host)
    atelier = open_assistant()
    settings = atelier.settings
    token, generated = resolve_token(settings.style)
    try:
        author, notes = atelier.profile.name, atelier.profile.tone.notes
    except ProfileError as err:
        click.echo(f"note: {err}; writing without the profile's name and tone notes", err=True)
        author, notes = "the author", ""
    writer = VoiceWriter(atelier.model, author=author, voice_notes=notes, max_tokens=settings.model.max_tokens)
    model_name = settings.model.path.name if settings.model.path else settings.model.name
    app = create_app(writer, token=token, model_name=model_name)
    click.echo(f'Atelier style protocol on http://{host}:{port} (set [style] url to this, protocol = "atelier")')
    if generated:
        click.echo(f"No ${settings.style.token_env} set; this run's token is:\n  {token}")
        click.echo(f"Clients need it: export {settings.style.token_env}={token}")
    run_server(app, host=host, port=port)


@style.command()
@click.option("--json", "as_json", is_flag=True)
def health(as_json: bool) -> None:
    """Check that the configured style service is up and what it makes."""
    from assistant.cli.common import open_assistant
    from assistant.tools.style import StyleClient

    with StyleClient.from_settings(open_assistant().settings.style) as client:
        answer = client.health()
    if as_json:
        _echo_json(answer.model_dump(mode="json"))
        return
    click.echo(f"{answer.status}: {answer.protocol}, makes {', '.join(answer.kinds)}, model {answer.model or '-'}")


@style.command()
@click.option("--client", "-c", default=None, help="Only this client's samples.")
@click.option("--json", "as_json", is_flag=True)
def ledger(client: str | None, as_json: bool) -> None:
    """List the provenance records of every sample given out."""
    with _studio() as studio:
        records = studio.ledger(client)
        quota = studio.quota
    if as_json:
        _echo_json([r.model_dump(mode="json") for r in records])
        return
    if not records:
        click.echo("no samples yet")
    for r in records:
        made = f"works: {', '.join(w.id for w in r.works) or '-'}"
        if r.style_model is not None:
            trained = ", ".join(w.id for w in r.style_model.trained_on)
            made = f"model: {r.style_model.name} ({r.style_model.kind}, trained on {trained})"
        when = f"{r.created_at:%Y-%m-%d %H:%M}"
        click.echo(f"{r.id}  {when}  {r.client}  {r.kind}  {made}  sha256 {r.content_sha256[:12]}")
    click.echo(f"quota: {quota} free samples per client")


@style.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def verify(file: Path, as_json: bool) -> None:
    """Say whether FILE is one of your samples and intact: its Content Credentials (images) and the ledger.

    Exits 1 when the file is not verified (no intact Content Credentials, or text not exactly as delivered).
    """
    with _studio() as studio:
        result = studio.verify(file.read_bytes())
    if as_json:
        _echo_json(result.model_dump(mode="json"))
    else:
        for line in result.summary:
            click.echo(f"{file}: {line}")
    if not result.verified:
        raise SystemExit(1)


@style.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def works(ctx: click.Context, as_json: bool) -> None:
    """List your registered works and whether each may condition the style."""
    if ctx.invoked_subcommand is not None:
        return
    with _studio() as studio:
        registered = studio.works()
    if as_json:
        _echo_json([w.model_dump(mode="json") for w in registered])
        return
    if not registered:
        click.echo("no works registered; add one with `atelier style works add FILE --title ... --consent`")
    for w in registered:
        mark = "consented" if w.consented else "no consent"
        click.echo(f"{w.id}  [{mark}]  {w.kind}  {w.title}  {w.path}")


@works.command("add")
@click.argument("path", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--title", required=True)
@click.option("--kind", type=KINDS, default="text", show_default=True)
@click.option("--excerpt", default="", help="A passage (text) or a description (image); default: the file's opening.")
@click.option("--consent/--no-consent", default=False, show_default=True, help="May it condition the style?")
def works_add(path: Path | None, title: str, kind: str, excerpt: str, consent: bool) -> None:
    """Register one of your works (unconsented unless --consent)."""
    with _studio() as studio:
        work = studio.add_work(
            title, kind="image" if kind == "image" else "text", path=path, excerpt=excerpt, consented=consent
        )
    click.echo(f"added {work.id} ({'consented' if work.consented else 'no consent'})")


@style.command()
@click.argument("work")
@click.option("--revoke", is_flag=True, help="Withdraw consent: the work conditions no later sample.")
def consent(work: str, revoke: bool) -> None:
    """Consent to WORK conditioning the style (or --revoke it)."""
    with _studio() as studio:
        change = studio.consent(work, not revoke)
    click.echo(f"{change.work.id}: {'consented' if change.work.consented else 'consent revoked'}")
    for model in change.retrain:
        click.secho(
            f"warning: style model {model.name} was trained on {change.work.id} and must be retrained without it; "
            f"it is blocked until you confirm with `atelier style models confirm {model.name}`",
            fg="yellow",
            err=True,
        )


@style.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def models(ctx: click.Context, as_json: bool) -> None:
    """List the style models (checkpoints, LoRAs) you trained, and the works each was trained on."""
    if ctx.invoked_subcommand is not None:
        return
    with _studio() as studio:
        registered = studio.style_models()
    if as_json:
        _echo_json([m.model_dump(mode="json") for m in registered])
        return
    if not registered:
        click.echo("no style models registered; add one with `atelier style models add NAME --kind lora --work ID`")
    for m in registered:
        state = f"BLOCKED: retrain without {', '.join(m.revoked)}" if m.blocked else "usable"
        click.echo(f"{m.name}  [{state}]  {m.kind}  trained on: {', '.join(m.trained_on)}")


@models.command("add")
@click.argument("name")
@click.option("--kind", type=click.Choice(["checkpoint", "lora"]), default="lora", show_default=True)
@click.option("--work", "trained_on", multiple=True, required=True, help="A work it was trained on (repeat).")
def models_add(name: str, kind: str, trained_on: tuple[str, ...]) -> None:
    """Register a style model NAME (as the service knows it) and the consented works it was trained on."""
    with _studio() as studio:
        model = studio.add_style_model(name, "checkpoint" if kind == "checkpoint" else "lora", list(trained_on))
    click.echo(f"added {model.name} ({model.kind}, trained on {', '.join(model.trained_on)})")


@models.command("confirm")
@click.argument("name")
def models_confirm(name: str) -> None:
    """Confirm that NAME was retrained without the works whose consent you revoked, so it may be used again."""
    with _studio() as studio:
        model = studio.confirm_retrained(name)
    click.echo(f"{model.name}: usable again, trained on {', '.join(model.trained_on)}")
