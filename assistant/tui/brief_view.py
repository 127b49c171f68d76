"""The brief view: edit a brief as its Markdown document, see it as sections, save it, export it, quote it.

The document is the same Markdown-with-front-matter that memory ingests and ``atelier brief --save`` writes, so
the library's own parser reads the edits back (a typo becomes a visible error, never a silent change).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.timer import Timer
from textual.widgets import Label, Markdown, Static, TextArea

from assistant.tui.base import AtelierScreen

if TYPE_CHECKING:
    from assistant.tools.brief_models import Brief

PARSE_DELAY = 0.4


class BriefScreen(AtelierScreen):
    """Edit a brief on the left; its sections on the right follow the edits."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("ctrl+s", "save", "Save"),
        Binding("ctrl+o", "export", "Export"),
        Binding("ctrl+g", "quote", "Quote it"),
    ]

    def __init__(self, brief: Brief) -> None:
        """Edit ``brief``."""
        super().__init__(classes="brief-view")
        self.brief = brief
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        """Editor and preview."""
        from assistant.tools.brief_render import brief_to_memory_document

        yield Label(f"Brief: {self.brief.title} · Esc back · Ctrl+S save · Ctrl+G quote it", classes="section-title")
        with Horizontal(classes="split"):
            client = self.assistant.brief_client(self.brief.client_email)
            document = brief_to_memory_document(self.brief, today=self.assistant.today, client=client)
            yield TextArea(document, id="brief-editor", classes="list-pane", soft_wrap=True)
            with VerticalScroll(classes="detail-pane"):
                yield Static("", id="brief-error", classes="dim")
                yield Markdown(id="brief-preview", open_links=False)
        yield from self.compose_chrome()

    def on_mount(self) -> None:
        """Render the brief's sections."""
        super().on_mount()
        self._preview()

    def _preview(self) -> None:
        from assistant.tools.brief_render import render_markdown

        self.query_one("#brief-preview", Markdown).update(render_markdown(self.brief, self.assistant.profile.locale))

    @on(TextArea.Changed, "#brief-editor")
    def _changed(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(PARSE_DELAY, self.parse)

    def parse(self) -> bool:
        """Read the edited document back into the brief; show why when it cannot be read."""
        from assistant.errors import AtelierError
        from assistant.tools.brief_render import parse_brief_document
        from assistant.tui.app import describe_error

        try:
            self.brief = parse_brief_document(self.query_one("#brief-editor", TextArea).text)
        except AtelierError as err:
            self.query_one("#brief-error", Static).update(f"Cannot read the brief: {describe_error(err)}")
            return False
        self.query_one("#brief-error", Static).update("")
        self._preview()
        return True

    def action_save(self) -> None:
        """Save the brief document to the data dir's ``briefs`` folder (memory can ingest it from there)."""
        if self.parse():
            self._write("briefs", self.query_one("#brief-editor", TextArea).text)

    def action_export(self) -> None:
        """Export the brief as plain Markdown sections to the ``exports`` folder."""
        from assistant.tools.brief_render import render_markdown

        if self.parse():
            self._write("exports", render_markdown(self.brief, self.assistant.profile.locale))

    @work(thread=True, exclusive=True, group="brief-write", exit_on_error=False)
    def _write(self, folder_name: str, text: str) -> None:
        from assistant.tui.render import safe_filename

        folder = self.assistant.paths.data_dir / folder_name
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"brief-{safe_filename(self.brief.title)}.md"
        path.write_text(text, encoding="utf-8")
        self.app.call_from_thread(self.notify, f"Saved {path}")

    def action_quote(self) -> None:
        """Quote this brief with the rate card and open the quote editor."""
        if self.parse():
            self._quote(self.brief)

    @work(thread=True, exclusive=True, group="brief-quote", exit_on_error=False)
    def _quote(self, brief: Brief) -> None:
        if not brief.service:
            self.app.call_from_thread(
                self.notify,
                "Set the service in the front matter first (a service id from your rate card).",
                severity="warning",
            )
            return
        quote = self.assistant.quote(
            service=brief.service,
            deliverables=brief.deliverables,
            deadline=brief.deadline,
            client=brief.company or brief.client,
            client_email=brief.client_email,
            returning=brief.returning,
            title=brief.title,
            description="; ".join([*brief.goals, brief.audience]),
        )
        self.app.call_from_thread(self.app.open_artifact, quote)
