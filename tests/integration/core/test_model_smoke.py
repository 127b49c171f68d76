"""The bundled model answers here: a multi-token prompt, a streamed answer, loaded exactly as the product loads it.

This runs first in ``make test`` (and in CI), in a child process, so a native crash on this CPU (llama.cpp's
extra buffer types segfault on AMX Xeons) is reported in seconds with the CPU named, not as a dead pytest.
"""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from assistant.llm_probe import cpu_info, describe_cpu

pytestmark = pytest.mark.real_model

STREAM = """
from langchain_core.messages import HumanMessage, SystemMessage
from assistant.config import Settings
from assistant.llm import load_chat_model

model = load_chat_model(Settings.model_validate({"model": {"max_tokens": 24, "extra_buffers": EXTRA}}))
messages = [
    SystemMessage("You are a friendly assistant for an illustrator."),
    HumanMessage("Name three colours of autumn leaves."),
]
chunks = [chunk.text for chunk in model.stream(messages) if chunk.text]
print(len(chunks), repr("".join(chunks)))
"""


def _stream(extra_buffers: str) -> subprocess.CompletedProcess[str]:
    code = STREAM.replace("EXTRA", repr(extra_buffers))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False)


def _explain(done: subprocess.CompletedProcess[str]) -> str:
    how = signal.Signals(-done.returncode).name if done.returncode < 0 else f"exit {done.returncode}"
    return f"the bundled model crashed ({how}) on {describe_cpu(cpu_info())}:\n{done.stderr[-2000:]}"


@pytest.mark.parametrize("extra_buffers", ["auto", "off"])
def test_the_bundled_model_streams_a_multi_token_answer(extra_buffers: str) -> None:
    done = _stream(extra_buffers)
    assert done.returncode == 0, _explain(done)
    count, _, text = done.stdout.strip().partition(" ")
    assert int(count) >= 2, f"expected a streamed answer of several tokens, got {done.stdout!r}"
    assert len(text.strip("'\" ")) > 3
