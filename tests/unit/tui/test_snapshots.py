"""Snapshots of the main screens at 80x24 and 120x40, built with the same ``create_app`` the CLI uses.

Update them after a deliberate UI change with ``pytest tests/unit/tui/test_snapshots.py --snapshot-update`` and
look at the report before committing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from assistant.memory import Memory
from assistant.tui import create_app

from .conftest import seed_draft, wait_until

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "briefs"
SIZES = [(80, 24), (120, 40)]
FIXED_BRIEFS = Path("/tmp/atelier-snapshot-briefs")
"""A fixed folder, so the source paths shown on the memory screen are the same on every run."""


@pytest.fixture
def fixed_briefs() -> Iterator[Path]:
    shutil.rmtree(FIXED_BRIEFS, ignore_errors=True)
    FIXED_BRIEFS.mkdir()
    for name in (
        "2024-02-acme-pip-the-otter-mascot.md",
        "2023-05-spree-cycles-logo.md",
        "2024-11-brotzeit-bakery-bread-bags.md",
    ):
        shutil.copy(EXAMPLES / name, FIXED_BRIEFS / name)
    yield FIXED_BRIEFS
    shutil.rmtree(FIXED_BRIEFS, ignore_errors=True)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_chat_with_a_conversation(snap_compare: Any, make_assistant: Any, size: tuple[int, int]) -> None:
    assistant = make_assistant()
    info = assistant.threads.new("Acme otter mascot")
    messages = [
        HumanMessage("How much did I charge Acme for Pip the otter?"),
        AIMessage("You charged **Acme** 2,640 EUR for *Pip the otter* (2024) [1].\n\n- 30 h estimated\n- 41 h actual"),
        HumanMessage("/quote 6 poses for Acme"),
        AIMessage("Here is the quote: six poses, delivered in three weeks."),
    ]
    assistant.graph.update_state({"configurable": {"thread_id": info.id}}, {"messages": messages}, as_node="compose")
    app = create_app(assistant, warm_up=False)

    async def open_thread(pilot: Any) -> None:
        await wait_until(pilot, lambda: app.ready)
        await app.screen.open_thread(info.id)
        await wait_until(pilot, lambda: len(app.screen.query("ChatMessage")) == 4)
        for box in app.screen.query("TextArea, Input"):
            box.cursor_blink = False  # a blinking cursor is drawn or not by timing: the picture must not depend on it
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=open_thread)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_inbox(snap_compare: Any, make_assistant: Any, demo_home: Path, size: tuple[int, int]) -> None:
    inquiry = "Hi Mara, we need an oat milk mascot, three poses."
    seed_draft(demo_home / "data", "jo@oat.example", "Mascot for Oaty", inquiry, "Dear Jo,\n\nthank you!\n\nBest, Mara")
    app = create_app(make_assistant(), warm_up=False)

    async def ready(pilot: Any) -> None:
        await pilot.press("f3")
        await wait_until(pilot, lambda: len(getattr(app.screen, "entries", [])) == 1)
        await wait_until(pilot, lambda: "oat milk" in app.screen.query_one("#inbox-detail").source)

    assert snap_compare(app, terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_memory(
    snap_compare: Any, make_assistant: Any, memory: Memory, fixed_briefs: Path, size: tuple[int, int]
) -> None:
    memory.add([fixed_briefs], progress=False)
    app = create_app(make_assistant(), warm_up=False)

    async def ready(pilot: Any) -> None:
        await pilot.press("f4")
        await wait_until(pilot, lambda: len(getattr(app.screen, "rows", [])) == 3)
        await wait_until(pilot, lambda: "Client" in app.screen.query_one("#memory-text").source)

    assert snap_compare(app, terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_quote_editor(snap_compare: Any, make_assistant: Any, size: tuple[int, int]) -> None:
    assistant = make_assistant()
    spreads = [{"description": "picture book spread", "quantity": 4}]
    quote = assistant.quote(service="book-illustration", client="Hollow Oak Press", title="Whale", deliverables=spreads)
    assistant.quotes.save(quote)
    app = create_app(assistant, warm_up=False)

    async def ready(pilot: Any) -> None:
        await pilot.press("f5")
        await wait_until(pilot, lambda: len(getattr(app.screen, "rows", [])) == 1)
        await pilot.press("enter")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "QuoteEditor")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=ready)
