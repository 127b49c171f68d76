"""The suite's network guard refuses, and records, every connection beyond loopback, here and in child processes.

Each test reads and then empties the log of refused attempts (``net_log``), because an attempt left in it fails
the test: that is the guard doing its job for every other test in the suite.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.support import netguard

FAR = ("203.0.113.7", 9)
"""An address of TEST-NET-3 (RFC 5737): never loopback, never anyone's config."""


def _consume(log: Path) -> list[dict[str, object]]:
    seen = netguard.attempts(log)
    log.unlink(missing_ok=True)
    return seen


def test_a_connect_beyond_loopback_is_refused_and_recorded(net_log: Path) -> None:
    with pytest.raises(netguard.NetworkRefused):
        socket.create_connection(FAR, timeout=1)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with sock, pytest.raises(netguard.NetworkRefused):
        sock.connect(FAR)  # no name to resolve: the connect itself is caught
    with pytest.raises(netguard.NetworkRefused):
        socket.getaddrinfo("posthog.example.org", 443)
    seen = _consume(net_log)
    assert [(a["event"], a["host"]) for a in seen] == [
        ("socket.getaddrinfo", repr(FAR[0])),
        ("socket.connect", repr(FAR[0])),
        ("socket.getaddrinfo", "'posthog.example.org'"),
    ]


def test_an_error_swallowed_by_the_code_still_fails_the_test(net_log: Path) -> None:
    """Telemetry senders catch every error; the attempt is in the log all the same."""
    try:
        socket.create_connection(FAR, timeout=1)
    except OSError:
        pass
    assert len(_consume(net_log)) == 1


def test_a_child_process_is_guarded_too(net_log: Path) -> None:
    code = f"import socket; socket.create_connection({FAR!r}, timeout=1)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "NetworkRefused" in done.stderr, done.stderr
    (attempt,) = _consume(net_log)
    assert attempt["event"] == "socket.getaddrinfo" and attempt["argv"] == ["-c"]


def test_loopback_unix_sockets_and_hosts_the_config_names_are_allowed(atelier_home: Path, net_log: Path) -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    accepted = threading.Thread(target=lambda: server.accept()[0].close())
    accepted.start()
    socket.create_connection(("localhost", port), timeout=5).close()
    accepted.join(timeout=5)
    server.close()
    pair = socket.socketpair()
    for end in pair:
        end.close()

    assert not netguard.allowed("mail.studio.example") and not netguard.allowed("10.1.2.3")
    (atelier_home / "config.toml").write_text(
        '[mail]\nimap_host = "mail.studio.example"\n[memory]\nserver_url = "http://10.1.2.3:8000"\n'
    )
    assert netguard.allowed("mail.studio.example") and netguard.allowed("10.1.2.3")
    assert netguard.allowed("::1") and netguard.allowed("127.5.0.1") and not netguard.allowed("8.8.8.8")
    assert _consume(net_log) == []
