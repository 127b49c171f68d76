"""The network guard of the test suite: no test, and no process a test starts, reaches beyond loopback.

An audit hook (``sys.addaudithook``) sees every ``socket.connect`` and ``socket.getaddrinfo`` in the process.
A destination is allowed when it is loopback (``127.0.0.0/8``, ``::1``, ``localhost``), not IP at all (a Unix
socket), or a host that the config of the running test (``$ATELIER_HOME/config.toml``) names: a ``*_host`` key or
the host of a URL.
Anything else is refused with :class:`NetworkRefused` (an ``OSError``, so code behaves as it would offline) and
written, one JSON line per attempt, to the file named by ``$TEST_NETGUARD_LOG``. Code that swallows the error
(telemetry senders do) cannot hide the attempt: the suite's fixture fails the test when the log is not empty.

Child processes get the same hook through ``tests/support/child_site/sitecustomize.py``, which the suite puts on
``PYTHONPATH``; they log to the same file. This module imports nothing but the standard library, because the
child loads it before anything else, from its file path.
"""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import sys
import tomllib
import urllib.parse
from pathlib import Path
from typing import Any

LOG_ENV = "TEST_NETGUARD_LOG"
"""The file every refused attempt is appended to (the parent's and its children's)."""

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
_config_hosts: dict[tuple[str, float], frozenset[str]] = {}
_installed = False


class NetworkRefused(ConnectionRefusedError):
    """A test tried to reach a host that is neither loopback nor named by its config."""


def is_loopback(host: object) -> bool:
    """Whether ``host`` (a name, an address, or None for "this machine") stays on this machine."""
    if host is None or host in ("", b""):
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.strip("[]").split("%", 1)[0].lower().rstrip(".")
    if name in _LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def config_hosts() -> frozenset[str]:
    """The hosts the current ``$ATELIER_HOME/config.toml`` names (re-read when the file changes)."""
    home = os.environ.get("ATELIER_HOME")
    if not home:
        return frozenset()
    path = Path(home) / "config.toml"
    try:
        key = (str(path), path.stat().st_mtime)
    except OSError:
        return frozenset()
    if key not in _config_hosts:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            data = {}
        _config_hosts[key] = frozenset(_hosts_in(data))
    return _config_hosts[key]


def _hosts_in(data: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(data, dict):
        for name, value in data.items():
            if isinstance(value, str) and str(name).endswith("host"):
                found.add(value.lower())
            found |= _hosts_in(value)
    elif isinstance(data, list):
        for value in data:
            found |= _hosts_in(value)
    elif isinstance(data, str) and "://" in data:
        host = urllib.parse.urlsplit(data).hostname
        if host:
            found.add(host.lower())
    return found


def allowed(host: object) -> bool:
    """Whether a test may reach ``host``."""
    if is_loopback(host):
        return True
    name = host.decode("ascii", "replace") if isinstance(host, bytes) else str(host)
    return name.strip("[]").lower() in config_hosts()


def _record(event: str, host: object, port: object) -> None:
    line = json.dumps({"event": event, "host": repr(host), "port": repr(port), "pid": os.getpid(), "argv": sys.argv})
    target = os.environ.get(LOG_ENV)
    if target:
        with open(target, "a", encoding="utf-8") as log:
            log.write(line + "\n")
    else:  # no log to write to: say it on stderr, at least
        print(f"network guard: refused {line}", file=sys.stderr)


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.getaddrinfo":
        host, port = args[0], args[1]
    elif event == "socket.connect":
        sock, address = args[0], args[1]
        if getattr(sock, "family", None) not in (socket.AF_INET, socket.AF_INET6):
            return  # Unix sockets, netlink...: nothing that leaves the machine
        host, port = address[0], address[1]
    else:
        return
    if not allowed(host):
        _record(event, host, port)
        raise NetworkRefused(f"the test suite's network guard refused {event} to {host!r}:{port!r}")


def install() -> None:
    """Install the hook in this process (once; an audit hook cannot be removed)."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


def attempts(log: Path) -> list[dict[str, Any]]:
    """The refused attempts recorded in ``log``."""
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]


CHILD_SITE = Path(__file__).resolve().parent / "child_site"
"""The folder whose ``sitecustomize`` installs this guard in a child process."""


def child_pythonpath(*entries: str) -> str:
    """A PYTHONPATH of ``entries`` (empty ones dropped) that also guards the child, for tests that build one."""
    paths = [entry for entry in entries if entry and entry != str(CHILD_SITE)]
    return os.pathsep.join([*paths, str(CHILD_SITE)])
