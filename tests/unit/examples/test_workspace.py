"""The demo workspace under examples/ stays valid: other features are demonstrated and tested on it."""

from __future__ import annotations

import datetime as dt
import email
import re
import tomllib
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.profile import Profile

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
BRIEFS = EXAMPLES / "briefs"
INQUIRIES = EXAMPLES / "inquiries"
STUDIO = "studio@lindqvist.example"
PRIVATE_MARKER = "PRIVATE-RATE-NOTE"

REQUIRED_KEYS = {
    "title",
    "client",
    "date",
    "service",
    "price",
    "currency",
    "hours_estimated",
    "hours_actual",
    "outcome",
    "tags",
    "public",
}
OUTCOMES = {"completed", "accepted", "declined", "lost", "cancelled"}
FILE_NAME = re.compile(r"^(\d{4})-(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)+\.md$")
EXAMPLE_DOMAIN = re.compile(r"@(?:[a-z0-9-]+\.)*(?:example|example\.com|example\.org|example\.net)$")


def _profile() -> Profile:
    return Profile.model_validate(tomllib.loads((EXAMPLES / "profile.toml").read_text(encoding="utf-8")))


def _front_matter(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{path.name}: no front matter"
    _, block, body = text.split("---\n", 2)
    data = yaml.safe_load(block)
    assert isinstance(data, dict), f"{path.name}: front matter is not a mapping"
    assert len(body.split()) > 50, f"{path.name}: the brief has almost no text"
    return data


def _briefs() -> list[Path]:
    return sorted(BRIEFS.glob("*.md"))


def _all_front_matter() -> dict[str, dict[str, Any]]:
    return {path.name: _front_matter(path) for path in _briefs()}


def _read_eml(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _inquiries() -> list[Path]:
    return sorted(INQUIRIES.glob("*.eml"))


def test_profile_validates_with_the_demo_freelancer() -> None:
    profile = _profile()
    assert profile.name == "Mara Lindqvist"
    assert profile.email == STUDIO
    assert profile.currency == "EUR"
    assert profile.tax.rate_percent == 19
    assert profile.tax.inclusive is False
    assert profile.payment.deposit_percent == 50
    assert profile.auto_reply.mode == "draft"
    assert len(profile.faqs) >= 5
    assert PRIVATE_MARKER in profile.private_notes


def test_profile_rate_card_is_complete() -> None:
    profile = _profile()
    ids = {service.id for service in profile.services}
    assert 6 <= len(ids) <= 8
    assert {"logo", "brand-identity", "mascot", "book-illustration", "editorial-illustration"} <= ids
    assert profile.service("book-illustration").unit == "spread"
    for service in profile.services:
        assert service.floor >= profile.minimum_fee, service.id
        assert service.keywords, service.id
        assert service.min_lead_days < service.lead_days, service.id


def test_private_notes_do_not_appear_in_briefs_or_inquiries() -> None:
    files = [*BRIEFS.iterdir(), *INQUIRIES.iterdir()]
    assert files
    leaking = [path.name for path in files if PRIVATE_MARKER in path.read_text(encoding="utf-8")]
    assert leaking == []


def test_there_are_enough_briefs() -> None:
    assert len(_briefs()) >= 30


@pytest.mark.parametrize("path", _briefs(), ids=lambda path: path.name)
def test_brief_front_matter_has_required_keys_and_types(path: Path) -> None:
    data = _front_matter(path)
    services = {service.id for service in _profile().services}

    assert set(data) == REQUIRED_KEYS
    assert isinstance(data["title"], str) and data["title"]
    assert isinstance(data["client"], str) and data["client"]
    assert isinstance(data["date"], dt.date)
    assert dt.date(2023, 1, 1) <= data["date"] <= dt.date(2026, 12, 31)
    assert data["service"] in services
    assert isinstance(data["price"], int | float) and data["price"] > 0
    assert data["currency"] == "EUR"
    assert isinstance(data["hours_estimated"], int | float) and data["hours_estimated"] > 0
    assert data["outcome"] in OUTCOMES
    if data["outcome"] in {"completed", "cancelled"}:
        assert isinstance(data["hours_actual"], int | float) and data["hours_actual"] > 0
    else:
        assert data["hours_actual"] is None
    assert isinstance(data["tags"], list) and data["tags"]
    assert all(isinstance(tag, str) for tag in data["tags"])
    assert isinstance(data["public"], bool)

    match = FILE_NAME.match(path.name)
    assert match, f"{path.name} does not follow YYYY-MM-<client-slug>-<short>.md"
    assert (int(match[1]), int(match[2])) == (data["date"].year, data["date"].month)


def test_briefs_vary_in_clients_services_outcomes_and_years() -> None:
    briefs = _all_front_matter().values()
    clients = {data["client"] for data in briefs}
    returning = {client for client in clients if sum(data["client"] == client for data in briefs) > 1}
    assert len(clients) >= 12
    assert len(returning) >= 5
    assert {data["service"] for data in briefs} == {service.id for service in _profile().services}
    assert {data["outcome"] for data in briefs} == OUTCOMES
    assert {data["date"].year for data in briefs} == {2023, 2024, 2025, 2026}
    overruns = [data for data in briefs if (data["hours_actual"] or 0) > 1.2 * data["hours_estimated"]]
    assert len(overruns) >= 5


def test_six_to_eight_briefs_are_public_portfolio_pieces() -> None:
    public = [name for name, data in _all_front_matter().items() if data["public"]]
    assert 6 <= len(public) <= 8


def test_recent_prices_respect_the_floors() -> None:
    profile = _profile()
    recent = [data for data in _all_front_matter().values() if data["date"].year >= 2025]
    assert recent
    below = [data["title"] for data in recent if data["price"] < profile.service(data["service"]).floor]
    assert below == []


def test_at_least_three_childrens_book_briefs() -> None:
    books = [data for data in _all_front_matter().values() if data["service"] == "book-illustration"]
    assert len(books) >= 3
    assert all("children's book" in data["tags"] for data in books)


def test_acme_mascot_pip_the_otter_exists() -> None:
    acme_mascots = [
        data for data in _all_front_matter().values() if data["client"] == "Acme" and data["service"] == "mascot"
    ]
    assert len(acme_mascots) == 1
    pip = acme_mascots[0]
    assert "Pip" in pip["title"] and "otter" in pip["tags"]
    assert pip["outcome"] == "completed"
    assert pip["price"] > 0
    assert pip["hours_actual"] != pip["hours_estimated"]


def test_project_code_appears_in_a_couple_of_briefs() -> None:
    hits = [path.name for path in _briefs() if "KB-2291" in path.read_text(encoding="utf-8")]
    assert len(hits) >= 2


def test_briefs_include_a_text_note_and_an_eml_original() -> None:
    texts = sorted(BRIEFS.glob("*.txt"))
    assert len(texts) == 1 and "Pixelhaus Games" in texts[0].read_text(encoding="utf-8")
    originals = sorted(BRIEFS.glob("*.eml"))
    assert len(originals) == 1
    assert originals[0].with_suffix(".md").exists()
    message = _read_eml(originals[0])
    assert message["From"].addresses[0].addr_spec == "jonas.weber@acme.example"


def _all_emls() -> list[Path]:
    return [*_inquiries(), *BRIEFS.glob("*.eml")]


@pytest.mark.parametrize("path", _all_emls(), ids=lambda path: path.name)
def test_every_eml_parses_with_the_headers_the_daemon_needs(path: Path) -> None:
    message = _read_eml(path)
    assert not message.defects
    assert message["Message-ID"] and message["Message-ID"].startswith("<")
    assert message["Subject"]
    sender = message["From"].addresses
    assert len(sender) == 1 and sender[0].display_name
    assert EXAMPLE_DOMAIN.search(sender[0].addr_spec), sender[0].addr_spec
    assert message["Date"].datetime.tzinfo is not None
    assert STUDIO in {address.addr_spec for address in message["To"].addresses}
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and body.get_content().strip()


def test_there_are_eight_inquiries_with_unique_message_ids() -> None:
    inquiries = _inquiries()
    assert len(inquiries) == 8
    ids = {_read_eml(path)["Message-ID"] for path in inquiries}
    assert len(ids) == 8


def test_inquiries_cover_bulk_and_auto_replies() -> None:
    messages = {path.name: _read_eml(path) for path in _inquiries()}
    bulk = [name for name, message in messages.items() if message["List-Id"] and message["Precedence"] == "bulk"]
    auto = [name for name, message in messages.items() if message["Auto-Submitted"] == "auto-replied"]
    assert bulk == ["07-newsletter-creative-weekly.eml"]
    assert auto == ["08-out-of-office-museum.eml"]


def test_one_inquiry_carries_a_brief_attachment() -> None:
    attachments = {
        path.name: [(part.get_filename(), part.get_content()) for part in _read_eml(path).iter_attachments()]
        for path in _inquiries()
    }
    with_attachment = {name: parts for name, parts in attachments.items() if parts}
    assert list(with_attachment) == ["01-new-childrens-book-hedgehog.eml"]
    [(filename, content)] = with_attachment["01-new-childrens-book-hedgehog.eml"]
    assert filename == "brief.txt"
    assert "14 spreads" in content


def test_returning_acme_inquiry_comes_from_the_known_acme_contact() -> None:
    inquiry = _read_eml(INQUIRIES / "02-acme-pip-summer-pose-set.eml")
    original = _read_eml(BRIEFS / "2024-02-acme-pip-the-otter-mascot.eml")
    assert inquiry["From"].addresses[0].addr_spec == original["From"].addresses[0].addr_spec
    assert "pose" in inquiry.get_body(preferencelist=("plain",)).get_content()
