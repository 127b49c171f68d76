"""Edits, feedback and learned rules: the send-time gate, reading feedback, rule proposals and their use in drafts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from babel.dates import format_date

from assistant.clock import Clock
from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.drafts_folder import states_quote
from assistant.daemon.feedback import read_feedback
from assistant.daemon.learning import accepted_rules, follow_rules, proposals, rule_learner
from assistant.daemon.models import GateAction, OutboxItem, OutboxState, Triage
from assistant.daemon.policy import decide_edit
from assistant.mail.message import InboundMessage
from assistant.profile import load_profile
from assistant.rules import RULES_DB, RuleBook
from assistant.tools.money import format_money

REPO = Path(__file__).resolve().parents[3]
PROFILE = load_profile(REPO / "examples" / "profile.toml")
TODAY = dt.date(2026, 11, 25)
DRAFTED = (
    "Hi Clara,\n\nThank you for your message.\n\nFor logo design I estimate 1.500,00 € net (1.785,00 € with VAT "
    "19 %), with the final files by 20.01.2027. In the attached quote Q-1 you will also find a smaller and a larger "
    "option, the deposit, the validity and the payment terms.\n\nI ask for 892,50 € up front, due 02.12.2026."
    "\n\nBest,\nMara"
)


def _gate(body: str, **kwargs: object) -> tuple[GateAction, str]:
    args: dict[str, object] = {
        "drafted": DRAFTED,
        "services": ("logo",),
        "today": TODAY,
        "recipients": ("clara@example.com",),
        "inquiry_sender": "clara@example.com",
        "pdf_disagrees": False,
    } | kwargs
    verdict = decide_edit(PROFILE, body, **args)  # type: ignore[arg-type]
    return verdict.decision, "; ".join(verdict.reasons)


def test_an_edit_that_keeps_the_floors_passes_and_one_that_breaks_them_is_held() -> None:
    assert _gate(DRAFTED.replace("Thank you", "Many thanks"))[0] is GateAction.SEND
    assert _gate(DRAFTED.replace("1.500,00 €", "1.900,00 €"))[0] is GateAction.SEND  # raised: fine
    action, reason = _gate(DRAFTED.replace("1.500,00 €", "600,00 €"))
    assert action is GateAction.HOLD and "your edit: 600.00 is below the floor 1200.00" in reason
    action, reason = _gate(DRAFTED.replace("message.", "message. I can do it for 300 EUR."))
    assert action is GateAction.HOLD and "below the floor" in reason
    assert _gate(DRAFTED.replace("892,50 €", "750,00 €"))[0] is GateAction.SEND  # a deposit replaced a deposit


def test_an_edited_date_must_respect_the_lead_time_but_a_due_date_may_move() -> None:
    action, reason = _gate(DRAFTED.replace("by 20.01.2027", "by 30.11.2026"))
    assert action is GateAction.HOLD and "lead time" in reason
    assert _gate(DRAFTED.replace("by 20.01.2027", "by 1 March 2027"))[0] is GateAction.SEND
    assert _gate(DRAFTED.replace("due 02.12.2026", "due 04.12.2026"))[0] is GateAction.SEND


def test_recipients_private_notes_and_a_stale_pdf_hold_an_edit() -> None:
    action, reason = _gate(DRAFTED, recipients=("clara@example.com", "boss@example.com"))
    assert action is GateAction.HOLD and "boss@example.com" in reason
    assert _gate(DRAFTED, pdf_disagrees=True)[0] is GateAction.HOLD
    leak = PROFILE.private_notes.splitlines()[0] if PROFILE.private_notes.strip() else "PRIVATE-RATE-NOTE"
    assert _gate(DRAFTED + "\n" + leak)[0] is GateAction.HOLD


@pytest.mark.parametrize(
    ("said", "shorter", "mentions"),
    [
        ("shorter", True, ()),
        ("mention I'm away in August", False, ("I'm away in August.",)),
        ("Shorter, please; and mention that I am away in August", True, ("I am away in August.",)),
        ("kürzer und erwähne, dass ich im August nicht da bin", True, ("Ich bin im August nicht da.",)),
        ("plus court, et mentionne que je suis absente en août", True, ("Je suis absente en août.",)),
        ("vermeld dat ik in augustus weg ben", False, ("Ik ben in augustus weg.",)),
    ],
)
def test_feedback_is_read_in_the_reply_languages(said: str, shorter: bool, mentions: tuple[str, ...]) -> None:
    revision = read_feedback(said)
    assert (revision.shorter, revision.mentions, revision.unread) == (shorter, mentions, ())


def test_feedback_code_cannot_act_on_is_said_so() -> None:
    assert read_feedback("sound warmer").unread == ("sound warmer",)


def _inquiry(body: str, sender: str = "clara@example.com", name: str = "Clara Client") -> InboundMessage:
    return InboundMessage(
        mailbox="INBOX", uidvalidity=1, uid=1, message_id="<i@example.com>", content_hash="h", sender=sender,
        sender_name=name, subject="Logo for my bakery", body=body,
    )  # fmt: skip


def test_a_redraft_from_feedback_is_shorter_and_says_what_was_asked() -> None:
    drafter = ToolDrafter(PROFILE, None)
    inquiry = _inquiry("Hello, could you design a logo for my bakery? What would it cost? Thanks, Clara")
    first = drafter.draft(inquiry, Triage.NEW_INQUIRY, today=TODAY)
    again = drafter.draft(
        inquiry, Triage.NEW_INQUIRY, today=TODAY, revision=read_feedback("shorter; mention I'm away in August")
    )
    assert "I'm away in August." in again.body and "I'm away in August." not in first.body
    assert len(again.body) - len("I'm away in August.") < len(first.body)
    assert again.quote_block == first.quote_block and again.quote_block in again.body  # the PDF still matches


def _sent(drafted: str, quote_block: str = "") -> OutboxItem:
    return OutboxItem(
        id=7, inquiry_id=1, kind="reply", version=1, message_id="<m@x>", to="clara@example.com", subject="Re: Logo",
        body=drafted, drafted_body=drafted, in_reply_to="<i@example.com>", references="", state=OutboxState.SENT,
        inquiry_sender="clara@example.com", quote_block=quote_block,
    )  # fmt: skip


def test_an_edit_proposes_rules_but_not_from_the_clients_name_or_this_quotes_figures() -> None:
    item = _sent(DRAFTED, quote_block="I ask for 892,50 € up front, due 02.12.2026.")
    sent = DRAFTED.replace("Hi Clara,", "Dear Clara,").replace("Thank you for your message.", "Warm thanks, Clara.")
    sent = sent.replace("Best,", "I work from a studio powered by green energy.\n\nBest,")
    sent = sent.replace("892,50 €", "800,00 €")
    found = proposals(item, sent)
    assert 'Always include: "I work from a studio powered by green energy."' in found
    assert 'Avoid writing: "Thank you for your message."' in found
    assert not [rule for rule in found if "Clara" in rule or "€" in rule or "1.500" in rule]


def test_learned_rules_reach_the_rule_book_and_shape_the_next_daemon_draft(tmp_path: Path) -> None:
    clock = Clock.moved_to(TODAY, PROFILE.timezone)
    path = tmp_path / RULES_DB
    drafter = ToolDrafter(PROFILE, None, rules=accepted_rules(path, clock))
    inquiry = _inquiry("Hello, could you design a logo for my bakery? What would it cost? Thanks, Clara")
    before = drafter.draft(inquiry, Triage.NEW_INQUIRY, today=TODAY)
    opening = before.body.split("\n\n")[1]  # one sentence: the quote summary follows it
    edited = before.body.replace(opening, "").replace("\n\nBest,", "\n\nI work with recycled paper only.\n\nBest,")
    rule_learner(path, clock)(_sent(before.body, before.quote_block), edited)
    book = RuleBook(path, clock)
    try:
        proposed = {rule.text: rule for rule in book.list("proposed")}
        assert set(proposed) == {f'Avoid writing: "{opening}"', 'Always include: "I work with recycled paper only."'}
        assert drafter.draft(inquiry, Triage.NEW_INQUIRY, today=TODAY).body == before.body  # proposed: no effect
        for rule in proposed.values():
            book.accept(rule.id)
    finally:
        book.close()
    other = _inquiry("Hi, we need a logo for our café. What is your price? Noor", "noor@example.org", "Noor")
    after = drafter.draft(other, Triage.NEW_INQUIRY, today=TODAY)
    assert "I work with recycled paper only." in after.body and opening not in after.body
    assert after.quote_block in after.body


def test_rules_apply_only_in_their_language_and_never_inside_the_quote() -> None:
    parts = ["Hallo Jonas,", "Vielen Dank für Ihre Nachricht.", "Preis: 1.500,00 €", "Viele Grüße\nMara"]
    rules = ['Always include: "I work with recycled paper only."', 'Avoid writing: "Preis: 1.500,00 €"']
    assert follow_rules(parts, rules, "de") == parts
    german = ['Always include: "Ich arbeite nur mit Recyclingpapier."']
    assert follow_rules(parts, german, "de")[-2] == "Ich arbeite nur mit Recyclingpapier."


@pytest.mark.parametrize(
    "added",
    ["I can deliver next Friday.", "Delivery in two weeks.", "Ich liefere morgen.", "Livraison la semaine prochaine."],
)
def test_an_edit_that_adds_a_relative_date_under_the_lead_time_is_held(added: str) -> None:
    edited = DRAFTED.replace("Thank you for your message.", f"Thank you for your message. {added}")
    # written two days ago: "la semaine prochaine" is 30 November, not the 2 December the deposit is already due
    action, reason = _gate(edited, written=TODAY - dt.timedelta(days=2))
    assert action is GateAction.HOLD and "lead time" in reason


def test_relative_dates_in_an_edit_count_from_the_day_the_draft_was_written() -> None:
    body = DRAFTED.replace("Thank you for your message.", "Thank you for your message. Delivery in four weeks.")
    assert _gate(body)[0] is GateAction.SEND  # 23 December: past the 21-day lead time
    assert _gate(body, written=TODAY - dt.timedelta(days=10))[0] is GateAction.HOLD  # 13 December: under it


def test_a_greeting_or_a_relative_date_far_enough_out_is_no_held_promise() -> None:
    assert _gate(DRAFTED.replace("Hi Clara,", "Guten Morgen Clara,"))[0] is GateAction.SEND
    assert _gate(DRAFTED.replace("message.", "message. I can start next month and deliver in 2 months."))[0] is (
        GateAction.SEND
    )


def test_the_day_a_draft_was_written_is_the_freelancers_day_not_utcs() -> None:
    from assistant.daemon.drafts_folder import written_on

    assert written_on("2026-11-30T23:30:00", "Europe/Berlin") == dt.date(2026, 12, 1)
    assert written_on("2026-11-30T23:30:00+00:00", "UTC") == dt.date(2026, 11, 30)
    assert written_on("", "Europe/Berlin") is None


@pytest.mark.parametrize(
    ("lang", "body", "reworded"),
    [
        (
            "en",
            "Hello, could you design a logo for my bakery? What would it cost? Thanks, Clara",
            ("I estimate", "comes to"),
        ),
        (
            "de",
            "Hallo Mara, kannst du ein Logo für meine Bäckerei gestalten? Was kostet das? Danke, Clara",
            ("Mein Angebot umfasst", "Das Angebot umfasst"),
        ),
    ],
)
def test_a_reworded_quote_summary_keeps_its_pdf_and_a_changed_figure_drops_it(
    lang: str, body: str, reworded: tuple[str, str]
) -> None:
    draft = ToolDrafter(PROFILE, None).draft(_inquiry(body), Triage.NEW_INQUIRY, today=TODAY)
    assert draft.language == lang and draft.quote is not None and reworded[0] in draft.quote_block
    item = _sent(draft.body, draft.quote_block).model_copy(update={"quote_json": draft.quote.model_dump_json()})
    assert states_quote(item)
    own_words = draft.body.replace(reworded[0], reworded[1]).replace("\n\n", "\n\n\n")  # her words, her spacing
    assert states_quote(item.model_copy(update={"body": own_words}))  # the figures stand: the PDF still agrees
    net = format_money(draft.quote.option("target").net, draft.quote.currency, draft.quote.locale)
    changed = own_words.replace(net, format_money(Decimal(1900), draft.quote.currency, draft.quote.locale))
    assert not states_quote(item.model_copy(update={"body": changed}))
    day = draft.quote.delivery_date  # moved by a day, the delivery date no longer agrees with the PDF either
    moved = draft.body.replace(
        format_date(day, format="long", locale=draft.quote.locale.replace("-", "_")),
        format_date(day + dt.timedelta(days=1), format="long", locale=draft.quote.locale.replace("-", "_")),
    )
    assert moved != draft.body and not states_quote(item.model_copy(update={"body": moved}))
