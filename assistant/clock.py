"""The one clock: every "now" and "today" in Atelier comes from a :class:`Clock`, in the freelancer's time zone.

Lead times, quote validity, deposits, follow-ups and rate limits are all counted in the freelancer's own days. A
date read from the wall clock in UTC is the day before in Berlin until 01:00, so a rush could be quoted as a
normal order; and a test that reads the real date passes today and fails next month. So nothing outside this
module reads the wall clock (``tests/unit/core/test_one_clock.py`` enforces that): code takes a ``Clock`` and
asks it.

``ATELIER_NOW`` (an ISO date or date-time) moves the clock of a whole process, which is how tests that start real
servers (whose own clocks must stay true) run Atelier months ahead. Time still flows from there.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.errors import ConfigError

NOW_ENV = "ATELIER_NOW"
"""Environment variable that moves the clock: ``2027-03-01`` (local noon) or ``2027-03-01T23:30:00+00:00``."""


def zone(name: str) -> dt.tzinfo:
    """The time zone called ``name`` (an IANA name such as ``Europe/Berlin``), or a :class:`ConfigError`."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"unknown time zone {name!r}", hint="Use an IANA name such as Europe/Berlin.") from exc


class Clock:
    """Wall time in one time zone, optionally moved by a fixed offset or frozen at an instant.

    Args:
        tz: the freelancer's time zone (``profile.timezone``).
        at: freeze the clock at this instant (naive means local time in ``tz``); tests use this.
        offset: run this far ahead of (or behind) the real clock.
    """

    def __init__(self, tz: str | dt.tzinfo = "UTC", *, at: dt.datetime | None = None, offset: float = 0.0) -> None:
        """Build a clock; nothing is read until it is asked."""
        self.tz = zone(tz) if isinstance(tz, str) else tz
        self._frozen = at.replace(tzinfo=self.tz) if at is not None and at.tzinfo is None else at
        self._offset = offset

    @classmethod
    def fixed(cls, day: dt.date | dt.datetime, tz: str | dt.tzinfo = "UTC") -> Clock:
        """A frozen clock: at local noon on ``day``, or at the given instant."""
        at = day if isinstance(day, dt.datetime) else dt.datetime.combine(day, dt.time(12))
        return cls(tz, at=at)

    @classmethod
    def moved_to(cls, when: dt.date | dt.datetime, tz: str | dt.tzinfo = "UTC") -> Clock:
        """A clock that reads ``when`` now (local noon for a date) and flows on from there, like the real one."""
        clock = cls(tz)
        target = when if isinstance(when, dt.datetime) else dt.datetime.combine(when, dt.time(12))
        if target.tzinfo is None:
            target = target.replace(tzinfo=clock.tz)
        return cls(clock.tz, offset=target.timestamp() - time.time())

    @classmethod
    def from_env(cls, tz: str | dt.tzinfo = "UTC") -> Clock:
        """The real clock in ``tz``, moved to ``$ATELIER_NOW`` when it is set (time flows on from there)."""
        moved = os.environ.get(NOW_ENV, "").strip()
        if not moved:
            return cls(tz)
        try:
            target = dt.datetime.fromisoformat(moved)
        except ValueError as exc:
            raise ConfigError(f"{NOW_ENV}={moved!r} is not an ISO date or date-time", hint="E.g. 2027-03-01.") from exc
        return cls.moved_to(target if "T" in moved or " " in moved else target.date(), tz)

    def in_zone(self, tz: str | dt.tzinfo) -> Clock:
        """The same instant and flow, read in another time zone (the profile's, once it is known)."""
        other = Clock(tz, offset=self._offset)
        other._frozen = self._frozen
        return other

    def timestamp(self) -> float:
        """Seconds since the epoch, as this clock counts them."""
        if self._frozen is not None:
            return self._frozen.timestamp()
        return time.time() + self._offset

    def now(self) -> dt.datetime:
        """The current time, aware, in the clock's time zone."""
        return dt.datetime.fromtimestamp(self.timestamp(), self.tz)

    def utcnow(self) -> dt.datetime:
        """The current time, aware, in UTC (for stored timestamps)."""
        return dt.datetime.fromtimestamp(self.timestamp(), dt.UTC)

    def today(self) -> dt.date:
        """The freelancer's local date."""
        return self.now().date()

    def __repr__(self) -> str:
        """Say which zone and whether the clock is moved, for logs and test failures."""
        state = f"at {self._frozen.isoformat()}" if self._frozen else f"offset {self._offset:+.0f}s"
        return f"Clock({self.tz}, {state})"
