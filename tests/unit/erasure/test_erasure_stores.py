"""Each store's own ``forget``: what "mentions the client" means, quotes kept as records, threads redacted or
deleted, the daemon's ledger emptied to tombstones. Real SQLite files; no model."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from assistant import Assistant
from assistant.daemon.store import MailStore
from assistant.erasure import Matcher, fold
from assistant.errors import AtelierError
from assistant.threads import REDACTED
from assistant.tools.quote_store import QuoteStore
from tests.support.fakes import UnsureModel
from tests.unit.tools.test_quote_store import _quote

LEA = Matcher(label="client Léa Müller", names=(fold("Léa Müller"),), addresses=("lea@mueller.example",),
              domains=("muller-design.example",))  # fmt: skip


def test_names_match_folded_as_whole_words_and_addresses_and_domains_exactly() -> None:
    for text in ("Mail from LEA MULLER", "lea-muller (memory key)", "léa  müller", "to lea@mueller.example.",
                 "x@studio.muller-design.example", "Re: Léa_Müller", "leamuller@gmail.example"):  # fmt: skip
        assert LEA.mentions(text), text
    for text in ("Léa Müllerová", "Bélea Muller", "xlea@mueller.example", "lea@mueller.example.org",
                 "muller-design.example.org", "Léa", ""):  # fmt: skip
        assert not LEA.mentions(text), text
    assert LEA.mentions_bytes("Léa Müller".encode()) and not LEA.mentions_bytes(b"L\xffea M\xfeuller")
    assert Matcher(label="nobody").empty and not Matcher(label="nobody").mentions("anything")


def test_quotes_go_whole_and_accepted_ones_stay_only_as_records(tmp_path: Path) -> None:
    store = QuoteStore(tmp_path / "quotes.sqlite")
    draft, accepted, other = store.save(_quote(client="Léa Müller")), store.save(_quote(client="lea muller")), None
    store.revise(draft.number, _quote(5, client="Léa Müller"))
    store.mark(accepted.number, "accepted")
    other = store.save(_quote(client="Bo"))
    assert store.forget(LEA, keep_records=True, dry_run=True) == ([draft.number], [accepted.number])
    assert len(store.list()) == 3
    assert store.forget(LEA, keep_records=True) == ([draft.number], [accepted.number])
    assert [q.number for q in store.list()] == [other.number, accepted.number]
    assert store.versions(draft.number) == []
    assert store.forget(LEA) == ([accepted.number], [])
    assert store.save(_quote(client="Cy")).number == "Q-2026-0004", "a forgotten number is never handed out again"
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("quotes.sqlite*")).decode("utf-8", "replace")
    assert not LEA.mentions(raw)


def test_threads_are_redacted_by_default_or_deleted(demo_home: Path) -> None:
    with Assistant(demo_home, model=UnsureModel()) as atelier:
        threads = atelier.threads
        about, other = threads.new("Logo for Léa Müller"), threads.new("Otters")
        config = {"configurable": {"thread_id": about.id}}
        atelier.graph.update_state(
            config, {"messages": [HumanMessage("hello", id="h1"), AIMessage("Léa Müller paid 900", id="a1")]},
            as_node="compose",
        )  # fmt: skip
        atelier.graph.update_state(
            {"configurable": {"thread_id": other.id}}, {"messages": [HumanMessage("otters", id="o")]}, as_node="compose"
        )
        assert threads.forget(LEA, dry_run=True) == 1
        assert [m.content for m in threads.messages(about.id)] == ["hello", "Léa Müller paid 900"]
        assert threads.forget(LEA) == 1
        assert [m.content for m in threads.messages(about.id)] == ["hello", REDACTED]
        assert threads.get(about.id).title == REDACTED
        assert [m.content for m in threads.messages(other.id)] == ["otters"]
        history = list(atelier.graph.checkpointer.list(config))
        assert not any(LEA.mentions(str(c.checkpoint)) for c in history), "an old checkpoint still holds them"
        threads.rename(about.id, "Léa Müller again")
        assert threads.forget(LEA, mode="delete") == 1
        assert [t.id for t in threads.list()] == [other.id]
        data = demo_home / "data"
        assert (data / "threads.sqlite-wal").stat().st_size == 0, "the WAL still holds the old pages"
        assert not LEA.mentions_bytes((data / "threads.sqlite").read_bytes())


def test_the_ledger_keeps_a_tombstone_so_the_mail_is_never_answered_again(tmp_path: Path) -> None:
    store = MailStore(tmp_path)
    raw = b"From: Lea <lea@mueller.example>\r\nSubject: logo\r\n\r\nHello from Lea Muller"
    row, _ = store.ledger.record_seen(mailbox="INBOX", uidvalidity=1, uid=7, message_id="<m@x>", content_hash="h",
                                      raw=raw, quarantine="too odd")  # fmt: skip
    kept, _ = store.ledger.record_seen(mailbox="INBOX", uidvalidity=1, uid=8, message_id="<n@x>", content_hash="i",
                                       raw=b"From: bo@x.example\r\n\r\nhi")  # fmt: skip
    assert store.forget(LEA, dry_run=True) == {"messages": 1, "replies": 0, "quarantine": 1, "state": 0}
    assert store.forget(LEA) == {"messages": 1, "replies": 0, "quarantine": 1, "state": 0}
    gone = store.ledger.message(row)
    assert gone is not None and gone.state == "forgotten" and gone.raw == b""
    assert store.ledger.known_location("INBOX", 1, 7) and store.ledger.quarantined() == []
    assert store.ledger.message(kept) is not None and store.forget(LEA)["messages"] == 0
    store.close()
    assert not LEA.mentions_bytes((tmp_path / "daemon.sqlite").read_bytes())


def test_one_path_for_a_source_an_address_and_a_client(demo_home: Path, tmp_path: Path) -> None:
    from assistant.config import Settings
    from assistant.memory import Memory
    from tests.support.fakes import HashingEmbedder

    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "a.md").write_text("---\nclient: Bo\n---\nA fox for Bo, write to bo@fox.example.\n")
    (briefs / "b.md").write_text("---\nclient: Cy\n---\nAn owl for Cy.\n")
    (briefs / "c.md").write_text("---\nclient: Di\n---\nA newt for Di.\n")
    memory = Memory.open(Settings(), demo_home / "data", embedder=HashingEmbedder())
    with memory, Assistant(demo_home, model=UnsureModel(), memory=memory) as atelier:
        atelier.memory.add([briefs], progress=False)
        by_source = atelier.forget(source=str(briefs / "b.md"))
        assert [s.items for s in by_source.stores if s.store == "memory"] == [[str(briefs / "b.md")]]
        by_address = atelier.forget(address="BO@fox.example", dry_run=True)
        assert by_address.dry_run and by_address.total == 1 and len(atelier.memory.sources()) == 2
        assert atelier.forget(address="bo@fox.example").total == 1
        assert [s.meta.client for s in atelier.memory.sources()] == ["Di"]
        nobody = atelier.forget(client="Nobody")
        assert not nobody.found and nobody.lines() == [
            "Nothing of client Nobody is in Atelier's stores; nothing was changed."
        ]
        with pytest.raises(AtelierError, match="say what to forget"):
            atelier.forget()


def test_the_report_lists_what_was_kept_and_where_it_still_is() -> None:
    from assistant.erasure import ErasureReport, StoreReport

    quotes = StoreReport(store="quotes", where="quotes.sqlite", count=1, unit="quote(s)", items=["Q-1"], kept=["Q-2"])
    report = ErasureReport(target="client Bo", dry_run=False, stores=[quotes], leftovers=["quotes.sqlite"])
    assert report.lines() == [
        "client Bo: erased 1 record(s)",
        "  quotes: 1 quote(s)  (quotes.sqlite)",
        "    - Q-1",
        "    kept: Q-2",
        "  left anywhere in the data dir: quotes.sqlite (holding what was kept on purpose)",
    ]
    assert ErasureReport(target="client Bo", dry_run=True, stores=[quotes]).lines()[0].startswith("Dry run: ")
