"""The voice book (``voice.sqlite``): the snippets learned from the Sent folder, and the choice of one per draft.

Each row is one :class:`~assistant.daemon.voice.derive.Snippet`, the address it was written to (so that
``atelier forget`` can take it away), and the embedding of the inquiry it answered, the situation. A draft takes,
for each part, the snippet in its language and register whose situation is nearest to the inquiry at hand (the
bundled MiniLM embedder), with a bonus for the same kind of reply. The mails themselves are never stored.
A greeting by title ("Herr Hartmann") is only ever used for the person it was written to.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant import sqlite
from assistant.daemon.voice.derive import Situation, Snippet, derive
from assistant.daemon.voice.register import NEUTRAL, Register

if TYPE_CHECKING:
    from assistant.erasure.matcher import Matcher

DB_NAME = "voice.sqlite"
Embed = Callable[[Sequence[str]], Any]
"""Memory's embedder: unit-length float32 rows, one per text (numpy, imported at first use)."""
SAME_KIND_BONUS = 0.2
"""How much a snippet from the same kind of reply (a quote for a quote) is preferred over a nearer situation."""
MAX_SITUATION_CHARS = 1500

_SCHEMA = """
CREATE TABLE IF NOT EXISTS snippets (
    id INTEGER PRIMARY KEY,
    recipient TEXT NOT NULL,
    part TEXT NOT NULL,
    lang TEXT NOT NULL,
    register TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    form TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    vector BLOB
);
"""


@dataclass(frozen=True)
class Voice:
    """The freelancer's own words chosen for one draft; a part left None is the catalog's."""

    greeting: Snippet | None = None
    lead: Snippet | None = None
    closing: Snippet | None = None


NO_VOICE = Voice()


class VoiceBook:
    """Learned snippets in ``voice.sqlite``; ``embed`` is memory's embedder (None: the newest snippet wins).

    Each call opens the file and closes it again: the daemon learns while drafting, and ``atelier forget`` may
    erase from another process, so no connection is held between calls (nor is the file made by a read).
    """

    def __init__(self, path: Path, embed: Embed | None = None) -> None:
        """Remember where the book is; nothing is opened here."""
        self.path = path
        self._embed = embed

    @contextmanager
    def _open(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite.connect(self.path)
        try:
            conn.executescript(_SCHEMA)
            yield conn
        finally:
            conn.close()

    def _vector(self, text: str) -> bytes | None:
        if self._embed is None or not text.strip():
            return None
        import numpy as np

        return np.asarray(self._embed([text[:MAX_SITUATION_CHARS]])[0], dtype=np.float32).tobytes()

    def learn(self, own_words: str, situation: Situation) -> int:
        """Keep the snippets of one sent reply to ``situation.address``; returns how many."""
        snippets = derive(own_words, situation)
        if not snippets:
            return 0
        vector = self._vector(situation.inquiry)
        with self._open() as conn, sqlite.transaction(conn):
            for s in snippets:
                conn.execute(
                    "INSERT INTO snippets (recipient, part, lang, register, kind, text, form, title, vector) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (situation.address.casefold(), s.part, s.lang, s.register, s.kind, s.text, s.form, s.title, vector),
                )
        return len(snippets)

    def count(self) -> int:
        """How many snippets the book holds."""
        if not self.path.exists():
            return 0
        with self._open() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM snippets").fetchone()[0])

    def choose(self, lang: str, register: Register, kind: str, inquiry: str, recipient: str) -> Voice:
        """The nearest greeting, lead and closing for a ``kind`` reply in ``lang`` and ``register`` to ``inquiry``.

        Greeting and lead must be in the reply's register (a *du* lead in a *Sie* reply is the mismatch this
        exists to avoid); a closing line may come from either register when none was learned in this one.
        """
        if not self.path.exists():
            return NO_VOICE
        with self._open() as conn:
            rows = conn.execute(
                "SELECT id, recipient, part, register, kind, text, form, title, vector FROM snippets WHERE lang = ?",
                (lang,),
            ).fetchall()
        if not rows:
            return NO_VOICE
        import numpy as np

        query = self._vector(inquiry)
        here = recipient.casefold()

        def score(row: tuple[object, ...]) -> tuple[float, int]:
            near = 0.0
            if query is not None and isinstance(row[8], bytes):
                near = float(np.dot(np.frombuffer(row[8], np.float32), np.frombuffer(query, np.float32)))
            return near + (SAME_KIND_BONUS if row[4] == kind else 0.0), int(str(row[0]))

        def best(part: str, strict: bool) -> Snippet | None:
            fits = [r for r in rows if r[2] == part and r[3] in (register, NEUTRAL)]
            if not fits and not strict:
                fits = [r for r in rows if r[2] == part]
            if part == "greeting":  # a title and surname belong to the person they were written to
                fits = (
                    [r for r in fits if r[6] != "title" or r[1] == here]
                    or [r for r in fits if r[6] != "title"]
                    or [r for r in fits if r[6] == "title"]
                )
            if not fits:
                return None
            r = max(fits, key=score)
            title = str(r[7]) if r[1] == here else ""
            return Snippet(part, lang, register, str(r[4]), str(r[5]), form=str(r[6]), title=title)

        return Voice(greeting=best("greeting", True), lead=best("lead", True), closing=best("closing", False))

    def forget(self, matcher: Matcher, *, dry_run: bool = False) -> int:
        """Delete the snippets learned from mail to the client (or naming them); returns how many."""
        if not self.path.exists():
            return 0
        with self._open() as conn:
            ids = [
                row[0]
                for row in conn.execute("SELECT id, recipient, text, title FROM snippets")
                if matcher.mentions(f"{row[1]}\n{row[2]}\n{row[3]}")
            ]
            if ids and not dry_run:
                with sqlite.transaction(conn):
                    for row_id in ids:
                        conn.execute("DELETE FROM snippets WHERE id = ?", (row_id,))
                sqlite.erase_free_pages(conn)
        return len(ids)
