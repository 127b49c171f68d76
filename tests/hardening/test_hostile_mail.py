"""Suite 3b: the kinds of mail the first suites never generated (issue 13), through the daemon in auto mode.

Lone surrogates from UTF-7 and ``unicode-escape``, broken encoded words, folded headers, hand-off words hidden by
invisible characters, look-alike letters or an HTML part, multi-megabyte HTML, read receipts and delivery
reports, non-ASCII Message-IDs and local parts, attachments without a name. Each message must be handled
without an error and in bounded time, and by its kind: receipts and reports never answered, hidden triggers
and attachments never answered automatically, an 8-bit sender quarantined, every stored reply encodable.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections import Counter
from pathlib import Path

from assistant.profile import load_profile
from tests.conftest import EXAMPLES
from tests.hardening.conftest import SEED, size
from tests.hardening.hijack import HijackedModel
from tests.hardening.malformed import HOSTILE_KINDS, hostile
from tests.hardening.pipeline import Pipeline, reference_sender
from tests.hardening.report import record
from tests.hardening.world import MailWorld, Outbound

CASES = size(ci=len(HOSTILE_KINDS) * 12, full=10_080)
NEVER_ANSWERED = {"read receipt", "delivery report"}
NEVER_ALONE = {"invisible trigger", "look-alike trigger", "html-only trigger", "html alternative trigger",
               "unnamed attachment"}  # fmt: skip
SECONDS_PER_MESSAGE = 3.0


def test_hostile_kinds_are_handled_by_kind_without_errors(tmp_path: Path) -> None:
    pipe = Pipeline(tmp_path / "data", load_profile(EXAMPLES / "profile.toml"), HijackedModel(), mode="auto")
    assert pipe.daemon.store is not None
    conn = pipe.daemon.store.conn
    rng = random.Random(SEED + 13)
    failures: dict[str, list[str]] = {}
    kinds: Counter[str] = Counter()
    states: Counter[str] = Counter()
    slowest = 0.0
    try:
        for n in range(CASES):
            big = n < 2 * len(HOSTILE_KINDS)  # the first two huge parts are 5 MB, the rest 200 kB
            kind, raw = hostile(n, rng, huge_bytes=5_000_000 if big else 200_000)
            started = time.perf_counter()
            outcome = pipe.feed(raw)
            elapsed = time.perf_counter() - started
            slowest = max(slowest, elapsed)
            kinds[kind] += 1
            states[outcome.state] += 1
            problems = list(outcome.problems)
            rows = conn.execute(
                "SELECT state, auto, subject, body FROM outbox WHERE inquiry_id = ?", (outcome.row,)
            ).fetchall()
            for row in rows:
                try:
                    (row["subject"] + row["body"]).encode("utf-8")
                except UnicodeEncodeError as exc:
                    problems.append(f"a stored reply cannot be encoded: {exc}")
            if kind in NEVER_ANSWERED and rows:
                problems.append("automatic mail got a reply")
            if kind in NEVER_ALONE and any(r["state"] == "approved" and r["auto"] for r in rows):
                problems.append("answered automatically despite a hidden trigger or an attachment")
            if kind == "8-bit local part" and outcome.state != "quarantined":
                problems.append(f"an 8-bit sender was {outcome.state}, not quarantined")
            if elapsed > SECONDS_PER_MESSAGE:
                problems.append(f"took {elapsed:.1f} s")
            if problems:
                failures[f"{n} {kind}"] = problems
    finally:
        pipe.close()
    record(
        "hostile_mail",
        CASES,
        len(failures),
        failure_is="an error, over 3 s, a receipt answered, a hidden trigger answered alone, an unstorable reply",
        summary=f"{len(kinds)} kinds x {CASES // len(HOSTILE_KINDS)}, auto mode; states {dict(states)}; "
        f"slowest {slowest:.2f} s",
    )
    assert set(kinds) == set(HOSTILE_KINDS)
    assert not failures, failures


def _recipients(out: Outbound) -> set[str | None]:
    return {address.lower() for _, address in email.utils.getaddresses([str(out.message["To"] or "")])}


SERVER_CASES = size(ci=len(HOSTILE_KINDS) * 2, full=len(HOSTILE_KINDS) * 40)


def test_hostile_kinds_through_real_dovecot_and_smtp_never_stop_the_daemon(tmp_path: Path) -> None:
    rng = random.Random(SEED + 14)
    batch = [hostile(n, rng, huge_bytes=1_000_000) for n in range(SERVER_CASES)]
    world = MailWorld(tmp_path / "home", mode="auto").start()
    try:
        world.deliver(raw for _, raw in batch)
        world.run_once(HijackedModel())  # raises on any error that stops a cycle
        world.run_once(HijackedModel())  # a restart: nothing handled twice, nothing crashes
        located = world.ledger_rows("SELECT count(*) AS n FROM locations")[0]["n"]
        unfinished = world.ledger_rows("SELECT id FROM messages WHERE state NOT IN ('done', 'quarantined', 'failed')")
        reasonless = world.ledger_rows("SELECT id FROM messages WHERE state = 'quarantined' AND reason = ''")
        outbound = world.outbound()
    finally:
        world.stop()
    receipts = {reference_sender(raw) for kind, raw in batch if kind in NEVER_ANSWERED}
    smtp = [out for out in outbound if out.where == "smtp"]
    answered_receipts = [o for o in outbound if o.where != "INBOX" and _recipients(o) & receipts]
    failures = max(0, SERVER_CASES - located) + len(unfinished) + len(reasonless) + len(answered_receipts)
    failures += sum(not all(r.isascii() for r in out.rcpt_tos) for out in smtp)
    record("hostile_mail_server", SERVER_CASES, failures, failure_is="as hostile_mail, through Dovecot and SMTP",
           summary=f"{len(smtp)} sent alone, {len(outbound)} outbound in all")  # fmt: skip
    assert located >= SERVER_CASES  # every delivered message, plus the hand-off notes the daemon filed itself
    assert not unfinished and not reasonless and not answered_receipts
    assert any(out.where == "Drafts" for out in outbound), "ordinary inquiries among them are still drafted"
    assert all(r.isascii() for out in smtp for r in out.rcpt_tos)
