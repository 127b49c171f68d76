"""The daemon against real Dovecot and a real SMTP server, run as a separate process."""

from __future__ import annotations

import email
import email.message
import email.policy
import os
import signal
from pathlib import Path

import pytest

from tests.integration.daemon.mailenv import (
    ADDRESS,
    REPO,
    MailEnv,
    SmtpRecorder,
    make_inquiry,
    wait_until,
    write_config,
)

INQUIRIES = REPO / "examples" / "inquiries"


def _items(mailenv: MailEnv) -> list[dict]:
    return list(mailenv.inbox("list", "--all")["items"])


def test_draft_is_threaded_in_drafts_then_approved_and_sent_once(mailenv: MailEnv) -> None:
    inquiry = make_inquiry(message_id="<first@example.com>", subject="Logo for my bakery")
    mailenv.deliver(inquiry)
    mailenv.once()

    drafts = mailenv.folder("Drafts")
    assert len(drafts) == 1
    _, flags, draft = drafts[0]
    assert b"\\Draft" in flags
    assert draft["In-Reply-To"] == "<first@example.com>"
    assert "<first@example.com>" in draft["References"]
    assert draft["Subject"] == "Re: Logo for my bakery"
    assert draft["To"] == "client@example.com"
    assert draft["Cc"] is None and draft["Bcc"] is None
    [item] = mailenv.inbox("list")["items"]
    assert item["state"] == "pending" and item["reason"].startswith("draft mode")
    assert mailenv.sent_to_smtp() == []

    mailenv.cli("inbox", "approve", str(item["id"]))
    mailenv.once()
    [received] = mailenv.sent_to_smtp()
    assert received.rcpt_tos == ["client@example.com"]
    sent = received.message
    assert sent["Message-ID"] == draft["Message-ID"]
    assert sent["In-Reply-To"] == "<first@example.com>"
    assert sent["Auto-Submitted"] is None  # approved by a person, not automatic
    sent_folder = mailenv.folder("Sent")
    assert [m["Message-ID"] for _, _, m in sent_folder] == [draft["Message-ID"]]
    assert b"$AtelierSent" in sent_folder[0][1]
    assert mailenv.folder("Drafts") == []  # the draft was withdrawn once sent

    mailenv.once()
    mailenv.once()
    assert len(mailenv.sent_to_smtp()) == 1
    status = mailenv.status()
    assert status["counts"]["sent"] == 1 and status["queues"] == {"sent": 1, "quarantine": 0}


def test_with_a_provider_that_files_sent_mail_each_reply_shows_once_in_sent(mailenv: MailEnv, tmp_path: Path) -> None:
    # Gmail-like: the SMTP server files its own copy of every message it accepts in Sent.
    mailenv.smtp.stop()
    imap = (mailenv.imap.port, mailenv.imap.user, mailenv.imap.password)
    mailenv.smtp = SmtpRecorder(tmp_path / "provider-spool", file_sent=True, imap=imap).start()
    try:
        write_config(mailenv.home, mailenv.imap, mailenv.smtp.port, extra="provider_saves_sent = true")
        mailenv.deliver(make_inquiry(message_id="<gmail@example.com>"))
        mailenv.once()
        [item] = mailenv.inbox("list")["items"]
        mailenv.cli("inbox", "approve", str(item["id"]))
        mailenv.once()
        [received] = mailenv.sent_to_smtp()
        sent_folder = mailenv.folder("Sent")
        assert [m["Message-ID"] for _, _, m in sent_folder] == [received.message["Message-ID"]]
        assert not {b"$AtelierSending", b"$AtelierSent"} & sent_folder[0][1], "the provider's copy, not ours"
        mailenv.once()
        assert len(mailenv.sent_to_smtp()) == 1 and len(mailenv.folder("Sent")) == 1
        assert [i["state"] for i in _items(mailenv)] == ["sent"]
    finally:
        mailenv.smtp.stop()


