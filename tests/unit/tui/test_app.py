"""App conventions: startup order, the command palette, themes, modes, approvals in the inbox, the import boundary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from textual.command import CommandList, CommandPalette
from textual.widgets import Input

from assistant.tui import create_app
from assistant.tui.app import COMMANDS
from assistant.tui.chat import ChatScreen
from assistant.tui.inbox import InboxScreen

from .conftest import wait_until

REPO = Path(__file__).resolve().parents[3]


def test_creating_the_app_imports_neither_the_library_nor_heavy_modules() -> None:
    code = (
        "import sys; from assistant.tui import create_app; app = create_app(); "
        "heavy = [m for m in ('assistant.api', 'langgraph', 'langchain_core', 'chromadb', 'torch', 'llama_cpp') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == ""


def test_only_the_tui_package_imports_textual() -> None:
    offenders = [
        str(path.relative_to(REPO))
        for path in (REPO / "assistant").rglob("*.py")
        if "tui" not in path.parts and ("import textual" in path.read_text() or "from textual" in path.read_text())
    ]
    assert offenders == []


async def test_startup_paints_then_opens_the_assistant_and_shows_model_status(make_assistant) -> None:
    app = create_app(make_assistant())
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, ChatScreen)
        await wait_until(pilot, lambda: app.model_status.startswith("model ready"))
        assert app.ready
        assert str(app.screen.query_one("#model-status").render()).startswith("model ready")


async def test_palette_lists_every_action_and_runs_one(make_assistant) -> None:
    assistant = make_assistant()
    thread = assistant.threads.new("Palette thread")
    app = create_app(assistant, warm_up=False)
    async with app.run_test(size=(100, 30)) as pilot:
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for title, *_ in COMMANDS:
            assert title in titles
        screen = app.screen
        assert isinstance(screen, ChatScreen)
        await screen.open_thread(thread.id)
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"Threads: rename")
        await wait_until(pilot, lambda: app.screen.query_one(CommandList).option_count > 0)
        assert "Threads: rename" in str(app.screen.query_one(CommandList).get_option_at_index(0).prompt)
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.screen.query("#prompt-input")))
        app.screen.query_one("#prompt-input", Input).value = "Renamed from the palette"
        await pilot.press("enter")
        await wait_until(pilot, lambda: assistant.threads.get(thread.id).title == "Renamed from the palette")


async def test_palette_command_switches_mode(make_assistant) -> None:
    app = create_app(make_assistant(), warm_up=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_in_mode("inbox", "refresh")
        assert isinstance(app.screen, InboxScreen)
        await pilot.press("f2")
        assert isinstance(app.screen, ChatScreen)


async def test_theme_toggles_between_light_and_dark(make_assistant) -> None:
    app = create_app(make_assistant(), warm_up=False)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme == "textual-dark"
        await pilot.press("ctrl+t")
        assert app.theme == "textual-light" and not app.current_theme.dark
        await pilot.press("ctrl+t")
        assert app.theme == "textual-dark"


async def test_chat_approval_waits_in_the_inbox_and_feedback_resolves_it(make_assistant) -> None:
    assistant = make_assistant("I will wait for a better description.")
    app = create_app(assistant, warm_up=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: app.ready)
        await pilot.press(*"/style for Acme: an otter", "enter")
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        await wait_until(pilot, lambda: not chat.running and chat.thread_id is not None)
        await pilot.press("f3")
        inbox = app.screen
        assert isinstance(inbox, InboxScreen)
        await wait_until(pilot, lambda: [e.kind for e in inbox.entries] == ["approval"])
        assert inbox.entries[0].key == f"approval:{chat.thread_id}"
        await pilot.press("f")
        await wait_until(pilot, lambda: bool(app.screen.query("#prompt-input")))
        app.screen.query_one("#prompt-input", Input).value = "make it a sea otter"
        await pilot.press("enter")
        await wait_until(pilot, lambda: not inbox.entries)
    assert assistant.pending(chat.thread_id or "") is None
    assert "sea otter" in assistant.threads.messages(chat.thread_id or "")[-1].text
