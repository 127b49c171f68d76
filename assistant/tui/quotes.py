"""Quotes: the stored quote book, and an editor whose totals recompute (by the library) as fields change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.timer import Timer
from textual.widgets import Button, Checkbox, DataTable, Input, Label, Static, TextArea

from assistant.tui.base import AtelierScreen
from assistant.tui.quote_form import QuoteFields, fields_of, request_of

if TYPE_CHECKING:
    from assistant.tools.quote_models import Quote
    from assistant.tools.quote_store import StoredQuote

RECOMPUTE_DELAY = 0.4
"""Seconds of quiet typing before the quote is recomputed."""


class QuotesScreen(AtelierScreen):
    """The quote book: every stored quote with its status; Enter opens the editor."""

    BINDINGS = [Binding("ctrl+r", "refresh", "Reload"), Binding("enter", "open", "Open", show=False)]

    def __init__(self) -> None:
        """Empty until loaded."""
        super().__init__(id="quotes")
        self.rows: list[StoredQuote] = []

    def compose(self) -> ComposeResult:
        """The table of quotes."""
        yield Label("Quotes — Enter opens one; ask in the chat (/quote …) to make a new one.", classes="section-title")
        yield DataTable(id="quote-list", cursor_type="row", zebra_stripes=True)
        yield from self.compose_chrome()

    def on_mount(self) -> None:
        """Columns."""
        super().on_mount()
        self.query_one(DataTable).add_columns("Number", "Client", "Title", "Total", "Status", "Valid until")
        self.query_one(DataTable).focus()

    def on_ready(self) -> None:
        """Load the quotes."""
        self.action_refresh()

    def on_screen_resume(self) -> None:
        """Reload when coming back from the editor."""
        if self.app.ready:
            self.action_refresh()

    def action_refresh(self) -> None:
        """Reload the quote book."""
        self._load()

    @work(thread=True, exclusive=True, group="quotes-read", exit_on_error=False)
    def _load(self) -> None:
        rows = self.assistant.quotes.list()
        self.app.call_from_thread(self._show, rows)

    def _show(self, rows: list[StoredQuote]) -> None:
        self.rows = rows
        table = self.query_one(DataTable)
        table.clear()
        for q in rows:
            table.add_row(
                q.number,
                q.client,
                q.title,
                f"{q.total} {q.currency}",
                q.status,
                q.valid_until.isoformat(),
                key=q.number,
            )
        self.status(turn=f"{len(rows)} quotes")

    @on(DataTable.RowSelected)
    def _selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        """Open the selected quote in the editor."""
        table = self.query_one(DataTable)
        if self.rows and 0 <= table.cursor_row < len(self.rows):
            self._open(self.rows[table.cursor_row].number)

    @work(thread=True, exclusive=True, group="quotes-read", exit_on_error=False)
    def _open(self, number: str) -> None:
        quote = self.assistant.quotes.get(number)
        self.app.call_from_thread(self.app.push_screen, QuoteEditor(quote, stored=True))

    # palette actions that belong to the editor: they explain where to go
    def _need_editor(self) -> None:
        self.notify("Open a quote first (Enter on a row).", severity="warning")

    action_recompute = action_save = action_export = action_mark_sent = _need_editor


class QuoteEditor(AtelierScreen):
    """Edit a quote's fields; the library recomputes every figure; save, export, mark sent."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("ctrl+s", "save", "Save"),
        Binding("ctrl+o", "export", "Export"),
        Binding("ctrl+g", "mark_sent", "Mark sent"),
        Binding("ctrl+r", "recompute", "Recompute"),
    ]

    def __init__(self, quote: Quote, *, stored: bool = False) -> None:
        """Edit ``quote``; ``stored`` means it is in the quote book (saving adds a version)."""
        super().__init__(classes="quote-editor")
        self.quote = quote
        self.stored = stored
        self._timer: Timer | None = None
        self._loading = True

    def compose(self) -> ComposeResult:
        """Fields on the left, the computed quote on the right."""
        f = fields_of(self.quote)
        yield Label(self._heading(), id="quote-heading", classes="section-title")
        with Horizontal(classes="split"):
            with VerticalScroll(id="quote-fields"):
                for name, label, value in (
                    ("client", "Client", f.client),
                    ("title", "Title", f.title),
                    ("service", "Service", f.service),
                    ("deadline", "Deadline", f.deadline),
                    ("revisions", "Revisions", f.revisions),
                    ("discount", "Discount %", f.discount),
                ):
                    with Horizontal(classes="field-row"):
                        yield Label(label)
                        yield Input(value, id=f"q-{name}", compact=True)
                yield Checkbox("Returning client", f.returning, id="q-returning", compact=True)
                yield Label("Deliverables (one per line: 3 x spread)", classes="dim")
                yield TextArea(f.deliverables, id="deliverables", soft_wrap=True, compact=True)
                with Horizontal(classes="buttons"):
                    yield Button("Save", id="save", variant="primary", compact=True)
                    yield Button("Export", id="export", compact=True)
                    yield Button("Mark sent", id="mark_sent", compact=True)
            with VerticalScroll(classes="detail-pane"):
                yield Static(id="totals")
                yield Static("", id="quote-error", classes="dim")
        yield from self.compose_chrome()

    def on_mount(self) -> None:
        """Show the quote as it is."""
        super().on_mount()
        self._render_quote()
        self.call_after_refresh(setattr, self, "_loading", False)

    def _heading(self) -> str:
        q = self.quote
        where = "saved" if self.stored else "not saved yet"
        return f"Quote {q.number} v{q.version} · {q.status} · {where} · Esc back · Ctrl+S save"

    def _render_quote(self) -> None:
        from assistant.tools.quote_render import to_rich

        self.query_one("#totals", Static).update(to_rich(self.quote))
        self.query_one("#quote-heading", Label).update(self._heading())

    def fields(self) -> QuoteFields:
        """What the form holds now."""

        def value(name: str) -> str:
            return self.query_one(f"#q-{name}", Input).value

        return QuoteFields(
            client=value("client"),
            title=value("title"),
            service=value("service"),
            deadline=value("deadline"),
            revisions=value("revisions"),
            discount=value("discount"),
            returning=self.query_one("#q-returning", Checkbox).value,
            deliverables=self.query_one("#deliverables", TextArea).text,
        )

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Checkbox.Changed)
    def _changed(self) -> None:
        if self._loading:
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(RECOMPUTE_DELAY, self.action_recompute)

    def action_recompute(self) -> None:
        """Recompute the quote from the fields (the library does the arithmetic)."""
        self.status(turn="recomputing…")
        self._recompute(self.fields())

    @work(thread=True, exclusive=True, group="quote-compute", exit_on_error=False)
    def _recompute(self, fields: QuoteFields) -> None:
        from assistant.errors import AtelierError
        from assistant.tui.app import describe_error

        try:
            quote = self.assistant.quote(request_of(fields, self.quote))
        except AtelierError as err:
            self.app.call_from_thread(self._show_error, describe_error(err))
            return
        self.app.call_from_thread(self._recomputed, quote)

    def _show_error(self, text: str) -> None:
        self.query_one("#quote-error", Static).update(f"Cannot compute: {text}")
        self.status(turn="fix the fields")

    def _recomputed(self, quote: Quote) -> None:
        keep = {"number": self.quote.number, "version": self.quote.version, "status": self.quote.status}
        self.quote = quote.model_copy(update=keep) if self.stored else quote
        self.query_one("#quote-error", Static).update("")
        self._render_quote()
        self.status(turn=f"total {quote.total} {quote.currency}")

    @on(Button.Pressed)
    async def _button(self, event: Button.Pressed) -> None:
        await self.run_action(event.button.id or "")

    def action_save(self) -> None:
        """Save: a new quote gets a number; a stored one gets a new version."""
        self._save(self.quote, self.stored, None)

    def action_mark_sent(self) -> None:
        """Save if needed, then mark the quote as sent."""
        self._save(self.quote, self.stored, "sent")

    @work(thread=True, exclusive=True, group="quote-write", exit_on_error=False)
    def _save(self, quote: Quote, stored: bool, status: str | None) -> None:
        store = self.assistant.quotes
        if stored and status is None:
            saved = store.revise(quote.number, quote)
        elif not stored:
            saved = store.save(quote)
        else:
            saved = quote
        if status is not None:
            saved = store.mark(saved.number, "sent")
        self.app.call_from_thread(self._saved, saved, status)

    def _saved(self, quote: Quote, status: str | None) -> None:
        self.quote, self.stored = quote, True
        self._render_quote()
        self.notify(f"Quote {quote.number} v{quote.version} " + ("marked sent." if status else "saved."))

    def action_export(self) -> None:
        """Write the client's Markdown and HTML to the exports folder."""
        self._export(self.quote)

    @work(thread=True, exclusive=True, group="quote-write", exit_on_error=False)
    def _export(self, quote: Quote) -> None:
        from assistant.tools.quote_render import to_html, to_markdown

        folder = self.assistant.paths.data_dir / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        markdown, page = folder / f"{quote.number}.md", folder / f"{quote.number}.html"
        markdown.write_text(to_markdown(quote, for_client=True), encoding="utf-8")
        page.write_text(to_html(quote), encoding="utf-8")
        self.app.call_from_thread(self.notify, f"Exported {markdown.name} and {page.name} to {folder}")