def test_draft_sent_from_the_mail_client_is_recorded_and_never_resent(mailenv: MailEnv) -> None:
    mailenv.deliver(make_inquiry(message_id="<a@example.com>", sender="ann@example.com"))
    mailenv.deliver(make_inquiry(message_id="<b@example.com>", sender="bob@example.com"))
    mailenv.once()
    drafts = {m["To"]: (uid, m) for uid, _, m in mailenv.folder("Drafts")}
    assert set(drafts) == {"ann@example.com", "bob@example.com"}

    # The freelancer sends Ann's draft from their phone (the client moves it to Sent) and deletes Bob's.
    client = mailenv.imap_client()
    client.append("Sent", drafts["ann@example.com"][1].as_bytes(), flags=[b"\\Seen"])
    client.select_folder("Drafts")
    client.delete_messages([drafts["ann@example.com"][0], drafts["bob@example.com"][0]])
    client.expunge()
    client.logout()
    mailenv.once()

    by_to = {i["to"]: i for i in _items(mailenv)}
    assert by_to["ann@example.com"]["state"] == "sent"
    assert by_to["ann@example.com"]["sent_via"] == "mail-client"
    assert by_to["bob@example.com"]["state"] == "rejected"
    assert "deleted" in by_to["bob@example.com"]["reason"]
    done = mailenv.cli("inbox", "approve", str(by_to["ann@example.com"]["id"]), check=False)
    assert done.returncode == 1 and "it is sent" in done.stderr
    mailenv.once()
    assert mailenv.sent_to_smtp() == []


def test_auto_replies_lists_and_bounces_are_ignored_with_a_reason(mailenv: MailEnv) -> None:
    mailenv.deliver((INQUIRIES / "07-newsletter-creative-weekly.eml").read_bytes())
    mailenv.deliver((INQUIRIES / "08-out-of-office-museum.eml").read_bytes())
    mailenv.deliver(make_inquiry(sender="mailer-daemon@example.net", subject="Undelivered Mail Returned to Sender"))
    mailenv.deliver(make_inquiry(sender="list@example.org", headers={"List-Id": "<designers.example.org>"}))
    mailenv.deliver(make_inquiry(sender="bot@example.org", headers={"X-Autoreply": "yes"}))
    mailenv.deliver(make_inquiry(sender="vac@example.org", headers={"Auto-Submitted": "auto-replied"}))
    mailenv.once()

    assert _items(mailenv) == []
    assert mailenv.folder("Drafts") == []
    assert mailenv.sent_to_smtp() == []
    status = mailenv.status()
    assert status["counts"]["ignore"] == 6
    import sqlite3

    with sqlite3.connect(mailenv.data_dir / "daemon.sqlite") as conn:
        reasons = dict(conn.execute("SELECT sender, reason FROM messages"))
    assert "Precedence: bulk" in reasons["newsletter@creative-weekly.example.org"]
    assert "RFC 3834" in reasons["s.krueger@museum-am-ufer.example"]
    assert "bounce" in reasons["mailer-daemon@example.net"]
    assert "list-id" in reasons["list@example.org"]
    assert "x-autoreply" in reasons["bot@example.org"]


def test_unparseable_mail_is_quarantined_and_shown(mailenv: MailEnv) -> None:
    mailenv.deliver(b"Subject: no sender at all\r\nMessage-ID: <q@x>\r\n\r\nhello\r\n")
    mailenv.deliver(b"From: a@b.example, c@d.example\r\nSubject: two senders\r\n\r\nhello\r\n")
    mailenv.once()
    quarantine = mailenv.inbox("list")["quarantine"]
    assert len(quarantine) == 2
    assert all("From:" in q["reason"] for q in quarantine)
    assert mailenv.status()["queues"]["quarantine"] == 2
    assert mailenv.sent_to_smtp() == []


