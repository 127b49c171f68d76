"""The Drafts folder is the source of truth: edits made in a mail client are what goes out (real Dovecot + SMTP)."""

from __future__ import annotations

import email.utils
import json
from email.message import EmailMessage

from tests.integration.daemon.mailenv import ADDRESS, MailEnv, make_inquiry

ADDED = "I am away in August, so the final files would follow in the first week of September."


def _draft(mailenv: MailEnv) -> tuple[int, EmailMessage]:
    [(uid, _, draft)] = mailenv.folder("Drafts")
    return uid, draft


def _resave(draft: EmailMessage, text: str, *, keep_pdf: bool = True, in_reply_to: bool = True) -> EmailMessage:
    """The draft as a mail client re-saves it after an edit: a new Message-ID, Atelier's own header gone."""
    edited = EmailMessage()
    for header in ("From", "To", "Subject", "References"):
        edited[header] = draft[header]
    if in_reply_to:
        edited["In-Reply-To"] = draft["In-Reply-To"]
    edited["Date"] = email.utils.formatdate()
    edited["Message-ID"] = email.utils.make_msgid(domain="thunderbird.example")
    edited["User-Agent"] = "Mozilla Thunderbird"
    edited.set_content(text)
    for part in draft.iter_attachments():
        if keep_pdf:
            edited.add_attachment(
                part.get_content(), maintype="application", subtype="pdf", filename=part.get_filename()
            )
    return edited


def _replace_draft(mailenv: MailEnv, uid: int | None, edited: EmailMessage) -> None:
    client = mailenv.imap_client()
    try:
        client.append("Drafts", edited.as_bytes(), flags=[b"\\Draft", b"\\Seen"])
        if uid is not None:
            client.select_folder("Drafts")
            client.delete_messages([uid])
            client.expunge()
    finally:
        client.logout()


def _text(draft: EmailMessage) -> str:
    body = draft.get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")


def _with_added_sentence(text: str) -> str:
    greeting, rest = text.split("\n\n", 1)
    return f"{greeting}\n\n{ADDED}\n\n{rest}"


def test_a_draft_edited_in_the_mail_client_is_sent_with_its_pdf_and_its_edit_becomes_a_rule(mailenv: MailEnv) -> None:
    mailenv.deliver(make_inquiry(message_id="<tb@example.com>"))
    mailenv.once()
    uid, draft = _draft(mailenv)
    assert [p.get_content_type() for p in draft.iter_attachments()] == ["application/pdf"]
    edited = _resave(draft, _with_added_sentence(_text(draft)), in_reply_to=False)  # only References kept
    _replace_draft(mailenv, uid, edited)
    mailenv.once()

    [item] = mailenv.inbox("list")["items"]
    assert item["state"] == "pending" and item["reason"] == "edited in your mail client; waits for your approval"
    assert ADDED in item["body"] and item["message_id"] == edited["Message-ID"]
    assert len(mailenv.folder("Drafts")) == 1  # the freelancer's copy is left as it is

    shown = mailenv.cli("inbox", "show", str(item["id"])).stdout
    assert ADDED in shown
    mailenv.cli("inbox", "approve", str(item["id"]))
    mailenv.once()
    [received] = mailenv.sent_to_smtp()
    sent = received.message
    assert received.rcpt_tos == ["client@example.com"]
    assert ADDED in _text(sent) and sent["Message-ID"] == edited["Message-ID"]
    assert sent["In-Reply-To"] == "<tb@example.com>"
    [pdf] = list(sent.iter_attachments())
    assert pdf.get_content_type() == "application/pdf" and pdf.get_content()[:5] == b"%PDF-"
    assert mailenv.folder("Drafts") == []
    [row] = mailenv.inbox("list", "--all")["items"]
    assert row["state"] == "sent" and ADDED in row["body"] and ADDED not in row["drafted_body"]

    rules = json.loads(mailenv.cli("rules", "list", "--json").stdout)
    [rule] = [r for r in rules if ADDED in r["text"]]
    assert rule["status"] == "proposed" and rule["text"] == f'Always include: "{ADDED}"'
    assert "client@example.com" in rule["source"]

    # Accepted, the rule shapes the daemon's next draft, for another client.
    mailenv.cli("rules", "accept", str(rule["id"]))
    mailenv.deliver(make_inquiry(sender="noor@example.org", name="Noor", message_id="<next@example.org>"))
    mailenv.once()
    [(_, _, following)] = mailenv.folder("Drafts")
    assert following["To"] == "noor@example.org" and ADDED in _text(following)
    assert _text(following).index(ADDED) < _text(following).index("Best,")  # before the sign-off


