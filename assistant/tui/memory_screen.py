"""The memory screen: sources with their metadata, search, chunks, public/private, forget, ingest with progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, DataTable, Input, Label, Markdown, ProgressBar

from assistant.tui.base import AtelierScreen
from assistant.tui.memory_source import ChunkView, HitView, SourceView, files_under

if TYPE_CHECKING:
    from assistant.erasure import ErasureReport
    from assistant.tui.forget_dialog import ForgetChoice


class MemoryScreen(AtelierScreen):
    """Browse and tidy what the assistant remembers."""

    BINDINGS = [
        Binding("slash", "search", "Search"),
        Binding("enter", "chunks", "Chunks", show=False),
        Binding("p", "toggle_public", "Public/private"),
        Binding("f", "forget_source", "Forget file"),
        Binding("x", "forget_client", "Forget client"),
        Binding("a", "ingest", "Ingest"),
        Binding("ctrl+r", "refresh", "Reload"),
    ]

    def __init__(self) -> None:
        """An empty screen until the sources load."""
        super().__init__(id="memory")
        self.rows: list[SourceView] = []

    def compose(self) -> ComposeResult:
        """Search bar, progress, source table and detail pane."""
        with Horizontal(classes="toolbar"):
            yield Input(placeholder="Search memory (Enter)", id="memory-search", compact=True)
            yield Button("Ingest…", id="ingest", compact=True)
        with Vertical(id="ingest-progress"):
            yield Label("", id="ingest-label")
            yield ProgressBar(id="ingest-bar", show_eta=False)
        with Horizontal(classes="split"):
            with Vertical(classes="list-pane"):
                yield DataTable(id="sources", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(classes="detail-pane", id="memory-detail"):
                yield Markdown(
                    "Select a source to see its metadata and chunks, or search above.",
                    id="memory-text",
                    open_links=False,
                )
        yield from self.compose_chrome()

    def on_mount(self) -> None:
        """Columns of the source table."""
        super().on_mount()
        table = self.query_one("#sources", DataTable)
        table.add_column("Client", width=12)
        table.add_column("Title", width=18)
        table.add_column("Month", width=7)
        table.add_column("P", width=1)
        table.focus()

    def on_ready(self) -> None:
        """Load the sources."""
        self.action_refresh()

    @property
    def selected(self) -> SourceView | None:
        """The source under the cursor."""
        table = self.query_one("#sources", DataTable)
        if not self.rows or table.cursor_row < 0 or table.cursor_row >= len(self.rows):
            return None
        return self.rows[table.cursor_row]

    # -- loading ---------------------------------------------------------------------------------------------

    def action_refresh(self) -> None:
        """Reload the sources."""
        self.status(turn="opening memory…")
        self._load()

    @work(thread=True, exclusive=True, group="memory-read", exit_on_error=False)
    def _load(self) -> None:
        rows = self.app.memory.sources()
        self.app.call_from_thread(self._show_sources, rows)

    def _show_sources(self, rows: list[SourceView]) -> None:
        self.rows = rows
        table = self.query_one("#sources", DataTable)
        keep = table.cursor_row
        table.clear()
        for row in rows:
            table.add_row(
                _cut(row.client, 12),
                _cut(row.title or row.name, 18),
                row.date.isoformat()[:7] if row.date else "",
                "●" if row.public else "",
                key=row.source,
            )
        if rows:
            table.move_cursor(row=min(max(keep, 0), len(rows) - 1))
        clients = len({r.client for r in rows if r.client})
        self.status(turn=f"{len(rows)} sources · {clients} clients · {sum(r.chunks for r in rows)} chunks")

    @on(DataTable.RowHighlighted, "#sources")
    async def _highlighted(self) -> None:
        source = self.selected
        if source is not None:
            await self.query_one("#memory-text", Markdown).update(_source_markdown(source))

    @on(DataTable.RowSelected, "#sources")
    def _selected(self) -> None:
        self.action_chunks()

    def action_chunks(self) -> None:
        """Show the selected source's chunks."""
        if (source := self.selected) is not None:
            self._chunks(source)

    @work(thread=True, exclusive=True, group="memory-detail", exit_on_error=False)
    def _chunks(self, source: SourceView) -> None:
        chunks = self.app.memory.chunks(source.source)
        text = _source_markdown(source) + "\n\n" + "\n\n".join(_chunk_markdown(c) for c in chunks)
        self.app.call_from_thread(self.query_one("#memory-text", Markdown).update, text)

    # -- search ----------------------------------------------------------------------------------------------

    def action_search(self) -> None:
        """Focus the search box."""
        self.query_one("#memory-search", Input).focus()

    @on(Input.Submitted, "#memory-search")
    def _search(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.status(turn=f"searching {event.value.strip()!r}…")
            self._run_search(event.value.strip())

    @work(thread=True, exclusive=True, group="memory-detail", exit_on_error=False)
    def _run_search(self, query: str) -> None:
        hits = self.app.memory.search(query)
        text = f"## {len(hits)} results for “{query}”\n\n" + "\n\n".join(_hit_markdown(h) for h in hits)
        self.app.call_from_thread(self.query_one("#memory-text", Markdown).update, text)
        self.app.call_from_thread(self.status, f"{len(hits)} results for {query!r}")

    # -- control ---------------------------------------------------------------------------------------------

    def action_toggle_public(self) -> None:
        """Make the selected source public (portfolio) or private."""
        if (source := self.selected) is not None:
            self._set_public(source, not source.public)

    @work(thread=True, exclusive=True, group="memory-write", exit_on_error=False)
    def _set_public(self, source: SourceView, public: bool) -> None:
        self.app.memory.set_public(source.source, public)
        self.app.call_from_thread(self.notify, f"{source.name} is now {'public' if public else 'private'}.")
        self._load()

    @work(exit_on_error=False)
    async def action_forget_source(self) -> None:
        """Forget the selected file in every store, after showing what would go."""
        if (source := self.selected) is not None:
            await self._ask_forget(source.name, {"source": source.source})

    @work(exit_on_error=False)
    async def action_forget_client(self) -> None:
        """Forget the selected source's client in every store, after showing what would go."""
        source = self.selected
        if source is None or not source.client:
            self.notify("The selected source has no client.", severity="warning")
            return
        await self._ask_forget(f"the client {source.client!r}", {"client": source.client})

    async def _ask_forget(self, label: str, target: dict[str, str]) -> None:
        from assistant.tui.forget_dialog import ForgetDialog

        memory = self.app.memory

        def preview(choice: ForgetChoice) -> ErasureReport:
            return memory.forget(**target, dry_run=True, keep_records=choice.keep_records, threads=choice.threads)

        choice = await self.app.push_screen_wait(ForgetDialog(label, preview))
        if choice is not None:
            self._forget(target, choice)

    @work(thread=True, exclusive=True, group="memory-write", exit_on_error=False)
    def _forget(self, target: dict[str, str], choice: ForgetChoice) -> None:
        report = self.app.memory.forget(
            **target, dry_run=False, keep_records=choice.keep_records, threads=choice.threads
        )
        self.app.call_from_thread(self.notify, "\n".join(report.lines()), title="Forgotten", timeout=20, markup=False)
        self._load()

    @on(Button.Pressed, "#ingest")
    def _ingest_button(self) -> None:
        self.action_ingest()

    @work(exit_on_error=False)
    async def action_ingest(self) -> None:
        """Ask for a file or folder and ingest it with a progress bar."""
        from assistant.tui.dialogs import PromptDialog

        answer = await self.app.push_screen_wait(PromptDialog("Ingest a file or folder", placeholder="~/briefs"))
        if answer and answer.strip():
            self.ingest(Path(answer.strip()).expanduser())

    @work(thread=True, exclusive=True, group="memory-write", exit_on_error=False)
    def ingest(self, path: Path) -> None:
        """Ingest ``path`` file by file, advancing the progress bar; bad files are reported, the rest goes on."""
        files = files_under([path])
        if not files:
            self.app.call_from_thread(self.notify, f"Nothing to ingest at {path}.", severity="warning")
            return
        self.app.call_from_thread(self._progress, 0, len(files), f"Ingesting {len(files)} files…")
        memory = self.app.memory
        chunks, failed = 0, []
        for done, file in enumerate(files, start=1):
            try:
                chunks += memory.add(file)
            except Exception as error:  # one bad file is reported and the rest goes on
                failed.append(f"{file.name}: {error}")
            self.app.call_from_thread(self._progress, done, len(files), f"{file.name}")
        self.app.call_from_thread(self._progress, len(files), len(files), "", True)
        summary = f"Ingested {len(files) - len(failed)} of {len(files)} files ({chunks} new chunks)."
        self.app.call_from_thread(
            self.notify, summary + "".join(f"\n{f}" for f in failed[:5]), severity="error" if failed else "information"
        )
        self._load()

    def _progress(self, done: int, total: int, label: str, finished: bool = False) -> None:
        self.query_one("#ingest-progress").set_class(not finished, "running")
        self.query_one("#ingest-bar", ProgressBar).update(total=total, progress=done)
        self.query_one("#ingest-label", Label).update(label)


def _source_markdown(source: SourceView) -> str:
    facts = [
        ("Client", source.client),
        ("Service", source.service),
        ("Date", source.date.isoformat() if source.date else ""),
        ("Outcome", source.outcome),
        ("Price", source.price),
        ("Hours est./actual", source.hours),
        ("Visibility", "public (portfolio)" if source.public else "private"),
        ("Chunks", str(source.chunks)),
    ]
    rows = "\n".join(f"- **{k}:** {v}" for k, v in facts if v)
    return f"## {source.title or source.name}\n\n`{source.source}`\n\n{rows}"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _chunk_markdown(chunk: ChunkView) -> str:
    where = f"line {chunk.line}" if chunk.line else f"page {chunk.page}" if chunk.page else ""
    return f"**Chunk {chunk.index}** {where}\n\n" + _quote(chunk.text)


def _hit_markdown(hit: HitView) -> str:
    return f"**{hit.label}**" + (f" · {hit.client}" if hit.client else "") + "\n\n" + _quote(hit.text[:800])


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" for line in text.strip().splitlines())
