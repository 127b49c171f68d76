"""The style store's SQLite file: one ``provenance.sqlite`` in the data dir, in WAL mode.

The ledger and the works registry keep their tables in the same file, so that a backup of one file keeps
both the samples and the consent they were made under.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from assistant import sqlite
from assistant.sqlite import transaction as transaction

FILENAME = "provenance.sqlite"


def connect(data_dir: Path) -> sqlite3.Connection:
    """Open (and create) the style store in ``data_dir``, with rows by name and foreign keys enforced."""
    conn = sqlite.connect(data_dir / FILENAME)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


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
