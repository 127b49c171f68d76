"""The ``atelier`` command: a thin click layer over the library.

Subcommand groups live in ``assistant/cli/<name>.py`` and are imported only when used, so ``atelier --help``
never pays for torch, chromadb or llama.cpp. Every :class:`~assistant.errors.AtelierError` is printed as one
line plus a hint, with exit status 1.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from typing import Any

import click

from assistant import __version__
from assistant.errors import AtelierError

# name -> (module, attribute, one-line help shown in `atelier --help` without importing the module)
_LAZY: dict[str, tuple[str, str, str]] = {
    "init": ("assistant.cli.setup", "init", "Write a commented starter config.toml and profile.toml."),
    "doctor": ("assistant.cli.setup", "doctor", "Check the model, threads, data dir, config and embedder."),
    "ask": ("assistant.cli.ask", "ask", "Ask one question and stream the answer."),
    "memory": ("assistant.cli.memory", "memory", "Ingest, search and forget past briefs and mail."),
    "quote": ("assistant.cli.quote", "quote", "Compute a quote from the rate card and past projects."),
    "brief": ("assistant.cli.brief", "brief", "Turn an inquiry into a structured brief."),
    "style": ("assistant.cli.style", "style", "Use, serve and audit the style generator."),
    "daemon": ("assistant.cli.daemon", "daemon", "Answer client inquiries by mail."),
    "inbox": ("assistant.cli.inbox", "inbox", "Review drafts and pending approvals."),
    "shadow": ("assistant.cli.shadow", "shadow", "Compare what Atelier would have sent with what you sent."),
    "threads": ("assistant.cli.threads", "threads", "List, rename, fork and delete conversation threads."),
    "rules": ("assistant.cli.rules", "rules", "Review rules learned from your edits."),
    "routes": ("assistant.cli.routes", "routes", "Review routing examples kept from your corrections."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every subcommand, including those not imported yet."""
        return sorted({*super().list_commands(ctx), *self._available()})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Import the subcommand's module when it is asked for."""
        command = super().get_command(ctx, cmd_name)
        if command is not None or cmd_name not in self._available():
            return command
        module_name, attribute, _ = _LAZY[cmd_name]
        loaded = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(loaded, click.Command):
            raise TypeError(f"{module_name}.{attribute} is not a click command")
        return loaded

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List subcommands with their help, without importing them."""
        rows = [(name, _LAZY[name][2]) for name in self.list_commands(ctx) if name in _LAZY]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    @staticmethod
    def _available() -> set[str]:
        return {name for name, (module, _, _) in _LAZY.items() if importlib.util.find_spec(module) is not None}


@click.group(cls=LazyGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="atelier")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Atelier: your own AI assistant for client work, running on this machine.

    With no command, opens the terminal app.
    """
    if ctx.invoked_subcommand is None:
        from assistant.tui import run_app

        run_app()


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the ``atelier`` script."""
    try:
        return cli.main(args=argv, prog_name="atelier")
    except AtelierError as err:
        click.secho(f"error: {err}", fg="red", err=True)
        if err.hint:
            click.echo(f"hint: {err.hint}", err=True)
        sys.exit(err.exit_status)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
