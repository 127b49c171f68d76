"""Rules learned from the freelancer's edits, stored only once the freelancer accepts them.

When the freelancer edits a draft, what they added or took out is a hint about how they work ("always mention
the 50 % deposit"). :meth:`RuleBook.propose_from_edit` turns the difference into proposed rules; a proposed rule
does nothing until it is accepted, and accepted rules go into every composed answer.
"""

from __future__ import annotations

import builtins
import difflib
import re
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel

from assistant import sqlite
from assistant.clock import Clock
from assistant.errors import AtelierError

if TYPE_CHECKING:
    from assistant.erasure.matcher import Matcher

RuleStatus = Literal["proposed", "accepted"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS rules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted')),
    source TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    UNIQUE (text)
);
"""
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
INCLUDE = 'Always include: "{}"'
AVOID = 'Avoid writing: "{}"'
_LEARNED = re.compile(r'^(Always include|Avoid writing): "(.+)"$', re.DOTALL)


class Rule(BaseModel):
    """One rule."""

    id: int
    text: str
    status: RuleStatus
    source: str = ""
    """Where it came from, e.g. ``edit of reply to <Message-ID>``."""


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if len(s.strip()) > 3]


def rules_from_edit(original: str, edited: str) -> list[str]:
    """Phrase what the freelancer added to or cut from a draft as candidate rules."""
    before, after = _sentences(original), _sentences(edited)
    proposals: list[str] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag in ("insert", "replace"):
            proposals.extend(INCLUDE.format(sentence) for sentence in after[b0:b1])
        if tag in ("delete", "replace"):  # a sentence rewritten is one the freelancer would rather not write
            proposals.extend(AVOID.format(sentence) for sentence in before[a0:a1])
    return proposals


def learned_sentence(rule: str) -> tuple[Literal["include", "avoid"], str] | None:
    """What a rule learned from an edit asks: ``("include", sentence)`` or ``("avoid", sentence)``.

    ``None`` for a rule in the freelancer's own words, which only a model can follow.
    """
    found = _LEARNED.match(rule.strip())
    if found is None:
        return None
    return ("include" if found.group(1) == "Always include" else "avoid"), found.group(2).strip()


RULES_DB = "rules.sqlite"
"""The rules' file in the data dir: the facade and the daemon open the same one."""


class RuleBook:
    """The rules table in ``rules.sqlite``."""

    def __init__(self, path: Path, clock: Clock | None = None) -> None:
        """Open (and create) the rules database at ``path``; ``clock`` stamps new rules."""
        self._clock = clock or Clock.from_env()
        self._conn = sqlite.connect(path)
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the database."""
        self._conn.close()

    def list(self, status: RuleStatus | None = None) -> list[Rule]:
        """Rules, oldest first, optionally only those with ``status``."""
        query = "SELECT id, text, status, source FROM rules"
        rows = self._conn.execute(
            query + (" WHERE status = ?" if status else "") + " ORDER BY id", (status,) if status else ()
        )
        return [Rule(id=r[0], text=r[1], status=r[2], source=r[3]) for r in rows]

    def accepted_texts(self) -> builtins.list[str]:
        """The texts of accepted rules, for the composer."""
        return [rule.text for rule in self.list("accepted")]

    def propose(self, text: str, source: str = "") -> Rule:
        """Store a proposed rule (an existing rule with the same text is returned as it is)."""
        self._conn.execute(
            "INSERT OR IGNORE INTO rules (text, status, source, created) VALUES (?, 'proposed', ?, ?)",
            (text.strip(), source, self._clock.timestamp()),
        )
        row = self._conn.execute("SELECT id FROM rules WHERE text = ?", (text.strip(),)).fetchone()
        return self.get(int(row[0]))

    def propose_from_edit(self, original: str, edited: str, source: str = "") -> builtins.list[Rule]:
        """Propose a rule for each sentence the freelancer added or removed."""
        return [self.propose(text, source) for text in rules_from_edit(original, edited)]

    def get(self, rule_id: int) -> Rule:
        """One rule, or an error naming the id."""
        row = self._conn.execute("SELECT id, text, status, source FROM rules WHERE id = ?", (rule_id,)).fetchone()
        if row is None:
            raise AtelierError(f"no rule {rule_id}", hint="`atelier rules list` shows the rules.")
        return Rule(id=row[0], text=row[1], status=row[2], source=row[3])

    def accept(self, rule_id: int) -> Rule:
        """Accept a proposed rule: from now on, answers follow it."""
        self.get(rule_id)
        self._conn.execute("UPDATE rules SET status = 'accepted' WHERE id = ?", (rule_id,))
        return self.get(rule_id)

    def edit(self, rule_id: int, text: str) -> Rule:
        """Change a rule's wording."""
        self.get(rule_id)
        if not text.strip():
            raise AtelierError("a rule cannot be empty", hint="Use `atelier rules remove` to delete it.")
        self._conn.execute("UPDATE rules SET text = ? WHERE id = ?", (text.strip(), rule_id))
        return self.get(rule_id)

    def remove(self, rule_id: int) -> None:
        """Delete a rule, proposed or accepted."""
        self.get(rule_id)
        self._conn.execute("DELETE FROM rules WHERE id = ?", (rule_id,))

    def forget(self, matcher: Matcher, *, dry_run: bool = False) -> int:
        """Delete the rules whose words or source name the client; returns how many."""
        ids = [
            r[0]
            for r in self._conn.execute("SELECT id, text, source FROM rules")
            if matcher.mentions(f"{r[1]}\n{r[2]}")
        ]
        if ids and not dry_run:
            self._conn.execute("PRAGMA secure_delete=ON")
            with sqlite.transaction(self._conn):
                for row_id in ids:
                    self._conn.execute("DELETE FROM rules WHERE id = ?", (row_id,))
            sqlite.erase_free_pages(self._conn)
        return len(ids)