def test_an_edit_under_the_floor_is_held_with_its_reason_and_never_sent(mailenv: MailEnv) -> None:
    mailenv.deliver(make_inquiry(message_id="<cheap@example.com>"))
    mailenv.once()
    uid, draft = _draft(mailenv)
    cheap = _text(draft).replace("\n\n", "\n\nFor you I would do it for 300 €.\n\n", 1)
    _replace_draft(mailenv, uid, _resave(draft, cheap))
    mailenv.once()
    [item] = mailenv.inbox("list")["items"]
    assert item["state"] == "held" and "your edit: 300" in item["reason"] and "below the floor" in item["reason"]

    mailenv.cli("inbox", "approve", str(item["id"]))
    mailenv.once()
    assert mailenv.sent_to_smtp() == []
    [item] = mailenv.inbox("list")["items"]
    assert item["state"] == "held" and "below the floor" in item["reason"]


def test_an_edit_that_adds_a_recipient_is_held_for_the_mail_client(mailenv: MailEnv) -> None:
    mailenv.deliver(make_inquiry(message_id="<cc@example.com>"))
    mailenv.once()
    uid, draft = _draft(mailenv)
    edited = _resave(draft, _text(draft))
    edited["Cc"] = "boss@example.com"
    _replace_draft(mailenv, uid, edited)
    mailenv.once()
    [item] = mailenv.inbox("list")["items"]
    mailenv.cli("inbox", "approve", str(item["id"]))
    mailenv.once()
    assert mailenv.sent_to_smtp() == []
    [item] = mailenv.inbox("list")["items"]
    assert item["state"] == "held" and "boss@example.com" in item["reason"]


def test_a_draft_edited_and_sent_from_the_mail_client_is_recorded_with_the_sent_text(mailenv: MailEnv) -> None:
    mailenv.deliver(make_inquiry(message_id="<phone@example.com>", sender="pia@example.com"))
    mailenv.once()
    uid, draft = _draft(mailenv)
    sent = _resave(draft, _with_added_sentence(_text(draft)))
    client = mailenv.imap_client()
    try:  # the phone sends it: a copy goes to Sent and the draft leaves Drafts
        client.append("Sent", sent.as_bytes(), flags=[b"\\Seen"])
        client.select_folder("Drafts")
        client.delete_messages([uid])
        client.expunge()
    finally:
        client.logout()
    mailenv.once()
    [item] = mailenv.inbox("list", "--all")["items"]
    assert item["state"] == "sent" and item["sent_via"] == "mail-client"
    assert ADDED in item["body"] and ADDED not in item["drafted_body"]
    assert mailenv.sent_to_smtp() == []
    rules = json.loads(mailenv.cli("rules", "list", "--json").stdout)
    assert [r["text"] for r in rules] == [f'Always include: "{ADDED}"']
    assert all("Clara" not in r["text"] for r in rules)