def test_a_message_over_the_size_cap_is_not_downloaded_but_quarantined(mailenv: MailEnv) -> None:
    write_config(mailenv.home, mailenv.imap, mailenv.smtp.port, extra="max_message_mb = 0.05")
    huge = email.message_from_bytes(make_inquiry(subject="Reference photos"), policy=email.policy.default)
    assert isinstance(huge, email.message.EmailMessage)
    huge.add_attachment(os.urandom(200_000), maintype="image", subtype="jpeg", filename="ref.jpg")
    mailenv.deliver(huge.as_bytes())
    mailenv.deliver(make_inquiry(sender="small@example.com", subject="Logo"))
    mailenv.once()
    (entry,) = mailenv.inbox("list")["quarantine"]
    assert "too large to read" in entry["reason"] and "max_message_mb" in entry["reason"]
    assert entry["size"] < 5_000, "only the headers were fetched and kept"
    assert len(_items(mailenv)) == 1, "the small inquiry next to it is drafted as usual"
    assert mailenv.status()["queues"]["quarantine"] == 1
    mailenv.once()
    assert len(mailenv.inbox("list")["quarantine"]) == 1, "a second poll does not fetch or record it again"


def test_auto_mode_sends_questions_alone_but_holds_quotes_and_hands_off(mailenv: MailEnv) -> None:
    write_config(mailenv.home, mailenv.imap, mailenv.smtp.port, mode="auto")
    # what auto mode sends alone, by kind of draft; how surely the mail must read as an inquiry first (the vague
    # one reads about 0.4 sure, under the default 0.6) is the gate's unit test
    profile = mailenv.home / "profile.toml"
    profile.write_text(profile.read_text().replace("auto_send_confidence = 0.6", "auto_send_confidence = 0.0"))
    mailenv.deliver((INQUIRIES / "06-vague-inquiry.eml").read_bytes())
    mailenv.deliver((INQUIRIES / "01-new-childrens-book-hedgehog.eml").read_bytes())
    mailenv.deliver((INQUIRIES / "05-angry-greenleaf-can-files.eml").read_bytes())
    mailenv.once()

    by_to = {i["to"]: i for i in _items(mailenv)}
    vague = by_to["m.schulz@example.org"]
    assert vague["state"] == "sent" and vague["auto"] is True
    [received] = mailenv.sent_to_smtp()
    assert received.rcpt_tos == ["m.schulz@example.org"]
    assert received.message["Auto-Submitted"] == "auto-replied"
    assert "AI assistant" in received.message.get_content()
    assert by_to["lena.hoffmann@example.com"]["state"] == "held"
    angry = by_to["sofia@greenleaf-kombucha.example"]
    assert angry["state"] == "held" and "upset tone" in angry["reason"]
    notes = [m for _, flags, m in mailenv.folder("INBOX") if m["Subject"].startswith("[Atelier]")]
    # two hand-offs: the upset client, and the picture book (14 spreads + cover) over the 12,000 € the
    # profile wants to read itself
    assert sorted(m["Subject"] for m in notes) == [
        "[Atelier] for you: Picture book illustration: Igel Ida (14 spreads + cover)",  # quotes go
        "[Atelier] for you: Re: Quince can: print files -- this is NOT ok",
    ]
    mailenv.once()  # the note in INBOX is the daemon's own: never triaged as an inquiry
    assert len(_items(mailenv)) == 3
    assert len(mailenv.sent_to_smtp()) == 1


