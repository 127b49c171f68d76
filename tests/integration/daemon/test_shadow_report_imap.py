"""``atelier shadow report`` against real Dovecot: past inquiries in INBOX, the freelancer's replies in Sent."""

from __future__ import annotations

import json

from tests.integration.daemon.mailenv import REPO, MailEnv

PAST_MAIL = REPO / "examples" / "past-mail"


def test_the_report_pairs_inbox_and_sent_over_imap_and_leaves_the_mailbox_alone(mailenv: MailEnv) -> None:
    client = mailenv.imap_client()
    try:
        if not client.folder_exists("Sent"):
            client.create_folder("Sent")
    finally:
        client.logout()
    for path in sorted(PAST_MAIL.glob("*.inquiry.eml")):
        mailenv.deliver(path.read_bytes(), "INBOX")
    for path in sorted(PAST_MAIL.glob("*.sent.eml")):
        mailenv.deliver(path.read_bytes(), "Sent")
    mailenv.deliver(b"From: news@list.example\r\nSubject: Weekly\r\nMessage-ID: <n1@list.example>\r\n\r\nNews.\r\n")

    done = mailenv.cli("shadow", "report", "--no-model", "--json", "--since", "2026-08-01")
    report = json.loads(done.stdout)
    assert [c["language"] for c in report["cases"]] == ["fr", "es", "it", "nl", "en", "de"]
    assert all(c["actually_sent"] and c["would_send"] and c["diff"] for c in report["cases"])
    assert report["share_unedited"] == 0.0

    text = mailenv.cli("shadow", "report", "--no-model").stdout
    assert "+merci beaucoup pour votre message." in text  # her French reply, read from Sent, minus the quote
    assert text.rstrip().splitlines()[-2] == "0 of 8 replies would have gone out unedited: 0%"
    assert len(mailenv.folder("INBOX")) == 9 and len(mailenv.folder("Sent")) == 8
    assert not _has(mailenv, "Drafts") or mailenv.folder("Drafts") == []  # a replay drafts nothing


def _has(mailenv: MailEnv, folder: str) -> bool:
    client = mailenv.imap_client()
    try:
        return bool(client.folder_exists(folder))
    finally:
        client.logout()
