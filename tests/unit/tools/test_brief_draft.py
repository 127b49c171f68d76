import datetime as dt
import json
from decimal import Decimal
from email.message import EmailMessage

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

from assistant.errors import ToolError
from assistant.profile import Profile
from assistant.tools.brief import draft_brief, extraction_schema, read_inquiry
from tests.unit.tools.tools_helpers import TODAY, fake_model, make_profile

MAIL = b"""From: Ada Lovelace <ada@engines.example>
To: robin@test.example
Subject: Re: Spot illustrations for our blog
Date: Mon, 23 Nov 2026 09:12:00 +0100
Message-ID: <q1@engines.example>
Content-Type: text/plain; charset=utf-8

Hi Robin,

we'd like to work with you again. We need 6 spot illustrations for our engineering blog.
The audience is young engineers and students.
We love the loose pencil look of your last series.
The files must be SVG, 1200 x 800 px.
Our budget is around \xe2\x82\xac1,500 and we need everything by 18 December.

> old quoted text: 99 posters by 1 January

Best regards,
Ada Lovelace
Analytical Engines Ltd
"""


def test_a_complete_mail_is_read_by_code_alone(profile: Profile) -> None:
    never = GenericFakeChatModel(messages=iter([]))  # fails if it is asked
    brief = draft_brief(MAIL, profile, never, today=TODAY)
    assert (brief.client, brief.client_email, brief.company) == (
        "Ada Lovelace",
        "ada@engines.example",
        "Analytical Engines Ltd",
    )
    assert brief.title == "Spot illustrations for our blog"
    assert brief.service == "spot"
    assert [(d.description, d.quantity) for d in brief.deliverables] == [("spot illustrations", 6)]
    assert (brief.deadline, brief.deadline_text) == (dt.date(2026, 12, 18), "18 December")
    assert brief.budget is not None and (brief.budget.amount, brief.budget.currency) == (Decimal(1500), "EUR")
    assert "young engineers" in brief.audience
    assert any("pencil" in s for s in brief.style_references)
    assert any("SVG" in c for c in brief.constraints)
    assert not brief.returning  # "work with you again" is the sender's word; only the client directory counts
    assert brief.received == dt.date(2026, 11, 23) and brief.source == "<q1@engines.example>"
    assert not any("budget" in q.lower() or "final files" in q for q in brief.open_questions)
    assert not any("poster" in str(d) for d in brief.deliverables)  # quoted text is not read


def test_the_model_fills_gaps_only_with_what_the_text_says(profile: Profile) -> None:
    text = "Hello, Grace from Harbour Cafe here. A fresh design for our cafe sign? Three versions, by March."
    reply = {
        "client_name": "Grace",
        "goals": ["a fresh design for our cafe sign", "become the biggest bank in Europe"],
        "deliverables": [{"description": "versions of the cafe sign design", "quantity": 3}],
        "audience": "wealthy investors in Singapore",
        "style_references": [],
        "constraints": [],
        "deadline": "March 31",
        "budget": "5000 EUR",
        "service": "logo",
    }
    brief = draft_brief(text, profile, fake_model(json.dumps(reply)), today=TODAY)
    assert brief.client == "Grace"
    assert brief.goals == ["a fresh design for our cafe sign"]
    assert brief.service == "logo"  # "design" is in the text and in "Logo design"
    assert [(d.quantity, d.service) for d in brief.deliverables] == [(3, "logo")]
    assert brief.audience == ""  # not in the text
    assert brief.budget is None  # 5000 is not in the text
    assert brief.deadline == dt.date(2027, 3, 31)
    assert any("budget" in q.lower() for q in brief.open_questions)
    assert any("Who is it for" in q for q in brief.open_questions)


def test_the_extraction_schema_limits_services_to_the_rate_card(profile: Profile) -> None:
    schema = extraction_schema(profile).model_json_schema()
    assert schema["properties"]["service"]["enum"] == ["logo", "spot", "poster", ""]


def test_a_broken_model_reply_is_noted_not_fatal(profile: Profile) -> None:
    brief = draft_brief("Can you draw something nice for us?", profile, fake_model("no json here"), today=TODAY)
    assert any("unusable" in note for note in brief.notes)
    assert brief.service is None
    assert any("closest to" in q for q in brief.open_questions)


def test_a_deadline_that_has_passed_is_dropped_with_a_note(profile: Profile) -> None:
    old = MAIL.replace(b"Mon, 23 Nov 2026", b"Sun, 20 Sep 2026").replace(b"18 December", b"1 October")
    brief = draft_brief(old, profile, None, today=TODAY)
    assert brief.deadline is None
    assert any("has passed" in note and "2026-10-01" in note for note in brief.notes)
    assert any("final files" in q for q in brief.open_questions)


def test_html_mail_and_text_attachments_are_read() -> None:
    message = EmailMessage()
    message["From"] = "Bo <bo@x.example>"
    message["Subject"] = "posters"
    message.set_content("plain fallback")
    message.add_alternative(
        "<html><body><p>We need <b>2 gig posters</b>.</p><p>Thanks,<br>Bo</p></body></html>", subtype="html"
    )
    message.add_attachment("Deadline: 2027-02-01\nFormat: A2", filename="brief.txt")
    inquiry = read_inquiry(message.as_bytes())
    assert inquiry.text == "plain fallback"
    html_only = EmailMessage()
    html_only["From"] = "Bo <bo@x.example>"
    html_only["Subject"] = "posters"
    html_only.set_content("<p>We need <b>2 gig posters</b>.</p>", subtype="html")
    html_only.add_attachment("Deadline: 2027-02-01\nFormat: A2", filename="brief.txt")
    read = read_inquiry(html_only.as_bytes())
    assert "We need 2 gig posters." in read.text
    assert "Deadline: 2027-02-01" in read.attachments


def test_attachments_inform_the_brief(profile: Profile) -> None:
    message = EmailMessage()
    message["From"] = "Bo <bo@x.example>"
    message["Subject"] = "tour posters"
    message.set_content("Hi, see the attached brief for our tour posters.\n\nThanks,\nBo")
    message.add_attachment("Deliverables: 3 posters\nDeadline: 2027-02-01\nFormat: A2, CMYK", filename="brief.txt")
    brief = draft_brief(message.as_bytes(), profile, None, today=TODAY)
    assert brief.deadline == dt.date(2027, 2, 1)
    assert [(d.quantity, d.service) for d in brief.deliverables] == [(3, "poster")]
    assert brief.client == "Bo"


def test_empty_input_is_refused(profile: Profile) -> None:
    with pytest.raises(ToolError, match="empty"):
        draft_brief("   ", profile, None, today=TODAY)


def test_a_returning_client_comes_from_the_client_directory_not_the_mail() -> None:
    known = make_profile(clients=[{"name": "Analytical Engines", "domains": ["engines.example"]}])
    assert draft_brief(MAIL, known, None, today=TODAY).returning
    stranger = MAIL.replace(b"ada@engines.example", b"ada@elsewhere.example")
    assert not draft_brief(stranger, known, None, today=TODAY).returning