@pytest.mark.parametrize("use_idle", [True, False])
def test_running_daemon_picks_up_mail_and_sends_within_seconds_of_approval(mailenv: MailEnv, use_idle: bool) -> None:
    write_config(mailenv.home, mailenv.imap, mailenv.smtp.port, extra=f"use_idle = {str(use_idle).lower()}")
    proc = mailenv.start()
    wait_until(lambda: (mailenv.data_dir / "daemon.sqlite").exists() and mailenv.status()["last_poll"])
    mailenv.deliver(make_inquiry(message_id="<live@example.com>"))
    [item] = wait_until(lambda: mailenv.inbox("list")["items"], timeout=15)
    assert mailenv.status()["running"] is True

    mailenv.cli("inbox", "approve", str(item["id"]))
    wait_until(lambda: mailenv.sent_to_smtp(), timeout=10)
    assert [r.rcpt_tos for r in mailenv.sent_to_smtp()] == [["client@example.com"]]

    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=15) == 0
    assert mailenv.status()["running"] is False
    log = (mailenv.data_dir / "logs" / "daemon.log").read_text()
    assert '"event": "stop"' in log
    assert mailenv.imap.password not in log + mailenv.stderr()


def test_followups_are_drafted_and_a_client_answer_cancels_them(mailenv: MailEnv) -> None:
    import logging
    import os

    from assistant.clock import Clock
    from assistant.config import load_settings
    from assistant.daemon import build_daemon, open_inbox
    from assistant.profile import load_profile

    write_config(mailenv.home, mailenv.imap, mailenv.smtp.port, mode="auto")
    for sender in ("quiet@example.com", "talker@example.com"):
        mailenv.deliver(
            make_inquiry(
                sender=sender,
                subject="question",
                body="Hello, could you make a few posters for our festival? What do you offer?",
            )
        )
    mailenv.once()
    replies = {r.rcpt_tos[0]: r.message for r in mailenv.sent_to_smtp()}
    assert set(replies) == {"quiet@example.com", "talker@example.com"}
    # Talker answers our reply in the same thread; quiet never does.
    mailenv.deliver(
        make_inquiry(
            sender="talker@example.com",
            subject="Re: question",
            body="Thanks, I will think.",
            in_reply_to=replies["talker@example.com"]["Message-ID"],
        )
    )
    mailenv.once()

    os.environ["ATELIER_TEST_MAIL_PASSWORD"] = mailenv.imap.password
    try:
        later = Clock(offset=6 * 86400)  # six days on, while the mail server's own clock stays true
        daemon = build_daemon(
            load_settings(),
            load_profile(),
            mailenv.data_dir,
            None,
            logger=logging.getLogger("test-daemon"),
            clock=later,
        )
        daemon.run(once=True)
    finally:
        del os.environ["ATELIER_TEST_MAIL_PASSWORD"]
    inbox = open_inbox(mailenv.data_dir, ADDRESS)
    followups = [i for i in inbox.items(all_states=True) if i.kind == "followup"]
    inbox.close()
    assert [f.to for f in followups] == ["quiet@example.com"]
    assert followups[0].in_reply_to == replies["quiet@example.com"]["Message-ID"]
    sent = [r for r in mailenv.sent_to_smtp() if r.message["In-Reply-To"] == followups[0].in_reply_to]
    assert len(sent) == 1  # auto mode: a follow-up with no price or date goes alone, once
    assert sent[0].rcpt_tos == ["quiet@example.com"]


def test_shadow_mode_records_what_would_be_sent_next_to_what_was_sent(mailenv: MailEnv) -> None:
    mailenv.deliver(make_inquiry(message_id="<past@example.com>", sender="old@example.com"))
    mine = make_inquiry(
        sender=ADDRESS,
        name="Mara",
        subject="Re: Logo for my bakery",
        body="Hi Clara, happy to help. My logos start at 1,200 EUR. Mara",
        in_reply_to="<past@example.com>",
    ).replace(f"To: {ADDRESS}".encode(), b"To: old@example.com", 1)  # the freelancer's answer goes to the inquirer
    mailenv.deliver(mine, folder="Sent")
    mailenv.once("--shadow")

    [item] = _items(mailenv)
    assert item["state"] == "shadow"
    assert "My logos start at 1,200 EUR" in item["actual_reply"]
    import json

    [line] = [json.loads(x) for x in (mailenv.data_dir / "shadow.jsonl").read_text().splitlines()]
    assert line["inquiry"] == "<past@example.com>" and line["would_send"].startswith("Hi Clara,")
    assert mailenv.sent_to_smtp() == [] and mailenv.folder("Drafts") == []


