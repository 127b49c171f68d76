"""A quote for a German, French, Spanish, Italian or Dutch client carries no English that code wrote.

Each inquiry of the demo's past mail is drafted by the daemon's drafter (the words are the catalog's); its PDF is
printed by WeasyPrint and read back with pypdf. Every English phrase in the catalogs (the parts of each msgid
between its placeholders) that the language translates differently must be absent from the PDF and the body.
The freelancer's own words stay as written (the service names of her rate card); her payment terms are printed
in the client's language, as ``[payment.terms_texts]`` gives them.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from pypdf import PdfReader

from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.models import Triage
from assistant.i18n import translator
from assistant.mail.parsing import parse_message
from assistant.profile import load_profile
from assistant.tools.quote_render import to_pdf

REPO = Path(__file__).resolve().parents[3]
PAST_MAIL = REPO / "examples" / "past-mail"
CASES = {
    "de": "02-de-weinbar-rebstock-logo",
    "fr": "03-fr-revue-ondes-editorial",
    "es": "04-es-tostadores-alba-packaging",
    "it": "05-it-edizioni-pettirosso-picture-book",
    "nl": "06-nl-fietsenmaker-spaak-mascot",
}


def _english_phrases(lang: str) -> set[str]:
    """Literal English chunks (three words or more) of every msgid that ``lang`` translates to other words."""
    with (REPO / "assistant" / "locale" / lang / "LC_MESSAGES" / "atelier.po").open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    phrases = set()
    for message in catalog:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for msgid in ids:
            if not msgid or msgid in strings:
                continue
            for chunk in re.split(r"%\([a-z_]+\)[sd]|%%|\n", msgid):
                chunk = chunk.strip(" .,:;()+")
                if len(chunk.split()) >= 3:
                    phrases.add(chunk)
    return phrases


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())


@pytest.mark.parametrize("lang", sorted(CASES))
def test_no_english_left_in_the_pdf_or_the_body(lang: str) -> None:
    profile = load_profile(REPO / "examples" / "profile.toml")
    raw = (PAST_MAIL / f"{CASES[lang]}.inquiry.eml").read_bytes()
    msg = parse_message(raw, mailbox="INBOX", uidvalidity=1, uid=1)
    assert msg.date is not None
    draft = ToolDrafter(profile, None).draft(msg, Triage.NEW_INQUIRY, today=msg.date.date())
    assert draft.language == lang and draft.quote is not None
    pdf = _flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(to_pdf(draft.quote))).pages))
    body = _flat(draft.body)
    assert _flat(profile.payment.terms_in(lang)) in pdf  # her own terms, in the client's language
    own = [*(s.name for s in profile.services), profile.tone.signature]
    for words in own:  # the freelancer's own words may be English
        pdf, body = pdf.replace(_flat(words), " "), body.replace(_flat(words), " ")
    english = {p for p in _english_phrases(lang) if p in pdf or p in body}
    assert not english, f"{lang}: English left: {sorted(english)}"
    t = translator(lang)
    for unit in ("project", "spread", "illustration", "pose", "design", "poster", "hour"):
        one, many = f"%(num)s {unit}", f"%(num)s {unit}s"
        if t.ngettext(one, many, 1) != one:  # the language says "1 spread" otherwise
            assert not re.search(rf"\b1 {unit}\b", f"{pdf} {body}", re.IGNORECASE), unit
        if t.ngettext(one, many, 2) != many:
            assert not re.search(rf"\b\d+ {unit}s\b", f"{pdf} {body}", re.IGNORECASE), f"{unit}s"
    for word in (" VAT ", "Priced:", " for ", "revision round", "Minimum", "Rush", "Spreads", "Valid until"):
        assert word not in f" {pdf} " and word not in f" {body} ", word
