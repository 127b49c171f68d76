"""The shadow report screen: past inquiries replayed, Atelier's draft next to what you sent, with the diff.

The same report as ``atelier shadow report`` (:meth:`Assistant.shadow_report <assistant.api.Assistant.shadow_report>`),
computed in a thread worker when the screen first opens and again on Ctrl+R: replaying drafts every inquiry, so
it is never polled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Markdown, Static

from assistant.tui.base import AtelierScreen

if TYPE_CHECKING:
    from assistant.daemon.shadow_report import ShadowCase, ShadowReport


class ShadowScreen(AtelierScreen):
    """What Atelier would have sent to past inquiries, and how much you would have changed."""

    BINDINGS = [Binding("ctrl+r", "refresh", "Replay")]

    def __init__(self) -> None:
        """Empty until the first replay."""
        super().__init__(id="shadow")
        self.report: ShadowReport | None = None

    def compose(self) -> ComposeResult:
        """The figure, the list of replayed inquiries and the selected one's diff."""
        yield Static("Replaying past inquiries…", id="shadow-summary")
        with Horizontal(classes="split"):
            with Vertical(classes="list-pane narrow-list"):
                yield DataTable(id="shadow-list", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(classes="detail-pane"):
                yield Markdown("Nothing selected.", id="shadow-detail", open_links=False)
        yield from self.compose_chrome()

    def on_mount(self) -> None:
        """Columns."""
        super().on_mount()
        table = self.query_one("#shadow-list", DataTable)
        table.add_columns("Date", "Distance", "Unedited", "From", "Subject")  # the figures first: the pane is narrow
        table.focus()

    def on_ready(self) -> None:
        """First replay, once the assistant is open."""
        if self.report is None:
            self.action_refresh()

    def action_refresh(self) -> None:
        """Replay the past inquiries now."""
        self.status("replaying past inquiries…")
        self._replay()

    @work(thread=True, exclusive=True, group="shadow-replay", exit_on_error=False)
    def _replay(self) -> None:
        report = self.assistant.shadow_report()
        self.app.call_from_thread(self._show, report)

    def _show(self, report: ShadowReport) -> None:
        self.report = report
        table = self.query_one("#shadow-list", DataTable)
        table.clear()
        for index, case in enumerate(report.cases):
            when = case.received.isoformat() if case.received else ""
            verdict = "yes" if case.unedited else "no"
            table.add_row(when, f"{case.distance:.2f}", verdict, case.sender, case.subject[:40], key=str(index))
        self.query_one("#shadow-summary", Static).update(summary(report))
        self.status(f"{len(report.cases)} replayed")
        if report.cases:
            table.move_cursor(row=0)
            self._detail(0)
        else:
            self.query_one("#shadow-detail", Markdown).update("No past inquiry with a reply of yours.")

    @on(DataTable.RowHighlighted, "#shadow-list")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._detail(event.cursor_row)

    def _detail(self, row: int) -> None:
        if self.report is not None and 0 <= row < len(self.report.cases):
            self.query_one("#shadow-detail", Markdown).update(case_markdown(self.report.cases[row]))


def summary(report: ShadowReport) -> str:
    """The one figure, with what "unedited" means."""
    unedited = sum(c.unedited for c in report.cases)
    return (
        f"{unedited} of {len(report.cases)} replies would have gone out unedited ({report.share_unedited:.0%}); "
        f"unedited = at most {report.unedited_at_most:.0%} of the words changed"
    )


def case_markdown(case: ShadowCase) -> str:
    """One replayed inquiry: the distance, the diff, and both texts."""
    verdict = "would have gone out unedited" if case.unedited else "you edited it"
    parts = [f"## {case.subject}", f"from {case.sender} · edit distance **{case.distance:.2f}** · {verdict}"]
    if not case.would_send:
        parts.append("Atelier would not have answered this mail.")
    else:
        parts.append(f"### Diff\n\n```diff\n{case.diff or '(identical)'}\n```")
        parts.append(f"### Atelier would have sent ({case.language})\n\n```\n{case.would_send}\n```")
    parts.append(f"### You sent\n\n```\n{case.actually_sent}\n```")
    return "\n\n".join(parts)
