"""The OpenAI-compatible backend against a real server on loopback: llama-cpp-python's own server."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import httpx
import pytest
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel

from assistant.config import Settings
from assistant.llm import bundled_model_path, load_chat_model, structured_output
from tests.support.servers import free_port, stop, wait_until

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "assistant.llm_server", "--model", str(bundled_model_path()),
             "--host", "127.0.0.1", "--port", str(port), "--n_threads", "2", "--n_ctx", "2048"],
            stdout=sink, stderr=subprocess.STDOUT,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        try:
            return httpx.get(f"{url}/v1/models", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        wait_until(ready, timeout=120, what="llama_cpp.server", process=process)
        yield f"{url}/v1"
    finally:
        stop(process, Path(log))


@pytest.fixture
def remote(server_url: str) -> object:
    settings = Settings.model_validate({"model": {"backend": "openai", "url": server_url, "max_tokens": 24}})
    return load_chat_model(settings)


def test_remote_answers(remote: object) -> None:
    from langchain_core.language_models import BaseChatModel

    assert isinstance(remote, BaseChatModel)
    reply = remote.invoke([HumanMessage("Name one colour.")])
    assert reply.text.strip()


def test_remote_streams(remote: object) -> None:
    from langchain_core.language_models import BaseChatModel

    assert isinstance(remote, BaseChatModel)
    pieces = [chunk.text for chunk in remote.stream([HumanMessage("Count from one to five in words.")])]
    assert len([p for p in pieces if p]) > 2


class Pick(BaseModel):
    colour: Literal["red", "green", "blue"]


def test_remote_structured_output_is_constrained(remote: object) -> None:
    from langchain_core.language_models import BaseChatModel

    assert isinstance(remote, BaseChatModel)
    messages = [SystemMessage("Pick a colour."), HumanMessage("The sky on a clear day.")]
    assert structured_output(remote, messages, Pick).colour in ("red", "green", "blue")
