"""The mailbox channel: IMAP (fetch, IDLE, APPEND, search) and SMTP (send), over TLS, STARTTLS or plain.

Plain connections are refused unless the host is a loopback address. The password comes from the environment
variable named in ``[mail] password_env`` or from ``[mail] password_file``; it is kept in this object only and
never logged or shown in an error. IMAP uses ``imapclient`` (the standard library's ``imaplib`` has no IDLE in
Python 3.11); new mail arrives through IDLE where the server offers it, and by polling otherwise.
"""

from __future__ import annotations

import email.parser
import email.utils
import enum
import ipaddress
import os
import smtplib
import ssl
import time
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from imapclient import IMAPClient  # type: ignore[import-untyped]
from imapclient.exceptions import IMAPClientError  # type: ignore[import-untyped]

from assistant.config import MailSettings
from assistant.errors import MailError

FETCH_BATCH = 100
_ACTIVITY = (b"EXISTS", b"RECENT", b"EXPUNGE", b"FETCH")


def read_password(settings: MailSettings) -> str:
    """The mailbox password from the environment or the password file, or :class:`MailError`."""
    value = os.environ.get(settings.password_env)
    if value:
        return value
    if settings.password_file is not None:
        try:
            text = settings.password_file.expanduser().read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise MailError(
                f"cannot read the mail password file {settings.password_file}: {exc.strerror}",
                hint="Check [mail] password_file and its permissions.",
            ) from exc
        if text:
            return text
    raise MailError(
        "no mail password",
        hint=f"Set the environment variable {settings.password_env} or [mail] password_file.",
    )


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback name or address (plain connections are allowed only there)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _ssl_context(settings: MailSettings) -> ssl.SSLContext:
    ca = settings.tls_ca_file
    return ssl.create_default_context(cafile=str(ca.expanduser()) if ca else None)


def _check_plain(host: str, security: str, what: str) -> None:
    if security == "plain" and not is_loopback(host):
        raise MailError(
            f"{what} without TLS is only allowed on loopback, not {host}",
            hint=f"Set [mail] {what.lower()}_security to tls or starttls.",
        )


class ThreadHeaders(NamedTuple):
    """The headers that tie a message in a folder to the reply it is (or was edited from)."""

    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    outbox: str
    """``X-Atelier-Outbox`` (the outbox row), when the mail client kept it."""
    to: tuple[str, ...] = ()
    """The plain addresses in ``To:``, lower-cased."""


class SendResult(enum.Enum):
    """What became of one SMTP submission."""

    ACCEPTED = "accepted"
    TEMPORARY = "temporary"
    """Refused before the message was accepted, with a temporary reason: safe to try again later."""
    PERMANENT = "permanent"
    """Refused for good (5xx): do not retry."""
    UNKNOWN = "unknown"
    """The connection broke during DATA: the server may or may not have accepted it."""


