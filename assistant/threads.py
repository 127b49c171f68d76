"""Durable conversation threads: a checkpointer for the graph plus a small registry of names.

The checkpointer stores each thread's state, so a conversation, and an action waiting for approval, survive a
restart. The registry table adds what a UI needs: a title, timestamps, and where a fork came from. It lives
where the checkpoints live, so the thread list and the conversations can never disagree: in the SQLite file
of the data dir by default (:class:`SqliteRegistry`), or with ``[threads] checkpointer = "postgres"`` in the
same PostgreSQL database (:class:`PostgresRegistry`), so that every machine sharing the database lists the same
threads and a forget on one of them is a forget on all.
"""

from __future__ import annotations

import abc
import builtins
import sqlite3
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

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


class ThreadRegistry(abc.ABC):
    """The registry table (titles, times, forks): every statement on ``atelier_threads`` is here.

    The SQL is written once, with ``?`` marks; a subclass says how its database runs a statement.
    """

    _like: ClassVar[str] = "LIKE"
    """SQLite's LIKE ignores case (for ASCII); PostgreSQL needs ILIKE for the same search."""
    _columns = "id, title, created, updated, parent"

    @abc.abstractmethod
    def _rows(self, sql: str, args: tuple[Any, ...] = ()) -> builtins.list[tuple[Any, ...]]:
        """Run a query and return its rows as tuples."""

    @abc.abstractmethod
    def _run(self, sql: str, args: tuple[Any, ...] = ()) -> None:
        """Run a statement (committed at once: both connections are in autocommit mode)."""

    @abc.abstractmethod
    def compact(self) -> None:
        """Rewrite the database so that deleted checkpoints and titles leave no bytes behind."""

    def list(self, search: str) -> builtins.list[ThreadInfo]:
        """Threads whose title holds ``search``, most recently used first."""
        sql = f"SELECT {self._columns} FROM atelier_threads WHERE title {self._like} ? ORDER BY updated DESC"
        return [_info(row) for row in self._rows(sql, (f"%{search}%",))]

    def get(self, thread_id: str) -> ThreadInfo | None:
        """One thread's row, if it is registered."""
        rows = self._rows(f"SELECT {self._columns} FROM atelier_threads WHERE id = ?", (thread_id,))
        return _info(rows[0]) if rows else None

    def ids(self) -> set[str]:
        """Every registered thread id."""
        return {str(row[0]) for row in self._rows("SELECT id FROM atelier_threads")}

    def insert(self, info: ThreadInfo) -> None:
        """Register a new thread."""
        self._run(
            "INSERT INTO atelier_threads (id, title, created, updated, parent) VALUES (?, ?, ?, ?, ?)",
            (info.id, info.title, info.created, info.updated, info.parent),
        )

    def touch(self, thread_id: str, title: str, now: float) -> None:
        """Register ``thread_id`` with ``title`` if it is new, and mark it as used at ``now``."""
        self._run(
            "INSERT INTO atelier_threads (id, title, created, updated) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET updated = excluded.updated",
            (thread_id, title, now, now),
        )

    def set_title(self, thread_id: str, title: str) -> None:
        """Give a thread a new title."""
        self._run("UPDATE atelier_threads SET title = ? WHERE id = ?", (title, thread_id))

    def remove(self, thread_id: str) -> None:
        """Drop a thread's row."""
        self._run("DELETE FROM atelier_threads WHERE id = ?", (thread_id,))


class SqliteRegistry(ThreadRegistry):
    """The registry in the threads file of the data dir (see :func:`open_checkpoint_db`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        """Use the connection the SQLite checkpointer shares."""
        self._conn = conn

    def _rows(self, sql: str, args: tuple[Any, ...] = ()) -> builtins.list[tuple[Any, ...]]:
        return [tuple(row) for row in self._conn.execute(sql, args).fetchall()]

    def _run(self, sql: str, args: tuple[Any, ...] = ()) -> None:
        self._conn.execute(sql, args)

    def compact(self) -> None:
        """VACUUM and empty the WAL (see :func:`assistant.sqlite.erase_free_pages`)."""
        sqlite.erase_free_pages(self._conn)


class PostgresRegistry(ThreadRegistry):
    """The registry in the PostgreSQL database of the checkpoints, beside LangGraph's tables."""

    _like: ClassVar[str] = "ILIKE"
    _CHECKPOINT_TABLES = ("checkpoints", "checkpoint_blobs", "checkpoint_writes")

    def __init__(self, conn: Any) -> None:
        """Use the checkpointer's psycopg connection (autocommit), creating the registry table if needed."""
        self._conn = conn
        self._run(_SCHEMA.replace("REAL", "DOUBLE PRECISION"))

    def _rows(self, sql: str, args: tuple[Any, ...] = ()) -> builtins.list[tuple[Any, ...]]:
        from psycopg.rows import tuple_row

        with self._conn.cursor(row_factory=tuple_row) as cursor:
            cursor.execute(sql.replace("?", "%s"), args)
            return builtins.list(cursor.fetchall())

    def _run(self, sql: str, args: tuple[Any, ...] = ()) -> None:
        with self._conn.cursor() as cursor:
            cursor.execute(sql.replace("?", "%s"), args)

    def compact(self) -> None:
        """VACUUM FULL the registry and the checkpoint tables: deleted rows are rewritten out of their files.

        What the server's write-ahead log and backups still hold is the database owner's to expire.
        """
        self._run(f"VACUUM (FULL) atelier_threads, {', '.join(self._CHECKPOINT_TABLES)}")


