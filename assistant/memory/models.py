"""Records that memory hands to the rest of Atelier: past projects for pricing, search hits with citations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel, ConfigDict


class PastProject(BaseModel):
    """One of the freelancer's past projects, as the quote tool sees it."""

    model_config = ConfigDict(frozen=True)

    source: str
    """Path of the brief it comes from, for citations."""
    client: str
    title: str = ""
    date: dt.date | None = None
    service: str = ""
    price: Decimal | None = None
    currency: str = ""
    hours_estimated: Decimal | None = None
    hours_actual: Decimal | None = None
    outcome: str = ""
    """``completed``, ``accepted``, ``declined``, ``lost``, ``cancelled`` or ``inquiry``."""
    tags: tuple[str, ...] = ()
    similarity: float = 0.0
    """How close it is to the request, 0..1."""
