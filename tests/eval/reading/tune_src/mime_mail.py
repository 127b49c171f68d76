"""Wrap a hand-written mail (headers and body written by hand) into a raw RFC 5322 message.

Only the wrapping is done here: encoded-word subjects, quoted-printable bodies, multipart/alternative with an
HTML part, and multipart/report for bounces and read receipts. No text is generated.
"""

from __future__ import annotations

import email.utils
from datetime import datetime
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from zoneinfo import ZoneInfo

MARA = "Mara Lindqvist <studio@lindqvist.example>"


def _text(body: str, subtype: str, enc: str) -> MIMEText:
    if enc == "qp":
        cs = Charset("utf-8")
        cs.body_encoding = QP
        part = MIMEText(body, subtype, _charset=cs)
    else:
        part = MIMEText(body, subtype, "utf-8")
        if enc == "8bit":
            del part["Content-Transfer-Encoding"]
            part.set_payload(body)
            part["Content-Transfer-Encoding"] = "8bit"
    return part


def _report_body(item: dict, msg_no: int) -> tuple[str, str]:
    """multipart/report is written out by hand: the stdlib wants parsed header blocks for delivery-status."""
    rtype, fields = item["report"]
    ctype = "delivery-status" if rtype == "delivery-status" else "disposition-notification"
    boundary = f"=_report_{msg_no:04d}"
    parts = [
        f'--{boundary}\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n{item["body"]}',
        f"--{boundary}\nContent-Type: message/{ctype}\n\n{fields}",
    ]
    if item.get("returned"):
        parts.append(f"--{boundary}\nContent-Type: text/rfc822-headers\n\n{item['returned']}")
    body = "\n".join(parts) + f"\n--{boundary}--\n"
    return f'multipart/report; report-type={rtype}; boundary="{boundary}"', body


def _address(value: str) -> str:
    """Encode only the display name (RFC 2047), so the address itself stays parseable."""
    name, addr = email.utils.parseaddr(value)
    if name.isascii():
        return value
    return email.utils.formataddr((name, addr), charset="utf-8")


def build_eml(item: dict, msg_no: int) -> str:
    """Return the raw message for one hand-written item."""
    if item.get("report"):
        ctype, raw_body = _report_body(item, msg_no)
        msg: Message = Message()
        msg["Content-Type"] = ctype
        msg.set_payload(raw_body)
    elif item.get("html"):
        if item.get("html_only"):
            msg = _text(item["html"], "html", item.get("enc", "qp"))
        else:
            msg = MIMEMultipart("alternative", boundary=f"=_alt_{msg_no:04d}")
            msg.attach(_text(item["body"], "plain", item.get("enc", "8bit")))
            msg.attach(_text(item["html"], "html", item.get("enc", "qp")))
    else:
        msg = _text(item["body"], "plain", item.get("enc", "8bit"))
    when = datetime.strptime(item["date"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(item.get("tz", "Europe/Berlin")))
    heads = [("From", _address(item["frm"])), ("To", item.get("to", MARA))]
    subject = item["subj"]
    if item.get("enc_subj"):
        subject = Header(subject, "utf-8").encode()
    heads += [
        ("Subject", subject),
        ("Date", email.utils.format_datetime(when)),
        ("Message-ID", f"<tune-{msg_no:04d}.{when:%Y%m%d%H%M}@{item['frm'].split('@')[-1].rstrip('>')}>"),
    ]
    heads += list(item.get("headers", []))
    body_heads = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in heads:
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in body_heads:
        if k != "MIME-Version":
            msg[k] = v
    return msg.as_string(maxheaderlen=0)
