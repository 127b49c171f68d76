"""The threads sidebar: list, search, open (capped history), rename, delete, export; all through the checkpointer."""

from __future__ import annotations

from langchain_core.messages import AIMessage, HumanMessage
from textual.widgets import Button, Input, ListView

from assistant.api import Assistant
from assistant.tui import create_app
from assistant.tui.chat import ChatScreen
from assistant.tui.conversation import EARLIER_BATCH, MAX_MOUNTED
from assistant.tui.sidebar import ThreadItem, ThreadsSidebar
from assistant.tui.widgets import ChatMessage

from .conftest import wait_until


def _thread(assistant: Assistant, title: str, turns: int) -> str:
    """A thread with ``turns`` question/answer pairs, written through the graph's checkpointer."""
    info = assistant.threads.new(title)
    messages = []
    for n in range(turns):
        messages += [HumanMessage(f"question {n} about {title}"), AIMessage(f"answer {n} about **{title}**")]
    config = {"configurable": {"thread_id": info.id}}
    assistant.graph.update_state(config, {"messages": messages}, as_node="compose")
    return info.id


def _titles(screen: ChatScreen) -> list[str]:
    return [item.info.title for item in screen.query(ThreadItem)]


async def test_sidebar_lists_searches_and_opens_threads(make_assistant) -> None:
    assistant = make_assistant()
    acme = _thread(assistant, "Acme mascot", 2)
    _thread(assistant, "Bakery bags", 1)
    app = create_app(assistant, warm_up=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ChatScreen)
        await wait_until(pilot, lambda: len(_titles(screen)) == 2)
        assert _titles(screen) == ["Bakery bags", "Acme mascot"]
        screen.query_one("#thread-search", Input).focus()
        await pilot.press(*"acme")
        await wait_until(pilot, lambda: _titles(screen) == ["Acme mascot"])
        await pilot.press("enter")  # to the list
        assert isinstance(app.focused, ListView)
        await pilot.press("enter")  # open it
        await wait_until(pilot, lambda: len(screen.query(ChatMessage)) == 4)
        assert screen.thread_id == acme
        assert [m.role for m in screen.query(ChatMessage)] == ["user", "assistant"] * 2
        assert "answer 1 about **Acme mascot**" in screen.query(ChatMessage).last().text


async def test_rename_and_delete_from_the_sidebar(make_assistant) -> None:
    assistant = make_assistant()
    first = _thread(assistant, "Old title", 1)
    _thread(assistant, "Keep me", 1)
    app = create_app(assistant, warm_up=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        listing = screen.query_one("#thread-list", ListView)
        await wait_until(pilot, lambda: len(_titles(screen)) == 2 and listing.index == 0)
        listing.focus()
        listing.index = _titles(screen).index("Old title")
        await pilot.press("r")
        await wait_until(pilot, lambda: bool(app.screen.query("#prompt-input")))
        app.screen.query_one("#prompt-input", Input).value = "Acme: otter mascot"
        await pilot.press("enter")
        await wait_until(pilot, lambda: "Acme: otter mascot" in _titles(screen) and listing.index is not None)
        assert assistant.threads.get(first).title == "Acme: otter mascot"
        listing.focus()
        listing.index = _titles(screen).index("Acme: otter mascot")
        await pilot.press("d")
        await wait_until(pilot, lambda: bool(app.screen.query("#yes")))
        await pilot.press("y")
        await wait_until(pilot, lambda: _titles(screen) == ["Keep me"])
    assert [t.title for t in assistant.threads.list()] == ["Keep me"]
    assert assistant.threads.messages(first) == []


async def test_long_thread_mounts_a_capped_number_of_widgets(make_assistant) -> None:
    assistant = make_assistant()
    long = _thread(assistant, "Long one", 250)
    app = create_app(assistant, warm_up=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, ChatScreen)
        await screen.open_thread(long)
        await wait_until(pilot, lambda: len(screen.query(ChatMessage)) == MAX_MOUNTED)
        assert screen.query(ChatMessage).last().text == "answer 249 about **Long one**"
        earlier = screen.query_one("#earlier", Button)
        assert f"({500 - MAX_MOUNTED} more)" in str(earlier.label)


async def test_earlier_messages_come_back_a_batch_at_a_time(make_assistant) -> None:
    assistant = make_assistant()
    thread = _thread(assistant, "Medium", 35)  # 70 messages: 40 shown, 30 behind the button
    app = create_app(assistant, warm_up=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, ChatScreen)
        await screen.open_thread(thread)
        await wait_until(pilot, lambda: bool(screen.query("#earlier")))
        assert str(screen.query_one("#earlier", Button).label) == "Show earlier messages (30 more)"
        screen.query_one("#earlier", Button).focus()
        await pilot.press("enter")  # the keyboard path: Tab to the button, Enter
        await wait_until(pilot, lambda: len(screen.query(ChatMessage)) == MAX_MOUNTED + EARLIER_BATCH)
        assert str(screen.query_one("#earlier", Button).label) == "Show earlier messages (10 more)"
        screen.query_one("#earlier", Button).press()
        await wait_until(pilot, lambda: len(screen.query(ChatMessage)) == 70)
        assert not screen.query("#earlier")
        texts = [m.text for m in screen.query(ChatMessage)]
        assert texts[0] == "question 0 about Medium" and texts[-1] == "answer 34 about **Medium**"
        assert texts == sorted(texts, key=lambda t: (int(t.split()[1]), not t.startswith("question")))
        # a new conversation starts without the button or the old messages
        await screen.open_thread(None)
        await pilot.pause()
        assert not screen.query("#earlier") and not screen.query(ChatMessage)


async def test_export_thread_to_markdown(make_assistant) -> None:
    assistant = make_assistant()
    thread = _thread(assistant, "Export me", 2)
    app = create_app(assistant, warm_up=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        await screen.open_thread(thread)
        await wait_until(pilot, lambda: len(screen.query(ChatMessage)) == 4)
        await pilot.press("ctrl+o")
        target = assistant.paths.data_dir / "exports" / f"export-me-{thread}.md"
        await wait_until(pilot, target.exists)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Export me\n")
    assert text.index("question 0") < text.index("answer 0") < text.index("question 1")


async def test_narrow_terminal_hides_the_sidebar_until_asked(make_assistant) -> None:
    assistant = make_assistant()
    _thread(assistant, "Hidden", 1)
    app = create_app(assistant, warm_up=False)
    async with app.run_test(size=(80, 24)) as pilot:
        sidebar = app.screen.query_one(ThreadsSidebar)
        assert not sidebar.display or sidebar.region.width == 0
        await pilot.press("ctrl+b")
        await wait_until(pilot, lambda: sidebar.region.width > 0)


async def test_new_thread_starts_empty_and_the_first_message_creates_it(make_assistant) -> None:
    assistant = make_assistant("Hello again.")
    old = _thread(assistant, "Old conversation", 1)
    app = create_app(assistant, warm_up=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ChatScreen)
        await screen.open_thread(old)
        await wait_until(pilot, lambda: len(screen.query(ChatMessage)) == 2)
        await pilot.press("ctrl+n")
        await wait_until(pilot, lambda: screen.thread_id is None and not screen.query(ChatMessage))
        assert screen.query("#welcome")
        await pilot.press(*"a fresh start", "enter")
        await wait_until(pilot, lambda: not screen.running and screen.thread_id not in (None, old))
        await wait_until(pilot, lambda: _titles(screen)[:1] == ["a fresh start"])
    assert [t.title for t in assistant.threads.list()] == ["a fresh start", "Old conversation"]
