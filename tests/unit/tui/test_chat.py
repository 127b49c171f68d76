"""The chat screen with a scripted model: streaming, citations, tool calls, cancel, regenerate, copy, approvals."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Static

from assistant.memory import Memory
from assistant.tui import create_app
from assistant.tui.chat import ChatScreen
from assistant.tui.dialogs import ChunkDialog
from assistant.tui.quotes import QuoteEditor
from assistant.tui.widgets import ApprovalCard, ChatMessage, CitationBar, ToolCallView

from .conftest import wait_until

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "briefs"


def _answers(screen: ChatScreen) -> list[str]:
    return [m.text for m in screen.query(ChatMessage) if m.role == "assistant"]


async def _send(pilot, text: str) -> ChatScreen:
    screen = pilot.app.screen
    assert isinstance(screen, ChatScreen)
    await wait_until(pilot, lambda: pilot.app.ready)
    await pilot.press(*text)
    await pilot.press("enter")
    return screen


async def test_answer_streams_with_token_rate_and_citation_opens_chunk(make_assistant, memory: Memory) -> None:
    memory.add([EXAMPLES / "2024-02-acme-pip-the-otter-mascot.md"], progress=False)
    answer = "You drew **Pip the otter** for Acme. It was a mascot. The otter was friendly. It had poses. The end."
    app = create_app(make_assistant(answer), warm_up=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _send(pilot, "what did I do for acme otter mascot")
        await wait_until(pilot, lambda: not screen.running)
        assert screen.tokens >= 6  # it streamed (the composer releases whole sentences)
        assert _answers(screen)[0].startswith(answer)
        assert "tok/s" in str(screen.query_one("#rate", Static).render())
        assert "done" in str(screen.query_one("#turn-status", Static).render())
        bar = screen.query_one(CitationBar)
        assert "acme-pip-the-otter-mascot" in bar.citations[0].source
        await pilot.click(".cite")
        await wait_until(pilot, lambda: isinstance(app.screen, ChunkDialog))
        shown = str(app.screen.query_one("#chunk-text", Static).render())
        assert shown == bar.citations[0].text and "Pip" in shown
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen)


async def test_quote_tool_call_is_inline_expandable_and_opens_the_editor(make_assistant) -> None:
    app = create_app(make_assistant("{}", "Here is the quote for the three spreads."), warm_up=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _send(pilot, "/quote 3 spreads for a picture book for Hollow Oak Press by 2026-06-30")
        await wait_until(pilot, lambda: not screen.running)
        call = screen.query_one(ToolCallView)
        assert call.kind == "quote" and call.collapsed
        assert call.title.startswith("✓ quote") and "total" in call.title
        call.collapsed = False
        await pilot.pause()
        table = call.query_one(".quote-table", Static)
        assert table.region.height > 5
        call.query_one("#open-artifact", Button).press()
        await wait_until(pilot, lambda: isinstance(app.screen, QuoteEditor))
        assert call.artifact is not None and app.screen.quote.total == call.artifact.total


async def test_escape_cancels_generation(make_assistant) -> None:
    # distinct sentences: the composer stops a model that repeats itself
    animals, verbs, things = (
        ("otter", "whale", "fox", "heron", "badger"),
        ("found", "drew", "lost", "hid"),
        ("a lantern", "a shell", "the moon", "a map", "a kite", "a key", "a boat", "a drum", "a bell", "a nest"),
    )
    long_answer = " ".join(f"The {a} {v} {t}." for a in animals for v in verbs for t in things) + " THE END"
    assistant = make_assistant(long_answer, pause=0.005)
    app = create_app(assistant, warm_up=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _send(pilot, "/chat tell me a long story")
        await wait_until(pilot, lambda: screen.tokens > 20)
        await pilot.press("escape")
        await wait_until(pilot, lambda: not screen.running)
        answer = _answers(screen)[-1]
        assert answer.endswith("_(stopped)_")
        assert "THE END" not in answer
        assert "stopped" in str(screen.query_one("#turn-status", Static).render())
        messages = assistant.threads.messages(screen.thread_id or "")
    assert messages[-1].text == "(cancelled)"


async def test_regenerate_replaces_the_last_answer_and_copy_copies_it(make_assistant) -> None:
    app = create_app(make_assistant("First try.", "Second try."), warm_up=False)
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _send(pilot, "/chat hello")
        await wait_until(pilot, lambda: not screen.running and bool(_answers(screen)))
        assert _answers(screen) == ["First try."]
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: not screen.running and _answers(screen) == ["Second try."])
        assert [m.role for m in screen.query(ChatMessage)] == ["user", "assistant"]
        await pilot.press("ctrl+l")
        assert copied == ["Second try."]
        screen.query(ChatMessage).first().focus()
        await pilot.press("c")
        assert copied[-1] == "/chat hello"


async def test_model_failure_is_a_notification_not_a_crash(make_assistant) -> None:
    app = create_app(make_assistant(), warm_up=False)  # the scripted model has nothing to say: it raises
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _send(pilot, "/chat hello")
        await wait_until(pilot, lambda: not screen.running)
        await wait_until(pilot, lambda: any(n.severity == "error" for n in app._notifications))
        assert app.is_running
        assert "failed" in str(screen.query_one("#turn-status", Static).render())


async def test_approval_is_shown_inline_and_rejected_with_a_reason(make_assistant) -> None:
    assistant = make_assistant("Not generated, as you asked.")
    app = create_app(assistant, warm_up=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _send(pilot, "/style for Acme: a small otter waving")
        await wait_until(pilot, lambda: bool(screen.query(ApprovalCard)) and not screen.running)
        card = screen.query_one(ApprovalCard)
        assert card.action.tool == "style_generate" and card.action.args["client"] == "Acme"
        assert "approval" in str(screen.query_one("#turn-status", Static).render())
        await pilot.click("#reject")
        await wait_until(pilot, lambda: bool(app.screen.query("#prompt-input")))
        await pilot.press(*"not now", "enter")
        await wait_until(pilot, lambda: any("Not generated" in a for a in _answers(screen)))
        assert not screen.query(ApprovalCard)
        thread = screen.thread_id or ""
    assert assistant.pending(thread) is None
    assert "not now" in assistant.threads.messages(thread)[-1].text


async def test_welcome_text_and_buttons_exist(make_assistant) -> None:
    app = create_app(make_assistant(), warm_up=False)
    async with app.run_test(size=(80, 24)):
        assert "Welcome to Atelier" in str(app.screen.query_one("#welcome", Static).render())
        assert not app.screen.query(Button)
