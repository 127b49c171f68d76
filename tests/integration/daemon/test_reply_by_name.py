"""Chat answers a client by name from the daemon's ledger; the daemon numbers its quote in the one sequence and
reads a phone's format=flowed mail as its writer typed it (real Dovecot, the daemon as its own process)."""

from __future__ import annotations

import re
from email.message import EmailMessage

from assistant import Assistant
from tests.integration.daemon.mailenv import ADDRESS, MailEnv, make_inquiry
from tests.support.fakes import UnsureModel

GERMAN = (
    "Hallo Mara,\n\nwir eröffnen ein zweites Café und brauchen ein neues Logo. Können Sie uns ein Angebot "
    "schicken?\n\nViele Grüße\nLena"
)


def _flowed(body: str) -> bytes:
    """A mail as a phone writes it: format=flowed, lines broken with a trailing space."""
    msg = EmailMessage()
    msg["From"] = "Lena Brandt <lena@brotzeit-bakery.example>"
    msg["To"] = ADDRESS
    msg["Subject"] = "Neues Logo für das Café"
    msg["Message-ID"] = "<flowed-1@brotzeit-bakery.example>"
    msg["Date"] = "Wed, 02 Dec 2026 09:00:00 +0100"
    msg.set_content(body)
    msg.set_param("format", "flowed")
    return msg.as_bytes()


def test_tell_the_bakery_drafts_a_reply_to_the_bakerys_last_mail(mailenv: MailEnv) -> None:
    wrapped = GERMAN.replace("ein neues Logo. ", "ein neues \nLogo. ")
    mailenv.deliver(_flowed(wrapped))
    mailenv.deliver(make_inquiry(sender="orders@bakery-invoices.example", name="Brotzeit Bakery", subject="Logo"))
    mailenv.once()
    [drafted] = [item for item in mailenv.inbox("list")["items"] if item["to"] == "lena@brotzeit-bakery.example"]
    shown = mailenv.inbox("show", str(drafted["id"]))
    assert "brauchen ein neues Logo." in shown["inquiry_body"]  # the soft break unwrapped
    found = re.search(r"\bQ-\d{4}-0001\b", shown["body"])  # the first number of the year's sequence
    assert found is not None, shown["body"]
    number = found.group(0)
    assert number in mailenv.cli("quote", "list", "--json").stdout  # in the quote book chat and the CLI use

    with Assistant(mailenv.home, model=UnsureModel()) as atelier:
        reply = atelier.chat("/reply Tell the bakery I can start in February")
        assert reply.pending is not None, reply.text
        atelier.approve(reply.thread_id)
    items = [item for item in mailenv.inbox("list", "--all")["items"] if item["to"] == "lena@brotzeit-bakery.example"]
    assert [(item["id"], item["state"]) for item in items] == [(drafted["id"], "approved")]  # replaced, not doubled
    assert reply.pending is not None and reply.pending.tool == "send_reply", reply.text
    drafted = reply.pending.args  # the drafted reply, waiting for approval before it is queued for the daemon
    assert drafted["to"] == "lena@brotzeit-bakery.example"  # the directory's address, not the display name's
    assert drafted["subject"] == "Re: Neues Logo für das Café"
    assert "Angebot" in drafted["body"] and number in drafted["body"]  # German, and the inquiry's one number
    assert "lena@brotzeit-bakery.example" in reply.pending.summary
