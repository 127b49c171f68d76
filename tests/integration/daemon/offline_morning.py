"""A freelancer's morning inside a network namespace that has loopback only, run by ``test_nothing_leaves.py``.

This file is not collected on its own (its name is not ``test_*``): the outer test runs pytest on it under
``unshare -n``. Everything is the real product, as separate processes of the ``atelier`` command: an ingest with
the bundled embedder into Chroma, a chat turn and a ``/quote`` with the bundled model, a style sample from
``atelier style serve``, and a daemon cycle against Dovecot and the SMTP sink, both started inside the namespace.
Every Python process carries the suite's network guard; its log of refused attempts is the file named by
``OFFLINE_MORNING_NET_LOG``, which the outer test reads.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.integration.daemon.mailenv import MailEnv, make_inquiry
from tests.integration.style.style_servers import TOKEN
from tests.support import netguard
from tests.support.servers import free_port, stop, wait_until

LOG_ENV = "OFFLINE_MORNING_NET_LOG"


@pytest.fixture
def net_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """One log for the whole morning, where the outer test can read it (replaces the suite's per-test log)."""
    log = Path(os.environ[LOG_ENV])
    monkeypatch.setenv(netguard.LOG_ENV, str(log))
    yield log
    assert netguard.attempts(log) == [], "something tried to leave the machine"


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/v1/health", timeout=1).status_code == 200
    except httpx.TransportError:
        return False


@pytest.fixture
def style_server(mailenv: MailEnv) -> Iterator[str]:
    """``atelier style serve`` with the bundled model, on loopback, named in the home's config."""
    port = free_port()
    env = {**mailenv.env, "ATELIER_STYLE_TOKEN": TOKEN, "ATELIER_MODEL__MAX_TOKENS": "60"}
    with open(mailenv.home / "style-serve.log", "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "assistant.cli.main", "style", "serve", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: _healthy(url), timeout=180, what="atelier style serve", process=process)
        with open(mailenv.home / "config.toml", "a", encoding="utf-8") as config:
            config.write(f'\n[style]\nurl = "{url}"\nprotocol = "atelier"\n')
        yield url
    finally:
        stop(process)


@pytest.mark.real_model
@pytest.mark.slow
def test_a_morning_with_loopback_only(net_log: Path, mailenv: MailEnv, style_server: str, tmp_path: Path) -> None:
    assert [name for _, name in socket.if_nameindex()] == ["lo"], "not inside a loopback-only namespace"
    assert mailenv.env[netguard.LOG_ENV] == str(net_log), "the atelier processes would not log to the outer test"
    unguarded = subprocess.run(  # no guard in this child: the kernel itself has no route out
        [sys.executable, "-c", "import socket; socket.create_connection(('203.0.113.7', 9), timeout=5)"],
        env={"PATH": os.environ["PATH"]},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Network is unreachable" in unguarded.stderr, unguarded.stderr

    brief = tmp_path / "2026-02-hollow-oak-fox-book.md"
    brief.write_text(
        "---\nclient: Hollow Oak Press\ndate: 2026-02-10\nservice: illustration\nprice: 2400\ncurrency: EUR\n"
        "outcome: completed\n---\nTwelve spreads of a fox in the forest at night, for a children's book.\n",
        encoding="utf-8",
    )
    added = mailenv.cli("memory", "add", str(brief), "--no-progress")
    assert "1" in added.stdout + added.stderr
    hits = json.loads(mailenv.cli("memory", "search", "fox book", "--json").stdout)
    assert any("hollow-oak" in json.dumps(hit).lower() for hit in hits), hits

    answer = mailenv.cli("ask", "What did we do for Hollow Oak Press?", "--json", timeout=300)
    reply = json.loads(answer.stdout)
    assert reply["text"].strip(), reply
    quote = json.loads(mailenv.cli("ask", "/quote 3 spreads for a children's book", "--json", timeout=300).stdout)
    assert quote["route"] == "quote" and quote["artifact"]["kind"] == "quote", quote

    style_env = {"ATELIER_STYLE_TOKEN": TOKEN}
    mailenv.cli("style", "works", "add", "--title", "Fox and Moon", "--excerpt", "A fox under the moon.", "--consent")
    sample = mailenv.cli("style", "generate", "a fox at night", "-c", "Hollow Oak Press", "--json", extra_env=style_env)
    (record,) = json.loads(sample.stdout)["samples"]
    assert Path(record["path"]).read_text(encoding="utf-8").strip()

    mailenv.deliver(make_inquiry(sender="ola@elsewhere.example", subject="A poster", body="Could you draw a poster?"))
    mailenv.cli("daemon", "--once", timeout=300)  # with the bundled model writing the paragraph
    items = mailenv.inbox("list", "--all")["items"]
    assert any("ola@elsewhere.example" in item["to"] for item in items), items
