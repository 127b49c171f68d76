"""Wrap a hand-written mail (headers and body written by hand) into a raw RFC 5322 message.

Only the wrapping is done here: encoded-word subjects, quoted-printable bodies, multipart/alternative with an
HTML part, and multipart/report for bounces and read receipts. No text is generated.
"""

from __future__ import annotations

import email.utils
from datetime import datetime
from email.charset import QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.message import Message
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


def _report(item: dict) -> MIMEMultipart:
    rtype, fields = item["report"]
    msg = MIMEMultipart("report", report_type=rtype)
    msg.attach(_text(item["body"], "plain", item.get("enc", "8bit")))
    ctype = "delivery-status" if rtype == "delivery-status" else "disposition-notification"
    status = Message()
    status.set_type(f"message/{ctype}")
    status.set_payload(fields)
    msg.attach(status)
    if item.get("returned"):
        ret = Message()
        ret.set_type("text/rfc822-headers")
        ret.set_payload(item["returned"])
        msg.attach(ret)
    return msg


def build_eml(item: dict, msg_no: int) -> str:
    """Return the raw message for one hand-written item."""
    if item.get("report"):
        msg: Message = _report(item)
    elif item.get("html"):
        if item.get("html_only"):
            msg = _text(item["html"], "html", item.get("enc", "qp"))
        else:
            msg = MIMEMultipart("alternative")
            msg.attach(_text(item["body"], "plain", item.get("enc", "8bit")))
            msg.attach(_text(item["html"], "html", item.get("enc", "qp")))
    else:
        msg = _text(item["body"], "plain", item.get("enc", "8bit"))
    when = datetime.strptime(item["date"], "%Y-%m-%d %H:%M").replace(
        tzinfo=ZoneInfo(item.get("tz", "Europe/Berlin")))
    heads = [("From", item["frm"]), ("To", item.get("to", MARA))]
    subject = item["subj"]
    if item.get("enc_subj"):
        subject = Header(subject, "utf-8").encode()
    heads += [("Subject", subject), ("Date", email.utils.format_datetime(when)),
              ("Message-ID", f"<tune-{msg_no:04d}.{when:%Y%m%d%H%M}@{item['frm'].split('@')[-1].rstrip('>')}>")]
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
