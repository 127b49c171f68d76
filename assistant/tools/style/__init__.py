"""The freelancer's style generator: a protected way to give clients samples in the freelancer's style.

Use :class:`StyleStudio`; it calls the service through :class:`StyleClient` and keeps consent
(:class:`WorkRegistry`, :class:`StyleModelRegistry`) and provenance (:class:`ProvenanceLedger`) in the data dir's
``provenance.sqlite``, and signs Content Credentials into image samples (:mod:`.credentials`).
The reference service for the Atelier protocol lives in :mod:`assistant.tools.style.server`.
"""

from __future__ import annotations

from assistant.tools.style.client import A1111Options, StyleClient
from assistant.tools.style.ledger import ProvenanceLedger
from assistant.tools.style.models import (
    ConditioningWork,
    GenerateRequest,
    GenerateResponse,
    HealthResponse,
    ProvenanceRecord,
    StyleModel,
    StyleModelRef,
    StyleSample,
    Work,
    WorkRef,
)
from assistant.tools.style.studio import ConsentChange, StyleStudio
from assistant.tools.style.style_models import StyleModelRegistry
from assistant.tools.style.verify import Verification
from assistant.tools.style.works import WorkRegistry

__all__ = [
    "A1111Options",
    "ConditioningWork",
    "ConsentChange",
    "GenerateRequest",
    "GenerateResponse",
    "HealthResponse",
    "ProvenanceLedger",
    "ProvenanceRecord",
    "StyleClient",
    "StyleModel",
    "StyleModelRef",
    "StyleModelRegistry",
    "StyleSample",
    "StyleStudio",
    "Verification",
    "Work",
    "WorkRef",
    "WorkRegistry",
]
