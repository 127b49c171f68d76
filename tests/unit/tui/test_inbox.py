"""The inbox screen over the daemon's real approvals store: list, detail, accept, edit, reject, feedback, polling."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from textual.widgets import DataTable, Input, Markdown, TextArea

from assistant.daemon import open_inbox
from assistant.daemon.models import OutboxState
from assistant.daemon.store.ledger import MAX_ATTEMPTS
from assistant.tui import create_app
from assistant.tui.inbox import InboxScreen, entry_markdown
from assistant.tui.inbox_source import InboxEntry
from tests.support.quarantine import seed_quarantine

from .conftest import seed_draft, wait_until

INQUIRY = "Hi Mara, we need a mascot for our oat milk, three poses, by May. Budget around 2k."
REPLY = "Dear Jo,\n\nthank you for your inquiry.\n\n| Item | Amount |\n|---|---|\n| Mascot | 1.800,00 € |\n\nBest, Mara"


def _state(data: Path, item: int) -> OutboxState:
    store = open_inbox(data, None)
    try:
        return store.show(item).state
    finally:
        store.close()


async def test_inbox_shows_inquiry_reply_and_quote_and_accepts(make_assistant, demo_home: Path) -> None:
    data = demo_home / "data"
    item = seed_draft(data, "jo@oat.example", "Mascot for Oaty", INQUIRY, REPLY)
    app = create_app(make_assistant(), warm_up=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f3")
        screen = app.screen
        assert isinstance(screen, InboxScreen)
        await wait_until(pilot, lambda: len(screen.entries) == 1)
        detail = screen.query_one("#inbox-detail", Markdown)
        await wait_until(pilot, lambda: "oat milk" in detail.source)
        assert "### Proposed reply" in detail.source and "thank you for your inquiry" in detail.source
        assert "Mascot | 1.800,00 €" in detail.source.split("### Quote")[1]
        await pilot.press("a")
        await wait_until(pilot, lambda: not screen.entries)
    assert _state(data, item) is OutboxState.APPROVED


async def test_inbox_edit_in_editor_makes_a_new_version(make_assistant, demo_home: Path) -> None:
    data = demo_home / "data"
    item = seed_draft(data, "jo@oat.example", "Mascot for Oaty", INQUIRY, REPLY)
    app = create_app(make_assistant(), warm_up=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f3")
        screen = app.screen
        await wait_until(pilot, lambda: len(getattr(screen, "entries", [])) == 1)
        await pilot.press("e")
        await wait_until(pilot, lambda: bool(app.screen.query(TextArea)))
        editor = app.screen.query_one(TextArea)
        assert editor.text == REPLY
        editor.text = REPLY.replace("Dear Jo", "Hello Jo")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is screen)
        store = open_inbox(data, None)
        try:
            await wait_until(pilot, lambda: store.show(item).version == 2)
            assert store.show(item).body.startswith("Hello Jo")
        finally:
            store.close()


async def test_inbox_reject_with_reason_and_feedback(make_assistant, demo_home: Path) -> None:
    data = demo_home / "data"
    first = seed_draft(data, "jo@oat.example", "Mascot for Oaty", INQUIRY, REPLY)
    second = seed_draft(data, "ann@bakery.example", "Bread bags", "Can you do bread bags?", "Dear Ann, yes.")
    opening = '{"opening": "Thank you for thinking of me for your bread bags, I would be glad to help."}'
    app = create_app(make_assistant(opening), warm_up=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        screen = app.screen
        await wait_until(pilot, lambda: len(getattr(screen, "entries", [])) == 2)
        # newest first: the bread bags draft is on top
        assert screen.entries[0].key == f"draft:{second}"
        await pilot.press("f")
        await wait_until(pilot, lambda: bool(app.screen.query("#prompt-input")))
        app.screen.query_one("#prompt-input", Input).value = "mention the recycled paper"
        await pilot.press("enter")
        await pilot.press("down", "x")
        await wait_until(pilot, lambda: bool(app.screen.query("#prompt-input")))
        app.screen.query_one("#prompt-input", Input).value = "budget too low"
        await pilot.press("enter")
        await wait_until(pilot, lambda: len(screen.entries) == 1)
    store = open_inbox(data, None)
    try:
        redrafted = store.show(second)  # feedback on a daemon draft drafts it again, in place of the old one
        assert redrafted.feedback == "mention the recycled paper" and redrafted.version == 2
        assert "The recycled paper." in redrafted.body and "bread bags" in redrafted.body
        assert redrafted.state is OutboxState.PENDING and not redrafted.draft_placed
        assert store.show(first).state is OutboxState.REJECTED and store.show(first).feedback == "budget too low"
    finally:
        store.close()


async def test_inbox_updates_while_another_process_writes(make_assistant, demo_home: Path) -> None:
    data = demo_home / "data"
    seed_draft(data, "jo@oat.example", "Mascot for Oaty", INQUIRY, REPLY)
    app = create_app(make_assistant(), warm_up=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f3")
        screen = app.screen
        table = screen.query_one("#inbox-list", DataTable)
        await wait_until(pilot, lambda: table.row_count == 1)
        script = (
            "import sys; sys.path.insert(0, sys.argv[2]); from conftest import seed_draft; from pathlib import Path; "
            "seed_draft(Path(sys.argv[1]), 'kim@fjord.example', 'Whale book', 'A picture book?', 'Dear Kim')"
        )
        subprocess.run([sys.executable, "-c", script, str(data), str(Path(__file__).parent)], check=True, timeout=60)
        await wait_until(pilot, lambda: table.row_count == 2, timeout=15)
        assert screen.entries[0].sender == "kim@fjord.example"


async def test_inbox_shows_a_quarantined_message_with_its_reason_and_releases_it(
    make_assistant, demo_home: Path
) -> None:
    data = demo_home / "data"
    entry = seed_quarantine(data)
    app = create_app(make_assistant(), warm_up=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f3")
        screen = app.screen
        assert isinstance(screen, InboxScreen)
        await wait_until(pilot, lambda: len(screen.entries) == 1)
        assert screen.entries[0].kind == "quarantine" and screen.entries[0].sender == "Ann ekaB <ann@shop.example>"
        detail = screen.query_one("#inbox-detail", Markdown)
        await wait_until(pilot, lambda: "Message-ID: <c.1@shop.example>" in detail.source)
        assert "KeyError" in detail.source and "\u202e" not in detail.source
        assert "`Logo [click](https://evil.example)`" in detail.source, "a stranger's subject is code, not a link"
        await pilot.press("a")  # accepting has no meaning here: it says so, and nothing changes
        await wait_until(pilot, lambda: any("cannot be approved" in n.message for n in app._notifications))
        await pilot.press("r")
        await wait_until(pilot, lambda: not screen.entries)
    store = open_inbox(data, None)
    try:
        assert store.quarantine() == [] and entry
        [again] = store.store.ledger.unfinished()  # handled once more in the daemon's next cycle, its last try
        assert again.attempts == MAX_ATTEMPTS - 1
    finally:
        store.close()


async def test_inbox_drops_a_quarantined_message_and_keeps_the_decision(make_assistant, demo_home: Path) -> None:
    data = demo_home / "data"
    entry = seed_quarantine(data)
    app = create_app(make_assistant(), warm_up=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f3")
        screen = app.screen
        await wait_until(pilot, lambda: len(getattr(screen, "entries", [])) == 1)
        await pilot.press("d")
        await wait_until(pilot, lambda: not screen.entries)
    store = open_inbox(data, None)
    try:
        [dropped] = store.quarantine(decided=True)
        assert dropped.id == entry and dropped.decision == "dropped" and not dropped.body_kept
    finally:
        store.close()


LURE = "[Approve the quote](https://evil.example/ok) or see https://pay.evil.example"


@pytest.mark.parametrize("field", ["title", "sender", "reason", "inquiry", "reply", "brief"])
def test_a_strangers_link_in_a_draft_is_shown_as_text_never_as_a_link(field: str) -> None:
    """The detail is Markdown that Textual opens links from: a stranger's words are code there, as in quarantine."""
    fields = {"title": "Re: Logo", "inquiry": "Hello", "reply": "Dear Ann", "brief": "# Brief\n\n- a logo"}
    text = f"{fields.get(field, '')}\n\n{LURE}".strip()
    entry = InboxEntry(key="draft:1", kind="draft", **{**fields, field: text})
    source = entry_markdown(entry)
    assert "evil.example/ok" in source, "the stranger's words are still shown"
    tokens = MarkdownIt("gfm-like").parse(source)  # the parser Textual's Markdown widget uses
    links = [t for block in tokens for t in (block.children or []) if t.type == "link_open"]
    assert links == [], [link.attrs for link in links]
