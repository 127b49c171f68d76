"""Fixtures for TUI tests: an Assistant on the demo profile with a scripted model, real local stores, helpers."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.api import Assistant
from assistant.config import Settings
from assistant.daemon.identity import ReplyIdentity, reply_message_id
from assistant.daemon.models import OutboxState
from assistant.daemon.store import MailStore
from assistant.memory import Memory
from tests.support.fakes import HashingEmbedder

TODAY = dt.date(2026, 3, 2)


class StreamingFake(GenericFakeChatModel):
    """A scripted chat model whose tool binding is a no-op (the graph's planner is code, not the model)."""

    def bind_tools(self, tools: Any, **kwargs: Any) -> Any:
        return self.bind(**kwargs)


class PacedFake(StreamingFake):
    """A scripted model that takes ``pause`` seconds per streamed chunk, like a real model generating tokens."""

    pause: float = 0.01

    def _stream(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        for chunk in super()._stream(*args, **kwargs):
            time.sleep(self.pause)
            yield chunk


def scripted(*replies: str, pause: float = 0.0) -> StreamingFake:
    """A model that answers with these texts, in order; each answer streams word by word (``pause`` s apart)."""
    messages = iter([AIMessage(text) for text in replies])
    return PacedFake(messages=messages, pause=pause) if pause else StreamingFake(messages=messages)


@pytest.fixture
def memory(demo_home: Path) -> Iterator[Memory]:
    """Real local memory (Chroma + catalogue) in the test's data dir, with the fake embedder."""
    mem = Memory.open(Settings(), demo_home / "data", embedder=HashingEmbedder())
    yield mem
    mem.close()


@pytest.fixture
def make_assistant(demo_home: Path, memory: Memory) -> Iterator[Callable[..., Assistant]]:
    """Build Assistants on the demo profile with a scripted model; all are closed after the test."""
    made: list[Assistant] = []

    def make(*replies: str, pause: float = 0.0) -> Assistant:
        assistant = Assistant(demo_home, model=scripted(*replies, pause=pause), memory=memory, today=TODAY)
        made.append(assistant)
        return assistant

    yield make
    for assistant in made:
        # QuoteStore has no close() (it opens a connection per call), but Assistant.close() calls it: reported.
        assistant.__dict__.pop("quotes", None)
        assistant.close()


async def wait_until(pilot: Any, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    """Let the app run until ``predicate()`` holds (instead of guessing a pause); fail after ``timeout``."""
    loop_time = 0.0
    while not predicate():
        if loop_time > timeout:
            raise AssertionError(f"condition not met within {timeout} s")
        await pilot.pause(0.05)
        loop_time += 0.05


def inquiry_mail(sender: str, subject: str, body: str) -> bytes:
    """A raw inquiry e-mail."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "studio@lindqvist.example"
    message["Subject"] = subject
    message["Message-ID"] = f"<{hashlib.sha1(body.encode()).hexdigest()[:12]}@client.example>"
    message.set_content(body)
    return message.as_bytes()


def seed_draft(
    data_dir: Path, sender: str, subject: str, inquiry: str, reply: str, *, state: OutboxState = OutboxState.PENDING
) -> int:
    """Write an inquiry and its drafted reply into the daemon's real store, as the daemon would."""
    store = MailStore(data_dir)
    try:
        raw = inquiry_mail(sender, subject, inquiry)
        digest = hashlib.sha256(raw).hexdigest()
        row, _ = store.ledger.record_seen(
            mailbox="INBOX",
            uidvalidity=1,
            uid=int(digest[:6], 16),
            message_id=f"<{digest[:12]}@x>",
            content_hash=digest,
            raw=raw,
        )
        reply_id = reply_message_id(digest, "quote", 1, "lindqvist.example")
        with store.transaction():
            item = store.outbox.add(
                inquiry_id=row,
                reply=ReplyIdentity(kind="quote", to=sender, message_id=reply_id, in_reply_to="", references=""),
                subject=f"Re: {subject}",
                body=reply,
                state=state,
                reason="draft mode: waiting for approval",
                auto=False,
            )
        store.conn.execute("UPDATE messages SET sender = ?, subject = ? WHERE id = ?", (sender, subject, row))
        return item
    finally:
        store.close()
