"""When a quote's work is delivered: the client's deadline, unless the lead times forbid it.

No delivery date is ever earlier than today + the longest ``min_lead_days`` of the services ordered: a shorter
deadline is refused and the earliest allowed date proposed, with the reason. A date inside the longest
``lead_days`` is a rush. Without a deadline the usual lead time is planned, and the client is asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.profile import Service
from assistant.tools import quote_words as words
from assistant.tools.quote_words import ENGLISH as EN


@dataclass(frozen=True)
class Schedule:
    """When the work is delivered, and whether that is a rush."""

    delivery: dt.date
    rush: bool
    notes: tuple[str, ...]
    questions: tuple[str, ...]


def schedule(deadline: dt.date | None, today: dt.date, services: Sequence[Service]) -> Schedule:
    """Delivery date for ``deadline``: never before today + the longest ``min_lead_days`` of the services."""
    lead = max(s.lead_days for s in services)
    min_lead = max(s.min_lead_days for s in services)
    earliest = today + dt.timedelta(days=min_lead)
    if deadline is None:
        delivery = today + dt.timedelta(days=lead)
        question = words.no_date_question(EN, delivery.isoformat(), str(lead))
        return Schedule(delivery, False, (), (question,))
    if deadline < earliest:
        note = words.too_early_note(EN, deadline.isoformat(), earliest.isoformat(), str(min_lead))
        return Schedule(earliest, earliest < today + dt.timedelta(days=lead), (note,), ())
    rush = deadline < today + dt.timedelta(days=lead)
    notes = (words.rush_note(EN, deadline.isoformat(), str((deadline - today).days), str(lead)),)
    return Schedule(deadline, rush, notes if rush else (), ())
