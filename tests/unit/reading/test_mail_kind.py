from collections.abc import Sequence
from email.message import EmailMessage
from pathlib import Path

import numpy as np
import pytest

from assistant.daemon.models import Triage
from assistant.daemon.triage import TriageContext, reader_for, triage
from assistant.mail.parsing import parse_message
from assistant.profile import Profile, load_profile
from assistant.reading.mail_kind import KINDS, BankMail, MailKindReader, bank_path, load_bank, mail_text
from scripts.build_mail_bank import build
from tests.support.fakes import HashingEmbedder

REPO = Path(__file__).resolve().parents[3]
PROFILE = load_profile(REPO / "examples" / "profile.toml")
READER = reader_for(PROFILE, HashingEmbedder().embed)

PLATFORM = (
    "New project for you: logo for a bakery",
    "Hi Mara,\n\na new project matches your profile: a bakery in Utrecht is looking for a logo designer. "
    "Budget: 400 to 600 EUR. 9 designers have already sent a proposal.\n\nLog in to your dashboard to send "
    "yours.\n\nThe Freelancr team",
)
"""A job platform's notification: it names a logo, a budget and a client, and is not an inquiry to Mara."""
SHORT_INQUIRY = ("Logo", "Hi Mara, could you design a logo for our bakery? What would it cost?\n\nLena")


def with_threshold(profile: Profile, threshold: float) -> Profile:
    return profile.model_copy(
        update={"triage": profile.triage.model_copy(update={"not_inquiry_confidence": threshold})}
    )


def verdict(subject: str, body: str, profile: Profile = PROFILE) -> tuple[Triage, str, str]:
    READER.profile = profile
    ctx = TriageContext(own_addresses=frozenset({"studio@lindqvist.example"}), reader=READER, profile=profile)
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "someone@example.com", "studio@lindqvist.example", subject
    mail["Message-ID"] = "<m1@example.com>"
    mail.set_content(body)
    msg = parse_message(mail.as_bytes(), mailbox="INBOX", uidvalidity=1, uid=1)
    try:
        result = triage(msg, ctx)
    finally:
        READER.profile = PROFILE
    return result.triage, result.kind or "", result.reason


INTERNAL = (
    "Logo budget",
    "Carla, the client approved the logo budget this morning, 1,500 EUR, so we need the new logo by the end of the "
    "month. Could you book the printer? I'll tell accounting. Thanks, Jonas",
)
"""A client's internal mail that reached Mara: it asks and names a logo, and is not an inquiry to her."""


def test_a_platform_notice_naming_a_logo_and_a_budget_is_read_by_its_exact_signals() -> None:
    shown, kind, reason = verdict(*PLATFORM, profile=with_threshold(PROFILE, 1.0))  # the learned reader is off
    assert (shown, kind) == (Triage.NOTIFY, "not_for_me")
    assert "a notification" in reason


def test_the_learned_reader_overrules_the_rules_when_surer_than_the_profiles_threshold() -> None:
    drafted, kind, _ = verdict(*INTERNAL, profile=with_threshold(PROFILE, 1.0))
    assert (drafted, kind) == (Triage.NEW_INQUIRY, "inquiry")  # what the rules alone read
    learned = READER.kinds.read(*INTERNAL)  # type: ignore[union-attr]
    assert learned.kind == "not_for_me"
    shown, kind, reason = verdict(*INTERNAL, profile=with_threshold(PROFILE, learned.confidence))
    assert (shown, kind) == (Triage.NOTIFY, "not_for_me")
    assert "reads like not_for_me (0." in reason and "nearest: " in reason


def test_a_genuine_short_inquiry_is_still_drafted() -> None:
    drafted, kind, _ = verdict(*SHORT_INQUIRY)
    assert (drafted, kind) == (Triage.NEW_INQUIRY, "inquiry")


def test_the_threshold_lives_in_the_profile() -> None:
    learned = READER.kinds.read(*INTERNAL)  # type: ignore[union-attr]
    assert learned.kind == "not_for_me"
    _, kind, _ = verdict(*INTERNAL, profile=with_threshold(PROFILE, min(1.0, learned.confidence + 0.01)))
    assert kind == "inquiry"
    _, kind, _ = verdict(*INTERNAL, profile=with_threshold(PROFILE, learned.confidence))
    assert kind == "not_for_me"


