"""Wrap a hand-written mail body into RFC 5322 text, so that item files hold only words and labels.

The helper never writes words of its own: it only encodes headers (RFC 2047 when asked), chooses a
transfer encoding, builds multipart/alternative and multipart/report containers, and formats dates.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from email import charset as _charset
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from zoneinfo import ZoneInfo

MARA = "Mara Lindqvist <studio@lindqvist.example>"
BERLIN = ZoneInfo("Europe/Berlin")


def parse_when(when: str, tz: str | None) -> datetime:
    """'2026-10-05 09:14' in Berlin time unless tz ('-0500', 'Europe/Madrid') says otherwise."""
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M")
    if tz is None:
        return naive.replace(tzinfo=BERLIN)
    if tz[0] in "+-" and tz[1:].isdigit():
        return datetime.strptime(when + " " + tz, "%Y-%m-%d %H:%M %z")
    return naive.replace(tzinfo=ZoneInfo(tz))


def _addr(value: str, encode: bool) -> str:
    name, addr = parseaddr(value)
    if not name:
        return addr
    if encode and not name.isascii():
        return formataddr((name, addr), charset="utf-8")
    return formataddr((name, addr)) if name.isascii() else f'"{name}" <{addr}>'


def _subject(value: str, encode: bool) -> str:
    if encode and not value.isascii():
        return Header(value, "utf-8").encode()
    return value


def _text_part(body: str, subtype: str, cte: str) -> Message:
    """A text part: 7bit for ASCII, else 8bit UTF-8, quoted-printable or base64 as the item asks."""
    if body.isascii() and cte in ("7bit", "8bit"):
        return MIMEText(body, subtype, "us-ascii")
    if cte == "8bit":
        part = Message()
        part["Content-Type"] = f'text/{subtype}; charset="utf-8"'
        part["Content-Transfer-Encoding"] = "8bit"
        part.set_payload(body)
        return part
    cs = _charset.Charset("utf-8")
    cs.body_encoding = _charset.QP if cte == "qp" else _charset.BASE64
    part = MIMEText("", subtype)
    del part["Content-Transfer-Encoding"]
    part.set_payload(body, cs)
    return part


def _report(spec: dict, boundary: str, date: str) -> str:
    """multipart/report text (human part, machine part, returned headers), written out by hand because the
    stdlib generator cannot flatten a message/delivery-status part built from a string."""
    kind = spec["type"]
    if kind == "delivery-status":
        fields = (f"Reporting-MTA: dns; {spec['mta']}\n\n"
                  f"Final-Recipient: rfc822; {spec['rcpt']}\nAction: {spec['action']}\n"
                  f"Status: {spec['status']}\n")
        if spec.get("diag"):
            fields += f"Diagnostic-Code: smtp; {spec['diag']}\n"
    else:
        fields = (f"Reporting-UA: {spec['ua']}\nFinal-Recipient: rfc822; {spec['rcpt']}\n"
                  f"Original-Message-ID: {spec['orig_id']}\n"
                  f"Disposition: {spec.get('disposition', 'manual-action/MDN-sent-manually; displayed')}\n")
    human = _text_part(spec["text"], "plain", spec.get("cte", "8bit"))
    del human["MIME-Version"]
    parts = [human.as_string(), f"Content-Type: message/{kind}\n\n{fields}"]
    if spec.get("orig_subject"):
        parts.append(f"Content-Type: text/rfc822-headers\n\nFrom: {MARA}\nTo: {spec['rcpt']}\n"
                     f"Subject: {_subject(spec['orig_subject'], True)}\nDate: {spec.get('orig_date', date)}\n")
    head = f'Content-Type: multipart/report; report-type={kind}; boundary="{boundary}"\n\n'
    return head + "".join(f"--{boundary}\n{p.rstrip()}\n\n" for p in parts) + f"--{boundary}--\n"


def wrap(item: dict) -> str:
    """RFC 5322 text for one item dict (see spec.mail for the keys)."""
    when = parse_when(item["date"], item.get("tz"))
    date = format_datetime(when)
    enc = item.get("encode_headers", True)
    seed = (item["from"] + item["subject"] + item["date"]).encode()
    digest = hashlib.sha1(seed).hexdigest()
    frm = _addr(item["from"], enc)
    to = _addr(item.get("to", MARA), enc)
    # Items that do not choose an encoding get 8bit, except about one in five, which get base64 (fixed by
    # the Message-ID digest, so a rebuild gives the same bytes).
    cte = item.get("cte") or ("b64" if int(digest[:2], 16) < 52 else "8bit")
    msg = None
    if item.get("report"):
        pass
    elif item.get("html") and item.get("body"):
        msg = MIMEMultipart("alternative", boundary="alt-" + digest[:12])
        msg.attach(_text_part(item["body"], "plain", cte))
        msg.attach(_text_part(item["html"], "html", item.get("html_cte", "qp")))
    elif item.get("html"):
        msg = _text_part(item["html"], "html", cte)
    else:
        msg = _text_part(item["body"], "plain", cte)
    head = [("From", frm), ("To", to)]
    if item.get("cc"):
        head.append(("Cc", _addr(item["cc"], enc)))
    head += [("Subject", _subject(item["subject"], enc)), ("Date", date)]
    domain = parseaddr(item["from"])[1].rpartition("@")[2] or "mail.example"
    head.append(("Message-ID", f"<{digest[:20]}@{domain}>"))
    for key, value in item.get("headers", ()):
        head.append((key, value))
    out = []
    for key, value in head:
        out.append(f"{key}: {value}")
    out.append("MIME-Version: 1.0")
    if msg is None:
        body = _report(item["report"], "report-" + digest[:12], date)
    else:
        for part in msg.walk():
            del part["MIME-Version"]
        body = msg.as_string()
    return "\n".join(out) + "\n" + body.lstrip("\n")
