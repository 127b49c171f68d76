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
        question = (
            f"When do you need the final files? Without a date I plan delivery for {delivery.isoformat()}, "
            f"my usual lead time of {lead} days."
        )
        return Schedule(delivery, False, (), (question,))
    if deadline < earliest:
        note = (
            f"You asked for delivery by {deadline.isoformat()}; the earliest I can deliver is "
            f"{earliest.isoformat()}, because this work needs at least {min_lead} days."
        )
        return Schedule(earliest, earliest < today + dt.timedelta(days=lead), (note,), ())
    rush = deadline < today + dt.timedelta(days=lead)
    notes = (
        f"Delivery by {deadline.isoformat()} is {(deadline - today).days} days away, under my usual {lead}: rush rate.",
    )
    return Schedule(deadline, rush, notes if rush else (), ())
