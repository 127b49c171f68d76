"""Atelier's terminal app (Textual). The only package in Atelier that imports textual.

``atelier`` with no arguments calls :func:`run_app`; tests and snapshots build the same app with
:func:`create_app`. Creating the app is cheap: the library, the stores and the model open in the background
after the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.api import Assistant
    from assistant.tui.app import AtelierApp

__all__ = ["create_app", "run_app"]


def create_app(assistant: Assistant | None = None, **options: Any) -> AtelierApp:
    """The app over ``assistant`` (``None``: open ``Assistant()`` in the background after the first paint).

    ``options`` go to :class:`~assistant.tui.app.AtelierApp` (``inbox=``, ``memory=``, ``warm_up=``). The
    screens are installed here, from :mod:`assistant.tui.screens`: the app itself names none.
    """
    from assistant.tui.app import AtelierApp
    from assistant.tui.screens import EDITORS, MODES

    return AtelierApp(assistant, modes=MODES, editors=EDITORS, **options)


def run_app() -> None:
    """Run the app in this terminal until the user quits."""
    app = create_app()
    try:
        app.run()
    finally:
        app.shutdown()
