"""A reply approved in chat carries its quote's PDF only while its body still states that quote."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from assistant.daemon import open_inbox
from assistant.daemon.delivery import attachments_for
from assistant.memory.models import PastProject
from assistant.profile import load_profile
from assistant.toolbox import MailDesk, draft_reply

REPO = Path(__file__).resolve().parents[3]
TODAY = dt.date(2027, 1, 8)
INQUIRY = (
    "From: Jonas Keller <jonas@cafe.example>\nTo: studio@lindqvist.example\nSubject: Neues Logo\n"
    "Message-ID: <q9@cafe.example>\nDate: Fri, 08 Jan 2027 10:00:00 +0100\n"
    "Content-Type: text/plain; charset=utf-8\n\nHallo Mara,\n\nwir eröffnen ein Café in Leipzig und brauchen ein "
    "neues Logo. Können Sie uns ein Angebot schicken?\n\nViele Grüße\nJonas Keller\n"
)


class NoPastProjects:
    """A memory with nothing in it yet (the quote then comes from the rate card alone)."""

    def similar_projects(self, service: str | None, description: str, k: int, *, scope: Any) -> Sequence[PastProject]:
        return []

    def search(self, query: str, *, k: int, scope: Any) -> Sequence[Any]:
        """No history either: a mail whose register does not tell gets the catalog's formal one."""
        return []


def test_the_pdf_goes_only_with_the_quote_the_body_states(tmp_path: Path) -> None:
    profile = load_profile(REPO / "examples" / "profile.toml")
    memory = cast(Any, NoPastProjects())
    inbox = open_inbox(tmp_path, "studio@lindqvist.example")
    desk = MailDesk(profile, lambda: cast(Any, None), lambda: memory, lambda: inbox, lambda: TODAY)
    try:
        drafted = draft_reply(INQUIRY, profile, None, memory, TODAY)
        assert drafted.quote is not None and drafted.language == "de"
        queued = desk.queue(INQUIRY, drafted.subject, drafted.body)
        item = inbox.outbox.get(queued.id)
        assert item.language == "de" and drafted.quote.number in item.quote_json
        [pdf] = attachments_for(item)
        assert pdf.filename == f"angebot-{drafted.quote.number}.pdf" and pdf.data.startswith(b"%PDF")
        edited = drafted.body.replace(drafted.quote_block, "Angebot folgt.")
        assert attachments_for(item.model_copy(update={"body": edited})) == ()  # figures edited away: no PDF
    finally:
        inbox.close()
