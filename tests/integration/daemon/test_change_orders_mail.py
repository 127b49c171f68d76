"""An existing client's "can you also..." through the real daemon and Dovecot: a change-order draft with its PDF."""

from __future__ import annotations

import datetime as dt
import re
from io import BytesIO

from assistant.daemon import Inbox
from assistant.profile import load_profile
from assistant.tools.quote import build_quote
from assistant.tools.quote_models import Deliverable, Quote, QuoteRequest
from assistant.tools.quote_store import QuoteStore
from tests.integration.daemon.mailenv import REPO, MailEnv, make_inquiry

_MONEY = re.compile(r"(?:€\s?)?\d[\d.,\s\u00a0\u202f]*\d(?:\s?€)?")


def _accept_the_sticker_quote(mailenv: MailEnv) -> None:
    """Acme accepted a quote for six Pip sticker poses: that is their agreed brief."""
    profile = load_profile(REPO / "examples" / "profile.toml")
    request = QuoteRequest(
        service="mascot-poses",
        deliverables=[Deliverable(description="Pip sticker poses", quantity=6, service="mascot-poses")],
        client="Acme",
        client_email="jenny.cole@acme.example",
        title="Pip stickers",
    )
    quotes = QuoteStore(mailenv.data_dir / "quotes.sqlite")
    saved = quotes.save(build_quote(request, profile, today=dt.date(2026, 6, 1)))
    quotes.mark(saved.number, "accepted")


def _pdf_text(part: object) -> str:
    from pypdf import PdfReader

    pages = PdfReader(BytesIO(part.get_content())).pages  # type: ignore[attr-defined]
    return " ".join(page.extract_text() for page in pages)


def _squeeze(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]", "", text)


def test_a_clients_also_gets_a_change_order_draft_with_the_same_figures_in_body_and_pdf(mailenv: MailEnv) -> None:
    _accept_the_sticker_quote(mailenv)
    mails = {
        "raj.patel@acme.example": (
            "Re: Pip stickers",
            "Hi Mara,\n\ncan you also do the mug and 20 more stickers?\n\nRaj",
        ),
        "lena.vogt@acme.example": ("AW: Pip Sticker", "Hallo Mara,\n\nkönnten Sie noch 3 Plakate machen?\n\nLena"),
        "chloe.martin@acme.example": (
            "RE: Pip",
            "Bonjour Mara,\n\npourriez-vous faire encore deux affiches ?\n\nChloé",
        ),
        "jenny.cole@acme.example": (
            "Re: Pip stickers",
            "Thanks Mara, they are perfect! Invoice whenever you're ready.",
        ),
    }
    for sender, (subject, body) in mails.items():
        mailenv.deliver(make_inquiry(sender=sender, name=sender.split("@")[0], subject=subject, body=body))
    mailenv.once()

    drafts = {str(m["To"]): m for _, _, m in mailenv.folder("Drafts")}
    inbox = Inbox(mailenv.data_dir, "lindqvist.example")
    try:
        items = {item.to: inbox.show(item.id) for item in inbox.items(all_states=True)}
    finally:
        inbox.close()
    profile = load_profile(REPO / "examples" / "profile.toml")
    expected = {
        "raj.patel@acme.example": ("mascot-poses", "goes beyond what we agreed for “Pip stickers”"),
        "lena.vogt@acme.example": ("poster", "über das hinaus, was wir für „Pip stickers“ vereinbart haben"),
        "chloe.martin@acme.example": ("poster", "au-delà de ce que nous avons convenu pour «\u202fPip stickers\u202f»"),
    }
    for sender, (service, words) in expected.items():
        item = items[sender]
        quote = Quote.model_validate_json(item.quote_json)
        assert (
            item.draft_kind == "quote" and quote.title == "Change order: Pip stickers" and quote.services == [service]
        )
        assert quote.net >= max(profile.minimum_fee, profile.service(service).floor)  # floors hold
        assert quote.delivery_date >= quote.date + dt.timedelta(days=profile.service(service).min_lead_days)
        text = drafts[sender].get_body(("plain",)).get_content().replace("\r\n", "\n")
        assert words in text and item.quote_block in text
        [pdf] = [p for p in drafts[sender].iter_attachments() if p.get_content_type() == "application/pdf"]
        document = _squeeze(_pdf_text(pdf))
        figures = [m.group(0).strip() for m in _MONEY.finditer(item.quote_block) if "€" in m.group(0)]
        assert figures and all(_squeeze(f) in document for f in figures), (figures, document[:400])
        assert "Pipstickers" in document  # the change order names the agreed brief
    raj = items["raj.patel@acme.example"]
    assert raj.state.value == "held" and "fits no service" in raj.reason  # the mug: handed off, never priced
    assert "mug" in drafts["raj.patel@acme.example"].get_body(("plain",)).get_content()
    assert items["lena.vogt@acme.example"].state.value == "pending"
    assert "jenny.cole@acme.example" not in items  # asks for nothing new: a notice for the freelancer, as today
