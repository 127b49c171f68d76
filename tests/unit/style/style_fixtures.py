"""Profile, settings and studio builders shared by the style unit tests (no network: the service is never reached)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from assistant.config import Settings, StyleSettings
from assistant.profile import Profile, Service, Style
from assistant.tools.style import ProvenanceLedger, ProvenanceRecord, StyleClient, StyleStudio

UNREACHED = "http://127.0.0.1:9"
"""The discard port: if a test reached the service, it would fail with a StyleServiceError, not a policy error."""


def profile(quota: int = 2) -> Profile:
    return Profile(
        name="Mara Lind",
        hourly_rate=Decimal("60"),
        services=(
            Service(
                id="copy", name="Copy", hours_per_unit=Decimal(4), floor=Decimal(200), lead_days=7, min_lead_days=2
            ),
        ),
        style=Style(free_samples_per_client=quota, watermark="ML Studio"),
    )


def studio(data_dir: Path, quota: int = 2, url: str | None = UNREACHED) -> StyleStudio:
    settings = Settings(style=StyleSettings(url=url, retries=0, timeout=0.5))
    client = StyleClient(url, retries=0, timeout=0.5) if url else None
    return StyleStudio(settings, profile(quota), data_dir, client=client)


def spend(data_dir: Path, client: str, count: int) -> None:
    """Record ``count`` earlier samples for ``client`` straight into the ledger."""
    ledger = ProvenanceLedger(data_dir)
    for i in range(count):
        ledger.record(
            ProvenanceRecord(
                id=f"old_{client}_{i}",
                client=client,
                prompt="earlier",
                kind="text",
                mime="text/plain",
                created_at=dt.datetime.now(dt.UTC),
                content_sha256=f"{i:064d}",
                raw_sha256=f"{i + 100:064d}",
                works=(),
                licence="Preview only.",
            )
        )
    ledger.close()
