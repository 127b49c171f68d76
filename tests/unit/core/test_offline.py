"""``import assistant`` switches off every library's telemetry and downloads in code, whatever the environment says.

The check runs in a fresh interpreter with a hostile environment (tracing on, telemetry on, hub online), not the
test suite's own, which sets some of these variables itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from assistant.offline import FORCED

REPO = Path(__file__).resolve().parents[3]

HOSTILE = {
    "LANGCHAIN_TRACING_V2": "true",
    "LANGSMITH_TRACING": "true",
    "LANGCHAIN_API_KEY": "lsv2-not-a-real-key",
    "ANONYMIZED_TELEMETRY": "True",
    "HF_HUB_OFFLINE": "0",
    "TRANSFORMERS_OFFLINE": "0",
}

PROBE = """
import json, os
import assistant
import openvino
from openvino.tools.ovc import telemetry_utils
from chromadb.config import Settings
from huggingface_hub import constants
from langsmith import utils
print(json.dumps({
    "openvino_telemetry": telemetry_utils.tm.__name__,
    "env": {key: os.environ.get(key) for key in assistant.offline.FORCED},
    "chroma_telemetry": Settings().anonymized_telemetry,
    "hub_offline": constants.HF_HUB_OFFLINE,
    "hub_telemetry_off": constants.HF_HUB_DISABLE_TELEMETRY,
    "langsmith_tracing": bool(utils.tracing_is_enabled()),
}))
"""


def test_importing_the_package_turns_every_phone_home_off(tmp_path: Path) -> None:
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "PYTHONPATH": str(REPO), **HOSTILE}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    # OpenVINO's import-time report to Google Analytics goes to its no-op stub, and leaves no client id behind
    assert seen["openvino_telemetry"] == "openvino.tools.ovc.telemetry_stub"
    assert not (tmp_path / "intel").exists()
    assert seen["env"] == FORCED
    assert seen["chroma_telemetry"] is False
    assert seen["hub_offline"] is True and seen["hub_telemetry_off"] is True
    assert seen["langsmith_tracing"] is False
