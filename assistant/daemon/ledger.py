"""The daemon's ledger: every message seen, the folder cursors, the quarantine, counters and the instance lock.

One SQLite file (``daemon.sqlite`` in the data dir) in WAL mode with ``synchronous=FULL``. A message is written
here, keyed by (Message-ID, content hash), before anything else is done with it, so that a crash at any later
point resumes the work instead of losing or repeating it, and a UIDVALIDITY change (every UID renumbered) finds
the same keys and reprocesses nothing. The outbox (:mod:`assistant.daemon.outbox`) lives in the same file.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from pathlib import Path
from typing import IO, Any

from assistant import sqlite
from assistant.clock import Clock
from assistant.daemon.models import QuarantineEntry, TriageResult
from assistant.errors import DaemonLockedError, MailError
from assistant.sqlite import transaction as transaction

DB_NAME = "daemon.sqlite"
LOCK_NAME = "daemon.lock"

_SCHEMA = """
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
    UNIQUE (message_id, content_hash)
);
CREATE INDEX IF NOT EXISTS messages_state ON messages (state);
CREATE INDEX IF NOT EXISTS messages_sender ON messages (sender, received_at);
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
    created_at TEXT NOT NULL
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


def now_iso(clock: Clock | None = None) -> str:
    """The current UTC time from ``clock`` (default: the process clock), ISO 8601, second precision."""
    return (clock or Clock.from_env()).utcnow().isoformat(timespec="seconds")


