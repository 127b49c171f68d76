"""Suite 3: malformed mail through the daemon. Every message ends processed or quarantined with a reason.

No crash, no loss, and no reply to an address that is empty or differs from the parsed sender (nor from the
sender as CPython's strict parser reads it). Three sources: CPython's e-mail test corpus with hand-written
crashers, seeded mutations of both, and hypothesis-generated messages; a part also goes through real Dovecot.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.profile import Profile, load_profile
from tests.conftest import EXAMPLES
from tests.hardening.conftest import SEED, size
from tests.hardening.hijack import HijackedModel
from tests.hardening.malformed import cpython_corpus, crashers, mutate
from tests.hardening.pipeline import Pipeline
from tests.hardening.report import record
from tests.hardening.world import MailWorld

MUTANTS = size(ci=150, full=3000)
EXAMPLES_HYPOTHESIS = size(ci=150, full=2000)
TOTALS: Counter[str] = Counter()


def _profile() -> Profile:
    return load_profile(EXAMPLES / "profile.toml")


def _finish(part: str, cases: int, failures: int) -> None:
    TOTALS[f"{part}:cases"] = cases
    TOTALS[f"{part}:failures"] = failures
    parts = {"corpus", "hypothesis", "server"}
    if all(f"{p}:cases" in TOTALS for p in parts):
        record(
            "malformed_mail",
            sum(TOTALS[f"{p}:cases"] for p in parts),
            sum(TOTALS[f"{p}:failures"] for p in parts),
            failure_is="a crash, a lost message, a reason-less quarantine, or a reply to another address",
            summary=", ".join(f"{p} {TOTALS[f'{p}:cases']}" for p in sorted(parts)),
        )


def test_corpus_crashers_and_mutants_are_processed_or_quarantined(tmp_path: Path) -> None:
    corpus = cpython_corpus()
    named = crashers() + corpus
    rng = random.Random(SEED)
    seeds = [raw for _, raw in named if raw.strip()]
    mutants = [(f"mutant {n}", mutate(rng.choice(seeds), rng)) for n in range(MUTANTS)]
    pipe = Pipeline(tmp_path / "data", _profile(), HijackedModel())
    failures: dict[str, list[str]] = {}
    states: Counter[str] = Counter()
    replied = 0
    try:
        for name, raw in named + mutants:
            outcome = pipe.feed(raw)
            states[outcome.state] += 1
            replied += bool(outcome.replies)
            if outcome.problems:
                failures[name] = outcome.problems
    finally:
        pipe.close()
    _finish("corpus", len(named) + len(mutants), len(failures))
    assert len(corpus) >= 40 or not corpus  # the stdlib corpus, when installed, is all there
    assert states["quarantined"] > 0 and replied > 0  # both outcomes were exercised
    assert not failures, failures


_HEADER_NAMES = st.sampled_from(["From", "To", "Cc", "Subject", "Content-Type", "Message-ID", "Reply-To", "X-A"])
_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
_ADDRESSISH = st.one_of(
    st.emails().map(str),
    st.builds(lambda n, a: f'"{n}" <{a}>', _TEXT, st.emails()),
    st.builds(lambda a, b: f"{a}, {b}", st.emails(), st.emails()),
    st.sampled_from(["<>", "", "@", "a@", "@b", "=?utf-8?q??=", "undisclosed-recipients:;", '"x <a@b.c>']),
    _TEXT,
)
_CTYPES = st.sampled_from(
    [
        "text/plain",
        "text/plain; charset=x-unknown",
        "text/html",
        "multipart/mixed",
        'multipart/mixed; boundary="zz"',
        "text/plain; name*",
        "application/octet-stream",
    ]
)


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    lines = [f"From: {draw(_ADDRESSISH)}"] if draw(st.booleans()) or True else []
    for _ in range(draw(st.integers(0, 6))):
        lines.append(f"{draw(_HEADER_NAMES)}: {draw(_TEXT)}")
    lines.append(f"Content-Type: {draw(_CTYPES)}")
    if draw(st.booleans()):
        lines.append(f"Content-Transfer-Encoding: {draw(st.sampled_from(['base64', 'quoted-printable', '8bit', 'x']))}")
    body = draw(st.one_of(_TEXT, st.binary(max_size=300).map(lambda b: b.decode("latin-1"))))
    if draw(st.booleans()):
        body = "--zz\nContent-Type: text/plain\n\nA logo please, what price?\n--zz--\n" + body
    sep = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return (sep.join(lines) + sep + sep + body).encode("utf-8", "surrogateescape")


def test_generated_messages_are_processed_or_quarantined(tmp_path: Path) -> None:
    pipe = Pipeline(tmp_path / "data", _profile(), HijackedModel())
    seen: list[int] = []
    failures: list[tuple[bytes, list[str]]] = []

    @settings(
        max_examples=EXAMPLES_HYPOTHESIS,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(messages())
    def one(raw: bytes) -> None:
        outcome = pipe.feed(raw)
        seen.append(1)
        if outcome.problems:
            failures.append((raw, outcome.problems))

    try:
        one()
    finally:
        pipe.close()
    _finish("hypothesis", len(seen), len(failures))
    assert len(seen) >= EXAMPLES_HYPOTHESIS // 2
    assert not failures, failures[:3]


def test_malformed_mail_through_real_dovecot_is_never_lost(tmp_path: Path) -> None:
    rng = random.Random(SEED + 3)
    named = crashers() + cpython_corpus()
    seeds = [raw for _, raw in named if raw.strip()]
    batch = [raw for _, raw in named] + [mutate(rng.choice(seeds), rng) for _ in range(size(ci=20, full=300))]
    world = MailWorld(tmp_path / "home").start()
    refused = 0
    try:
        client = world.imap_client()
        try:
            for raw in batch:
                try:
                    client.append("INBOX", raw)
                except Exception:  # noqa: BLE001 - the server may refuse some bytes (empty, NUL); that is not ours
                    refused += 1
            client.select_folder("INBOX", readonly=True)
            delivered = len(client.search(["ALL"]))
        finally:
            client.logout()
        world.run_once(HijackedModel())
        located = world.ledger_rows("SELECT count(*) AS n FROM locations")[0]["n"]
        unfinished = world.ledger_rows(
            "SELECT id, state FROM messages WHERE state NOT IN ('done', 'quarantined', 'failed')"
        )
        reasonless = world.ledger_rows("SELECT id FROM messages WHERE state = 'quarantined' AND reason = ''")
        bad_to = world.ledger_rows(
            "SELECT o.to_addr, m.sender FROM outbox o JOIN messages m ON m.id = o.inquiry_id "
            "WHERE o.to_addr != m.sender"
        )
    finally:
        world.stop()
    failures = (delivered - located) + len(unfinished) + len(reasonless) + len(bad_to)
    _finish("server", delivered, failures)
    assert delivered >= len(batch) - refused - 5  # Dovecot keeps (almost) everything it accepted
    assert located == delivered, f"{delivered - located} delivered messages never reached the ledger"
    assert not unfinished and not reasonless and not bad_to
