"""Small MIME helper for the eighth blind set: it only wraps hand-typed texts into raw messages.

Why a helper at all: real inboxes mix encoded-word headers, quoted-printable, base64, 8bit, HTML-only bodies
and multipart/report bounces. Writing those envelopes by hand invites typos in the boundaries, so the code
does the envelope and the author types only what a person (or a robot) wrote.
"""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import quopri
from datetime import datetime
from email.header import Header
from email.utils import format_datetime

MAILBOX = "Mara Lindqvist <studio@lindqvist.example>"


def parse_date(stamp: str) -> datetime:
    """'2026-12-03 09:14 +0100' -> aware datetime."""
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")


def _header(value: str, encode: bool) -> str:
    """RFC 2047 encoded-word when asked for or when the value is not ASCII."""
    if encode or not value.isascii():
        return Header(value, "utf-8").encode()
    return value


def _address(value: str, encode: bool) -> str:
    """Encodes only the display name of 'Name <addr>'."""
    if "<" in value and (encode or not value.isascii()):
        name, addr = value.split("<", 1)
        return f"{Header(name.strip(), 'utf-8').encode()} <{addr}"
    return value


def _message_id(frm: str, subject: str, date: str) -> str:
    digest = hashlib.sha1(f"{frm}|{subject}|{date}".encode()).hexdigest()[:20]
    domain = frm.rsplit("@", 1)[-1].strip(">").strip()
    return f"<{digest}@{domain}>"


def _encode_body(text: str, cte: str) -> tuple[str, str]:
    """Returns (Content-Transfer-Encoding, encoded body)."""
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if cte == "b64":
        raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
        return "base64", "\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))
    if text.isascii():
        return "7bit", text
    return "8bit", text


def _part(ctype: str, text: str, cte: str) -> str:
    name, body = _encode_body(text, cte)
    return f'Content-Type: {ctype}; charset="utf-8"\nContent-Transfer-Encoding: {name}\n\n{body}'


def to_html(text: str) -> str:
    """Wraps a hand-typed plain text into the plain HTML a mail client would make of it."""
    paras = [p for p in text.strip().split("\n\n") if p.strip()]
    inner = "".join("<p>" + "<br>".join(html_lib.escape(line) for line in p.split("\n")) + "</p>\n" for p in paras)
    return f"<html><body>\n{inner}</body></html>"


def build(
    frm: str,
    subject: str,
    date: str,
    body: str,
    *,
    to: str = MAILBOX,
    cte: str = "8bit",
    html: str | None = None,
    html_only: bool = False,
    enc_subject: bool = False,
    enc_from: bool = False,
    headers: dict[str, str] | None = None,
    report: dict[str, str] | None = None,
) -> str:
    """Raw RFC 5322 message as text.

    html: a hand-typed HTML body (else the plain text is wrapped); html_only: no text/plain part;
    report: {'type': 'delivery-status'|'disposition-notification', fields...} makes a multipart/report.
    """
    when = parse_date(date)
    lines = [
        f"From: {_address(frm, enc_from)}",
        f"To: {to}",
        f"Subject: {_header(subject, enc_subject)}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: {_message_id(frm, subject, date)}",
        "MIME-Version: 1.0",
    ]
    for key, value in (headers or {}).items():
        lines.append(f"{key}: {value}")
    boundary = "=_" + hashlib.sha1(f"{frm}{date}".encode()).hexdigest()[:16]
    body = body.strip("\n") + "\n"
    if report is not None:
        rtype = report["type"]
        lines.append(f'Content-Type: multipart/report; report-type={rtype}; boundary="{boundary}"')
        fields = "\n".join(f"{k}: {v}" for k, v in report.items() if k not in ("type", "orig_subject", "orig_to"))
        if rtype == "delivery-status":
            second = f"Content-Type: message/delivery-status\n\n{fields}\n"
        else:
            second = f"Content-Type: message/disposition-notification\n\n{fields}\n"
        orig_to = report.get("orig_to", "unknown@invalid.example")
        orig = (
            f"Content-Type: text/rfc822-headers\n\nFrom: {MAILBOX}\nTo: {orig_to}\n"
            f"Subject: {report.get('orig_subject', '')}\n"
        )
        parts = [_part("text/plain", body, cte), second, orig]
        payload = "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n"
        return "\n".join(lines) + "\n\nThis is a MIME-encapsulated message.\n\n" + payload
    if html_only:
        lines.append('Content-Type: text/html; charset="utf-8"')
        name, encoded = _encode_body(html or to_html(body), cte)
        lines.append(f"Content-Transfer-Encoding: {name}")
        return "\n".join(lines) + "\n\n" + encoded.rstrip("\n") + "\n"
    if html is not None or cte == "alt":
        plain_cte = "qp" if cte == "alt" else cte
        lines.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
        parts = [_part("text/plain", body, plain_cte), _part("text/html", html or to_html(body), plain_cte)]
        payload = "".join(f"--{boundary}\n{p.rstrip()}\n\n" for p in parts) + f"--{boundary}--\n"
        return "\n".join(lines) + "\n\n" + payload
    name, encoded = _encode_body(body, cte)
    lines.append('Content-Type: text/plain; charset="utf-8"')
    lines.append(f"Content-Transfer-Encoding: {name}")
    return "\n".join(lines) + "\n\n" + encoded.rstrip("\n") + "\n"
