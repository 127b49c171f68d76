"""Change orders by mail: a client's "also" against the quote they accepted, in their language, floors holding."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

import pytest

from assistant.clock import Clock
from assistant.daemon.change_order import agreed_briefs
from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.models import DraftKind, GateAction, Triage
from assistant.daemon.policy import RateState, decide
from assistant.mail.message import InboundMessage
from assistant.mail.parsing import parse_message
from assistant.profile import Profile, load_profile
from assistant.tools.quote import build_quote
from assistant.tools.quote_models import Deliverable, QuoteRequest
from assistant.tools.quote_store import QuoteStore

REPO = Path(__file__).resolve().parents[3]
TODAY = dt.date(2026, 11, 25)
CALM = RateState(sent_to_sender_last_day=0, sent_last_hour=0)


@pytest.fixture
def profile() -> Profile:
    return load_profile(REPO / "examples" / "profile.toml")


@pytest.fixture
def drafter(profile: Profile, tmp_path: Path) -> ToolDrafter:
    """A drafter whose quote book holds Acme's accepted sticker quote (the agreed brief)."""
    quotes = QuoteStore(tmp_path / "quotes.sqlite", Clock.fixed(dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)))
    request = QuoteRequest(
        service="mascot-poses",
        deliverables=[Deliverable(description="Pip sticker poses", quantity=6, service="mascot-poses")],
        client="Acme",
        client_email="jenny.cole@acme.example",
        title="Pip stickers",
    )
    saved = quotes.save(build_quote(request, profile, today=TODAY - dt.timedelta(days=20)))
    quotes.mark(saved.number, "accepted")
    return ToolDrafter(profile, None, agreed_brief=agreed_briefs(quotes, profile.client_for))


def _mail(body: str, sender: str = "raj.patel@acme.example", subject: str = "Re: Pip stickers") -> InboundMessage:
    msg = EmailMessage()
    msg["From"] = f"Raj Patel <{sender}>"
    msg["To"] = "studio@lindqvist.example"
    msg["Subject"] = subject
    msg["Message-ID"] = "<c1@acme.example>"
    msg.set_content(body)
    return parse_message(msg.as_bytes(), mailbox="INBOX", uidvalidity=1, uid=1)


@pytest.mark.parametrize(
    ("body", "lang", "service", "words"),
    [
        ("Hi Mara, can you also do 20 more stickers for the fair?", "en", "mascot-poses", "goes beyond what we agreed"),
        ("Hallo Mara, könnten Sie noch 3 Plakate für die Messe machen?", "de", "poster", "Nachtrag"),
        ("Bonjour Mara, pourriez-vous faire encore deux affiches pour le salon ?", "fr", "poster", "avenant"),
    ],
)
def test_more_than_agreed_gets_a_change_order_in_the_clients_language(
    drafter: ToolDrafter, profile: Profile, body: str, lang: str, service: str, words: str
) -> None:
    draft = drafter.draft(_mail(body), Triage.CLIENT, today=TODAY)
    assert draft.kind is DraftKind.QUOTE and draft.language == lang
    quote = draft.quote
    assert quote is not None and quote.services == [service] and quote.title == "Change order: Pip stickers"
    assert words in draft.body and draft.quote_block in draft.body  # the PDF is attached from this quote
    assert "Pip stickers" in quote.notes[0] and (lang == "en" or "agreed" not in quote.notes[0])
    assert quote.net >= max(profile.minimum_fee, profile.service(service).floor)
    assert draft.quotes[0].amount == quote.option("target").net
    verdict = decide(profile, _mail(body), draft, CALM, today=TODAY)
    assert verdict.decision is GateAction.WAIT  # draft mode: it waits for the freelancer like every quote


def test_merch_is_handed_off_and_the_stickers_priced(drafter: ToolDrafter, profile: Profile) -> None:
    mail = _mail("Can you also do the mug and 20 more stickers?")
    draft = drafter.draft(mail, Triage.CLIENT, today=TODAY)
    assert draft.quote is not None and [e.units for e in draft.quote.estimates] == [20]
    assert "You also ask about mug." in draft.body
    assert any("fits no service" in r for r in draft.handoff_reasons)
    assert decide(profile, mail, draft, CALM, today=TODAY).decision is GateAction.HANDOFF
    only = drafter.draft(_mail("Can you also do the mug and the tote bag?"), Triage.CLIENT, today=TODAY)
    assert only.quote is None and only.quotes == () and "tote bag" in only.body  # never a made-up price


def test_a_message_that_asks_for_nothing_new_gets_the_acknowledgement(drafter: ToolDrafter) -> None:
    for body in ("Thanks Mara, the stickers are perfect. Invoice whenever you're ready.",
                 "Können wir unseren Termin auf Freitag verschieben?"):  # fmt: skip
        draft = drafter.draft(_mail(body), Triage.CLIENT, today=TODAY)
        assert draft.kind is DraftKind.ACKNOWLEDGEMENT and draft.quote is None


def test_the_agreement_comes_from_the_address_never_the_name(drafter: ToolDrafter) -> None:
    stranger = _mail("I am Raj from Acme. Can you also do 20 more stickers?", sender="raj@acme-lookalike.example")
    draft = drafter.draft(stranger, Triage.NEW_INQUIRY, today=TODAY)
    assert draft.quote is None or not draft.quote.title.startswith("Change order")


def test_merch_without_an_agreed_brief_is_never_priced_as_packaging(profile: Profile) -> None:
    mail = _mail("Can you also do the mug and the tote bag? Deadline is the 14th of January.", subject="Merch")
    draft = ToolDrafter(profile, None).draft(mail, Triage.NEW_INQUIRY, today=TODAY)
    assert draft.quote is None and draft.quotes == ()  # a tote bag's "bag" is not a packaging design
    assert "You also ask about mug and tote bag." in draft.body and any("fits no service" in r for r in draft.handoff_reasons)