def test_a_draft_resaved_twice_goes_out_as_last_saved_and_a_deleted_one_is_held(mailenv: MailEnv) -> None:
    mailenv.deliver(make_inquiry(message_id="<twice@example.com>"))
    mailenv.once()
    uid, draft = _draft(mailenv)
    first = _resave(draft, _text(draft).replace("\n\n", "\n\nFirst try.\n\n", 1))
    second = _resave(draft, _text(draft).replace("\n\n", "\n\nSecond try, the one I mean.\n\n", 1))
    _replace_draft(mailenv, None, first)  # both copies stay, as after a client's double save
    _replace_draft(mailenv, None, second)
    mailenv.once()
    [item] = mailenv.inbox("list")["items"]
    assert "Second try" in item["body"] and "First try" not in item["body"]

    client = mailenv.imap_client()
    try:  # now every copy is deleted before the approval reaches the daemon
        client.select_folder("Drafts")
        client.delete_messages(client.search(["ALL"]))
        client.expunge()
    finally:
        client.logout()
    mailenv.cli("inbox", "approve", str(item["id"]))
    mailenv.once()
    assert mailenv.sent_to_smtp() == []
    [item] = mailenv.inbox("list", "--all")["items"]
    assert item["state"] in ("held", "rejected")
    assert "no longer in Drafts" in item["reason"] or "deleted" in item["reason"]


def test_a_sent_reply_takes_every_older_copy_out_of_drafts(mailenv: MailEnv) -> None:
    mailenv.deliver(make_inquiry(message_id="<dup@example.com>"))
    mailenv.once()
    _, draft = _draft(mailenv)
    edited = _resave(draft, _with_added_sentence(_text(draft)))
    _replace_draft(mailenv, None, edited)  # Atelier's copy is left behind next to the edit
    mailenv.once()
    [item] = mailenv.inbox("list")["items"]
    mailenv.cli("inbox", "approve", str(item["id"]))
    mailenv.once()
    [received] = mailenv.sent_to_smtp()
    assert ADDED in _text(received.message)
    assert mailenv.folder("Drafts") == []  # no stale copy left to be sent a second time by hand


def test_feedback_gives_a_new_draft_in_drafts_in_place_of_the_old(mailenv: MailEnv) -> None:
    mailenv.deliver(make_inquiry(message_id="<fb@example.com>", sender="fee@example.com"))
    mailenv.once()
    _, old = _draft(mailenv)
    [item] = mailenv.inbox("list")["items"]
    done = mailenv.cli("inbox", "feedback", str(item["id"]), "shorter and mention I'm away in August", "--no-model")
    assert "I'm away in August." in done.stdout and "redrafted" in done.stdout
    mailenv.once()
    _, new = _draft(mailenv)  # exactly one draft: the new one replaced the old
    assert new["Message-ID"] != old["Message-ID"] and new["In-Reply-To"] == "<fb@example.com>"
    assert "I'm away in August." in _text(new) and "I'm away in August." not in _text(old)
    assert len(_text(new)) < len(_text(old)) + len("I'm away in August.") + 2
    assert [p.get_content_type() for p in new.iter_attachments()] == ["application/pdf"]
    [shown] = mailenv.inbox("list")["items"]
    assert shown["version"] == 2 and shown["feedback"] == "shorter and mention I'm away in August"

    german = "Hallo Mara,\n\nkönnen Sie ein Logo für unsere Bäckerei in Leipzig entwerfen? Was kostet das?\n\nJonas"
    mailenv.deliver(
        make_inquiry(
            message_id="<de@example.com>", sender="jonas@example.de", name="Jonas Keller", subject="Logo", body=german
        )
    )
    mailenv.once()
    de = next(i for i in mailenv.inbox("list")["items"] if i["to"] == "jonas@example.de")
    mailenv.cli("inbox", "feedback", str(de["id"]), "erwähne, dass ich im August nicht erreichbar bin", "--no-model")
    mailenv.once()
    texts = {m["To"]: _text(m) for _, _, m in mailenv.folder("Drafts")}
    assert "Ich bin im August nicht erreichbar." in texts["jonas@example.de"]
    assert texts["jonas@example.de"].startswith("Hallo Jonas,")  # he wrote "Hallo Mara": first names
    assert ADDRESS not in texts["jonas@example.de"]
