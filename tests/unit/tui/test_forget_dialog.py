"""The memory screen's forget dialog: the dry-run report store by store, the two choices, then the erasure.

Real local stores (memory with the fake embedder, threads, quotes); the chat model is scripted.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static

from assistant.memory import Memory
from assistant.tui import create_app
from assistant.tui.forget_dialog import ForgetDialog
from tests.unit.tools.test_quote_store import _quote

from .conftest import wait_until
from .test_memory_screen import ACME, OTHERS, _copy_briefs, _open_memory


def _report(app) -> str:
    return str(app.screen.query_one("#forget-report", Static).render())


async def test_the_dialog_shows_the_dry_run_then_erases_as_chosen(
    make_assistant, memory: Memory, tmp_path: Path
) -> None:
    memory.add([_copy_briefs(tmp_path / "briefs", *ACME, *OTHERS)], progress=False)
    assistant = make_assistant("For Acme we drew Pip the otter, in 2024.")
    assistant.chat("What did we do for Acme last time?")
    draft, accepted = assistant.quotes.save(_quote(client="Acme")), assistant.quotes.save(_quote(client="Acme"))
    assistant.quotes.mark(accepted.number, "accepted")
    other = assistant.quotes.save(_quote(client="Spree Cycles"))

    app = create_app(assistant, warm_up=False)
    async with app.run_test(size=(110, 40)) as pilot:
        screen = await _open_memory(pilot)
        await wait_until(pilot, lambda: len(screen.rows) == 5)
        acme = next(i for i, row in enumerate(screen.rows) if row.client == "Acme")
        screen.query_one("#sources", DataTable).move_cursor(row=acme)

        # the dialog shows exactly what `atelier memory forget --client Acme --dry-run` prints; Esc changes nothing
        await pilot.press("x")
        await wait_until(pilot, lambda: isinstance(app.screen, ForgetDialog) and app.screen.report is not None)
        dry = assistant.forget(client="Acme", dry_run=True)
        assert _report(app) == "\n".join(dry.lines())
        counts = {store.store: store.count for store in dry.stores}
        assert counts["memory"] == 3 and counts["threads"] == 1 and counts["quotes"] == 2, dry.lines()
        assert "threads: 1 thread(s) redacted" in _report(app) and "kept:" not in _report(app)
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen)
        assert len(memory.sources()) == 5 and len(assistant.threads.list()) == 1

        # choose: delete the threads, keep the accepted quote; the report follows each choice
        await pilot.press("x")
        await wait_until(pilot, lambda: isinstance(app.screen, ForgetDialog) and app.screen.report is not None)
        await pilot.click("#threads-delete")
        await wait_until(pilot, lambda: "thread(s) deleted" in _report(app))
        await pilot.click("#forget-keep")
        await wait_until(pilot, lambda: f"kept: {accepted.number}" in _report(app))
        assert _report(app) == "\n".join(
            assistant.forget(client="Acme", dry_run=True, keep_records=True, threads="delete").lines()
        )
        await wait_until(pilot, lambda: not app.screen.query_one("#forget").disabled)
        await pilot.click("#forget")
        await wait_until(pilot, lambda: app.screen is screen and len(screen.rows) == 2)
        (done,) = [n.message for n in app._notifications if n.title == "Forgotten"]
        assert done.startswith("client Acme: erased 5 record(s)"), done
        assert f"kept: {accepted.number}" in done and "threads: 1 thread(s) deleted" in done

    assert not any(info.meta.client == "Acme" for info in memory.sources())
    assert assistant.threads.list() == []  # deleted, not redacted
    assert sorted(q.number for q in assistant.quotes.list()) == sorted([accepted.number, other.number])
    assert draft.number not in {q.number for q in assistant.quotes.list()}


async def test_forget_one_file_from_its_dialog(make_assistant, memory: Memory, tmp_path: Path) -> None:
    memory.add([_copy_briefs(tmp_path / "briefs", OTHERS[0])], progress=False)
    app = create_app(make_assistant(), warm_up=False)
    async with app.run_test(size=(110, 40)) as pilot:
        screen = await _open_memory(pilot)
        await wait_until(pilot, lambda: len(screen.rows) == 1)
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, ForgetDialog) and app.screen.report is not None)
        assert "memory: 1" in _report(app)
        await pilot.click("#forget")
        await wait_until(pilot, lambda: app.screen is screen and not screen.rows)
    assert memory.sources() == []
