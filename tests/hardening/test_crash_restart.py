"""Suite 4: many inquiries, random SIGKILLs of the daemon process, real Dovecot and a real SMTP server.

Between kills the mailbox's UIDVALIDITY is sometimes reset, and sometimes two daemons are started at the same
moment. At the end the daemon runs to completion, and :func:`tests.hardening.crashes.audit` counts inquiries
lost, duplicate replies, and disagreements between SMTP, the Sent folder, the ledger, the outbox and memory.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from tests.hardening.attacks import canary_clients
from tests.hardening.conftest import SEED, size
from tests.hardening.crashes import Driver, audit, inquiry, prepare
from tests.hardening.report import record
from tests.hardening.world import MailWorld

INQUIRIES = size(ci=40, full=500)
KILLS = size(ci=15, full=200)
OWN_MAILS = 12


def test_random_sigkills_lose_nothing_and_send_nothing_twice(tmp_path: Path) -> None:
    rng = random.Random(SEED + 4)
    world = MailWorld(tmp_path / "home", mode="auto").start()
    driver = Driver(world)
    delivered: list[str] = []
    pairs = refused = uidvalidity_resets = 0
    both_ran = 0
    try:
        world.plant(canary_clients(rng, 20))
        prepare(world, OWN_MAILS)
        pending = [inquiry(n, "crash") for n in range(INQUIRIES)]
        per_kill = max(1, INQUIRIES // KILLS)
        for k in range(KILLS):
            batch, pending = pending[:per_kill], pending[per_kill:]
            if k == KILLS - 1:
                batch, pending = batch + pending, []
            world.deliver(raw for _, raw in batch)
            delivered += [mid for mid, _ in batch]
            if k % 9 == 4:
                world.imap.set_uidvalidity("INBOX", 1000 + k)
                uidvalidity_resets += 1
            if k % 7 == 3:  # two daemons started together: one must refuse
                first, second = driver.start(), driver.start()
                deadline = time.monotonic() + 60
                while time.monotonic() < deadline and all(p.poll() is None for p in (first, second)):
                    time.sleep(0.1)
                refused += sum(1 for p in (first, second) if p.poll() == 1 and "another daemon" in driver.stderr(p))
                both_ran += all(p.poll() is None for p in (first, second))
                pairs += 1
                time.sleep(rng.uniform(0.2, 3.0))
                for proc in (first, second):
                    driver.kill(proc)
                continue
            proc = driver.start()
            time.sleep(rng.uniform(0.2, 4.0))
            driver.kill(proc)
        assert driver.once() == 0
        assert driver.once() == 0
        tally = audit(world, delivered, OWN_MAILS)
    finally:
        driver.stop_all()
        world.stop()
    failures = tally.failures + both_ran
    record(
        "crash_restart",
        tally.inquiries,
        failures,
        failure_is="an inquiry lost, a reply sent twice, records that disagree, or two daemons running at once",
        summary=(
            f"{tally.inquiries} inquiries, {KILLS} SIGKILLs, {uidvalidity_resets} UIDVALIDITY resets, {pairs} double "
            f"starts ({refused} refused); lost {len(tally.lost)}, duplicates {len(tally.duplicates)}, "
            f"disagreements {len(tally.disagreements)}; outbox {dict(tally.counts)}"
        ),
    )
    assert tally.counts["smtp"] > 0 and tally.counts["uidvalidity_changes"] >= 1  # the run did send, and did reset
    assert both_ran == 0 and refused >= 1
    assert not tally.lost, tally.lost[:5]
    assert not tally.duplicates, tally.duplicates[:5]
    assert not tally.disagreements, tally.disagreements[:5]
