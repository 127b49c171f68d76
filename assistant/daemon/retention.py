"""Retention: inquiry bodies are kept ``[retention] inquiry_days`` after they came in, then headers and outcome only.

The daemon applies it once per cycle; ``atelier doctor`` reports what is past it (for example while the daemon
is not running). What stays is enough to know that a mail came, from whom, and what became of it, which is
what "never answered twice" needs; what the client wrote, and the reply's words, go.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assistant.clock import Clock
from assistant.daemon.store import DB_NAME, MailStore
from assistant.profile import Profile


def cutoff(profile: Profile, clock: Clock) -> str | None:
    """The ISO UTC time before which inquiries are past retention, or None when the profile keeps them."""
    days = profile.retention.inquiry_days
    if days is None:
        return None
    return (clock.utcnow() - dt.timedelta(days=days)).isoformat(timespec="seconds")


def apply_retention(store: MailStore, profile: Profile, clock: Clock, *, dry_run: bool = False) -> int:
    """Cut every inquiry past retention to its headers and outcome; returns how many (were or would be) cut."""
    before = cutoff(profile, clock)
    return 0 if before is None else store.apply_retention(before, dry_run=dry_run)


def past_retention(data_dir: Path, profile: Profile, clock: Clock) -> int | None:
    """How many inquiries in ``data_dir`` still have a body past retention (None: no retention is set)."""
    if profile.retention.inquiry_days is None:
        return None
    if not (data_dir / DB_NAME).exists():
        return 0
    store = MailStore(data_dir)
    try:
        return apply_retention(store, profile, clock, dry_run=True)
    finally:
        store.close()
