"""Routing examples the freelancer taught by correcting a route, kept in ``routing.sqlite`` in the data dir.

When a turn went to the wrong place and the freelancer answers with a slash command (``/quote``), the turn's
text and the route they chose become an example: the router reads it as part of its bank from then on. Like
rules (:mod:`assistant.rules`), every kept example can be listed and removed (``atelier routes``).
"""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from assistant import sqlite
from assistant.errors import AtelierError
from assistant.reading.intent import ROUTES
from assistant.reading.semantic import Example

if TYPE_CHECKING:
    from assistant.erasure.matcher import Matcher

_SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL UNIQUE,
    route TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);
"""


class Correction(BaseModel):
    """One kept example: this text goes to this route."""

    id: int
    text: str
    route: str
    source: str = ""
    """How it was taught, e.g. ``/quote after a clarifying question``."""


class CorrectionBook:
    """The corrections table."""

    def __init__(self, path: Path) -> None:
        """Open (and create) the database at ``path``."""
        self._conn = sqlite.connect(path)
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the database."""
        self._conn.close()

    def list(self) -> list[Correction]:
        """Every kept example, oldest first."""
        rows = self._conn.execute("SELECT id, text, route, source FROM corrections ORDER BY id")
        return [Correction(id=r[0], text=r[1], route=r[2], source=r[3]) for r in rows]

    def examples(self) -> builtins.list[Example]:
        """The kept examples, as the router reads them."""
        return [Example(c.text, c.route, source=f"correction {c.id}") for c in self.list()]

    def add(self, text: str, route: str, source: str = "") -> Correction:
        """Keep ``text`` as an example of ``route``; the same text taught again takes the newer route."""
        if route not in ROUTES:
            raise AtelierError(f"no route {route!r}", hint=f"Routes: {', '.join(ROUTES)}.")
        if not text.strip():
            raise AtelierError("an example cannot be empty")
        self._conn.execute(
            "INSERT INTO corrections (text, route, source) VALUES (?, ?, ?) "
            "ON CONFLICT (text) DO UPDATE SET route = excluded.route, source = excluded.source",
            (text.strip(), route, source),
        )
        row = self._conn.execute("SELECT id FROM corrections WHERE text = ?", (text.strip(),)).fetchone()
        return self.get(int(row[0]))

    def get(self, correction_id: int) -> Correction:
        """One kept example, or an error naming the id."""
        row = self._conn.execute(
            "SELECT id, text, route, source FROM corrections WHERE id = ?", (correction_id,)
        ).fetchone()
        if row is None:
            raise AtelierError(f"no routing example {correction_id}", hint="`atelier routes list` shows them.")
        return Correction(id=row[0], text=row[1], route=row[2], source=row[3])

    def remove(self, correction_id: int) -> Correction:
        """Delete a kept example; returns what was removed."""
        found = self.get(correction_id)
        self._conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))
        return found

    def forget(self, matcher: Matcher, *, dry_run: bool = False) -> int:
        """Delete the routing examples whose words or source name the client; returns how many."""
        ids = [
            r[0]
            for r in self._conn.execute("SELECT id, text, source FROM corrections")
            if matcher.mentions(f"{r[1]}\n{r[2]}")
        ]
        if ids and not dry_run:
            self._conn.execute("PRAGMA secure_delete=ON")
            with sqlite.transaction(self._conn):
                for row_id in ids:
                    self._conn.execute("DELETE FROM corrections WHERE id = ?", (row_id,))
            sqlite.erase_free_pages(self._conn)
        return len(ids)
