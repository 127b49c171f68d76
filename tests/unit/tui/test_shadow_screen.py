"""The TUI's shadow report: reachable from the Inbox and the palette, the same replay as the CLI."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Markdown, Static

from assistant.tui import create_app
from assistant.tui.shadow_screen import ShadowScreen

from .conftest import wait_until

PAST_MAIL = Path(__file__).resolve().parents[3] / "examples" / "past-mail"


def _configure(home: Path) -> None:
    (home / "config.toml").write_text(f'[mail]\npast_mail = "{PAST_MAIL}"\n', encoding="utf-8")


async def test_shadow_report_opens_from_the_inbox_and_shows_the_diff(make_assistant, demo_home: Path) -> None:
    _configure(demo_home)
    app = create_app(make_assistant(*["-"] * 40), warm_up=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.press("f3")
        await pilot.press("s")
        await wait_until(pilot, lambda: isinstance(app.screen, ShadowScreen))
        screen = app.screen
        assert isinstance(screen, ShadowScreen)
        await wait_until(pilot, lambda: screen.report is not None, timeout=60)
        table = screen.query_one("#shadow-list", DataTable)
        assert table.row_count == 8
        summary = str(screen.query_one("#shadow-summary", Static).render())
        assert "of 8 replies would have gone out unedited" in summary and "at most 5%" in summary
        detail = screen.query_one("#shadow-detail", Markdown)
        await wait_until(pilot, lambda: "Priya" in detail.source)
        assert "```diff" in detail.source and "+thank you, and how lovely" in detail.source
        assert "### You sent" in detail.source
        await pilot.press("down")
        await wait_until(pilot, lambda: "Herr Hartmann" in detail.source)


async def test_the_palette_lists_the_shadow_report(make_assistant, demo_home: Path) -> None:
    _configure(demo_home)
    app = create_app(make_assistant(), warm_up=False)
    async with app.run_test(size=(120, 40)):
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Inbox: shadow report" in titles
