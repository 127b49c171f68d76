"""Atelier: a personal AI assistant that a freelancer owns and runs on their own machine.

Scripts use the library directly::

    from assistant import Assistant

    with Assistant() as atelier:
        print(atelier.chat("How much did I charge Acme for the mascot?").text)

Importing this package is cheap: the model, memory and the graph load on first use. It also switches off, in
code, every library's telemetry and downloads (:mod:`assistant.offline`), before any of them is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.offline import seal as _seal

_seal()

__version__ = "0.1.0"

__all__ = ["Assistant", "AtelierError", "Clock", "Reply", "__version__"]

if TYPE_CHECKING:
    from assistant.api import Assistant
    from assistant.clock import Clock
    from assistant.errors import AtelierError
    from assistant.replies import Reply


def __getattr__(name: str) -> Any:
    """Import the public classes on first use, so ``atelier --help`` never pays for langgraph."""
    if name == "Assistant":
        from assistant.api import Assistant

        return Assistant
    if name == "Clock":
        from assistant.clock import Clock

        return Clock
    if name == "Reply":
        from assistant.replies import Reply

        return Reply
    if name == "AtelierError":
        from assistant.errors import AtelierError

        return AtelierError
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")
