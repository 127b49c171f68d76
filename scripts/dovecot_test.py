"""A real, private Dovecot IMAP server on 127.0.0.1 for tests, benchmarks and demos.

Debian's ``dovecot-imapd`` package is all it needs (``apt-get install -y dovecot-imapd``). Each instance has its
own config, runtime dir, log and maildir in a temp dir, a static passdb (one user, one password), a non-root
mail user, ``default_login_user = dovenull`` when run as root, Sent and Drafts mailboxes with their special-use
flags, and IDLE (on by default in Dovecot). ``tls=True`` adds a self-signed certificate made with ``openssl``
and serves implicit TLS (imaps) as well as STARTTLS on the same port.

Library use::

    with DovecotServer() as server:
        print(server.port, server.user, server.password)

Command line (foreground, Ctrl-C stops it)::

    python scripts/dovecot_test.py --port 14300 [--tls]
"""

from __future__ import annotations

import argparse
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"

_CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {base}/run
state_dir = {base}/state
instance_name = atelier-test-{port}
log_path = {base}/dovecot.log
info_log_path = {base}/dovecot.log
ssl = {ssl}
{ssl_files}
auth_mechanisms = plain login
disable_plaintext_auth = no
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {internal_group}
first_valid_uid = 0
mail_location = maildir:{base}/mail/%u/Maildir
mail_uid = {mail_uid}
mail_gid = {mail_gid}
imap_idle_notify_interval = 1 secs
mailbox_idle_check_interval = 1 secs
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={base}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
"""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(port: int, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    text = log.read_text(errors="replace") if log.exists() else "(no log)"
    raise RuntimeError(f"dovecot did not listen on 127.0.0.1:{port} within {timeout}s:\n{text}")


def make_self_signed_cert(directory: Path) -> tuple[Path, Path]:
    """Write a self-signed certificate and key for ``localhost``/127.0.0.1 with ``openssl``."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


class DovecotServer:
    """One private Dovecot instance; start() it, use it, stop() it (or use it as a context manager)."""

    def __init__(
        self,
        *,
        port: int | None = None,
        tls: bool = False,
        user: str = "freelancer@example.test",
        password: str = "s3cret-test-pw",
        base: Path | None = None,
    ) -> None:
        """Choose ports and a private temp dir; nothing starts until :meth:`start`."""
        self.port = port or free_port()
        self.imaps_port = free_port() if tls else 0
        self.tls = tls
        self.user = user
        self.password = password
        self._own_base = base is None
        # Outside pytest's 0700 tmp dirs, so that the non-root mail user can reach its maildir.
        self.base = base or Path(tempfile.mkdtemp(prefix="atelier-dovecot-"))
        self.cert: Path | None = None
        self.config = self.base / "dovecot.conf"
        self.log = self.base / "dovecot.log"
        self._proc: subprocess.Popen[bytes] | None = None

    def _users(self) -> dict[str, str | int]:
        if os.geteuid() == 0:
            mail = pwd.getpwnam("nobody")
            return {
                "login_user": "dovenull",
                "internal_user": "dovecot",
                "internal_group": "dovecot",
                "mail_uid": mail.pw_uid,
                "mail_gid": mail.pw_gid,
            }
        me = pwd.getpwuid(os.geteuid())
        return {
            "login_user": me.pw_name,
            "internal_user": me.pw_name,
            "internal_group": str(me.pw_gid),
            "mail_uid": me.pw_uid,
            "mail_gid": me.pw_gid,
        }

    def write_config(self) -> Path:
        """Write the private config (and the certificate for the TLS variant)."""
        users = self._users()
        for sub in ("run", "state", "mail"):
            (self.base / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(self.base, 0o755)
        os.chown(self.base / "mail", int(users["mail_uid"]), int(users["mail_gid"]))
        ssl_files = ""
        if self.tls:
            self.cert, key = make_self_signed_cert(self.base)
            os.chmod(key, 0o600)
            ssl_files = f"ssl_cert = <{self.cert}\nssl_key = <{key}\n"
        self.config.write_text(
            _CONFIG.format(
                base=self.base,
                port=self.port,
                imaps_port=self.imaps_port,
                ssl="yes" if self.tls else "no",
                ssl_files=ssl_files,
                password=self.password,
                **users,
            )
        )
        return self.config

    def start(self, timeout: float = 15.0) -> DovecotServer:
        """Start Dovecot in the foreground of a child process and wait until it accepts connections."""
        self.write_config()
        with open(self.base / "dovecot.stderr", "wb") as stderr:
            self._proc = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(self.config)],
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,
            )
        _wait_for_port(self.port, timeout, self.base / "dovecot.stderr")
        if self.tls:
            _wait_for_port(self.imaps_port, timeout, self.log)
        return self

    def stop(self) -> None:
        """Stop Dovecot and, if the temp dir was ours, remove it."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.send_signal(signal.SIGTERM)
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout=5)
        self._proc = None
        if self._own_base:
            shutil.rmtree(self.base, ignore_errors=True)

    def doveadm(self, *args: str) -> str:
        """Run ``doveadm -c <private config> ARGS`` and return its output."""
        done = subprocess.run([DOVEADM, "-c", str(self.config), *args], check=True, capture_output=True, text=True)
        return done.stdout

    def set_uidvalidity(self, mailbox: str, value: int) -> None:
        """Force a new UIDVALIDITY on a mailbox, as a server restore or migration would."""
        self.doveadm("mailbox", "update", "-u", self.user, "--uid-validity", str(value), mailbox)

    def __enter__(self) -> DovecotServer:
        """Start the server."""
        return self.start()

    def __exit__(self, *exc: object) -> None:
        """Stop the server."""
        self.stop()


def main() -> None:
    """Run one server in the foreground until Ctrl-C or SIGTERM."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--tls", action="store_true")
    parser.add_argument("--user", default="freelancer@example.test")
    parser.add_argument("--password", default="s3cret-test-pw")
    args = parser.parse_args()
    server = DovecotServer(port=args.port, tls=args.tls, user=args.user, password=args.password).start()
    print(f"dovecot on 127.0.0.1:{server.port} (imaps {server.imaps_port}) user={server.user} dir={server.base}")
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("stopping")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