def test_password_from_a_file_and_a_clear_error_without_one(mailenv: MailEnv) -> None:
    secret = mailenv.home / "mail-password"
    secret.write_text(mailenv.imap.password + "\n")
    config = (mailenv.home / "config.toml").read_text()
    (mailenv.home / "config.toml").write_text(config.replace("[mail]\n", f'[mail]\npassword_file = "{secret}"\n'))
    env = {k: v for k, v in mailenv.env.items() if k != "ATELIER_TEST_MAIL_PASSWORD"}
    mailenv.env = env
    mailenv.deliver(make_inquiry())
    mailenv.once()
    assert len(mailenv.inbox("list")["items"]) == 1

    secret.unlink()
    (mailenv.home / "config.toml").write_text(config)
    done = mailenv.once(check=False)
    assert done.returncode == 1
    assert "no mail password" in done.stderr and "ATELIER_TEST_MAIL_PASSWORD" in done.stderr


def test_sent_mails_become_tone_examples_only_with_consent(mailenv: MailEnv) -> None:
    import logging
    import os

    from assistant.config import load_settings
    from assistant.daemon import build_daemon
    from assistant.daemon.voice import VoiceBook
    from assistant.profile import load_profile

    own = make_inquiry(
        sender=ADDRESS,
        name="Mara",
        subject="Re: poster",
        body="Hi Tom,\n\nlovely to hear from you again. I can start the poster next month.\n\n"
        "On Mon, Tom wrote:\n> can you do a poster?\n",
    )
    mailenv.deliver(own.replace(b"To: studio@lindqvist.example", b"To: tom@example.com"), folder="Sent")
    mailenv.deliver(
        make_inquiry(
            sender=ADDRESS,
            headers={"X-Atelier-Outbox": "3"},
            body="Written by the daemon, not by Mara, long enough to count.",
        ),
        folder="Sent",
    )
    kept: list[tuple[str, str]] = []
    voice = VoiceBook(mailenv.data_dir / "voice.sqlite")

    config = (mailenv.home / "config.toml").read_text()

    def run(consent: bool) -> None:
        flag = "[mail]\ningest_sent_for_tone = true\n" if consent else "[mail]\n"
        (mailenv.home / "config.toml").write_text(config.replace("[mail]\n", flag))
        os.environ["ATELIER_TEST_MAIL_PASSWORD"] = mailenv.imap.password
        try:
            daemon = build_daemon(
                load_settings(),
                load_profile(),
                mailenv.data_dir,
                None,
                logger=logging.getLogger("t"),
                tone_sink=lambda text, to: kept.append((text, to)),
                voice=voice,
            )
            daemon.run(once=True)
        finally:
            del os.environ["ATELIER_TEST_MAIL_PASSWORD"]

    run(consent=False)
    assert kept == []
    run(consent=True)
    assert kept == [("Hi Tom,\n\nlovely to hear from you again. I can start the poster next month.", "tom@example.com")]
    run(consent=True)
    assert len(kept) == 1  # each sent mail is read once
    chosen = voice.choose("en", "neutral", "other", "a poster next month", "new@example.org")
    assert chosen.greeting is not None and (chosen.greeting.text, chosen.greeting.form) == ("Hi", "first")
    assert chosen.lead is not None and chosen.lead.text == "lovely to hear from you again"  # her words, no Tom


