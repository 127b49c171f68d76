"""One clock: nothing in the product reads the wall clock except ``assistant/clock.py``, and the clock is local.

The check reads the source (an AST walk), so a new ``datetime.now()`` anywhere fails here on the day it is
written, not on the day the calendar makes it wrong.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from assistant.clock import NOW_ENV, Clock
from assistant.errors import ConfigError

PACKAGE = Path(__file__).resolve().parents[3] / "assistant"
WALL_CLOCK = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("time", "ctime"),
    ("time", "strftime"),
}


def _wall_clock_reads(tree: ast.AST) -> list[tuple[int, str]]:
    """Every ``datetime.now``, ``date.today``, ``time.time``… as a call or a bare reference (``default=…``)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if (name, node.attr) in WALL_CLOCK:
                found.append((node.lineno, f"{name}.{node.attr}"))
        if isinstance(node, ast.ImportFrom) and node.module == "time":
            found.extend(
                (node.lineno, f"from time import {a.name}") for a in node.names if ("time", a.name) in WALL_CLOCK
            )
    return sorted(set(found))


def test_only_the_clock_module_reads_the_wall_clock() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "clock.py" and path.parent == PACKAGE:
            continue
        for line, what in _wall_clock_reads(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {what}")
    assert not offenders, "read the injected Clock instead:\n" + "\n".join(offenders)


def test_the_check_catches_every_spelling() -> None:
    source = (
        "import datetime as dt, time\nfrom datetime import date, datetime\n"
        "a = dt.datetime.now()\nb = date.today()\nc = time.time()\nd = datetime.utcnow()\n"
        "def f(today=dt.date.today): ...\nfrom time import time as now\nok = time.monotonic()\n"
    )
    lines = {line for line, _ in _wall_clock_reads(ast.parse(source))}
    assert lines == {3, 4, 5, 6, 7, 8}


def test_today_is_the_freelancers_local_date() -> None:
    late_in_utc = dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC)
    assert Clock("Europe/Berlin", at=late_in_utc).today() == dt.date(2027, 1, 1)
    assert Clock("America/New_York", at=late_in_utc).today() == dt.date(2026, 12, 31)
    assert Clock("UTC", at=late_in_utc).today() == dt.date(2026, 12, 31)


def test_a_frozen_clock_is_read_in_the_zone_it_is_moved_to() -> None:
    clock = Clock.fixed(dt.date(2027, 3, 1), "Europe/Berlin")
    assert clock.now().hour == 12 and clock.today() == dt.date(2027, 3, 1)
    tokyo = clock.in_zone("Asia/Tokyo")
    assert tokyo.timestamp() == clock.timestamp()
    assert tokyo.now().hour == 20
    assert clock.utcnow().tzinfo is dt.UTC


def test_atelier_now_moves_the_clock_and_time_flows_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NOW_ENV, "2031-07-04")
    clock = Clock.from_env("Europe/Berlin")
    assert clock.today() == dt.date(2031, 7, 4)
    first = clock.timestamp()
    assert clock.timestamp() >= first
    monkeypatch.setenv(NOW_ENV, "2031-07-04T23:30:00+00:00")
    assert Clock.from_env("Europe/Berlin").today() == dt.date(2031, 7, 5)


def test_a_bad_zone_or_date_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match="unknown time zone"):
        Clock("Mars/Olympus_Mons")
    monkeypatch.setenv(NOW_ENV, "next tuesday")
    with pytest.raises(ConfigError, match=NOW_ENV):
        Clock.from_env()


def test_a_lead_time_counts_from_the_freelancers_local_date_at_2330_utc(demo_home: Path) -> None:
    """23:30 UTC on 31 December is already 1 January in Berlin: a deadline 20 days on is under the 21-day lead."""
    from assistant import Assistant

    late = Clock(at=dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC))
    with Assistant(demo_home, clock=late, memory=None) as atelier:
        assert atelier.today == dt.date(2027, 1, 1)
        quote = atelier.quote(service="logo", client="Ann", deadline=dt.date(2027, 1, 21))
    assert quote.date == dt.date(2027, 1, 1)
    assert quote.rush, "20 days from the local date is under the logo's 21-day lead time: a rush"
    assert quote.valid_until > quote.date
