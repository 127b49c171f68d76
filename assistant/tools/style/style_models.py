"""The style models registry: checkpoints and LoRAs the freelancer trained, and the works each was trained on.

An Automatic1111-style service takes no works with a request: what shapes a sample is the model it loads. So
the ledger can only say "made from works W" if the freelancer registered which works the model was trained on.
Revoking consent for one of them marks the model as needing retraining, and it may not be used until the
freelancer confirms a retraining without the revoked works (:meth:`StyleModelRegistry.confirm_retrained`).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from assistant.clock import Clock
from assistant.errors import ToolError
from assistant.tools.style import _db
from assistant.tools.style.models import StyleModel, StyleModelKind

_SCHEMA = """
CREATE TABLE IF NOT EXISTS style_models (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS style_model_works (
    model TEXT NOT NULL REFERENCES style_models (name),
    work_id TEXT NOT NULL,
    revoked_at TEXT,
    PRIMARY KEY (model, work_id)
);
"""


class StyleModelRegistry(_db.Store):
    """Registered style models and their training works, in the data dir's ``provenance.sqlite``."""

    def __init__(self, data_dir: Path, clock: Clock | None = None) -> None:
        """Open or create the style model tables in ``data_dir``; ``clock`` stamps registrations and revocations."""
        super().__init__(data_dir, _SCHEMA)
        self._clock = clock or Clock.from_env()

    def add(self, name: str, kind: StyleModelKind, trained_on: Sequence[str]) -> StyleModel:
        """Register a model and the (already checked) works it was trained on.

        Raises:
            ToolError: the name is empty or taken, or no work is given.
        """
        name = name.strip()
        if not name:
            raise ToolError("a style model needs the name the service knows it by")
        if not trained_on:
            raise ToolError(f"say which of your works {name} was trained on", hint="Pass --work ID for each.")
        now = self._clock.utcnow().isoformat()
        try:
            with self._lock, _db.transaction(self._conn):
                self._conn.execute("INSERT INTO style_models VALUES (?, ?, ?)", (name, kind, now))
                self._conn.executemany(
                    "INSERT INTO style_model_works (model, work_id) VALUES (?, ?)",
                    [(name, work) for work in dict.fromkeys(trained_on)],
                )
        except sqlite3.IntegrityError as exc:
            raise ToolError(f"a style model called {name!r} is already registered") from exc
        return self.get(name)

    def get(self, name: str) -> StyleModel:
        """One model, or :class:`ToolError` naming the registered ones."""
        found = self.find(name)
        if found is None:
            known = ", ".join(m.name for m in self.all()) or "none yet"
            raise ToolError(
                f"no style model called {name!r} is registered",
                hint=f"Registered: {known}. Add it with `atelier style models add NAME --work ID ...`.",
            )
        return found

    def find(self, name: str) -> StyleModel | None:
        """One model by name, or None."""
        with self._lock:
            row = self._conn.execute("SELECT * FROM style_models WHERE name = ?", (name,)).fetchone()
            works = self._conn.execute(
                "SELECT work_id, revoked_at FROM style_model_works WHERE model = ? ORDER BY rowid", (name,)
            ).fetchall()
        if row is None:
            return None
        return StyleModel(
            name=row["name"],
            kind=row["kind"],
            trained_on=tuple(w["work_id"] for w in works),
            revoked=tuple(w["work_id"] for w in works if w["revoked_at"]),
            added_at=dt.datetime.fromisoformat(row["added_at"]),
        )

    def all(self) -> list[StyleModel]:
        """Every registered model, oldest first."""
        with self._lock:
            names = [r["name"] for r in self._conn.execute("SELECT name FROM style_models ORDER BY added_at, rowid")]
        return [self.get(name) for name in names]

    def revoke_work(self, work_id: str) -> list[StyleModel]:
        """Mark every model trained on ``work_id`` as needing retraining; returns the models now blocked."""
        now = self._clock.utcnow().isoformat()
        with self._lock, _db.transaction(self._conn):
            self._conn.execute(
                "UPDATE style_model_works SET revoked_at = ? WHERE work_id = ? AND revoked_at IS NULL", (now, work_id)
            )
            names = [
                r["model"]
                for r in self._conn.execute("SELECT model FROM style_model_works WHERE work_id = ?", (work_id,))
            ]
        return [self.get(name) for name in names]

    def confirm_retrained(self, name: str) -> StyleModel:
        """The freelancer retrained ``name`` without its revoked works: drop them from it and unblock it."""
        current = self.get(name)
        if len(current.revoked) == len(current.trained_on):
            raise ToolError(
                f"every work {name} was trained on has been revoked; nothing of yours is left in it",
                hint="Register the retrained model under its new name with the works it was trained on.",
            )
        with self._lock, _db.transaction(self._conn):
            self._conn.execute("DELETE FROM style_model_works WHERE model = ? AND revoked_at IS NOT NULL", (name,))
        return self.get(name)