def test_edit_replaces_the_draft_and_reject_withdraws_nothing_sent(mailenv: MailEnv) -> None:
    mailenv.deliver(make_inquiry(sender="ed@example.com", message_id="<e@example.com>"))
    mailenv.deliver(make_inquiry(sender="rex@example.com", message_id="<x@example.com>"))
    mailenv.once()
    by_to = {i["to"]: i for i in mailenv.inbox("list")["items"]}
    old_id = by_to["ed@example.com"]["message_id"]
    text = mailenv.home / "edited.txt"
    text.write_text("Hi Clara,\n\nThanks! A short edited answer.\n\nMara\n")
    mailenv.cli("inbox", "edit", str(by_to["ed@example.com"]["id"]), "--body-file", str(text))
    mailenv.cli("inbox", "reject", str(by_to["rex@example.com"]["id"]), "--feedback", "not my kind of work")
    mailenv.once()

    drafts = {m["To"]: m for _, _, m in mailenv.folder("Drafts")}
    assert set(drafts) == {"ed@example.com"}  # the rejected draft was withdrawn from Drafts
    edited = drafts["ed@example.com"]
    assert edited["Message-ID"] != old_id and "A short edited answer." in edited.get_content()
    assert edited["In-Reply-To"] == "<e@example.com>"
    shown = mailenv.inbox("show", str(by_to["ed@example.com"]["id"]))
    assert shown["version"] == 2 and shown["message_id"] == edited["Message-ID"]
    mailenv.cli("inbox", "approve", str(by_to["ed@example.com"]["id"]))
    mailenv.once()
    [received] = mailenv.sent_to_smtp()
    assert received.message["Message-ID"] == edited["Message-ID"]
    assert "A short edited answer." in received.message.get_content()
    states = {i["to"]: (i["state"], i["feedback"]) for i in _items(mailenv)}
    assert states == {"ed@example.com": ("sent", ""), "rex@example.com": ("rejected", "not my kind of work")}


def test_a_reply_approved_in_chat_is_sent_to_the_inquirys_sender_in_its_thread(mailenv: MailEnv) -> None:
    from assistant.daemon import open_inbox

    inquiry = make_inquiry(sender="chat@example.com", message_id="<chat@example.com>", subject="Poster")
    inbox = open_inbox(mailenv.data_dir, ADDRESS)
    try:
        item = inbox.queue_reply(inquiry, "Re: Poster", "Hi Clara,\n\nYes, gladly.\n\nMara\n")
    finally:
        inbox.close()
    assert item.state.value == "approved" and item.inquiry_sender == "chat@example.com"
    mailenv.once()
    [received] = mailenv.sent_to_smtp()
    assert received.rcpt_tos == ["chat@example.com"] and received.message["To"] == "chat@example.com"
    assert received.message["Message-ID"] == item.message_id
    assert received.message["In-Reply-To"] == "<chat@example.com>"
    assert [i["state"] for i in _items(mailenv)] == ["sent"]


def test_a_german_inquiry_gets_a_german_draft_with_the_quote_pdf_attached_and_sent(mailenv: MailEnv) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    body = (
        "Hallo Mara,\n\nwir eröffnen ein Café in Leipzig und brauchen ein neues Logo. Können Sie uns ein Angebot "
        "schicken?\n\nViele Grüße\nJonas Keller"
    )
    mailenv.deliver(make_inquiry(name="Jonas Keller", subject="Neues Logo für unser Café", body=body))
    mailenv.once()
    [(_, _, draft)] = mailenv.folder("Drafts")
    text = draft.get_body(("plain",))
    assert text is not None and text.get_content().startswith("Hallo Jonas,")  # he wrote "Hallo Mara": first names
    assert "vielen Dank für Ihre Nachricht zu „Neues Logo für unser Café“." in text.get_content()
    [pdf] = [part for part in draft.iter_attachments() if part.get_content_type() == "application/pdf"]
    assert str(pdf.get_filename()).startswith("angebot-")
    document = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf.get_content())).pages)
    assert "Zahlungsbedingungen" in document and "Empfohlen" in document
    [item] = mailenv.inbox("list")["items"]
    mailenv.cli("inbox", "approve", str(item["id"]))
    mailenv.once()
    [received] = mailenv.sent_to_smtp()
    sent = [p.get_content_type() for p in received.message.iter_attachments()]
    assert sent == ["application/pdf"]
