"""Poison mail through the real daemon process on Dovecot: it never stops the daemon or the replies around it."""

from __future__ import annotations

from tests.integration.daemon.mailenv import MailEnv, make_inquiry

POISON = [
    # ~330 bytes: the subject decodes (UTF-7) to a lone surrogate; the ledger used to raise UnicodeEncodeError.
    b"From: Ann Example <ann@shop.example>\r\nTo: studio@lindqvist.example\r\n"
    b"Subject: =?utf-7?q?Logo_+2D0-_f=FCr?=\r\nDate: Tue, 01 Dec 2026 09:00:00 +0000\r\n"
    b"Message-ID: <poison.1@shop.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Hello, could you design a logo for my bakery? What would it cost? Thanks, Ann\r\n",
    # the body in `unicode-escape`, which decodes "\ud800" to a lone surrogate
    b"From: bea@shop.example\r\nTo: studio@lindqvist.example\r\nSubject: poster\r\n"
    b"Message-ID: <poison.2@shop.example>\r\n"
    b"Content-Type: text/plain; charset=unicode-escape\r\n\r\nCould you draw a poster? \\ud800 What would it cost?\r\n",
    # a Message-ID outside ASCII, which would end up in an IMAP SEARCH
    "From: cem@shop.example\r\nTo: studio@lindqvist.example\r\nSubject: logo\r\n"
    "Message-ID: <caf\u00e9.3@shop.example>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\nCould you design a logo? What would it cost?\r\n".encode(),
    # an 8-bit local part, which smtplib cannot put in RCPT TO
    "From: J\u00fcrgen <j\u00fcrgen@shop.example>\r\nTo: studio@lindqvist.example\r\nSubject: logo\r\n"
    "Message-ID: <poison.4@shop.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "Could you design a logo? What would it cost?\r\n".encode(),
]


def test_poison_mail_never_stops_the_daemon_and_approved_replies_still_go_out(mailenv: MailEnv) -> None:
    for n in range(3):
        mailenv.deliver(make_inquiry(sender=f"client{n}@example.com", subject=f"Logo {n}"))
    mailenv.once()
    waiting = mailenv.inbox("list")["items"]
    assert len(waiting) == 3
    for item in waiting:
        mailenv.cli("inbox", "approve", str(item["id"]))
    for raw in POISON:
        mailenv.deliver(raw)

    for _ in range(2):  # a restart handles nothing twice and crashes on nothing
        done = mailenv.once()
        assert "Traceback" not in done.stderr

    assert sorted(r.rcpt_tos[0] for r in mailenv.sent_to_smtp()) == [f"client{n}@example.com" for n in range(3)]
    listing = mailenv.inbox("list", "--all")
    quarantined = [q["reason"] for q in listing["quarantine"]]
    assert len(quarantined) == 1 and "SMTPUTF8" in quarantined[0]
    drafted = {i["to"]: i for i in listing["items"] if i["state"] == "pending"}
    assert set(drafted) == {"ann@shop.example", "bea@shop.example", "cem@shop.example"}
    status = mailenv.status()
    assert status["counts"]["sent"] == 3
    assert status["queues"]["quarantine"] == 1
    assert len(mailenv.folder("Drafts")) == 3
