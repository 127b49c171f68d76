"""The tables of ``daemon.sqlite``: the ledger's (messages and their bookkeeping) and the outbox's.

Both live in one file and share one connection, so that a message is marked handled in the same transaction
that writes its reply.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from assistant import sqlite
from assistant.clock import Clock

DB_NAME = "daemon.sqlite"

LEDGER = """
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY,
    mailbox TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid INTEGER NOT NULL,
    message_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    raw BLOB NOT NULL,
    sender TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    client TEXT NOT NULL DEFAULT '',
    triage TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'seen',
    error TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    UNIQUE (message_id, content_hash)
);
CREATE INDEX IF NOT EXISTS messages_state ON messages (state);
CREATE INDEX IF NOT EXISTS messages_sender ON messages (sender, received_at);
CREATE INDEX IF NOT EXISTS messages_known ON messages (sender, triage, state);
CREATE TABLE IF NOT EXISTS locations (
    mailbox TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid INTEGER NOT NULL,
    message_row INTEGER NOT NULL REFERENCES messages (id),
    PRIMARY KEY (mailbox, uidvalidity, uid)
);
CREATE TABLE IF NOT EXISTS cursors (
    mailbox TEXT PRIMARY KEY,
    uidvalidity INTEGER NOT NULL,
    last_uid INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS quarantine (
    id INTEGER PRIMARY KEY,
    message_row INTEGER NOT NULL UNIQUE REFERENCES messages (id),
    reason TEXT NOT NULL,
    cause TEXT NOT NULL DEFAULT 'error',
    created_at TEXT NOT NULL,
    decision TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS tone_ingested (
    key TEXT PRIMARY KEY,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS daemon_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

OUTBOX = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY,
    inquiry_id INTEGER NOT NULL REFERENCES messages (id),
    kind TEXT NOT NULL,
    draft_kind TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    message_id TEXT NOT NULL UNIQUE,
    old_message_ids TEXT NOT NULL DEFAULT '',
    to_addr TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    in_reply_to TEXT NOT NULL DEFAULT '',
    refs TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    auto INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT NOT NULL DEFAULT '',
    sent_via TEXT NOT NULL DEFAULT '',
    draft_placed INTEGER NOT NULL DEFAULT 0,
    handoff_summary TEXT NOT NULL DEFAULT '',
    brief_markdown TEXT NOT NULL DEFAULT '',
    quote_block TEXT NOT NULL DEFAULT '',
    quote_json TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    handoff_placed INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    feedback TEXT NOT NULL DEFAULT '',
    actual_reply TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    drafted_body TEXT NOT NULL DEFAULT '',
    draft_seen TEXT NOT NULL DEFAULT '',
    client_edit INTEGER NOT NULL DEFAULT 0,
    UNIQUE (inquiry_id, kind)
);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state);
"""


ADDED_COLUMNS = {
    ("messages", "attempts"): "INTEGER NOT NULL DEFAULT 0",
    ("outbox", "quote_json"): "TEXT NOT NULL DEFAULT ''",
    ("outbox", "language"): "TEXT NOT NULL DEFAULT 'en'",
    ("outbox", "drafted_body"): "TEXT NOT NULL DEFAULT ''",
    ("outbox", "draft_seen"): "TEXT NOT NULL DEFAULT ''",
    ("outbox", "client_edit"): "INTEGER NOT NULL DEFAULT 0",
    ("quarantine", "cause"): "TEXT NOT NULL DEFAULT 'error'",
    ("quarantine", "decision"): "TEXT NOT NULL DEFAULT ''",
    ("quarantine", "decided_at"): "TEXT NOT NULL DEFAULT ''",
}
"""Columns added after the first release, with their definitions: older files get them when opened."""


def now_iso(clock: Clock | None = None) -> str:
    """The current UTC time from ``clock`` (default: the process clock), ISO 8601, second precision."""
    return (clock or Clock.from_env()).utcnow().isoformat(timespec="seconds")


def connect(path: Path) -> sqlite3.Connection:
    """Open the file with WAL, full sync and a busy timeout, creating every table if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.touch(mode=0o600)  # it holds clients' mail: only the freelancer may read it (WAL files follow)
    conn = sqlite.connect(path, synchronous="FULL", timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(LEDGER)
    conn.executescript(OUTBOX)
    for (table, column), definition in ADDED_COLUMNS.items():
        if column not in {row["name"] for row in conn.execute(f"PRAGMA table_info({table})")}:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
    return conn
