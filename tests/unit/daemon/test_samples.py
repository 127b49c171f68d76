from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

import pytest

from assistant.daemon.drafting import ToolDrafter
from assistant.daemon.models import GateAction, Triage
from assistant.daemon.policy import RateState, decide
from assistant.daemon.samples import HANDOFF_REASON, asks_for_samples
from assistant.mail.parsing import parse_message
from assistant.profile import load_profile
from tests.unit.style.style_fixtures import spend, studio

REPO = Path(__file__).resolve().parents[3]
TODAY = dt.date(2026, 11, 25)
CALM = RateState(sent_to_sender_last_day=0, sent_last_hour=0)


def _mail(body: str, sender: str = "nina@stranger.example", subject: str = "Hello"):  # type: ignore[no-untyped-def]
    msg = EmailMessage()
    msg["From"] = f"Nina Roth <{sender}>"
    msg["To"] = "mara@example.com"
    msg["Subject"] = subject
    msg["Message-ID"] = "<s1@stranger.example>"
    msg.set_content(body)
    return parse_message(msg.as_bytes(), mailbox="INBOX", uidvalidity=1, uid=1)


@pytest.mark.parametrize(
    "text",
    [
        "Could you send us a couple of free samples in your style first?",
        "Before we commit, would you do a test illustration?",
        "Könnten Sie uns vorab eine kostenlose Probezeichnung schicken?",
        "Haben Sie Arbeitsproben für ein Kinderbuch?",
        "Pourriez-vous nous envoyer quelques échantillons avant de commencer ?",
        "Seriez-vous d'accord pour un dessin d'essai ?",
    ],
)
def test_sample_requests_are_read_in_three_languages(text: str) -> None:
    assert asks_for_samples(text)


@pytest.mark.parametrize(
    "text",
    ["We need a logo for our bakery by March.", "Wir brauchen ein Plakat.", "Nous cherchons une illustratrice."],
)
def test_other_mail_is_not_a_sample_request(text: str) -> None:
    assert not asks_for_samples(text)


def test_a_stranger_asking_for_samples_hears_the_quota_and_the_draft_waits(tmp_path: Path) -> None:
    profile = load_profile(REPO / "examples" / "profile.toml")
    with studio(tmp_path) as style:
        spend(tmp_path, "nina@stranger.example", 1)
        asked: list[str] = []

        def quota(client: str) -> tuple[int, int]:
            asked.append(client)
            return style.remaining(client), style.quota

        drafter = ToolDrafter(profile, None, sample_quota=quota)
        inquiry = _mail("Hi! We are a small press. Could you send two free samples of a fox in your style?")
        draft = drafter.draft(inquiry, Triage.NEW_INQUIRY, today=TODAY)
        assert asked == ["nina@stranger.example"]
        assert "About samples: you have 1 of 2 free style previews left." in draft.body
        assert HANDOFF_REASON in draft.handoff_reasons
        verdict = decide(profile, inquiry, draft, CALM, today=TODAY)
        assert verdict.decision is GateAction.HANDOFF
        assert f"hand-off: {HANDOFF_REASON}" in verdict.reasons
        assert len(style.ledger()) == 1  # only the earlier sample: nothing was generated from the mail


def test_an_existing_client_with_no_samples_left_is_told_so() -> None:
    profile = load_profile(REPO / "examples" / "profile.toml")
    drafter = ToolDrafter(profile, None, sample_quota=lambda client: (0, 2))
    draft = drafter.draft(_mail("Can you do a trial sketch of the otter?"), Triage.CLIENT, today=TODAY)
    assert "the 2 free style previews are used up" in draft.body
    assert HANDOFF_REASON in draft.handoff_reasons


def test_without_a_sample_request_nothing_changes() -> None:
    profile = load_profile(REPO / "examples" / "profile.toml")
    calls: list[str] = []
    drafter = ToolDrafter(profile, None, sample_quota=lambda client: (calls.append(client), (2, 2))[1])
    draft = drafter.draft(_mail("Can you send me the final files?"), Triage.CLIENT, today=TODAY)
    assert "About samples" not in draft.body and draft.handoff_reasons == ()
    assert calls == []
