from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from assistant.daemon.models import Triage
from assistant.daemon.triage import TriageContext, triage
from assistant.mail.parsing import parse_message

INQUIRIES = Path(__file__).resolve().parents[3] / "examples" / "inquiries"
OWN = frozenset({"studio@lindqvist.example"})


def _mail(
    sender: str = "client@example.com",
    subject: str = "Logo quote",
    body: str = "Could you design a logo?",
    **headers: str,
):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "studio@lindqvist.example"
    msg["Subject"] = subject
    msg["Message-ID"] = "<m1@example.com>"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return parse_message(msg.as_bytes(), mailbox="INBOX", uidvalidity=1, uid=1)


def _ctx(**kwargs) -> TriageContext:  # type: ignore[no-untyped-def]
    return TriageContext(own_addresses=OWN, **kwargs)


@pytest.mark.parametrize(
    ("headers", "sender", "subject", "reason"),
    [
        ({"Auto_Submitted": "auto-replied"}, "a@example.com", "Re: hi", "RFC 3834"),
        ({"Auto_Submitted": "auto-generated"}, "a@example.com", "Logo", "RFC 3834"),
        ({"Precedence": "bulk"}, "a@example.com", "Logo", "Precedence: bulk"),
        ({"Precedence": "list"}, "a@example.com", "Logo", "Precedence: list"),
        ({"List_Id": "<x.example.org>"}, "a@example.com", "Logo", "list-id"),
        ({"List_Unsubscribe": "<mailto:u@x>"}, "a@example.com", "Logo", "list-unsubscribe"),
        ({"X_Autoreply": "yes"}, "a@example.com", "Logo", "x-autoreply"),
        ({"Return_Path": "<>"}, "a@example.com", "Logo", "Return-Path"),
        ({}, "MAILER-DAEMON@example.net", "Logo", "bounce"),
        ({}, "postmaster@example.net", "Logo", "bounce"),
        ({}, "no-reply@shop.example", "Logo", "no-reply"),
        ({}, "a@example.com", "Out of Office: back Monday", "automatic"),
        ({}, "a@example.com", "Automatic reply: logo", "automatic"),
    ],
)
def test_automatic_bulk_and_bounces_are_ignored(headers, sender, subject, reason) -> None:  # type: ignore[no-untyped-def]
    result = triage(_mail(sender=sender, subject=subject, **headers), _ctx())
    assert result.triage is Triage.IGNORE
    assert reason.lower() in result.reason.lower()


def test_auto_submitted_no_is_a_person() -> None:
    result = triage(_mail(Auto_Submitted="no"), _ctx())
    assert result.triage is Triage.NEW_INQUIRY


def test_new_inquiry_client_and_notify() -> None:
    assert triage(_mail(), _ctx()).triage is Triage.NEW_INQUIRY
    known = triage(_mail(), _ctx(is_known_client=lambda s: s == "client@example.com"))
    assert known.triage is Triage.CLIENT and known.client == "client@example.com"
    chat = triage(_mail(subject="lunch?", body="Are you free on Thursday for lunch?"), _ctx())
    assert chat.triage is Triage.NOTIFY and chat.reason


def test_answers_to_our_replies_are_client_mail_and_our_own_mail_is_never_an_inquiry() -> None:
    reply = _mail(subject="Re: hi", body="ok thanks", In_Reply_To="<atelier.abc@lindqvist.example>")
    assert triage(reply, _ctx()).triage is Triage.CLIENT
    ours = triage(_mail(sender="Studio <studio@lindqvist.example>"), _ctx())
    assert ours.triage is Triage.OWN
    written = triage(_mail(), _ctx(is_own_message_id=lambda mid: mid == "<m1@example.com>"))
    assert written.triage is Triage.OWN


def test_example_inquiries() -> None:
    got = {}
    for path in sorted(INQUIRIES.glob("*.eml")):
        msg = parse_message(path.read_bytes(), mailbox="INBOX", uidvalidity=1, uid=1)
        got[path.name[:2]] = triage(msg, _ctx()).triage
    assert got["01"] is Triage.NEW_INQUIRY
    assert got["03"] is Triage.NEW_INQUIRY
    assert got["05"] is Triage.CLIENT  # answers a mail from the freelancer's domain
    assert got["07"] is Triage.IGNORE
    assert got["08"] is Triage.IGNORE
