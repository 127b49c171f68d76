"""Sample requests by mail: say how many free previews the client has left, and leave the rest to the freelancer.

A stranger's mail must never make Atelier generate anything: the drafter only *reads* the client's quota from
the provenance ledger (through a :data:`SampleQuota` callable) and writes one paragraph stating it, and the draft
is handed off, so the freelancer decides whether and what to send. Requests are recognised in English, German
and French.
"""

from __future__ import annotations

import re
from collections.abc import Callable

SampleQuota = Callable[[str], tuple[int, int]]
"""``client key -> (free samples left, free samples per client)``, read from the provenance ledger."""
HANDOFF_REASON = "sample request: you decide what to send"

SAMPLE_REQUEST = re.compile(
    r"\b(?:free\s+)?samples?\b|\b(?:test|trial)\s+(?:illustrations?|drawings?|pieces?|images?|sketch(?:es)?)\b|"
    r"\bspec\s+work\b|\bpreviews?\s+(?:in|of)\s+your\s+style\b|"
    r"\b(?:kostenlose?n?\s+)?(?:probe(?:zeichnung|bild|illustration|skizze|arbeit)\w*|muster(?:bild|entwurf)\w*|"
    r"testbild\w*|arbeitsproben?)\b|"
    r"\b(?:é|e)chantillons?\b|\bessais?\s+gratuits?\b|\b(?:illustrations?|dessins?)\s+d'essai\b",
    re.IGNORECASE,
)


def asks_for_samples(text: str) -> bool:
    """Does the message ask for samples (free previews, test drawings)? English, German and French."""
    return bool(SAMPLE_REQUEST.search(text))


def quota_paragraph(left: int, quota: int) -> str:
    """The paragraph the reply carries: the client's remaining free previews, and that the freelancer decides."""
    if left > 0:
        return (
            f"About samples: you have {left} of {quota} free style previews left. I make each preview myself, so I "
            "will look at your request first and send them separately."
        )
    return (
        f"About samples: the {quota} free style previews are used up. Further samples can be part of a paid "
        "project, and I am happy to quote one."
    )
