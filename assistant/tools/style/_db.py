"""The style store's SQLite file: one ``provenance.sqlite`` in the data dir, in WAL mode.

The ledger and the works registry keep their tables in the same file, so that a backup of one file keeps
both the samples and the consent they were made under.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FILENAME = "provenance.sqlite"


def connect(data_dir: Path) -> sqlite3.Connection:
    """Open (and create) the style store in ``data_dir`` with WAL journaling and a busy timeout.

    ``check_same_thread=False`` because the reference server and the TUI call from worker threads; callers
    serialise writes themselves.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(data_dir / FILENAME, timeout=10.0, check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run several statements as one ``BEGIN IMMEDIATE`` transaction, rolled back if anything raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class Store:
    """A set of tables in the style store, with a lock that serialises this process's use of the connection."""

    def __init__(self, data_dir: Path, schema: str) -> None:
        """Open the store in ``data_dir`` and create ``schema``'s tables if they are missing."""
        self._conn = connect(data_dir)
        self._conn.executescript(schema)
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()