class ImapChannel:
    """One authenticated IMAP connection."""

    def __init__(self, settings: MailSettings, password: str, *, timeout: float = 30.0) -> None:
        """Keep the settings and password; call :meth:`connect` to open the connection."""
        self.settings = settings
        self._password = password
        self.timeout = timeout
        self._client: Any = None

    @property
    def client(self) -> Any:
        """The connected ``IMAPClient``."""
        if self._client is None:
            self.connect()
        return self._client

    def connect(self) -> None:
        """Connect, secure the connection as configured, and log in."""
        s = self.settings
        _check_plain(s.imap_host, s.imap_security, "IMAP")
        try:
            client = IMAPClient(
                s.imap_host,
                port=s.imap_port,
                ssl=s.imap_security == "tls",
                ssl_context=_ssl_context(s) if s.imap_security == "tls" else None,
                timeout=self.timeout,
            )
            if s.imap_security == "starttls":
                client.starttls(_ssl_context(s))
            client.login(s.username or s.address or "", self._password)
        except IMAPClientError as exc:
            raise MailError(f"IMAP login to {s.imap_host}:{s.imap_port} failed: {exc}", hint="Check [mail].") from exc
        except (OSError, ssl.SSLError) as exc:
            raise MailError(
                f"cannot reach IMAP server {s.imap_host}:{s.imap_port}: {exc}", hint="Check [mail] imap_*."
            ) from exc
        self._client = client

    def close(self) -> None:
        """Log out, ignoring a connection that is already gone."""
        if self._client is not None:
            try:
                self._client.logout()
            except (IMAPClientError, OSError) as exc:
                self._client = None
                raise MailError(f"IMAP logout failed: {exc}") from exc
            self._client = None

    def drop(self) -> None:
        """Forget a broken connection without talking to the server; the next use reconnects."""
        if self._client is not None:
            try:
                self._client.shutdown()
            except OSError:
                self._client = None
        self._client = None

    def select(self, mailbox: str) -> int:
        """Select a folder read-write and return its UIDVALIDITY."""
        info = self.client.select_folder(mailbox)
        return int(info[b"UIDVALIDITY"])

    def uids_after(self, after_uid: int) -> list[int]:
        """UIDs above ``after_uid`` in the selected folder, in order."""
        found = self.client.search(["UID", f"{after_uid + 1}:*"])
        return sorted(int(uid) for uid in found if int(uid) > after_uid)

    def fetch_raw(self, uids: Sequence[int]) -> dict[int, bytes]:
        """The raw bytes of messages in the selected folder, without setting the seen flag."""
        out: dict[int, bytes] = {}
        for start in range(0, len(uids), FETCH_BATCH):
            batch = list(uids[start : start + FETCH_BATCH])
            for uid, data in self.client.fetch(batch, ["BODY.PEEK[]"]).items():
                raw = data.get(b"BODY[]")
                if isinstance(raw, bytes):
                    out[int(uid)] = raw
        return out

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        """The size in bytes the server reports for each message in the selected folder (RFC822.SIZE)."""
        got = self.client.fetch(list(uids), ["RFC822.SIZE"]) if uids else {}
        return {int(uid): int(data.get(b"RFC822.SIZE", 0)) for uid, data in got.items()}

    def fetch_headers(self, uids: Sequence[int]) -> dict[int, bytes]:
        """Only the header block of messages in the selected folder, without setting the seen flag."""
        got = self.client.fetch(list(uids), ["BODY.PEEK[HEADER]"]) if uids else {}
        out: dict[int, bytes] = {}
        for uid, data in got.items():
            raw = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER")), None)
            if isinstance(raw, bytes):
                out[int(uid)] = raw
        return out

    def append(self, folder: str, raw: bytes, flags: Sequence[str] = ()) -> int | None:
        """APPEND a message; returns its UID when the server says (UIDPLUS)."""
        response = self.client.append(folder, raw, flags=tuple(flags))
        text = response.decode("ascii", "replace") if isinstance(response, bytes) else str(response)
        if "APPENDUID" in text:
            parts = text.split("APPENDUID", 1)[1].split("]")[0].split()
            if len(parts) >= 2 and parts[1].isdigit():
                return int(parts[1])
        return None

    def search_header(self, folder: str, header: str, value: str) -> list[int]:
        """UIDs of messages in ``folder`` whose ``header`` contains ``value``.

        Only ASCII values are searched (a parsed Message-ID always is): a non-ASCII one matches nothing, rather
        than making the server reject the command and the cycle fail on it.
        """
        if not value.isascii():
            return []
        self.client.select_folder(folder)
        return [int(uid) for uid in self.client.search(["HEADER", header, value])]

    def thread_headers(self, folder: str) -> dict[int, ThreadHeaders]:
        """The threading headers of every message in ``folder``, by UID, in a few FETCH round trips.

        One listing per cycle instead of one SEARCH per draft keeps large Drafts folders linear.
        """
        self.client.select_folder(folder, readonly=True)
        uids = sorted(int(u) for u in self.client.search(["ALL"]))
        out: dict[int, ThreadHeaders] = {}
        parser = email.parser.BytesHeaderParser()
        fields = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO REFERENCES X-ATELIER-OUTBOX TO)]"
        for start in range(0, len(uids), 500):
            got = self.client.fetch(uids[start : start + 500], [fields])
            for uid, data in got.items():
                raw = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER")), b"")
                headers = parser.parsebytes(raw if isinstance(raw, bytes) else b"")
                out[int(uid)] = ThreadHeaders(
                    " ".join(str(headers.get("message-id", "")).split()),
                    " ".join(str(headers.get("in-reply-to", "")).split()),
                    tuple(str(headers.get("references", "")).split()),
                    str(headers.get("x-atelier-outbox", "")).strip(),
                    tuple(a.strip().lower() for _, a in email.utils.getaddresses(headers.get_all("to") or []) if a),
                )
        return out

    def flags(self, folder: str, uids: Sequence[int]) -> dict[int, set[str]]:
        """The flags of some messages in ``folder``."""
        self.client.select_folder(folder)
        got = self.client.get_flags(list(uids)) if uids else {}
        return {int(uid): {f.decode() if isinstance(f, bytes) else str(f) for f in fl} for uid, fl in got.items()}

    def set_flags(self, folder: str, uids: Sequence[int], add: Sequence[str], remove: Sequence[str] = ()) -> None:
        """Add and remove flags or keywords."""
        if not uids:
            return
        self.client.select_folder(folder)
        if add:
            self.client.add_flags(list(uids), list(add))
        if remove:
            self.client.remove_flags(list(uids), list(remove))

    def delete(self, folder: str, uids: Sequence[int]) -> None:
        """Delete messages from a folder (flag as deleted, then expunge)."""
        if not uids:
            return
        self.client.select_folder(folder)
        self.client.delete_messages(list(uids))
        if self.client.has_capability("UIDPLUS"):
            self.client.uid_expunge(list(uids))
        else:
            self.client.expunge()

    def fetch_folder(self, folder: str, limit: int = 500) -> dict[int, bytes]:
        """The raw bytes of the newest ``limit`` messages in a folder."""
        self.client.select_folder(folder, readonly=True)
        uids = sorted(int(u) for u in self.client.search(["ALL"]))[-limit:]
        return self.fetch_raw(uids)

    def supports_idle(self) -> bool:
        """Whether the server offers IDLE."""
        return bool(self.client.has_capability("IDLE"))

    def wait(self, seconds: float, wake: Callable[[], bool], *, use_idle: bool) -> bool:
        """Wait for new mail in the selected folder for up to ``seconds``, or until ``wake()`` is true.

        With IDLE the server pushes news and ``wake`` is checked every second; without it, this sleeps in
        small steps. Returns True when the server reported activity.
        """
        deadline = time.monotonic() + seconds
        if not (use_idle and self.supports_idle()):
            while time.monotonic() < deadline and not wake():
                time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))
            return False
        self.client.idle()
        activity = False
        try:
            while time.monotonic() < deadline and not wake():
                responses = self.client.idle_check(timeout=min(1.0, max(0.05, deadline - time.monotonic())))
                if any(len(r) > 1 and r[1] in _ACTIVITY for r in responses):
                    activity = True
                    break
        finally:
            self.client.idle_done()
        return activity


