"""`atelier style serve` as its own process with the real bundled model, used through StyleStudio."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.config import Settings, StyleSettings
from assistant.profile import load_profile
from assistant.tools.style import StyleClient, StyleStudio
from tests.integration.style.style_servers import TOKEN
from tests.support.servers import free_port, stop, wait_until


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/v1/health", timeout=1).status_code == 200
    except httpx.TransportError:
        return False


@pytest.fixture
def served(demo_home: Path, tmp_path: Path) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "ATELIER_STYLE_TOKEN": TOKEN, "ATELIER_MODEL__MAX_TOKENS": "80", "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-m", "assistant.cli.main", "style", "serve", "--port", str(port)]
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: _healthy(url), timeout=60, what="atelier style serve", process=process)
        yield url
    finally:
        stop(process)
    assert "Atelier style protocol on http://127.0.0.1:" in log.read_text()


@pytest.mark.real_model
@pytest.mark.slow
def test_serve_writes_marked_samples_with_the_bundled_model(served: str, demo_home: Path, tmp_path: Path) -> None:
    with StyleClient(served) as client:
        health = client.health()
    assert health.model == "local" and health.kinds == ("text",)

    settings = Settings(style=StyleSettings(url=served, timeout=180, retries=0))
    client = StyleClient(served, token=TOKEN, timeout=180, retries=0)
    with StyleStudio(settings, load_profile(), tmp_path / "data", client=client) as studio:
        studio.add_work(
            "Moss and the Moon",
            excerpt="Moss the hedgehog looked up. The moon was round and quiet, and it smelled of rain.",
            consented=True,
        )
        sample = studio.generate("Hollow Oak Press", "two sentences about a hedgehog who finds a lantern")[0]
        record = sample.record
        text = sample.text or ""
        body = text.split("\n\n---\n")[0]
        assert len(body.split()) >= 3  # the model wrote something
        assert f"PREVIEW · sample {record.id} · © Mara Lindqvist · preview" in text
        assert [w.id for w in record.works] == ["moss-and-the-moon"]
        assert studio.remaining("hollow oak press") == 1
        assert [r.id for r in studio.find(sample.path.read_bytes())] == [record.id]
