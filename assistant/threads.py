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
from typing import Any

from langchain_core.messages import AnyMessage
from pydantic import BaseModel

from assistant import sqlite
from assistant.clock import Clock
from assistant.errors import ThreadError

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

    def messages(self, thread_id: str) -> builtins.list[AnyMessage]:
        """The thread's conversation so far."""
        state = self._graph.get_state({"configurable": {"thread_id": thread_id}})
        return list(state.values.get("messages", []))


def _title_from(text: str) -> str:
    first_line = text.strip().splitlines()[0] if text.strip() else "New conversation"
    return first_line[:60] + ("…" if len(first_line) > 60 else "")
