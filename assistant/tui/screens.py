"""Which screen serves each mode and each artifact: the one place that names the screen classes.

:func:`assistant.tui.create_app` hands these to the app. Each factory imports its screen when first called,
so creating the app stays cheap (a screen's module loads when its mode first opens).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.screen import Screen

    from assistant.artifacts import Artifact


def chat() -> Screen[Any]:
    """The chat screen."""
    from assistant.tui.chat import ChatScreen

    return ChatScreen()


def inbox() -> Screen[Any]:
    """The inbox: the daemon's drafts and the chat's pending approvals."""
    from assistant.tui.inbox import InboxScreen

    return InboxScreen()


def memory() -> Screen[Any]:
    """The memory browser."""
    from assistant.tui.memory_screen import MemoryScreen

    return MemoryScreen()


def quotes() -> Screen[Any]:
    """The stored quotes."""
    from assistant.tui.quotes import QuotesScreen

    return QuotesScreen()


def shadow() -> Screen[Any]:
    """The shadow report: past inquiries replayed next to what was sent."""
    from assistant.tui.shadow_screen import ShadowScreen

    return ShadowScreen()


def quote_editor(artifact: Artifact) -> Screen[Any]:
    """The editor of a quote."""
    from assistant.tools.quote_models import Quote
    from assistant.tui.quotes import QuoteEditor

    if not isinstance(artifact, Quote):
        raise TypeError(f"a quote editor cannot open a {artifact.kind}")
    return QuoteEditor(artifact)


def brief_view(artifact: Artifact) -> Screen[Any]:
    """The view of a brief (it can turn the brief into a quote)."""
    from assistant.tools.brief_models import Brief
    from assistant.tui.brief_view import BriefScreen

    if not isinstance(artifact, Brief):
        raise TypeError(f"a brief view cannot open a {artifact.kind}")
    return BriefScreen(artifact)


MODES: dict[str, Callable[[], Screen[Any]]] = {
    "chat": chat,
    "inbox": inbox,
    "memory": memory,
    "quotes": quotes,
    "shadow": shadow,
}
"""The screen of each mode, by the mode's name (F2–F6)."""

EDITORS: dict[str, Callable[[Artifact], Screen[Any]]] = {"quote": quote_editor, "brief": brief_view}
"""The screen that opens an artifact, by the artifact's ``kind``."""
