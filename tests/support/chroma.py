"""A real ``chroma run`` server on 127.0.0.1 for tests (the CLI ships with chromadb)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.servers import free_port, stop, wait_until


def _alive(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as response:
            return bool(response.status == 200)
    except OSError:
        return False


@contextmanager
def chroma_server(base: Path) -> Iterator[str]:
    """Start a Chroma server keeping its files under ``base`` and yield its URL; it is stopped afterwards."""
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent))
    assert chroma, "the chroma CLI ships with chromadb"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    base.mkdir(parents=True, exist_ok=True)
    with (base / "chroma.log").open("wb") as log:
        process = subprocess.Popen(
            [chroma, "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(base / "server-data")],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until(lambda: _alive(url), timeout=60, what="chroma run", process=process)
            yield url
        finally:
            stop(process)
