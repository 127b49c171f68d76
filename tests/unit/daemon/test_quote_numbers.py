"""The daemon numbers its quotes in the quote store's one sequence, one number per inquiry."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

from assistant.clock import Clock
from assistant.daemon import build_drafter
from assistant.daemon.models import OutboxItem, OutboxState, Triage
from assistant.daemon.quote_sent import quote_marker
from assistant.mail.message import InboundMessage
from assistant.mail.parsing import parse_message
from assistant.profile import load_profile
from assistant.tools.quote_store import FILE_NAME, QuoteStore

REPO = Path(__file__).resolve().parents[3]
PROFILE = load_profile(REPO / "examples" / "profile.toml")
TODAY = dt.date(2027, 1, 8)


def _inquiry(message_id: str) -> InboundMessage:
    msg = EmailMessage()
    msg["From"] = "Jonas Keller <jonas@cafe.example>"
    msg["To"] = "studio@lindqvist.example"
    msg["Subject"] = "A logo for our café"
    msg["Message-ID"] = message_id
    msg["Date"] = "Fri, 08 Jan 2027 10:00:00 +0100"
    msg.set_content("Hello Mara,\n\nwe are opening a café and need a logo. Could you send a quote?\n\nJonas")
    return parse_message(msg.as_bytes(), mailbox="INBOX", uidvalidity=1, uid=1)


def test_a_daemon_quote_is_numbered_after_the_chats_and_keeps_its_number_on_a_redraft(tmp_path: Path) -> None:
    store = QuoteStore(tmp_path / FILE_NAME)
    drafter = build_drafter(PROFILE, tmp_path, None)
    first = drafter.draft(_inquiry("<a@cafe.example>"), Triage.NEW_INQUIRY, today=TODAY)
    assert first.quote is not None and first.quote.number == "Q-2027-0001"
    assert "Q-2027-0001" in first.body and store.get("Q-2027-0001").client_email == "jonas@cafe.example"
    chat = store.save(first.quote.model_copy(update={"client": "Someone in chat"}))
    again = drafter.draft(_inquiry("<a@cafe.example>"), Triage.NEW_INQUIRY, today=TODAY)
    other = drafter.draft(_inquiry("<b@cafe.example>"), Triage.NEW_INQUIRY, today=TODAY)
    assert again.quote is not None and other.quote is not None
    assert (chat.number, again.quote.number, other.quote.number) == ("Q-2027-0002", "Q-2027-0001", "Q-2027-0003")
    assert [q.number for q in store.list()] == ["Q-2027-0003", "Q-2027-0002", "Q-2027-0001"]


def test_shadow_mode_takes_no_number(tmp_path: Path) -> None:
    drafted = build_drafter(PROFILE, tmp_path, None, numbered=False).draft(
        _inquiry("<a@cafe.example>"), Triage.NEW_INQUIRY, today=TODAY
    )
    assert drafted.quote is not None and not drafted.quote.number.startswith("Q-2027-0")
    assert QuoteStore(tmp_path / FILE_NAME).list() == []


def _sent(quote_json: str) -> OutboxItem:
    return OutboxItem(
        id=1,
        inquiry_id=1,
        kind="reply",
        version=1,
        message_id="<r@lindqvist.example>",
        to="jonas@cafe.example",
        subject="Re: A logo for our café",
        body="",
        in_reply_to="<a@cafe.example>",
        references="<a@cafe.example>",
        state=OutboxState.SENT,
        quote_json=quote_json,
    )


def test_a_quote_that_went_out_with_its_reply_is_sent_in_the_quote_book(tmp_path: Path) -> None:
    store = QuoteStore(tmp_path / FILE_NAME)
    drafted = build_drafter(PROFILE, tmp_path, None).draft(
        _inquiry("<a@cafe.example>"), Triage.NEW_INQUIRY, today=TODAY
    )
    assert drafted.quote is not None and store.get(drafted.quote.number).status == "draft"
    mark = quote_marker(tmp_path / FILE_NAME, Clock.fixed(dt.datetime(2027, 1, 8, 12, tzinfo=dt.UTC)))
    mark(_sent(drafted.quote.model_dump_json()), "the text that went out")
    assert store.get(drafted.quote.number).status == "sent"
    store.mark(drafted.quote.number, "accepted")
    mark(_sent(drafted.quote.model_dump_json()), "sent again by hand")  # an accepted quote stays accepted
    assert store.get(drafted.quote.number).status == "accepted"


def test_a_reply_without_a_quote_or_with_an_unknown_one_changes_nothing(tmp_path: Path) -> None:
    unsaved = build_drafter(PROFILE, tmp_path, None, numbered=False).draft(
        _inquiry("<a@cafe.example>"), Triage.NEW_INQUIRY, today=TODAY
    )
    assert unsaved.quote is not None
    mark = quote_marker(tmp_path / FILE_NAME, Clock.fixed(dt.datetime(2027, 1, 8, 12, tzinfo=dt.UTC)))
    mark(_sent(""), "questions only")
    mark(_sent(unsaved.quote.model_dump_json()), "shadow mode numbers none")
    assert QuoteStore(tmp_path / FILE_NAME).list() == []
