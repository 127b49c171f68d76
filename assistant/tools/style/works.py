"""The consent registry: the freelancer's works, and which of them may condition the style generator.

A work is registered unconsented by default; the freelancer opts each one in. Revoking consent takes effect for
every later sample (past samples keep their ledger record of what they were made from). Every change of consent
is logged with its time, so the ledger's "made from work W" can be checked against "W was consented then".
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

from assistant.clock import Clock
from assistant.errors import ToolError
from assistant.tools.style import _db
from assistant.tools.style.models import MAX_EXCERPT_CHARS, Kind, Work

_SCHEMA = """
CREATE TABLE IF NOT EXISTS works (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    excerpt TEXT NOT NULL DEFAULT '',
    consented INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL,
    consent_changed_at TEXT
);
CREATE TABLE IF NOT EXISTS consent_log (
    work_id TEXT NOT NULL REFERENCES works (id),
    consented INTEGER NOT NULL,
    at TEXT NOT NULL
);
"""

_TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".rst", ".html"}


def slugify(title: str) -> str:
    """A work id from its title: lower-case words joined by dashes."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")
    return slug[:60] or "work"


class WorkRegistry(_db.Store):
    """The freelancer's works and their consent flags, in the data dir's ``provenance.sqlite``."""

    def __init__(self, data_dir: Path, clock: Clock | None = None) -> None:
        """Open or create the works tables in ``data_dir``; ``clock`` stamps consent changes."""
        super().__init__(data_dir, _SCHEMA)
        self._clock = clock or Clock.from_env()

    def add(
        self,
        title: str,
        *,
        kind: Kind = "text",
        path: Path | None = None,
        excerpt: str = "",
        consented: bool = False,
        work_id: str | None = None,
    ) -> Work:
        """Register a work. A text work with no excerpt takes the opening of its file.

        Raises:
            ToolError: the title is empty, the id is taken, or the excerpt cannot be read.
        """
        if not title.strip():
            raise ToolError("a work needs a title", hint="Pass --title.")
        if not excerpt and path is not None and kind == "text":
            excerpt = _read_excerpt(path)
        work_id = work_id or slugify(title)
        now = self._clock.utcnow().isoformat()
        try:
            with self._lock, _db.transaction(self._conn):
                self._conn.execute(
                    "INSERT INTO works (id, title, kind, path, excerpt, consented, added_at, consent_changed_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        work_id,
                        title.strip(),
                        kind,
                        str(path) if path else "",
                        excerpt.strip()[:MAX_EXCERPT_CHARS],
                        int(consented),
                        now,
                        now if consented else None,
                    ),
                )
                if consented:
                    self._conn.execute("INSERT INTO consent_log VALUES (?, 1, ?)", (work_id, now))
        except sqlite3.IntegrityError as exc:
            raise ToolError(
                f"a work with id {work_id!r} is already registered", hint="Choose another title or pass an id."
            ) from exc
        return self.get(work_id)

    def get(self, work_id: str) -> Work:
        """One work, or :class:`ToolError` naming the known ids."""
        with self._lock:
            row = self._conn.execute("SELECT * FROM works WHERE id = ?", (work_id,)).fetchone()
        if row is None:
            known = ", ".join(w.id for w in self.all()) or "none yet"
            raise ToolError(f"no work with id {work_id!r}", hint=f"Known works: {known}.")
        return _to_work(row)

    def all(self) -> list[Work]:
        """Every registered work, in the order it was added."""
        with self._lock:
            rows = self._conn.execute("SELECT * FROM works ORDER BY added_at, rowid").fetchall()
        return [_to_work(row) for row in rows]

    def consented(self, kind: Kind | None = None) -> list[Work]:
        """The works that may condition the style now, optionally of one kind."""
        return [w for w in self.all() if w.consented and (kind is None or w.kind == kind)]

    def set_consent(self, work_id: str, consented: bool) -> Work:
        """Give or revoke consent for one work, and log the change with its time."""
        current = self.get(work_id)
        if current.consented == consented:
            return current
        now = self._clock.utcnow().isoformat()
        with self._lock, _db.transaction(self._conn):
            self._conn.execute(
                "UPDATE works SET consented = ?, consent_changed_at = ? WHERE id = ?", (int(consented), now, work_id)
            )
            self._conn.execute("INSERT INTO consent_log VALUES (?, ?, ?)", (work_id, int(consented), now))
        return self.get(work_id)

    def consent_history(self, work_id: str) -> list[tuple[bool, dt.datetime]]:
        """Every consent change of one work, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT consented, at FROM consent_log WHERE work_id = ? ORDER BY at, rowid", (work_id,)
            ).fetchall()
        return [(bool(r["consented"]), dt.datetime.fromisoformat(r["at"])) for r in rows]


def _read_excerpt(path: Path) -> str:
    if path.suffix.lower() not in _TEXT_SUFFIXES:
        raise ToolError(
            f"{path}: cannot take an excerpt from a {path.suffix or 'suffix-less'} file",
            hint="Pass --excerpt with a passage of the work.",
        )
    try:
        return path.read_text(encoding="utf-8")[:MAX_EXCERPT_CHARS]
    except (OSError, UnicodeDecodeError) as exc:
        raise ToolError(f"{path}: cannot read the work: {exc}", hint="Check the path, or pass --excerpt.") from exc


def _to_work(row: sqlite3.Row) -> Work:
    changed = row["consent_changed_at"]
    return Work(
        id=row["id"],
        title=row["title"],
        kind=row["kind"],
        path=row["path"],
        excerpt=row["excerpt"],
        consented=bool(row["consented"]),
        added_at=dt.datetime.fromisoformat(row["added_at"]),
        consent_changed_at=dt.datetime.fromisoformat(changed) if changed else None,
    )
