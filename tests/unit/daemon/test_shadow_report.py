"""Pairing past mail into exchanges, and the edit distance both shadow mode and the reply benchmark use."""

from __future__ import annotations

from pathlib import Path

from assistant.daemon.edit_distance import edit_distance, unified_diff
from assistant.daemon.shadow_report import ShadowCase, ShadowReport, pair_exchanges, read_folder
from assistant.daemon.tone import own_words

PAST_MAIL = Path(__file__).resolve().parents[3] / "examples" / "past-mail"


def test_every_demo_inquiry_pairs_with_marias_reply() -> None:
    exchanges = pair_exchanges(read_folder(PAST_MAIL), ["studio@lindqvist.example"])
    assert len(exchanges) == 8
    assert all(e.reply.in_reply_to == e.inquiry.message_id for e in exchanges)
    assert all(e.inquiry.sender != "studio@lindqvist.example" for e in exchanges)
    dates = [e.inquiry.date for e in exchanges]
    assert dates == sorted(d for d in dates if d is not None)


def test_an_inquiry_without_a_reply_and_a_stray_reply_are_left_out() -> None:
    messages = read_folder(PAST_MAIL)
    replies = [m for m in messages if m.sender == "studio@lindqvist.example"]
    kept = [m for m in messages if m is not replies[0]]
    assert len(pair_exchanges(kept, ["studio@lindqvist.example"])) == 7
    assert pair_exchanges(replies, ["studio@lindqvist.example"]) == []


def test_the_quoted_thread_is_not_the_freelancers_words_in_any_language() -> None:
    for exchange in pair_exchanges(read_folder(PAST_MAIL), ["studio@lindqvist.example"]):
        words = own_words(exchange.reply.body)
        first_line = exchange.inquiry.body.strip().splitlines()[0]
        assert first_line not in words, exchange.reply.subject
        assert words.splitlines()[-1].startswith(("Mara", "Best", "Viele", "Un saludo", "Groeten", "Cordiali"))


def test_edit_distance_counts_words() -> None:
    assert edit_distance("a b c d", "a b c d") == 0.0
    assert edit_distance("a b c d", "a x c d") == 0.25
    assert edit_distance("a  b\n\nc", "a b c") == 0.0
    assert edit_distance("", "") == 0.0
    assert edit_distance("a b", "") == 1.0
    diff = unified_diff("Hi Jo,\nthanks", "Hi Jo,\nthank you", before="atelier", after="you")
    assert "-thanks" in diff and "+thank you" in diff and diff.startswith("--- atelier")


def test_unedited_is_a_small_distance_and_never_a_missing_draft() -> None:
    def case(would_send: str, distance: float) -> ShadowCase:
        return ShadowCase(
            inquiry_id="<1@x>", sender="a@x", subject="s", received=None, language="en",
            would_send=would_send, actually_sent="t", distance=distance, diff="",
        )  # fmt: skip

    report = ShadowReport(cases=[case("draft", 0.05), case("draft", 0.06), case("", 0.0), case("draft", 0.0)])
    assert [c.unedited for c in report.cases] == [True, False, False, True]
    assert report.share_unedited == 0.5
    assert ShadowReport(cases=[]).share_unedited == 0.0
