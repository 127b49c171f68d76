"""A real SMTP server (aiosmtpd) on 127.0.0.1 that records every message it accepts, for tests and demos.

Each accepted message is written to the spool dir as ``NNNNNN.eml`` (the exact bytes received) plus
``NNNNNN.json`` (envelope sender and recipients), the JSON last and by rename, so that a reader never sees half a
message. With ``--deliver-to ADDRESS`` a copy of each message sent to that address is also APPENDed to the
Dovecot INBOX, so that round trips (a client answering) can be played. With ``--file-sent`` every accepted
message is also APPENDed to the mailbox's Sent folder, as Gmail and Outlook.com file what their SMTP sends.

It runs as its own process, so that a daemon killed mid-send talks to a server that outlives it::

    python scripts/smtp_test.py --port 2525 --spool /tmp/spool [--user U --password P]
        [--tls-cert cert.pem --tls-key key.pem [--implicit-tls]]

Library use: :class:`SmtpRecorder` starts that process and reads the spool.
"""

from __future__ import annotations

import argparse
import asyncio
import email
import email.policy
import imaplib
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Received:
    """One message as the SMTP server accepted it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> email.message.EmailMessage:
        """The parsed message."""
        return email.message_from_bytes(self.data, policy=email.policy.default)  # type: ignore[return-value]


def read_spool(spool: Path) -> list[Received]:
    """Every message recorded so far, in arrival order."""
    out = []
    for meta in sorted(spool.glob("*.json")):
        envelope = json.loads(meta.read_text())
        out.append(Received(envelope["mail_from"], envelope["rcpt_tos"], meta.with_suffix(".eml").read_bytes()))
    return out


class _Handler:
    def __init__(self, spool: Path, deliver: dict[str, Any] | None) -> None:
        self.spool = spool
        self.deliver = deliver
        self.count = len(list(spool.glob("*.json")))

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd hook
        self.count += 1
        stem = self.spool / f"{self.count:06d}"
        data = envelope.original_content or envelope.content
        stem.with_suffix(".eml").write_bytes(data)
        tmp = stem.with_suffix(".json.tmp")
        tmp.write_text(json.dumps({"mail_from": envelope.mail_from, "rcpt_tos": list(envelope.rcpt_tos)}))
        os.replace(tmp, stem.with_suffix(".json"))
        if self.deliver and self.deliver["address"] in envelope.rcpt_tos:
            await asyncio.to_thread(self._append, "INBOX", data)
        if self.deliver and self.deliver["file_sent"]:
            await asyncio.to_thread(self._append, "Sent", data)
        return "250 Message accepted for delivery"

    def _append(self, folder: str, data: bytes) -> None:
        assert self.deliver is not None
        imap = imaplib.IMAP4("127.0.0.1", self.deliver["imap_port"])
        try:
            imap.login(self.deliver["user"], self.deliver["password"])
            imap.append(folder, None, None, data)
        finally:
            imap.logout()


class _Authenticator:
    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user.encode(), password.encode()

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
        from aiosmtpd.smtp import AuthResult, LoginPassword

        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
            self.user,
            self.password,
        )
        return AuthResult(success=ok)


def serve(args: argparse.Namespace) -> None:
    """Run the server until SIGTERM."""
    from aiosmtpd.controller import Controller

    spool = Path(args.spool)
    spool.mkdir(parents=True, exist_ok=True)
    deliver = None
    if args.deliver_to or args.file_sent:
        deliver = {
            "address": args.deliver_to,
            "file_sent": args.file_sent,
            "imap_port": args.imap_port,
            "user": args.imap_user,
            "password": args.imap_password,
        }
    tls_context = None
    if args.tls_cert:
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.tls_cert, args.tls_key)
    kwargs: dict[str, Any] = {}
    if args.user:
        kwargs.update(authenticator=_Authenticator(args.user, args.password), auth_require_tls=bool(tls_context))
    if tls_context and not args.implicit_tls:
        kwargs.update(tls_context=tls_context, require_starttls=True)
    controller = Controller(
        _Handler(spool, deliver),
        hostname="127.0.0.1",
        port=args.port,
        ssl_context=tls_context if args.implicit_tls else None,
        server_hostname="localhost",
        **kwargs,
    )
    controller.start()
    print(f"smtp on 127.0.0.1:{args.port} spool={spool}", flush=True)
    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(now=True))
    signal.signal(signal.SIGINT, lambda *_: stop.update(now=True))
    while not stop["now"]:
        time.sleep(0.1)
    controller.stop()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SmtpRecorder:
    """Start ``smtp_test.py`` as a child process and read what it received."""

    def __init__(
        self,
        spool: Path,
        *,
        user: str | None = None,
        password: str | None = None,
        tls: tuple[Path, Path] | None = None,
        implicit_tls: bool = False,
        deliver_to: str | None = None,
        file_sent: bool = False,
        imap: tuple[int, str, str] | None = None,
    ) -> None:
        """Build the command line; nothing starts until :meth:`start`."""
        self.spool = spool
        self.port = _free_port()
        self.cmd = [sys.executable, str(Path(__file__).resolve()), "--port", str(self.port), "--spool", str(spool)]
        if user:
            self.cmd += ["--user", user, "--password", password or ""]
        if tls:
            self.cmd += ["--tls-cert", str(tls[0]), "--tls-key", str(tls[1])]
            if implicit_tls:
                self.cmd.append("--implicit-tls")
        if (deliver_to or file_sent) and imap:
            self.cmd += ["--imap-port", str(imap[0]), "--imap-user", imap[1], "--imap-password", imap[2]]
            self.cmd += ["--deliver-to", deliver_to] if deliver_to else []
            self.cmd += ["--file-sent"] if file_sent else []
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 15.0) -> SmtpRecorder:
        """Start the server and wait until it accepts connections."""
        self._proc = subprocess.Popen(self.cmd, stdout=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                if self._proc.poll() is not None:
                    raise RuntimeError(f"smtp server exited with {self._proc.returncode}") from None
                time.sleep(0.05)
        raise RuntimeError("smtp server did not start")

    def received(self) -> list[Received]:
        """Every message accepted so far."""
        return read_spool(self.spool)

    def stop(self) -> None:
        """Stop the server process."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.send_signal(signal.SIGTERM)
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout=5)
        self._proc = None

    def __enter__(self) -> SmtpRecorder:
        """Start the server."""
        return self.start()

    def __exit__(self, *exc: object) -> None:
        """Stop the server."""
        self.stop()


def main() -> None:
    """Parse the command line and serve."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--spool", required=True)
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--deliver-to")
    parser.add_argument("--file-sent", action="store_true")
    parser.add_argument("--imap-port", type=int)
    parser.add_argument("--imap-user")
    parser.add_argument("--imap-password")
    serve(parser.parse_args())


if __name__ == "__main__":
    main()