class Threads:
    """List, create, rename, fork and delete threads. ``graph`` is the compiled graph that owns the state."""

    def __init__(self, registry: ThreadRegistry, graph: Any, clock: Clock | None = None) -> None:
        """Use ``registry`` for the list and the checkpoints of ``graph``; ``clock`` stamps creation and use."""
        self._registry = registry
        self._graph = graph
        self._clock = clock or Clock.from_env()

    def list(self, search: str = "") -> builtins.list[ThreadInfo]:
        """Threads, most recently used first; ``search`` matches titles, case-insensitively."""
        return self._registry.list(search)

    def get(self, thread_id: str) -> ThreadInfo:
        """One thread, or :class:`ThreadError`."""
        info = self._registry.get(thread_id)
        if info is None:
            raise ThreadError(f"no thread {thread_id!r}", hint="`atelier threads list` shows the threads.")
        return info

    def new(self, title: str = "New conversation", *, parent: str | None = None) -> ThreadInfo:
        """Register a new, empty thread."""
        now = self._clock.timestamp()
        info = ThreadInfo(id=uuid.uuid4().hex[:12], title=title.strip() or "New conversation", created=now, updated=now)
        info.parent = parent
        self._registry.insert(info)
        return info

    def ensure(self, thread_id: str, title: str) -> None:
        """Register ``thread_id`` if it is new (titled from its first message), and mark it as used now."""
        self._registry.touch(thread_id, _title_from(title), self._clock.timestamp())

    def rename(self, thread_id: str, title: str) -> ThreadInfo:
        """Give a thread a new title."""
        self.get(thread_id)
        self._registry.set_title(thread_id, title.strip())
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
        self._registry.remove(thread_id)

    def forget(self, matcher: Matcher, *, mode: ThreadErasure = "redact", dry_run: bool = False) -> int:
        """Delete, or redact, every thread whose title or messages mention the client; returns how many.

        Redacting replaces each message that mentions them by :data:`REDACTED` (same role, same id, tool calls
        kept without their arguments) and writes the result as the thread's only checkpoint, so no earlier
        checkpoint, pending write or artifact still holds their words. A waiting approval about them is dropped.
        """
        touched = 0
        for thread_id in self._all_ids():
            info = self._registry.get(thread_id)
            title = info.title if info else ""
            messages = self.messages(thread_id)
            hits = [matcher.mentions(m.model_dump_json()) for m in messages]
            if not (any(hits) or matcher.mentions(title)):
                continue
            touched += 1
            if dry_run:
                continue
            self._graph.checkpointer.delete_thread(thread_id)
            if mode == "delete":
                self._registry.remove(thread_id)
                continue
            kept = [_redacted(m) if hit else m for m, hit in zip(messages, hits, strict=True)]
            if kept:
                self._graph.update_state(
                    {"configurable": {"thread_id": thread_id}}, {"messages": kept}, as_node="compose"
                )
            if info is not None and matcher.mentions(title):
                self._registry.set_title(thread_id, REDACTED)
        if touched and not dry_run:
            self._registry.compact()
        return touched

    def _all_ids(self) -> builtins.list[str]:
        """Every thread: the registry's, and any the checkpointer holds without a registry row."""
        ids = self._registry.ids()
        for checkpoint in self._graph.checkpointer.list(None):
            ids.add(str(checkpoint.config["configurable"]["thread_id"]))
        return sorted(ids)

    def messages(self, thread_id: str) -> builtins.list[AnyMessage]:
        """The thread's conversation so far."""
        state = self._graph.get_state({"configurable": {"thread_id": thread_id}})
        return list(state.values.get("messages", []))


def _info(row: tuple[Any, ...]) -> ThreadInfo:
    return ThreadInfo(id=row[0], title=row[1], created=row[2], updated=row[3], parent=row[4])


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
