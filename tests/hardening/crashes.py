"""Driving a real daemon process through random SIGKILLs, and checking that nothing was lost or doubled.

The checks read four independent records: the SMTP server's spool (what really left), the IMAP folders (Sent
copies), the daemon's ledger and outbox, and memory (catalogue against Chroma, and the tone examples the daemon
ingested from the Sent folder).
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import os
import signal
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field

from assistant.memory import Memory
from tests.hardening.world import MailWorld
from tests.integration.daemon.mailenv import PASSWORD_ENV, REPO
from tests.support import netguard
from tests.support.fakes import HashingEmbedder

FINAL_STATES = ("done", "quarantined", "failed")
OWN = "studio@lindqvist.example"


def inquiry(n: int, tag: str) -> tuple[str, bytes]:
    """One of four kinds in turn: a question (may go out alone), a quote (held), a newsletter, a broken one."""
    message_id = f"<{tag}-{n}@client.example>"
    kind = n % 4
    if kind == 3:
        return message_id, f"From: nobody\nMessage-ID: {message_id}\nSubject: ???\n\n\x00\xff".encode("latin-1")
    headers = {"List-Id": "<news.example>"} if kind == 2 else {}
    body = (
        "Hello, what do you offer? I might need a design for my shop one day."
        if kind == 0
        else "Hello, could you design a logo for my bakery? What would it cost? Thanks"
    )
    msg = email.message.EmailMessage()
    msg["From"] = f"Client {n} <c{tag}{n}@shop{n % 7}.example>"
    msg["To"] = OWN
    msg["Subject"] = f"Inquiry {n}"
    msg["Date"] = email.utils.formatdate()
    msg["Message-ID"] = message_id
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(body)
    return message_id, msg.as_bytes()


def own_sent_mail(n: int) -> bytes:
    """A mail the freelancer wrote and sent themself: the daemon may keep it as a tone example (with consent)."""
    msg = email.message.EmailMessage()
    msg["From"] = f"Mara Lindqvist <{OWN}>"
    msg["To"] = f"old{n}@client.example"
    msg["Subject"] = f"Your poster {n}"
    msg["Date"] = email.utils.formatdate()
    msg["Message-ID"] = f"<own-{n}@lindqvist.example>"
    msg.set_content(f"Hi, thank you for the kind words about poster number {n}, it was a pleasure to draw.\nMara")
    return msg.as_bytes()


def prepare(world: MailWorld, own_mails: int) -> None:
    """Consent to tone ingestion, put the freelancer's own mails in Sent, and release memory for the daemon."""
    config = world.home / "config.toml"
    config.write_text(config.read_text() + "ingest_sent_for_tone = true\n")
    world.deliver((own_sent_mail(n) for n in range(own_mails)), folder="Sent")
    if world.memory is not None:
        world.memory.close()
        world.memory = None


@dataclass
class Driver:
    """Starts and kills daemon processes on one world."""

    world: MailWorld
    env: dict[str, str] = field(default_factory=dict)
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def __post_init__(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ATELIER_")}
        env.update(
            ATELIER_HOME=str(self.world.home), PYTHONPATH=netguard.child_pythonpath(str(REPO)), HF_HUB_OFFLINE="1"
        )
        env[PASSWORD_ENV] = self.world.imap.password
        env["ANONYMIZED_TELEMETRY"] = "False"
        self.env = env

    def start(self, *extra: str) -> subprocess.Popen[bytes]:
        log = open(self.world.home / f"daemon-{len(self.procs)}.stderr", "wb")  # noqa: SIM115 - closed by the child
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.hardening.crash_daemon", str(self.world.home), *extra],
            env=self.env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        log.close()
        self.procs.append(proc)
        return proc

    def stderr(self, proc: subprocess.Popen[bytes]) -> str:
        """What one daemon process wrote to stderr."""
        return (self.world.home / f"daemon-{self.procs.index(proc)}.stderr").read_text(errors="replace")

    def kill(self, proc: subprocess.Popen[bytes]) -> None:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)

    def once(self) -> int:
        proc = self.start("--once")
        return proc.wait(timeout=300)

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=30)