class SmtpSender:
    """Sends one message at a time over SMTP."""

    def __init__(self, settings: MailSettings, password: str, *, timeout: float = 30.0) -> None:
        """Keep the settings and password; each send opens its own connection."""
        self.settings = settings
        self._password = password
        self.timeout = timeout

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        _check_plain(s.smtp_host, s.smtp_security, "SMTP")
        if s.smtp_security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                s.smtp_host, s.smtp_port, timeout=self.timeout, context=_ssl_context(s)
            )
        else:
            smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=self.timeout)
            if s.smtp_security == "starttls":
                smtp.starttls(context=_ssl_context(s))
        if s.smtp_auth:
            smtp.login(s.username or s.address or "", self._password)
        return smtp

    def send(self, raw: bytes, sender: str, recipient: str) -> tuple[SendResult, str]:
        """Submit one message to exactly one recipient. Returns the result and the server's words.

        A recipient or sender outside ASCII is refused here (permanently) before any connection: it would need
        SMTPUTF8, and ``smtplib`` raises on it mid-dialogue.
        """
        if not (recipient.isascii() and sender.isascii()):
            return SendResult.PERMANENT, "refused: a non-ASCII address needs SMTPUTF8, which Atelier does not use"
        try:
            smtp = self._connect()
        except smtplib.SMTPAuthenticationError as exc:
            return SendResult.PERMANENT, f"SMTP login refused: {exc.smtp_code}"
        except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
            return SendResult.TEMPORARY, f"cannot connect to SMTP: {exc}"
        try:
            smtp.sendmail(sender, [recipient], raw)
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
            code = getattr(exc, "smtp_code", 0) or 500
            if isinstance(exc, smtplib.SMTPRecipientsRefused):
                code = min(c for c, _ in exc.recipients.values())
            result = SendResult.PERMANENT if code >= 500 else SendResult.TEMPORARY
            return result, f"SMTP refused: {code}"
        except (TimeoutError, smtplib.SMTPException, OSError) as exc:
            return SendResult.UNKNOWN, f"SMTP connection broke during the send: {exc}"
        finally:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()
        return SendResult.ACCEPTED, "accepted"
