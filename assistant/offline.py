"""Nothing phones home: every library in Atelier's tree that could send telemetry or fetch a model is told not to.

Atelier is local by default (DESIGN.md, point 1), so this is code, not a setting: ``import assistant`` runs
:func:`seal` before anything heavy is imported, and it overrides whatever the environment says, because a
variable the freelancer once exported for another tool (``LANGCHAIN_TRACING_V2=true``) must not make Atelier
send their clients' words to a tracing service. Chroma also gets ``anonymized_telemetry=False`` in code where its
client is made (:mod:`assistant.memory.store`); the variables here cover every other client a library may build.
OpenVINO has no switch: ``import openvino`` imports its converter, which reports the import to Google Analytics
(and writes a client id under ``~/intel``) unless its telemetry package is missing. So :func:`seal` makes it
missing (:data:`BLOCKED`), and OpenVINO falls back to the no-op stub it ships for that case.

A remote model, Chroma server or style server is still a choice the user makes in the config: that is their
own server, not a third party's, and none of these switches touches it.
"""

from __future__ import annotations

import os
import sys

FORCED: dict[str, str] = {
    # chromadb: product telemetry, read when a Settings() is built without our ``anonymized_telemetry=False``.
    "ANONYMIZED_TELEMETRY": "False",
    # langchain-core and langsmith: tracing uploads every run (prompts, mails, tool results) to LangSmith.
    "LANGCHAIN_TRACING_V2": "false",
    "LANGCHAIN_TRACING": "false",
    "LANGSMITH_TRACING": "false",
    "LANGSMITH_TRACING_V2": "false",
    "LANGSMITH_OTEL_ENABLED": "false",
    # huggingface_hub, transformers, sentence-transformers: no download, no usage ping.
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    # The generic opt-out (https://donottrack.sh), which huggingface_hub honours too.
    "DO_NOT_TRACK": "1",
}
"""Each variable and the value that keeps its library quiet and offline."""

BLOCKED = ("openvino_telemetry",)
"""Telemetry packages that cannot be switched off, made unimportable so that their libraries use their stubs."""


def seal() -> None:
    """Force every switch in :data:`FORCED` and block :data:`BLOCKED` (idempotent; cheap: nothing is imported)."""
    os.environ.update(FORCED)
    for name in BLOCKED:
        sys.modules[name] = None  # type: ignore[assignment]  # "import openvino_telemetry" now raises ImportError