@dataclass
class Tally:
    """What the final checks found."""

    inquiries: int = 0
    lost: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def failures(self) -> int:
        return len(self.lost) + len(self.duplicates) + len(self.disagreements)


def audit(world: MailWorld, delivered: list[str], own_mails: int) -> Tally:
    """Lost inquiries, duplicate replies, and whether ledger, outbox, Sent, SMTP and memory agree."""
    tally = Tally(inquiries=len(delivered))
    rows = {r["message_id"]: r for r in world.ledger_rows("SELECT * FROM messages")}
    for mid in delivered:
        row = rows.get(mid)
        if row is None or row["state"] not in FINAL_STATES:
            tally.lost.append(f"{mid}: {'never recorded' if row is None else row['state']}")
        elif row["state"] == "quarantined" and not row["reason"]:
            tally.lost.append(f"{mid}: quarantined without a reason")
    smtp = world.smtp.received()
    by_reply: Counter[str] = Counter()
    by_inquiry: Counter[str] = Counter()
    for got in smtp:
        msg = got.message
        by_reply[str(msg["Message-ID"])] += 1
        by_inquiry[str(msg["In-Reply-To"])] += 1
    tally.duplicates += [f"reply {mid} sent {n} times" for mid, n in by_reply.items() if n > 1]
    tally.duplicates += [f"inquiry {mid} answered {n} times" for mid, n in by_inquiry.items() if n > 1]
    outbox = world.ledger_rows(
        "SELECT o.*, m.message_id AS inquiry FROM outbox o JOIN messages m ON m.id = o.inquiry_id"
    )
    sent_folder = Counter(
        str(email.message_from_bytes(raw, policy=email.policy.default)["Message-ID"])
        for raw in world.folder_raw("Sent")
    )
    known = set()
    for row in outbox:
        mid, state, n = row["message_id"], row["state"], by_reply.get(row["message_id"], 0)
        known.add(mid)
        tally.counts[state] += 1
        unsure = state == "held" and "may have gone out" in row["reason"]
        if state == "sent" and n != 1:
            tally.disagreements.append(f"{mid}: outbox says sent, SMTP got it {n} times")
        if state not in ("sent",) and not unsure and n:
            tally.disagreements.append(f"{mid}: outbox says {state}, SMTP got it {n} times")
        if state == "sent" and sent_folder.get(mid, 0) != 1:
            tally.disagreements.append(f"{mid}: sent, but {sent_folder.get(mid, 0)} copies in Sent")
    tally.disagreements += [f"{mid}: SMTP got a reply the outbox does not know" for mid in by_reply if mid not in known]
    needs_reply = [r for r in rows.values() if r["state"] == "done" and r["triage"] in ("new_inquiry", "client")]
    with_reply = {r["inquiry"] for r in outbox if r["kind"] == "reply"}
    tally.disagreements += [
        f"{r['message_id']}: handled but no reply queued" for r in needs_reply if r["message_id"] not in with_reply
    ]
    tally.counts["smtp"] = len(smtp)
    tally.counts["uidvalidity_changes"] = int(
        (world.ledger_rows("SELECT value FROM counters WHERE name = 'uidvalidity_changes'") or [{"value": 0}])[0][
            "value"
        ]
    )
    # Memory: the catalogue and Chroma agree, and each of the freelancer's own mails is one tone example.
    memory = Memory.open(world.settings, world.data_dir, embedder=HashingEmbedder())
    try:
        memory.repair()
        check = memory._store.audit()
        if check.orphans or check.missing:
            tally.disagreements.append(f"memory: {len(check.orphans)} orphan and {len(check.missing)} missing chunks")
        tone = [s for s in memory.sources() if s.source.startswith("text:sent-")]
        tally.counts["tone_examples"] = len(tone)
        if len(tone) != own_mails:
            tally.disagreements.append(f"memory holds {len(tone)} tone examples for {own_mails} own sent mails")
    finally:
        memory.close()
    return tally
