"""Forget means forget everywhere: a realistic morning with one client, then not one byte of them on disk.

The morning: a brief holding a canary is ingested; two chat turns name the client (one a ``/quote``); a brief and
a quote are saved from their inquiry; their mail comes in through Dovecot and the daemon drafts a reply; a quote
is exported into the data dir. Then ``atelier memory forget --client``, and every file under the data dir and
the cache dir is read raw (SQLite pages and WAL files as they are on disk) for the canary, the name and the
address. Real embedder, real Chroma, real Dovecot and SMTP; only the chat model is a scripted fake.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from assistant import Assistant, locations
from tests.integration.daemon.mailenv import REPO, MailEnv, make_inquiry, wait_until
from tests.support.fakes import UnsureModel

NAME = "Quillfeather Lund"
ADDRESS = "maren@quillfeather-lund.example"
CANARY = "CANARY-h16-7f3e91c2"
NEEDLES = (CANARY.lower().encode(), b"quillfeather", ADDRESS.encode())
"""Lowercased: the scan lowercases every file, so ``QUILLFEATHER`` and the memory key ``quillfeather-lund`` count."""

CONTACT = f"""
[[clients]]
name = "{NAME}"
emails = ["{ADDRESS}"]
"""


def _hits(*roots: Path) -> list[str]:
    """Every file under ``roots`` whose raw bytes, lowercased, hold a needle (nothing is decoded or unpacked)."""
    found = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                data = path.read_bytes().lower()
                found += [f"{path}: {needle.decode()}" for needle in NEEDLES if needle in data]
    return found


def _morning(mailenv: MailEnv, tmp_path: Path, cache: Path) -> None:
    home, env = mailenv.home, {"ATELIER_CACHE_DIR": str(cache)}
    shared = locations.cache_dir()  # this machine's: the embedder's export, bank vectors, nothing of any client
    if shared.is_dir() and shared != cache:
        shutil.copytree(shared, cache, dirs_exist_ok=True)  # rebuilt from nothing, it costs minutes, not coverage
    with open(home / "profile.toml", "a", encoding="utf-8") as profile:
        profile.write(CONTACT)
    brief = tmp_path / "quillfeather-2026-03.md"
    brief.write_text(
        f"---\nclient: {NAME}\ndate: 2026-03-02\nservice: logo\nprice: 1800\ncurrency: EUR\noutcome: completed\n---\n"
        f"A fox word mark for {NAME}, the paper shop. Internal note {CANARY}: they pay late.\n",
        encoding="utf-8",
    )
    mailenv.cli("memory", "add", str(brief), "--no-progress", extra_env=env)

    model = UnsureModel(answer=f"For {NAME} we did a fox word mark last spring.")
    with Assistant(home, model=model) as atelier:
        first = atelier.chat(f"What did we do for {NAME} last time? Mail them at {ADDRESS}.")
        atelier.chat(f"/quote a logo for {NAME}, deadline in 6 weeks", thread_id=first.thread_id)
        assert len(atelier.threads.list()) == 1

    inquiry = tmp_path / "inquiry.txt"
    inquiry.write_text(
        f"From: Maren <{ADDRESS}>\nSubject: A new logo\n\nHello, this is Maren from {NAME}. We would like a new "
        f"logo for our paper shop within two months. Reference {CANARY}.\n",
        encoding="utf-8",
    )
    mailenv.cli("brief", str(inquiry), "--save", "--no-model", extra_env=env)
    saved = mailenv.cli(
        "quote", "--text", str(inquiry), "--client", NAME, "--service", "logo", "--save", "--no-model", extra_env=env
    )
    number = re.search(r"saved quote (Q-\d{4}-\d{4})", saved.stderr)
    assert number is not None, saved.stderr
    exports = mailenv.data_dir / "exports"
    exports.mkdir(parents=True, exist_ok=True)
    mailenv.cli("quote", "show", number.group(1), "--out", str(exports / f"{number.group(1)}.md"), extra_env=env)

    mailenv.deliver(
        make_inquiry(
            sender=ADDRESS,
            name="Maren Lund",
            subject=f"Logo for {NAME}",
            body=f"Hello, could you design a logo for {NAME}? What would it cost? Our reference is {CANARY}.",
        )
    )
    mailenv.once(extra_env=env)
    assert any(ADDRESS in item["to"] for item in mailenv.inbox("list", "--all")["items"])


def test_forget_a_client_leaves_no_byte_of_them(mailenv: MailEnv, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _morning(mailenv, tmp_path, cache)
    env = {"ATELIER_CACHE_DIR": str(cache)}
    before = _hits(mailenv.data_dir, cache)
    for store in ("memory.sqlite3", "threads.sqlite", "quotes.sqlite", "daemon.sqlite", "briefs/", "exports/"):
        assert any(f"/data/{store}" in hit for hit in before), f"the morning left nothing in {store}: {before}"

    dry = json.loads(mailenv.cli("memory", "forget", "--client", NAME, "--dry-run", "--json", extra_env=env).stdout)
    assert _hits(mailenv.data_dir, cache) == before, "a dry run changed something"
    done = mailenv.cli("memory", "forget", "--client", NAME.upper(), "--yes", "--json", extra_env=env)
    report = json.loads(done.stdout)
    counts = {store["store"]: store["count"] for store in report["stores"]}
    assert counts == {store["store"]: store["count"] for store in dry["stores"]}
    shown = done.stdout
    assert counts["memory"] >= 2 and counts["threads"] == 1 and counts["quotes"] >= 1, shown  # chat's quote too
    assert counts["saved briefs"] == 1 and counts["exports"] == 1 and counts["daemon messages"] == 1, shown
    assert counts["daemon replies"] >= 1 and report["leftovers"] == [], shown

    assert _hits(mailenv.data_dir, cache) == []
    with Assistant(mailenv.home, model=UnsureModel()) as atelier:
        (thread,) = atelier.threads.list()  # redacted by default, not deleted
        texts = [str(m.content) for m in atelier.threads.messages(thread.id)]
        assert texts and all("quillfeather" not in t.casefold() for t in texts)
        assert any(t.startswith("[removed") for t in texts)
        assert atelier.memory.sources(client=NAME) == []
    again = mailenv.cli("memory", "forget", "--client", NAME, "--yes", check=False, extra_env=env)
    assert again.returncode == 1 and f"Nothing of client {NAME}" in again.stdout


def test_forget_of_a_stranger_changes_nothing(mailenv: MailEnv, tmp_path: Path) -> None:
    brief = tmp_path / "other.md"
    brief.write_text("---\nclient: Acme\ndate: 2026-03-02\nservice: logo\n---\nAn otter mascot.\n", encoding="utf-8")
    mailenv.cli("memory", "add", str(brief), "--no-progress")
    before = _contents(mailenv.data_dir)
    done = mailenv.cli("memory", "forget", "--client", "Nobody Ever", "--yes", check=False)
    assert done.returncode == 1 and "Nothing of client Nobody Ever" in done.stdout
    assert _contents(mailenv.data_dir) == before


def _contents(data_dir: Path) -> dict[str, object]:
    """What the data dir holds: each SQLite file's rows (opening one rewrites its header), other files' bytes."""
    out: dict[str, object] = {}
    for path in sorted(data_dir.rglob("*")):
        if not path.is_file() or path.name.endswith(("-wal", "-shm")):
            continue
        if path.read_bytes()[:16] == b"SQLite format 3\x00":
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            out[str(path)] = list(db.iterdump())
            db.close()
        else:
            out[str(path)] = path.read_bytes()
    return out


def test_a_forget_killed_half_way_is_finished_by_the_next_open(mailenv: MailEnv, tmp_path: Path) -> None:
    """The daemon's ledger is held locked, so the forget stops there (memory, threads and quotes done); kill -9."""
    cache = tmp_path / "cache"
    _morning(mailenv, tmp_path, cache)
    env = {**mailenv.env, "ATELIER_CACHE_DIR": str(cache)}
    blocker = sqlite3.connect(mailenv.data_dir / "daemon.sqlite", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another writer: the forget waits for the ledger's lock
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli.main", "memory", "forget", "--client", NAME, "--yes"],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        journal = mailenv.data_dir / "erasure-pending.json"
        wait_until(journal.exists, timeout=120)
        wait_until(lambda: not list((mailenv.data_dir / "exports").iterdir()), timeout=120)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    left = _hits(mailenv.data_dir)
    assert journal.exists() and any("daemon.sqlite" in hit for hit in left), left
    assert not any("quotes.sqlite" in hit for hit in left), "the quotes were erased before the kill"

    mailenv.cli("quote", "list", extra_env={"ATELIER_CACHE_DIR": str(cache)})  # any command opens the assistant
    assert not journal.exists()
    assert _hits(mailenv.data_dir, cache) == []


def test_forget_while_the_daemon_runs(mailenv: MailEnv, tmp_path: Path) -> None:
    """The daemon keeps running through the forget, and goes on answering others; the client's mail stays handled."""
    with open(mailenv.home / "profile.toml", "a", encoding="utf-8") as profile:
        profile.write(CONTACT)
    daemon = mailenv.start()
    # A real inquiry: a bare "Hi" from a known client is a follow-up the daemon only notifies about, with no draft,
    # so the inbox below stayed empty (that, not the second sender, is what kept this test failing).
    body = f"Hello, could you design a logo for {NAME}? What would it cost? Our reference is {CANARY}."
    mailenv.deliver(make_inquiry(sender=ADDRESS, name="Maren", subject=f"Logo for {NAME}", body=body))
    wait_until(lambda: len(mailenv.inbox("list", "--all")["items"]) == 1, timeout=60)
    assert _hits(mailenv.data_dir)

    done = mailenv.cli("memory", "forget", "--client", NAME, "--yes", "--json")
    report = json.loads(done.stdout)
    assert report["leftovers"] == [] and daemon.poll() is None
    assert _hits(mailenv.data_dir) == []

    mailenv.deliver(make_inquiry(sender="ola@elsewhere.example", subject="A poster", body="Could you draw a poster?"))
    wait_until(
        lambda: any("ola@elsewhere.example" in item["to"] for item in mailenv.inbox("list", "--all")["items"]),
        timeout=60,  # each look is an `atelier inbox` process; on a loaded machine a few take seconds each
    )
    assert len(mailenv.inbox("list", "--all")["items"]) == 1
    assert daemon.poll() is None and _hits(mailenv.data_dir) == [], "the daemon brought the client back"
