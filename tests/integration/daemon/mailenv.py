"""Helpers for the daemon's integration tests: real Dovecot (IMAP) and aiosmtpd (SMTP) on 127.0.0.1.

Each test gets a fresh Dovecot with its own maildir and a fresh SMTP recorder, an ATELIER_HOME whose config points
at them, and the demo profile. The daemon runs as a separate process (``python -m assistant.cli.main daemon``),
as it would under systemd.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "scripts"))

from dovecot_test import DovecotServer  # noqa: E402
from smtp_test import Received, SmtpRecorder  # noqa: E402

ADDRESS = "studio@lindqvist.example"
PASSWORD_ENV = "ATELIER_TEST_MAIL_PASSWORD"


def make_inquiry(
    *,
    sender: str = "client@example.com",
    name: str = "Clara Client",
    subject: str = "Logo for my bakery",
    body: str = "Hello, could you design a logo for my bakery? What would it cost? Thanks, Clara",
    message_id: str | None = None,
    headers: dict[str, str] | None = None,
    in_reply_to: str | None = None,
) -> bytes:
    """A plain inquiry as a client's mail program would write it."""
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>"
    msg["To"] = ADDRESS
    msg["Subject"] = subject
    msg["Date"] = email.utils.formatdate()
    msg["Message-ID"] = message_id or email.utils.make_msgid(domain="example.com")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    return msg.as_bytes()


@dataclass
class MailEnv:
    """The servers, the ATELIER_HOME and helpers to drive and inspect the daemon."""

    imap: DovecotServer
    smtp: SmtpRecorder
    home: Path
    env: dict[str, str]
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    def imap_client(self) -> Any:
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", port=self.imap.port, ssl=False)
        client.login(self.imap.user, self.imap.password)
        return client

    def deliver(self, raw: bytes, folder: str = "INBOX") -> None:
        client = self.imap_client()
        try:
            client.append(folder, raw)
        finally:
            client.logout()

    def folder(self, name: str) -> list[tuple[int, set[bytes], EmailMessage]]:
        client = self.imap_client()
        try:
            client.select_folder(name, readonly=True)
            uids = client.search(["ALL"])
            got = client.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}
            return [
                (uid, set(d[b"FLAGS"]), email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default))
                for uid, d in sorted(got.items())
            ]
        finally:
            client.logout()

    def sent_to_smtp(self) -> list[Received]:
        return self.smtp.received()

    def cli(
        self, *args: str, check: bool = True, timeout: float = 120, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "assistant.cli.main", *args],
            env={**self.env, **(extra_env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=REPO,
        )
        if check and done.returncode != 0:
            raise AssertionError(f"atelier {' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        return done

    def once(
        self, *extra: str, extra_env: dict[str, str] | None = None, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        return self.cli("daemon", "--once", "--no-model", *extra, extra_env=extra_env, check=check)

    def start(self, *extra: str, extra_env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        with open(self.home / f"daemon-{len(self.procs)}.stderr", "wb") as stderr:
            proc = subprocess.Popen(
                [sys.executable, "-m", "assistant.cli.main", "daemon", "--no-model", *extra],
                env={**self.env, **(extra_env or {})},
                cwd=REPO,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,  # its own process group, so that stop_all reaps whatever it started
            )
        self.procs.append(proc)
        return proc

    def stderr(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.home.glob("daemon-*.stderr")))

    def status(self) -> dict[str, Any]:
        import json

        return dict(json.loads(self.cli("daemon", "status", "--json").stdout))

    def inbox(self, *args: str) -> Any:
        import json

        return json.loads(self.cli("inbox", *args, "--json").stdout)

    def stop_all(self) -> None:
        """Stop every daemon started (SIGTERM, then SIGKILL after 15 s) with its whole process group, and reap it."""
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            with contextlib.suppress(ProcessLookupError):  # raised when the group is empty: nothing left to reap
                os.killpg(proc.pid, signal.SIGKILL)  # anything the daemon left running in its group


def wait_until(predicate: Callable[[], Any], timeout: float = 20.0, interval: float = 0.2) -> Any:
    """Poll ``predicate`` until it is truthy; fail the test with a clear message otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")


def write_config(home: Path, imap: DovecotServer, smtp_port: int, *, mode: str = "draft", extra: str = "") -> None:
    (home / "config.toml").write_text(
        f"""
[mail]
address = "{ADDRESS}"
username = "{imap.user}"
password_env = "{PASSWORD_ENV}"
imap_host = "127.0.0.1"
imap_port = {imap.port}
imap_security = "plain"
smtp_host = "127.0.0.1"
smtp_port = {smtp_port}
smtp_security = "plain"
smtp_auth = false
poll_seconds = 1
drafts_check_seconds = 0.5
{extra}
"""
    )
    profile = (REPO / "examples" / "profile.toml").read_text()
    profile = profile.replace('mode = "draft"', f'mode = "{mode}"')
    (home / "profile.toml").write_text(profile)
