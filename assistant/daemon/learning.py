"""The freelancer's edits of daemon drafts as rule proposals, and accepted rules applied to the next drafts.

Whatever place the edit was made in (their mail client, ``atelier inbox edit``, the TUI), the reply that went out
is compared with what Atelier drafted: each sentence added or removed becomes a proposed rule
(:func:`assistant.rules.rules_from_edit`), which does nothing until the freelancer accepts it in
``atelier rules``. Only the prose is compared: the quote's summary is this one quote's, and a sentence with the
client's name, a sum or a date in it is about this client, not a rule for the others.

Accepted rules of the learned kind are then followed by code in every daemon draft in their language: a sentence
to avoid is taken out, a sentence to include is added before the sign-off. Rules in the freelancer's own words go
to the model, which phrases the opening.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from assistant.clock import Clock
from assistant.daemon.figures import amounts
from assistant.daemon.models import OutboxItem
from assistant.reading.language import detect_language
from assistant.rules import RuleBook, learned_sentence, rules_from_edit

Rules = Callable[[], Sequence[str]]
"""The accepted rules, read afresh for each draft (the freelancer may accept one while the daemon runs)."""
_WORD = re.compile(r"[^\W\d_]{2,}")


def prose(body: str, quote_block: str) -> str:
    """The reply's words without its quote summary (compared line by line, spacing aside)."""
    if not quote_block:
        return body
    block = {" ".join(line.split()) for line in quote_block.splitlines() if line.strip()}
    return "\n".join(line for line in body.splitlines() if " ".join(line.split()) not in block)


def _names(*bodies: str) -> set[str]:
    """Capitalised words of the greetings (the client's name), which no general rule may carry."""
    found: set[str] = set()
    for body in bodies:
        first = next((line for line in body.splitlines() if line.strip()), "")
        found |= {w.casefold() for w in _WORD.findall(first) if w[:1].isupper()}
    return found


def proposals(item: OutboxItem, sent_text: str) -> list[str]:
    """The rules that the difference between Atelier's draft of ``item`` and ``sent_text`` proposes."""
    drafted, sent = prose(item.drafted_body, item.quote_block), prose(sent_text, item.quote_block)
    if drafted.split() == sent.split():
        return []
    private = _names(drafted, sent) | {part for part in re.split(r"[@.]", item.inquiry_sender.casefold()) if part}
    greetings = {next((ln.strip() for ln in t.splitlines() if ln.strip()), "") for t in (drafted, sent)}
    kept: list[str] = []
    for rule in rules_from_edit(drafted, sent):
        learned = learned_sentence(rule)
        sentence = learned[1] if learned else rule
        words = {w.casefold() for w in _WORD.findall(sentence)}
        if sentence in greetings or words & private or amounts(sentence) or any(ch.isdigit() for ch in sentence):
            continue
        kept.append(rule)
    return kept


def rule_learner(path: Path, clock: Clock) -> Callable[[OutboxItem, str], None]:
    """The daemon's ``learn`` hook: propose the rules a sent reply's edits suggest, into the rules file at ``path``."""

    def learn(item: OutboxItem, sent_text: str) -> None:
        found = proposals(item, sent_text)
        if not found:
            return
        book = RuleBook(path, clock)
        try:
            for rule in found:
                book.propose(rule, source=f"edit of the reply to {item.inquiry_sender} (inbox item {item.id})")
        finally:
            book.close()

    return learn


def accepted_rules(path: Path, clock: Clock) -> Rules:
    """The accepted rules in the rules file at ``path``, read on each call (none while the file does not exist)."""

    def read() -> list[str]:
        if not path.exists():
            return []
        book = RuleBook(path, clock)
        try:
            return book.accepted_texts()
        finally:
            book.close()

    return read


def _speaks(sentence: str, lang: str) -> bool:
    return detect_language(sentence) in (lang, None)


def follow_rules(parts: list[str], rules: Sequence[str], lang: str) -> list[str]:
    """The reply's paragraphs with the learned rules in ``lang`` followed; the last paragraph is the sign-off.

    ``parts`` are greeting, opening, middle paragraphs and sign-off. A paragraph with a figure in it (the quote
    summary) is never touched: it must match the PDF.
    """
    avoid = [s for kind, s in filter(None, map(learned_sentence, rules)) if kind == "avoid" and _speaks(s, lang)]
    include = [s for kind, s in filter(None, map(learned_sentence, rules)) if kind == "include" and _speaks(s, lang)]
    if not (avoid or include):
        return parts
    out: list[str] = []
    for part in parts:
        if any(ch.isdigit() for ch in part):
            out.append(part)
            continue
        for sentence in (s for s in avoid if s in part):
            part = "\n".join(" ".join(line.replace(sentence, "").split()) for line in part.splitlines())
        if part.strip():
            out.append(part.strip("\n"))
    text = "\n".join(out)
    missing = [s for s in include if s not in text]
    if missing:
        out.insert(max(len(out) - 1, 1), " ".join(missing))
    return out