def test_probabilities_cover_the_six_kinds_and_sum_to_one() -> None:
    probabilities = READER.kinds.probabilities(mail_text(*SHORT_INQUIRY))  # type: ignore[union-attr]
    assert set(probabilities) == set(KINDS)
    assert sum(probabilities.values()) == pytest.approx(1.0)
    assert max(probabilities, key=lambda k: probabilities[k]) == "inquiry"


def test_the_bank_builds_deterministically_and_the_shipped_one_is_current() -> None:
    first = build(REPO / "tests" / "eval" / "reading")
    assert first == build(REPO / "tests" / "eval" / "reading")
    assert bank_path().read_text(encoding="utf-8") == first, "stale bank: run scripts/build_mail_bank.py"
    mails = load_bank()
    sources = {"dev", "test", "holdout", "tune", "fresh", "fifth", "sixth", "seventh", "bank"}
    assert {mail.source.split(":")[0] for mail in mails} == sources
    assert {mail.kind for mail in mails} == set(KINDS)
    assert max(len(mail.body) for mail in mails) <= 600


def test_an_unknown_kind_is_refused(tmp_path: Path) -> None:
    bank = tmp_path / "bank.yaml"
    bank.write_text("- {source: 'x:1', kind: gossip, lang: en, subject: hi, body: hello}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="gossip"):
        load_bank(bank)


class CountingEmbedder(HashingEmbedder):
    """Remembers every text it embedded."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.texts.extend(texts)
        return super().embed(texts)


MAILS = [
    BankMail("a:1", "inquiry", "en", "Poster", "Could you illustrate a poster for our festival? What is your fee?"),
    BankMail("a:2", "not_for_me", "en", "Lunch", "Hi all, the team lunch moves to Friday at noon."),
    BankMail("a:3", "sales_phishing", "en", "SEO", "We get your studio 20 new clients a month, book a call."),
]


def test_the_cache_is_used_and_redone_when_the_bank_changes(tmp_path: Path) -> None:
    embedder = CountingEmbedder()
    MailKindReader(MAILS, embedder.embed, cache_dir=tmp_path)
    assert {mail.text for mail in MAILS} <= set(embedder.texts)
    assert len(list(tmp_path.glob("mail-kinds-*.npz"))) == 1
    embedder.texts.clear()
    cached = MailKindReader(MAILS, embedder.embed, cache_dir=tmp_path)
    assert not {mail.text for mail in MAILS} & set(embedder.texts)  # the bank's vectors came from the cache
    assert cached.read("Lunch", "Hi all, the team lunch moves to Friday at noon.").kind == "not_for_me"
    changed = [*MAILS[:2], BankMail("a:3", "not_for_me", "en", "SEO", MAILS[2].body)]
    embedder.texts.clear()
    relabelled = MailKindReader(changed, embedder.embed, cache_dir=tmp_path)
    assert not {mail.text for mail in MAILS} & set(embedder.texts)  # same texts, new label: retrained, not embedded
    assert len(list(tmp_path.glob("mail-kinds-*.npz"))) == 2
    assert relabelled.read("SEO", MAILS[2].body).kind == "not_for_me"


def test_another_embedder_does_not_read_cached_weights(tmp_path: Path) -> None:
    MailKindReader(MAILS, HashingEmbedder().embed, cache_dir=tmp_path)
    other = CountingEmbedder()
    shifted = lambda texts: np.roll(other.embed(texts), 1, axis=1)  # noqa: E731
    MailKindReader(MAILS, shifted, cache_dir=tmp_path)
    assert {mail.text for mail in MAILS} <= set(other.texts)
    assert len(list(tmp_path.glob("mail-kinds-*.npz"))) == 2


class _SureItIsNotForMe:
    """A learned reader that calls every mail not for me, as surely as it can."""

    def read(self, subject: str, body: str) -> object:
        from assistant.reading.mail_kind import KindReading

        return KindReading("not_for_me", 0.99, "reads like not_for_me (0.99)")


def test_a_mail_too_short_to_read_as_a_whole_is_left_to_the_rules() -> None:
    from assistant.reading.second_opinion import SHORT_WORDS
    from assistant.reading.triage import MailReader

    reader = MailReader(PROFILE, HashingEmbedder().embed, kinds=_SureItIsNotForMe())  # type: ignore[arg-type]
    short = reader.read("A poster", "Could you draw a poster?")
    assert short.kind == "inquiry" and short.services == ("poster",)
    long_body = "Could you draw a poster? " + "It is for the spring fair in our town square. " * 3
    assert len(long_body.split()) >= SHORT_WORDS
    assert reader.read("A poster", long_body).kind == "not_for_me"  # long enough: the learned reader is heard
