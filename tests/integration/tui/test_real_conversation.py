"""A whole conversation in the TUI with the bundled model, real memory (bundled embedder) and real stores."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from assistant.api import Assistant
from assistant.tui import create_app
from assistant.tui.chat import ChatScreen
from assistant.tui.widgets import ChatMessage, CitationBar, ToolCallView

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "briefs"


async def wait_until(pilot: Any, predicate: Callable[[], bool], timeout: float = 120.0) -> None:
    """Let the app run until ``predicate()`` holds; the real model on 2 cores needs generous time."""
    waited = 0.0
    while not predicate():
        if waited > timeout:
            raise AssertionError(f"condition not met within {timeout} s")
        await pilot.pause(0.1)
        waited += 0.1


async def _ask(pilot: Any, screen: ChatScreen, text: str, until: Callable[[], bool] | None = None) -> None:
    turn = screen.turn
    screen.query_one("#prompt").focus()
    await pilot.press(*text, "enter")
    await wait_until(pilot, lambda: screen.turn == turn + 1 and not screen.running)
    if until is not None:
        await wait_until(pilot, until)


@pytest.mark.real_model
async def test_a_working_conversation_with_the_bundled_model(
    demo_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATELIER_MODEL__PROSE", "on")  # the model's own words stream (prose "auto" keeps it quiet)
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    for name in ("2024-02-acme-pip-the-otter-mascot.md", "2025-03-acme-pip-expression-set.md"):
        shutil.copy(EXAMPLES / name, briefs / name)
    assistant = Assistant(demo_home)
    assistant.memory.add([briefs], progress=False)
    app = create_app(assistant)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            screen = app.screen
            assert isinstance(screen, ChatScreen)
            await wait_until(pilot, lambda: app.model_status.startswith("model ready"))
            # a memory question: streamed, cited, with a token rate
            await _ask(pilot, screen, "/memory what did I charge Acme for the Pip the otter mascot?")
            answers = [m.text for m in screen.query(ChatMessage) if m.role == "assistant"]
            assert answers and answers[-1].strip()
            assert screen.tokens >= 1 and "tok/s" in str(screen.query_one("#rate").render())
            bar = screen.query_one(CitationBar)
            assert any("acme-pip" in c.source for c in bar.citations)
            # a quote in the same thread: the tool call is inline with the computed total
            await _ask(pilot, screen, "/quote 4 poses of the mascot for Acme")
            call = screen.query(ToolCallView).last()
            assert call.kind == "quote" and "total" in call.title
            thread = screen.thread_id
            assert thread is not None
            # the conversation is durable: both turns are in the checkpointer
            humans = [m for m in assistant.threads.messages(thread) if m.type == "human"]
            assert len(humans) == 2
            await pilot.press("ctrl+o")
            export = assistant.paths.data_dir / "exports"
            await wait_until(pilot, lambda: any(export.glob(f"*-{thread}.md")), timeout=30)
    finally:
        assistant.close()
