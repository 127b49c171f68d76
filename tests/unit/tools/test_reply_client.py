"""A reply asked for by the client's name ("Tell the bakery ...") answers that client's last mail in the ledger."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import pytest
from langchain_core.tools import ToolException

from assistant.daemon import Inbox, open_inbox
from assistant.daemon.models import Triage, TriageResult
from assistant.mail.parsing import dedupe_fields
from assistant.memory.models import PastProject
from assistant.profile import ClientContact, load_profile
from assistant.toolbox import MailDesk
from assistant.tools.parts import Parts
from assistant.tools.reply_client import named_clients
from assistant.tools.reply_tools import DRAFT_REPLY

REPO = Path(__file__).resolve().parents[3]
PROFILE = load_profile(REPO / "examples" / "profile.toml")
TODAY = dt.date(2027, 1, 8)


def _mail(sender: str, subject: str, body: str, mid: str) -> bytes:
    return (
        f"From: {sender}\nTo: studio@lindqvist.example\nSubject: {subject}\nMessage-ID: <{mid}>\n"
        f"Date: Thu, 07 Jan 2027 09:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


OLDER = _mail(
    "Lena Brandt <lena@brotzeit-bakery.example>", "Brotbeutel", "Hallo Mara, danke für die Beutel!", "a1@brotzeit"
)
LAST = _mail(
    "Lena Brandt <lena@brotzeit-bakery.example>",
    "Neues Logo für das Café",
    "Hallo Mara,\n\nwir eröffnen ein zweites Café und brauchen ein neues Logo. Können Sie uns ein Angebot "
    "schicken?\n\nViele Grüße\nLena",
    "a2@brotzeit",
)
IMPOSTOR = _mail(
    '"Brotzeit Bakery" <orders@bakery-invoices.example>', "Logo", "Hello, please quote a logo for us.", "x1@evil"
)


class Memory:
    """Memory with the demo's clients and no past projects (the quote then comes from the rate card)."""

    def clients(self) -> list[str]:
        return ["Brotzeit Bakery", "Acme", "mail lena@x.example 0123456789abcdef"]

    def similar_projects(self, service: str | None, description: str, k: int, *, scope: Any) -> Sequence[PastProject]:
        return []

    def search(self, query: str, *, k: int, scope: Any) -> Sequence[Any]:
        """No mail history: a mail whose register does not tell gets the catalog's formal one."""
        return []


def _record(inbox: Inbox, raw: bytes, uid: int) -> None:
    ledger = inbox.store.ledger
    message_id, digest = dedupe_fields(raw)
    row, _ = ledger.record_seen(mailbox="INBOX", uidvalidity=1, uid=uid, message_id=message_id, content_hash=digest,
                                raw=raw)  # fmt: skip
    sender = raw.split(b"<", 1)[1].split(b">", 1)[0].decode()
    ledger.set_triage(row, sender, "s", TriageResult(triage=Triage.NEW_INQUIRY, reason="r", client=sender))
    ledger.finish(row)


def _draft_tool(inbox: Inbox, profile: Any = PROFILE) -> Any:
    memory = cast(Any, Memory())
    desk = MailDesk(profile, lambda: cast(Any, None), lambda: memory, lambda: inbox, lambda: TODAY)
    return DRAFT_REPLY.make(Parts(profile=profile, today=lambda: TODAY, replies=desk))


@pytest.fixture
def inbox(tmp_path: Path) -> Any:
    opened = open_inbox(tmp_path, "studio@lindqvist.example")
    for uid, raw in enumerate((OLDER, LAST, IMPOSTOR), start=1):
        _record(opened, raw, uid)
    yield opened
    opened.close()


def test_a_reply_by_the_clients_name_answers_their_last_mail_in_their_language(inbox: Inbox) -> None:
    text, drafted = _draft_tool(inbox)(text="Tell the bakery I can start in February")
    assert drafted.to == "lena@brotzeit-bakery.example"  # the directory's address, not the impostor's
    assert drafted.subject == "Re: Neues Logo für das Café" and "Lena" in drafted.body
    assert "Angebot" in drafted.body  # German, the client's language, with the daemon drafter's quote
    assert drafted.inquiry.startswith("From: Lena Brandt") and "a2@brotzeit" in drafted.inquiry


def test_two_clients_that_fit_the_words_are_asked_about_by_name(inbox: Inbox) -> None:
    two = PROFILE.model_copy(
        update={"clients": (*PROFILE.clients, ClientContact(name="Sonnen Bakery", domains=("sonnen.example",)))}
    )
    with pytest.raises(ToolException, match="Brotzeit Bakery or Sonnen Bakery"):
        _draft_tool(inbox, two)(text="Tell the bakery I can start in February")
    _, drafted = _draft_tool(inbox, two)(text="Tell Brotzeit Bakery I can start in February")
    assert drafted.to == "lena@brotzeit-bakery.example"  # the whole name settles it


def test_a_client_named_nowhere_or_without_mail_is_said_so(inbox: Inbox) -> None:
    with pytest.raises(ToolException, match="which inquiry"):
        _draft_tool(inbox)(text="Tell them I can start in February")
    with pytest.raises(ToolException, match="no mail from Acme"):
        _draft_tool(inbox)(text="Tell Acme I can start in February")


def test_names_match_whole_or_by_a_telling_word_never_by_filler() -> None:
    names = ["Brotzeit Bakery", "Museum am Ufer", "Acme", "Hollow Oak Press"]
    assert named_clients("tell the bakeries", names) == ["Brotzeit Bakery"]
    assert named_clients("write to the museum", names) == ["Museum am Ufer"]
    assert named_clients("tell them I am away", names) == []  # "am" names nobody
