"""Work the daemon did per message that did not need doing, found by profiling the hostile run through Dovecot.

Each was a real cost for any freelancer's daemon, not only the suite's: the whole mail parsed (a 24 MB part,
1,000 nested multiparts) to read five headers for the dedupe key; the count reader's six-language number
pattern compiled again for every inquiry; and a quote's PDF rendered again for each copy of the same reply.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import random
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import pytest

from assistant.daemon import delivery, open_inbox
from assistant.mail import parsing
from assistant.memory.models import PastProject
from assistant.profile import load_profile
from assistant.toolbox import MailDesk, draft_reply
from assistant.tools import brief_extract, quote_render
from tests.hardening.hostile import HOSTILE_KINDS, hostile

REPO = Path(__file__).resolve().parents[3]


def _old_content_hash(raw: bytes) -> str:
    """The dedupe hash as it was computed before, from a parse of the whole message."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    head = "\n".join(f"{name}:{msg.get(name, '')}" for name in ("message-id", "from", "to", "date", "subject"))
    split = re.search(rb"\r?\n\r?\n", raw)
    body = raw[split.end() :] if split else b""
    return hashlib.sha256(head.encode("utf-8", "replace") + b"\0" + body.replace(b"\r\n", b"\n")).hexdigest()


ODD = [
    b"From: a@b.example\r\nSubject: no body at all",
    b"From: a@b.example\nSubject: x\n\n\nbody after two blank lines",
    b"From: a@b.example\r\nnot a header line\r\nSubject: x\r\n\r\nbody",
    b"Subject: folded\r\n over\r\n\tlines\r\nFrom: a@b.example\n\r\nmixed ends",
    b"\r\n\r\nonly a body",
    b"Subject: lone \r cr\r\nFrom: a@b.example\r\n\r\nbody",
]


def test_the_dedupe_hash_is_unchanged_so_a_ledger_from_before_sees_no_new_mail() -> None:
    rng = random.Random(7)
    corpus = [hostile(n, rng, huge_bytes=20_000).raw for n in range(3 * len(HOSTILE_KINDS))] + ODD
    deep = [raw for raw in corpus if raw.count(b"multipart/") > 200]
    assert deep  # the old parse of the whole message died on these (RecursionError): their old key was a fallback
    kept = [raw for raw in corpus if raw not in deep]
    assert [parsing.content_hash(raw) for raw in kept] == [_old_content_hash(raw) for raw in kept]
    assert all(parsing.content_hash(raw) for raw in deep)


def test_the_dedupe_key_parses_the_header_block_only(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[int] = []
    real = email.message_from_bytes

    def spy(data: bytes, *args: Any, **kwargs: Any) -> Any:
        parsed.append(len(data))
        return real(data, *args, **kwargs)

    monkeypatch.setattr(parsing.email, "message_from_bytes", spy)
    raw = hostile(HOSTILE_KINDS.index("huge html part"), random.Random(1), huge_bytes=2_000_000).raw
    parsing.dedupe_fields(raw)
    assert parsed and max(parsed) < 2_000, parsed  # the old key parsed all 2 MB


def test_the_count_readers_pattern_is_compiled_once_per_noun_list() -> None:
    profile = load_profile(REPO / "examples" / "profile.toml")
    service = profile.services[0]
    brief_extract._counted_pattern.cache_clear()
    for n in range(5):
        brief_extract.find_deliverables(f"Could you draw {n + 2} {service.unit}s for us?", service)
    info = brief_extract._counted_pattern.cache_info()
    assert info.misses <= 2 and info.hits >= 8, info  # one per noun list (unit words, keywords), then hits


def test_whether_a_sender_is_a_known_client_is_read_from_an_index_not_past_every_stored_mail(tmp_path: Path) -> None:
    from assistant.daemon.store import MailStore

    store = MailStore(tmp_path)
    try:
        query = store.conn.execute("EXPLAIN QUERY PLAN " + KNOWN, ("a@b.example",)).fetchall()
        # Before, the state index was used: every handled mail's row was read, past its raw bytes, per message.
        assert "COVERING INDEX" in " ".join(str(tuple(r)) for r in query), [tuple(r) for r in query]
        store.ledger.known_client("a@b.example")
    finally:
        store.close()


KNOWN = "SELECT 1 FROM messages WHERE sender = ? AND triage IN ('new_inquiry', 'client') AND state = 'done' LIMIT 1"


class NoPastProjects:
    def similar_projects(self, service: str | None, description: str, k: int, *, scope: Any) -> Sequence[PastProject]:
        return []


INQUIRY = (
    "From: Jonas Keller <jonas@cafe.example>\nTo: studio@lindqvist.example\nSubject: Logo\n"
    "Message-ID: <pdf1@cafe.example>\nDate: Fri, 08 Jan 2027 10:00:00 +0100\n"
    "Content-Type: text/plain; charset=utf-8\n\nHello, could you design a logo for my cafe? What would it cost?\n"
)


def test_a_quote_pdf_is_rendered_once_for_all_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    profile = load_profile(REPO / "examples" / "profile.toml")
    inbox = open_inbox(tmp_path, "studio@lindqvist.example")
    renders: list[str] = []
    real = quote_render.to_pdf

    def counting(quote: Any) -> bytes:
        renders.append(quote.number)
        return real(quote)

    monkeypatch.setattr(quote_render, "to_pdf", counting)
    delivery._quote_pdf.cache_clear()
    try:
        memory, today = cast(Any, NoPastProjects()), dt.date(2027, 1, 8)
        desk = MailDesk(profile, lambda: cast(Any, None), lambda: memory, lambda: inbox, lambda: today)
        drafted = draft_reply(INQUIRY, profile, None, memory, today)
        item = inbox.outbox.get(desk.queue(INQUIRY, drafted.subject, drafted.body).id)
        copies = [delivery.attachments_for(item) for _ in range(3)]  # the Drafts copy, the send, the Sent copy
        assert all(c == copies[0] and c[0].data.startswith(b"%PDF") for c in copies)
        assert len(renders) == 1  # three renders before
        edited = item.model_copy(update={"quote_json": item.quote_json.replace('"version":1', '"version":2')})
        assert delivery.attachments_for(edited)[0].data.startswith(b"%PDF") and len(renders) == 2  # a new quote
    finally:
        inbox.close()
