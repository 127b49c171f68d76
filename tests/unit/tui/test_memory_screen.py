"""The memory screen over real local memory (fake embedder): ingest with progress, chunks, search, public, forget."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import DataTable, Input, Markdown, ProgressBar

from assistant.memory import Memory
from assistant.tui import create_app
from assistant.tui.memory_screen import MemoryScreen

from .conftest import wait_until

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "briefs"


def _copy_briefs(target: Path, *names: str) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(EXAMPLES / name, target / name)
    return target


ACME = (
    "2024-02-acme-pip-the-otter-mascot.md",
    "2024-06-acme-pip-snack-packaging.md",
    "2025-03-acme-pip-expression-set.md",
)
OTHERS = ("2023-05-spree-cycles-logo.md", "2024-11-brotzeit-bakery-bread-bags.md")


async def _open_memory(pilot) -> MemoryScreen:
    await pilot.press("f4")
    screen = pilot.app.screen
    assert isinstance(screen, MemoryScreen)
    return screen


async def test_ingest_a_folder_with_progress_then_read_chunks(make_assistant, memory: Memory, tmp_path: Path) -> None:
    folder = _copy_briefs(tmp_path / "briefs", *ACME, *OTHERS)
    (folder / "broken.pdf").write_bytes(b"not a pdf at all")
    app = create_app(make_assistant(), warm_up=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_memory(pilot)
        await wait_until(pilot, lambda: "0 sources" in str(screen.query_one("#turn-status").render()))
        await pilot.press("a")
        await wait_until(pilot, lambda: bool(app.screen.query("#prompt-input")))
        app.screen.query_one("#prompt-input", Input).value = str(folder)
        await pilot.press("enter")
        await wait_until(pilot, lambda: len(screen.rows) == 5, timeout=30)
        bar = screen.query_one("#ingest-bar", ProgressBar)
        assert bar.total == 6 and bar.progress == 6
        # the broken file was reported, and the rest went on
        assert any("broken.pdf" in str(n.message) for n in app._notifications)
        acme = next(i for i, row in enumerate(screen.rows) if row.client.lower().startswith("acme"))
        table = screen.query_one("#sources", DataTable)
        table.move_cursor(row=acme)
        await pilot.press("enter")
        text = screen.query_one("#memory-text", Markdown)
        await wait_until(pilot, lambda: "**Chunk 0**" in text.source)
        assert screen.rows[acme].title in text.source and "> " in text.source
    assert len(memory.sources()) == 5


async def test_search_public_and_forget_client_with_confirmation(
    make_assistant, memory: Memory, tmp_path: Path
) -> None:
    memory.add([_copy_briefs(tmp_path / "briefs", *ACME, *OTHERS)], progress=False)
    app = create_app(make_assistant(), warm_up=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_memory(pilot)
        await wait_until(pilot, lambda: len(screen.rows) == 5)
        # search
        await pilot.press("slash")
        await pilot.press(*"bread bags", "enter")
        text = screen.query_one("#memory-text", Markdown)
        await wait_until(pilot, lambda: "results for" in text.source)
        assert "brotzeit" in text.source.lower()
        # public/private
        screen.query_one("#sources", DataTable).focus()
        spree = next(i for i, row in enumerate(screen.rows) if "spree" in row.source)
        screen.query_one("#sources", DataTable).move_cursor(row=spree)
        await pilot.press("p")
        await wait_until(pilot, lambda: any(r.public for r in screen.rows))
        assert [r.source for r in screen.rows if r.public] == [screen.rows[spree].source]
        # forget a client: cancel first, then confirm
        acme = next(i for i, row in enumerate(screen.rows) if row.client.lower().startswith("acme"))
        screen.query_one("#sources", DataTable).move_cursor(row=acme)
        await pilot.press("x")
        await wait_until(pilot, lambda: bool(app.screen.query("#forget")))
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen)
        assert len(memory.sources()) == 5
        await pilot.press("x")
        await wait_until(
            pilot, lambda: bool(app.screen.query("#forget")) and not app.screen.query_one("#forget").disabled
        )
        await pilot.click("#forget")
        await wait_until(pilot, lambda: len(screen.rows) == 2)
    assert not any("acme" in info.meta.client.lower() for info in memory.sources())
    assert not memory.search("Pip the otter mascot", k=5, client="Acme")