def connect(path: Path) -> sqlite3.Connection:
    """Open the ledger file with WAL, full sync and a busy timeout, creating the schema if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.touch(mode=0o600)  # it holds clients' mail: only the freelancer may read it (WAL files follow)
    conn = sqlite.connect(path, synchronous="FULL", timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(_SCHEMA)
    from assistant.daemon.outbox import SCHEMA as OUTBOX_SCHEMA

    conn.executescript(OUTBOX_SCHEMA)
    return conn


class InstanceLock:
    """An exclusive ``flock`` on ``daemon.lock``: a second daemon on the same data dir refuses to start.

    The kernel drops the lock when the process dies, even by SIGKILL, so a crash never leaves a stale lock.
    """

    def __init__(self, data_dir: Path) -> None:
        """Remember where the lock file lives; nothing is locked until :meth:`acquire`."""
        self.path = data_dir / LOCK_NAME
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`DaemonLockedError` naming the holder's pid."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the process lifetime
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "?"
            handle.close()
            raise DaemonLockedError(
                f"another daemon (pid {holder}) already runs on {self.path.parent}",
                hint="Stop it first (`systemctl --user stop atelier-daemon`), or use another ATELIER_HOME.",
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle

    def release(self) -> None:
        """Drop the lock."""
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    @staticmethod
    def holder(data_dir: Path) -> int | None:
        """The pid of the running daemon, or ``None`` when no daemon holds the lock."""
        path = data_dir / LOCK_NAME
        if not path.exists():
            return None
        with open(path, encoding="utf-8") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                text = handle.read().strip()
                return int(text) if text.isdigit() else -1
            fcntl.flock(handle, fcntl.LOCK_UN)
        return None


class Ledger:
    """Messages, cursors, quarantine, counters and daemon state in ``daemon.sqlite``."""

    def __init__(self, data_dir: Path) -> None:
        """Open (or create) the ledger in ``data_dir``."""
        self.path = data_dir / DB_NAME
        try:
            self.conn = connect(self.path)
        except sqlite3.DatabaseError as exc:
            raise MailError(f"{self.path}: cannot open the daemon ledger: {exc}", hint="Check the file.") from exc

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    # --- cursors ---------------------------------------------------------------------------------------------

    def cursor(self, mailbox: str, uidvalidity: int) -> int:
        """The last UID processed in ``mailbox``; 0 when UIDVALIDITY changed (every UID is new again)."""
        row = self.conn.execute("SELECT uidvalidity, last_uid FROM cursors WHERE mailbox = ?", (mailbox,)).fetchone()
        if row is None or row["uidvalidity"] != uidvalidity:
            return 0
        return int(row["last_uid"])

    def known_uidvalidity(self, mailbox: str) -> int | None:
        """The UIDVALIDITY stored for ``mailbox``, if any."""
        row = self.conn.execute("SELECT uidvalidity FROM cursors WHERE mailbox = ?", (mailbox,)).fetchone()
        return None if row is None else int(row["uidvalidity"])

    def advance(self, mailbox: str, uidvalidity: int, uid: int) -> None:
        """Move the cursor forward (never back) within one UIDVALIDITY."""
        self.conn.execute(
            "INSERT INTO cursors (mailbox, uidvalidity, last_uid) VALUES (?, ?, ?) "
            "ON CONFLICT (mailbox) DO UPDATE SET last_uid = CASE WHEN cursors.uidvalidity = excluded.uidvalidity "
            "THEN max(cursors.last_uid, excluded.last_uid) ELSE excluded.last_uid END, "
            "uidvalidity = excluded.uidvalidity",
            (mailbox, uidvalidity, uid),
        )

    # --- messages --------------------------------------------------------------------------------------------

    def record_seen(
        self,
        *,
        mailbox: str,
        uidvalidity: int,
        uid: int,
        message_id: str,
        content_hash: str,
        raw: bytes,
        quarantine: str | None = None,
    ) -> tuple[int, bool]:
        """Write a fetched message before anything else happens to it.

        ``quarantine`` records a new message as quarantined for that reason in the same transaction, so a crash
        can never leave it looking like an ordinary message to process (a too-large one whose raw is only its
        headers).

        Returns:
            ``(row id, new)``: ``new`` is False when the same (Message-ID, content hash) was seen before, under
            any UID or UIDVALIDITY; then nothing more must be done with it.
        """
        with transaction(self.conn):
            cur = self.conn.execute(
                "INSERT INTO messages (mailbox, uidvalidity, uid, message_id, content_hash, raw, received_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id, content_hash) DO NOTHING",
                (mailbox, uidvalidity, uid, message_id, content_hash, raw, now_iso()),
            )
            new = cur.rowcount == 1
            row = self.conn.execute(
                "SELECT id FROM messages WHERE message_id = ? AND content_hash = ?", (message_id, content_hash)
            ).fetchone()
            self.conn.execute(
                "INSERT OR IGNORE INTO locations (mailbox, uidvalidity, uid, message_row) VALUES (?, ?, ?, ?)",
                (mailbox, uidvalidity, uid, row["id"]),
            )
            self.advance(mailbox, uidvalidity, uid)
            self.bump("seen" if new else "duplicates")
            if new and quarantine is not None:
                self._quarantine(int(row["id"]), quarantine)
        return int(row["id"]), new

    def known_location(self, mailbox: str, uidvalidity: int, uid: int) -> bool:
        """Whether this exact (mailbox, UIDVALIDITY, UID) was already recorded."""
        row = self.conn.execute(
            "SELECT 1 FROM locations WHERE mailbox = ? AND uidvalidity = ? AND uid = ?", (mailbox, uidvalidity, uid)
        ).fetchone()
        return row is not None

    def unfinished(self) -> list[sqlite3.Row]:
        """Messages recorded but not yet fully handled (after a crash, or just fetched)."""
        return self.conn.execute(
            "SELECT id, mailbox, uidvalidity, uid, raw FROM messages WHERE state = 'seen' ORDER BY id"
        ).fetchall()

    def message(self, row_id: int) -> sqlite3.Row | None:
        """One ledger row."""
        row: sqlite3.Row | None = self.conn.execute("SELECT * FROM messages WHERE id = ?", (row_id,)).fetchone()
        return row

    def set_triage(self, row_id: int, sender: str, subject: str, result: TriageResult) -> None:
        """Store the triage verdict and reason (still unfinished until :meth:`finish`)."""
        self.conn.execute(
            "UPDATE messages SET sender = ?, subject = ?, client = ?, triage = ?, reason = ? WHERE id = ?",
            (sender, subject[:500], result.client, result.triage.value, result.reason, row_id),
        )

    def finish(self, row_id: int, state: str = "done") -> None:
        """Mark a message handled. Call inside the transaction that writes its outbox row, if any."""
        self.conn.execute("UPDATE messages SET state = ? WHERE id = ?", (state, row_id))

    def quarantine(self, row_id: int, reason: str) -> None:
        """Keep an unusable message with the reason; it is shown in the inbox, never dropped."""
        with transaction(self.conn):
            self._quarantine(row_id, reason)

    def _quarantine(self, row_id: int, reason: str) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO quarantine (message_row, reason, created_at) VALUES (?, ?, ?)",
            (row_id, reason[:1000], now_iso()),
        )
        self.conn.execute(
            "UPDATE messages SET state = 'quarantined', triage = 'quarantine', reason = ? WHERE id = ?",
            (reason[:1000], row_id),
        )
        self.bump("quarantined")

    def quarantined(self) -> list[QuarantineEntry]:
        """Every quarantined message, newest first."""
        rows = self.conn.execute(
            "SELECT q.id, m.mailbox, m.uidvalidity, m.uid, q.reason, q.created_at, length(m.raw) AS size "
            "FROM quarantine q JOIN messages m ON m.id = q.message_row ORDER BY q.id DESC"
        ).fetchall()
        return [QuarantineEntry(**dict(row)) for row in rows]

    def known_client(self, sender: str) -> bool:
        """Whether this sender already wrote an inquiry or client mail that the daemon handled."""
        row = self.conn.execute(
            "SELECT 1 FROM messages WHERE sender = ? AND triage IN ('new_inquiry', 'client') AND state = 'done' "
            "LIMIT 1",
            (sender,),
        ).fetchone()
        return row is not None

    def messages_by_triage(self, triage: str, limit: int = 50) -> list[sqlite3.Row]:
        """Recent messages with one triage verdict (``notify``, ``ignore``), newest first."""
        return self.conn.execute(
            "SELECT id, sender, subject, reason, received_at FROM messages WHERE triage = ? ORDER BY id DESC LIMIT ?",
            (triage, limit),
        ).fetchall()

    def latest_from(self, sender: str) -> str | None:
        """When this sender's last message was recorded."""
        row = self.conn.execute(
            "SELECT max(received_at) AS at FROM messages WHERE sender = ? AND triage IN ('new_inquiry', 'client')",
            (sender,),
        ).fetchone()
        return None if row is None or row["at"] is None else str(row["at"])

    # --- counters and state ----------------------------------------------------------------------------------

    def bump(self, name: str, by: int = 1) -> None:
        """Add to a counter (triaged, drafted, sent, held, quarantined, ...)."""
        self.conn.execute(
            "INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + ?",
            (name, by, by),
        )

    def counters(self) -> dict[str, int]:
        """Every counter."""
        return {row["name"]: int(row["value"]) for row in self.conn.execute("SELECT name, value FROM counters")}

    def set_state(self, **values: Any) -> None:
        """Record daemon facts (last poll, last error) for ``atelier daemon status``."""
        for key, value in values.items():
            self.conn.execute(
                "INSERT INTO daemon_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?",
                (key, str(value), str(value)),
            )

    def state(self) -> dict[str, str]:
        """Every recorded daemon fact."""
        return {row["key"]: row["value"] for row in self.conn.execute("SELECT key, value FROM daemon_state")}
