"""Automatic mail is never acknowledged (RFC 3834): read receipts (MDN) and delivery reports (DSN), however
their headers are written, are ignored with a reason before any draft is made."""

from __future__ import annotations

import pytest

from assistant.daemon.models import Triage
from assistant.daemon.triage import TriageContext, triage
from assistant.mail.parsing import parse_message

_REPORT = (
    "From: {sender}\r\nTo: studio@lindqvist.example\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
    "Content-Type: multipart/report;\r\n report-type={kind}; boundary=R\r\n\r\n"
    "--R\r\nContent-Type: text/plain\r\n\r\nCould you design a logo? (the original inquiry, quoted)\r\n"
    "--R\r\nContent-Type: message/{kind}\r\n\r\nReporting-UA: mail.example; Mailer\r\n"
    "Final-Recipient: rfc822;studio@lindqvist.example\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
    "--R--\r\n"
)


@pytest.mark.parametrize(
    ("kind", "sender", "subject"),
    [
        ("disposition-notification", "ann@shop.example", "Read: Logo for my bakery"),
        ("disposition-notification", "Ann <ann@shop.example>", "Gelesen: Logo"),
        ('"disposition-notification"', "ann@shop.example", "Logo"),
        ("delivery-status", "postbox@mx.shop.example", "Logo"),
    ],
)
def test_read_receipts_and_delivery_reports_are_never_answered(kind: str, sender: str, subject: str) -> None:
    raw = _REPORT.format(kind=kind, sender=sender, subject=subject).encode()
    msg = parse_message(raw, mailbox="INBOX", uidvalidity=1, uid=1)
    result = triage(msg, TriageContext(own_addresses=frozenset({"studio@lindqvist.example"})))
    assert result.triage is Triage.IGNORE, result.reason
    assert "report" in result.reason or "receipt" in result.reason
