"""The SQLite conventions every Atelier store shares: WAL files usable from worker threads, and transactions.

Each store (threads, rules, quotes, provenance, the daemon's ledger) is its own file in the data dir, written by
one process and read by others, which is what WAL journaling allows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal


def connect(
    path: Path, *, synchronous: Literal["NORMAL", "FULL"] = "NORMAL", timeout: float = 10.0
) -> sqlite3.Connection:
    """Open (and create) a store with WAL journaling, a busy timeout, and autocommit.

    ``check_same_thread=False`` because UIs and servers call from worker threads; each store serialises its
    own writes. ``FULL`` sync is for records that must survive a power cut (the daemon's ledger).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=timeout, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous={synchronous}")
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


def erase_free_pages(conn: sqlite3.Connection) -> None:
    """Leave no deleted byte in the file or its WAL: rebuild it (``VACUUM``), then empty the WAL.

    Called after a store deletes personal data (see :mod:`assistant.erasure`). ``secure_delete`` zeroes what the
    deletes freed; ``VACUUM`` rewrites the file without free pages, and ``wal_checkpoint(TRUNCATE)`` copies the
    rewrite back and cuts the WAL to zero bytes, so no old page survives in either file.
    """
    conn.execute("PRAGMA secure_delete=ON")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
