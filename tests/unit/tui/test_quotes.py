"""Quote and brief views: totals recompute through the library as fields change; save, export, mark sent."""

from __future__ import annotations

import datetime as dt

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Input, Markdown, Static, TextArea

from assistant.tools.brief_models import Brief
from assistant.tools.quote_models import Deliverable, QuoteRequest
from assistant.tui import create_app
from assistant.tui.brief_view import BriefScreen
from assistant.tui.quotes import QuoteEditor, QuotesScreen
from assistant.tui.widgets import ToolCallView

from .conftest import TODAY, wait_until


def _request(spreads: int) -> QuoteRequest:
    return QuoteRequest(
        service="book-illustration",
        deliverables=[Deliverable(description="picture book spread", quantity=spreads)],
        deadline=TODAY + dt.timedelta(days=90),
        client="Hollow Oak Press",
        title="The whale who sang",
    )


async def test_editing_a_stored_quote_recomputes_saves_a_version_exports_and_marks_sent(make_assistant) -> None:
    assistant = make_assistant()
    stored = assistant.quotes.save(assistant.quote(_request(3)))
    six = assistant.quote(_request(6))
    app = create_app(assistant, warm_up=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f5")
        book = app.screen
        assert isinstance(book, QuotesScreen)
        await wait_until(pilot, lambda: book.query_one(DataTable).row_count == 1)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, QuoteEditor))
        editor = app.screen
        assert isinstance(editor, QuoteEditor)
        assert editor.query_one("#deliverables", TextArea).text == "3 x picture book spread"
        editor.query_one("#deliverables", TextArea).text = "6 x picture book spread"
        await wait_until(pilot, lambda: editor.quote.total == six.total)
        assert editor.quote.total > stored.total
        assert editor.quote.number == stored.number  # still the same quote, about to get a new version
        # a field that cannot be read is explained, and the last good quote stays
        editor.query_one("#q-deadline", Input).value = "next tuesday"
        await wait_until(pilot, lambda: "deadline" in str(editor.query_one("#quote-error", Static).render()))
        assert editor.quote.total == six.total
        editor.query_one("#q-deadline", Input).value = (TODAY + dt.timedelta(days=90)).isoformat()
        await wait_until(pilot, lambda: not str(editor.query_one("#quote-error", Static).render()))
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(assistant.quotes.versions(stored.number)) == 2)
        await pilot.press("ctrl+o")
        exports = assistant.paths.data_dir / "exports"
        await wait_until(pilot, lambda: (exports / f"{stored.number}.html").exists())
        await pilot.press("ctrl+g")
        await wait_until(pilot, lambda: assistant.quotes.get(stored.number).status == "sent")
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is book)
        await wait_until(pilot, lambda: "sent" in str(book.query_one(DataTable).get_row_at(0)))
    saved = assistant.quotes.get(stored.number)
    assert saved.version == 2 and saved.total == six.total
    exported = (exports / f"{stored.number}.md").read_text(encoding="utf-8")
    assert exported.startswith(f"# Quote {stored.number}") and "6 " in exported


async def test_brief_view_follows_edits_and_quotes_the_brief(make_assistant) -> None:
    assistant = make_assistant()
    brief = Brief(
        title="Oat milk mascot",
        client="Jo Berg",
        company="Oaty",
        service="mascot",
        deliverables=[Deliverable(description="mascot", quantity=1)],
        deadline=TODAY + dt.timedelta(days=60),
        open_questions=["Where will the mascot be used?"],
    )
    app = create_app(assistant, warm_up=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.push_screen(BriefScreen(brief))
        screen = app.screen
        preview = screen.query_one("#brief-preview", Markdown)
        await wait_until(pilot, lambda: "Oat milk mascot" in preview.source)
        assert "## Open questions" in preview.source
        editor = screen.query_one("#brief-editor", TextArea)
        editor.text = editor.text.replace("# Oat milk mascot", "# Oat drink mascot").replace(
            "title: Oat milk mascot", "title: Oat drink mascot"
        )
        await wait_until(pilot, lambda: "Oat drink mascot" in preview.source)
        await pilot.press("ctrl+s")
        saved = assistant.paths.data_dir / "briefs" / "brief-oat-drink-mascot.md"
        await wait_until(pilot, saved.exists)
        await pilot.press("ctrl+g")
        await wait_until(pilot, lambda: isinstance(app.screen, QuoteEditor))
        quote = app.screen.quote
        assert quote.services == ["mascot"] and quote.client == "Oaty"
        assert (
            quote.total
            == assistant.quote(
                service="mascot", deliverables=brief.deliverables, deadline=brief.deadline, client="Oaty"
            ).total
        )


class _Host(App[None]):
    def __init__(self, view: ToolCallView) -> None:
        super().__init__()
        self.view = view

    def compose(self) -> ComposeResult:
        yield self.view


async def test_tool_results_render_a_quote_as_a_table_and_a_brief_as_sections(make_assistant) -> None:
    assistant = make_assistant()
    quote = assistant.quote(_request(3))
    view = ToolCallView("quote", {"text": "3 spreads"}, "call-1")
    async with _Host(view).run_test(size=(120, 40)) as pilot:
        await view.finish(True, "quote text", quote)
        view.collapsed = False
        await pilot.pause()
        assert view.kind == "quote" and quote.number in view.title
        table = view.query_one(".quote-table", Static)
        assert table.region.height >= len(quote.line_items) + 4
    brief = Brief(title="Whale book", open_questions=["How many spreads?"], goals=["A calm bedtime story"])
    view = ToolCallView("draft_brief", {"inquiry": "..."}, "call-2")
    async with _Host(view).run_test(size=(100, 30)) as pilot:
        await view.finish(True, "brief text", brief)
        assert view.kind == "brief" and "1 open questions" in view.title
        sections = view.query_one(Markdown).source
        assert "## Goals" in sections and "- How many spreads?" in sections
