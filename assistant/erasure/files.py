"""The plain files an erasure looks through: saved briefs and exports in the data dir, and the final sweep."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from assistant.erasure.matcher import Matcher


def forget_files(folder: Path, matcher: Matcher, *, quotes: Iterable[str] = (), dry_run: bool = False) -> list[Path]:
    """Delete the files in ``folder`` whose name or bytes mention the client, or that export a forgotten quote.

    Exports are named after what they hold (``Q-2026-0007.html``, ``brief-logo-for-acme.md``), so a quote's
    export goes with the quote even when its text names nobody. Returns the files (that would be) deleted.
    """
    if not folder.is_dir():
        return []
    numbers = tuple(quotes)
    gone = [
        path
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        and (
            matcher.mentions(path.name)
            or any(path.name.startswith(f"{number}.") for number in numbers)
            or matcher.mentions_bytes(path.read_bytes())
        )
    ]
    if not dry_run:
        for path in gone:
            path.unlink()
    return gone


def sweep(data_dir: Path, matcher: Matcher) -> list[str]:
    """Every file under ``data_dir`` whose raw bytes still mention the client: what the report calls leftovers.

    SQLite pages are read raw, as an attacker with the disk would; a leftover is a bug in a store's ``forget``.
    """
    if not data_dir.is_dir():
        return []
    return [
        str(path.relative_to(data_dir))
        for path in sorted(data_dir.rglob("*"))
        if path.is_file() and matcher.mentions_bytes(path.read_bytes())
    ]
