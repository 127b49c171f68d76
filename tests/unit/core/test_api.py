"""The library API with a scripted model and real local stores (SQLite threads, Chroma with a fake embedder)."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.config import Settings
from assistant.events import Token, TurnCancelled, TurnDone
from assistant.memory import Memory
from assistant.tools.quote_models import Quote
from tests.support.fakes import HashingEmbedder, UnsureModel

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def memory(tmp_path: Path) -> Iterator[Memory]:
    mem = Memory.open(Settings(), tmp_path / "memory", embedder=HashingEmbedder())
    mem.add([EXAMPLES / "briefs"], progress=False)
    yield mem
    mem.close()


@pytest.fixture
def home(demo_home: Path) -> Path:
    return demo_home


def open_assistant(home: Path, memory: Memory, answer: str = "Here you go.") -> Assistant:
    return Assistant(home, model=UnsureModel(answer=answer), memory=memory, today=TODAY)


def test_chat_answers_from_memory_and_the_thread_survives_a_restart(home: Path, memory: Memory) -> None:
    with open_assistant(home, memory) as first:
        reply = first.chat("How much did I charge Acme for the mascot, and how long did it really take?")
        assert reply.route == "memory" and "2640" in reply.text and "41 h" in reply.text
        assert reply.citations and reply.citations[0].source.endswith(".md")
    with open_assistant(home, memory) as second:
        assert [t.id for t in second.threads.list()] == [reply.thread_id]
        texts = [m.text for m in second.threads.messages(reply.thread_id)]
        assert texts[0].startswith("How much did I charge Acme") and "2640" in texts[-1]


def test_threads_rename_fork_delete_and_search(home: Path, memory: Memory) -> None:
    with open_assistant(home, memory) as atelier:
        thread = atelier.chat("/chat hello").thread_id
        atelier.threads.rename(thread, "Acme pricing")
        assert [t.title for t in atelier.threads.list("acme")] == ["Acme pricing"]
        fork = atelier.threads.fork(thread)
        assert fork.parent == thread
        assert [m.text for m in atelier.threads.messages(fork.id)] == [m.text for m in atelier.threads.messages(thread)]
        atelier.chat("/chat only in the fork", fork.id)
        assert len(atelier.threads.messages(fork.id)) > len(atelier.threads.messages(thread))
        atelier.threads.delete(thread)
        assert [t.id for t in atelier.threads.list()] == [fork.id]
        assert atelier.threads.messages(thread) == []


def test_streaming_events_end_with_done(home: Path, memory: Memory) -> None:
    with open_assistant(home, memory) as atelier:
        events = list(atelier.stream("/memory Zeitgeist September cover"))
        tokens = "".join(e.text for e in events if isinstance(e, Token))
        assert isinstance(events[-1], TurnDone) and events[-1].text == tokens.strip()


def test_cancel_leaves_the_thread_consistent(home: Path, memory: Memory) -> None:
    with open_assistant(home, memory, answer="A long answer. " * 50) as atelier:
        thread = atelier.threads.new("cancel me").id
        events = []
        for event in atelier.stream("/chat tell me a story", thread):
            events.append(event)
            if len(events) == 1:
                atelier.cancel(thread)
        assert isinstance(events[-1], TurnCancelled)
        assert atelier.threads.messages(thread)[-1].text == "(cancelled)"
        assert atelier.chat("/chat still there?", thread).text.startswith("A long answer.")


def test_closing_the_stream_counts_as_a_cancel(home: Path, memory: Memory) -> None:
    with open_assistant(home, memory) as atelier:
        thread = atelier.threads.new("closed").id
        stream = atelier.stream("/chat hi", thread)
        next(stream)
        stream.close()
        assert atelier.threads.messages(thread)[-1].text == "(cancelled)"


def test_approval_survives_a_restart_and_edits_propose_rules(home: Path, memory: Memory) -> None:
    with open_assistant(home, memory) as first:
        reply = first.chat("/style for Acme: Pip waving")
        assert reply.pending is not None and reply.pending.tool == "style_generate"
    with open_assistant(home, memory) as second:
        actions = second.pending_actions()
        assert [a.thread_id for a in actions] == [reply.thread_id]
        rejected = second.reject(reply.thread_id, "not this week")
        assert "rejected" in rejected.text and second.pending(reply.thread_id) is None


def test_rules_from_an_edited_reply(home: Path, memory: Memory) -> None:
    inquiry = (EXAMPLES / "inquiries" / "01-new-childrens-book-hedgehog.eml").read_text()
    with open_assistant(home, memory) as atelier:
        thread = atelier.chat("/brief " + inquiry).thread_id
        drafted = atelier.chat("/reply say the March deadline works", thread)
        assert drafted.pending is not None and drafted.pending.tool == "send_reply"
        assert drafted.pending.args["to"] == "lena.hoffmann@example.com"
        body = drafted.pending.args["body"] + "\nThe deposit is 50 % of the total."
        sent = atelier.approve(thread, {"body": body})
        assert "Queued for lena.hoffmann@example.com" in sent.text
        proposed = atelier.rules.list("proposed")
        assert [r.text for r in proposed] == ['Always include: "The deposit is 50 % of the total."']
        assert atelier.rules.accepted_texts() == []
        atelier.rules.accept(proposed[0].id)
        assert atelier.context().rules == ('Always include: "The deposit is 50 % of the total."',)
        items = atelier.inbox.items(all_states=True)
        assert len(items) == 1 and items[0].state.value == "approved"
        assert items[0].to == "lena.hoffmann@example.com" and items[0].body == body


def test_reply_to_an_inquiry_file_in_five_lines(home: Path, memory: Memory) -> None:
    with open_assistant(home, memory) as atelier:
        draft = atelier.reply_to(EXAMPLES / "inquiries" / "02-acme-pip-summer-pose-set.eml")
    assert draft.subject.startswith("Re:") and draft.quote_block
    assert "Jonas" in draft.body and "PRIVATE-RATE-NOTE" not in draft.body


def test_async_api(home: Path, memory: Memory) -> None:
    async def run() -> tuple[str, list[str]]:
        with open_assistant(home, memory) as atelier:
            reply = await atelier.achat("/memory Hafen Festival")
            kinds = [event.kind async for event in atelier.astream("/chat hi", reply.thread_id)]
            return reply.text, kinds

    text, kinds = asyncio.run(run())
    assert "Hafen Festival" in text and kinds[0] == "route" and kinds[-1] == "done"


def test_quote_and_brief_directly(home: Path, memory: Memory) -> None:
    with open_assistant(home, memory) as atelier:
        assert atelier.quotes.list() == []
        quote = atelier.quote(service="poster", deliverables=[{"description": "gig poster", "quantity": 2}])
        assert quote.option("target").net >= atelier.profile.service("poster").floor
        brief = atelier.draft_brief(EXAMPLES / "inquiries" / "01-new-childrens-book-hedgehog.eml")
        assert brief.deadline == dt.date(2027, 3, 26)
        assert atelier.quote_from_text("Could you do a poster for our street party by 20 January 2027?").total > 0


def test_a_chat_quote_is_kept_and_marked_sent_only_after_approval(home: Path, memory: Memory) -> None:
    with open_assistant(home, memory) as atelier:
        quoted = atelier.chat("/quote 2 posters for a street party by 20 January 2027")
        assert isinstance(quoted.artifact, Quote)  # typed, not a dict to guess from
        number = quoted.artifact.number
        assert [q.number for q in atelier.quotes.list()] == [number]
        waiting = atelier.chat("mark it as sent", quoted.thread_id)
        assert waiting.pending is not None and waiting.pending.summary == f"Mark quote {number} as sent"
        assert atelier.quotes.get(number).status == "draft"
        atelier.approve(quoted.thread_id)
        assert atelier.quotes.get(number).status == "sent"


def test_regenerate_replaces_the_last_answer(home: Path, memory: Memory) -> None:
    with open_assistant(home, memory, answer="First try.") as atelier:
        thread = atelier.chat("/chat hello").thread_id
        atelier.chat("/chat tell me about Acme", thread)
    with open_assistant(home, memory, answer="Second try.") as atelier:
        events = list(atelier.regenerate(thread))
        assert isinstance(events[-1], TurnDone) and events[-1].text.startswith("Second try.")
        texts = [m.text.split("\n")[0] for m in atelier.threads.messages(thread)]
        assert texts == ["/chat hello", "First try.", "/chat tell me about Acme", "Second try."]
