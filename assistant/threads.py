"""Durable conversation threads: a SQLite checkpointer for the graph plus a small registry of names.

The checkpointer (langgraph-checkpoint-sqlite) stores each thread's state, so a conversation, and an action
waiting for approval, survive a restart. The registry table in the same file adds what a UI needs: a title,
timestamps, and where a fork came from.
"""

from __future__ import annotations

import builtins
import sqlite3
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, SystemMessage, ToolCall, ToolMessage
from pydantic import BaseModel

from assistant import sqlite
from assistant.clock import Clock
from assistant.errors import ThreadError

if TYPE_CHECKING:
    from assistant.erasure.matcher import Matcher

ThreadErasure = Literal["redact", "delete"]
"""What forgetting a client does to a thread that mentions them."""

REDACTED = "[removed: this message mentioned a forgotten client]"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS atelier_threads (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    parent TEXT
);
"""


class ThreadInfo(BaseModel):
    """One conversation thread as a UI lists it."""

    id: str
    title: str
    created: float
    updated: float
    parent: str | None = None
    """The thread this one was forked from."""


def open_checkpoint_db(path: Path) -> sqlite3.Connection:
    """Open the threads database in WAL mode, shared between the checkpointer and the registry."""
    conn = sqlite.connect(path)
    conn.executescript(_SCHEMA)
    return conn


class Threads:
    """List, create, rename, fork and delete threads. ``graph`` is the compiled graph that owns the state."""

    def __init__(self, conn: sqlite3.Connection, graph: Any, clock: Clock | None = None) -> None:
        """Use the registry in ``conn`` and the checkpoints of ``graph``; ``clock`` stamps creation and use."""
        self._conn = conn
        self._graph = graph
        self._clock = clock or Clock.from_env()

    def list(self, search: str = "") -> list[ThreadInfo]:
        """Threads, most recently used first; ``search`` matches titles, case-insensitively."""
        rows = self._conn.execute(
            "SELECT id, title, created, updated, parent FROM atelier_threads WHERE title LIKE ? ORDER BY updated DESC",
            (f"%{search}%",),
        ).fetchall()
        return [ThreadInfo(id=r[0], title=r[1], created=r[2], updated=r[3], parent=r[4]) for r in rows]

    def get(self, thread_id: str) -> ThreadInfo:
        """One thread, or :class:`ThreadError`."""
        row = self._conn.execute(
            "SELECT id, title, created, updated, parent FROM atelier_threads WHERE id = ?", (thread_id,)
        ).fetchone()
        if row is None:
            raise ThreadError(f"no thread {thread_id!r}", hint="`atelier threads list` shows the threads.")
        return ThreadInfo(id=row[0], title=row[1], created=row[2], updated=row[3], parent=row[4])

    def new(self, title: str = "New conversation", *, parent: str | None = None) -> ThreadInfo:
        """Register a new, empty thread."""
        now = self._clock.timestamp()
        info = ThreadInfo(id=uuid.uuid4().hex[:12], title=title.strip() or "New conversation", created=now, updated=now)
        info.parent = parent
        self._conn.execute(
            "INSERT INTO atelier_threads (id, title, created, updated, parent) VALUES (?, ?, ?, ?, ?)",
            (info.id, info.title, info.created, info.updated, parent),
        )
        return info

    def ensure(self, thread_id: str, title: str) -> None:
        """Register ``thread_id`` if it is new (titled from its first message), and mark it as used now."""
        now = self._clock.timestamp()
        self._conn.execute(
            "INSERT INTO atelier_threads (id, title, created, updated) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET updated = excluded.updated",
            (thread_id, _title_from(title), now, now),
        )

    def rename(self, thread_id: str, title: str) -> ThreadInfo:
        """Give a thread a new title."""
        self.get(thread_id)
        self._conn.execute("UPDATE atelier_threads SET title = ? WHERE id = ?", (title.strip(), thread_id))
        return self.get(thread_id)

    def fork(self, thread_id: str, title: str | None = None) -> ThreadInfo:
        """Copy a thread's conversation into a new thread that can go its own way."""
        source = self.get(thread_id)
        config = {"configurable": {"thread_id": thread_id}}
        state = self._graph.get_state(config)
        if state.interrupts:
            raise ThreadError("cannot fork a thread that waits for an approval", hint="Approve or reject it first.")
        fork = self.new(title or f"{source.title} (fork)", parent=thread_id)
        messages = state.values.get("messages", [])
        if messages:
            self._graph.update_state(
                {"configurable": {"thread_id": fork.id}}, {"messages": messages}, as_node="compose"
            )
        return fork

    def delete(self, thread_id: str) -> None:
        """Delete a thread and every checkpoint of it."""
        self.get(thread_id)
        self._graph.checkpointer.delete_thread(thread_id)
        self._conn.execute("DELETE FROM atelier_threads WHERE id = ?", (thread_id,))

    def forget(self, matcher: Matcher, *, mode: ThreadErasure = "redact", dry_run: bool = False) -> int:
        """Delete, or redact, every thread whose title or messages mention the client; returns how many.

        Redacting replaces each message that mentions them by :data:`REDACTED` (same role, same id, tool calls
        kept without their arguments) and writes the result as the thread's only checkpoint, so no earlier
        checkpoint, pending write or artifact still holds their words. A waiting approval about them is dropped.
        """
        touched = 0
        for thread_id in self._all_ids():
            title_row = self._conn.execute("SELECT title FROM atelier_threads WHERE id = ?", (thread_id,)).fetchone()
            title = title_row[0] if title_row else ""
            messages = self.messages(thread_id)
            hits = [matcher.mentions(m.model_dump_json()) for m in messages]
            if not (any(hits) or matcher.mentions(title)):
                continue
            touched += 1
            if dry_run:
                continue
            self._graph.checkpointer.delete_thread(thread_id)
            if mode == "delete":
                self._conn.execute("DELETE FROM atelier_threads WHERE id = ?", (thread_id,))
                continue
            kept = [_redacted(m) if hit else m for m, hit in zip(messages, hits, strict=True)]
            if kept:
                self._graph.update_state(
                    {"configurable": {"thread_id": thread_id}}, {"messages": kept}, as_node="compose"
                )
            if title_row is not None and matcher.mentions(title):
                self._conn.execute("UPDATE atelier_threads SET title = ? WHERE id = ?", (REDACTED, thread_id))
        if touched and not dry_run:
            sqlite.erase_free_pages(self._conn)
        return touched

    def _all_ids(self) -> builtins.list[str]:
        """Every thread: the registry's, and any the checkpointer holds without a registry row."""
        ids = {row[0] for row in self._conn.execute("SELECT id FROM atelier_threads")}
        for checkpoint in self._graph.checkpointer.list(None):
            ids.add(str(checkpoint.config["configurable"]["thread_id"]))
        return sorted(ids)

    def messages(self, thread_id: str) -> builtins.list[AnyMessage]:
        """The thread's conversation so far."""
        state = self._graph.get_state({"configurable": {"thread_id": thread_id}})
        return list(state.values.get("messages", []))


def _redacted(message: AnyMessage) -> AnyMessage:
    """A message of the same role and id whose words are gone (tool calls keep their names and ids only)."""
    if isinstance(message, AIMessage):
        calls = [ToolCall(name=c["name"], args={}, id=c.get("id")) for c in message.tool_calls]
        return AIMessage(content=REDACTED, id=message.id, tool_calls=calls)
    if isinstance(message, ToolMessage):
        return ToolMessage(content=REDACTED, id=message.id, tool_call_id=message.tool_call_id, name=message.name)
    if isinstance(message, SystemMessage):
        return SystemMessage(content=REDACTED, id=message.id)
    return HumanMessage(content=REDACTED, id=message.id)


def _title_from(text: str) -> str:
    first_line = text.strip().splitlines()[0] if text.strip() else "New conversation"
    return first_line[:60] + ("…" if len(first_line) > 60 else "")
