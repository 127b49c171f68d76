"""Daemon pipeline overhead per inquiry against a real Dovecot, with a fake model (or the bundled one).

For each inquiry: APPEND it to INBOX, then time one ``Daemon.poll()`` (IMAP SEARCH + FETCH -> ledger -> parse ->
triage -> draft -> policy -> queue). The baseline, measured in the same run on the same server, is the bare IMAP
part alone (SELECT + SEARCH + FETCH of that message with imapclient), so the ratio shows what Atelier adds on top
of talking to the server. Target: pipeline p50 <= 50 ms.

    .venv/bin/python benchmarks/daemon_pipeline.py [--n 200] [--real-model]

``--real-model`` instead times one inquiry end to end with the bundled SmolLM2 (model load reported apart):
from APPEND to the draft waiting in the inbox.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

from dovecot_test import DovecotServer  # noqa: E402
from imapclient import IMAPClient  # noqa: E402
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel  # noqa: E402
from langchain_core.messages import AIMessage  # noqa: E402

from assistant.config import MailSettings, Settings  # noqa: E402
from assistant.daemon import build_daemon  # noqa: E402
from assistant.profile import load_profile  # noqa: E402
from tests.integration.daemon.mailenv import make_inquiry  # noqa: E402

BODIES = [
    "Hello, could you design a logo for my bakery? What would it cost? Thanks, Clara",
    "Hi Mara, we need 12 spreads for a picture book about a fox, final files by June. Budget 6,000 EUR. Ben",
    "Hello! We are looking for a mascot for our app, maybe a friendly owl. What are your rates? Best, Dana",
]


def fake_model() -> GenericFakeChatModel:
    reply = AIMessage(content='{"opening": "Thank you for thinking of me for this; it sounds like a lovely project."}')
    return GenericFakeChatModel(messages=itertools.repeat(reply))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def settings_for(server: DovecotServer) -> Settings:
    mail = MailSettings(
        address="studio@lindqvist.example",
        username=server.user,
        imap_port=server.port,
        imap_security="plain",
        smtp_security="plain",
        smtp_port=1,
        smtp_auth=False,
    )
    return Settings(mail=mail)


def bare_fetch_ms(server: DovecotServer, uid_after: int) -> float:
    start = time.perf_counter()
    client = IMAPClient("127.0.0.1", port=server.port, ssl=False)
    client.login(server.user, server.password)
    try:
        t0 = time.perf_counter()
        client.select_folder("INBOX")
        uids = client.search(["UID", f"{uid_after + 1}:*"])
        client.fetch(uids, ["BODY.PEEK[]"])
        return (time.perf_counter() - t0) * 1000
    finally:
        client.logout()
        del start


def run_pipeline(n: int) -> None:
    profile = load_profile(REPO / "examples" / "profile.toml")
    with DovecotServer() as server, tempfile.TemporaryDirectory() as data:
        os.environ["ATELIER_MAIL_PASSWORD"] = server.password
        daemon = build_daemon(
            settings_for(server), profile, Path(data), fake_model(), logger=logging.getLogger("bench")
        )
        daemon.open()
        feeder = IMAPClient("127.0.0.1", port=server.port, ssl=False)
        feeder.login(server.user, server.password)
        pipeline, bare = [], []
        try:
            daemon.poll()  # connect and select once, as the running daemon would be
            for i in range(n):
                feeder.append("INBOX", make_inquiry(sender=f"c{i}@example.com", body=BODIES[i % len(BODIES)]))
                bare.append(bare_fetch_ms(server, i))
                start = time.perf_counter()
                assert daemon.poll() == 1
                pipeline.append((time.perf_counter() - start) * 1000)
        finally:
            feeder.logout()
            daemon.close()
    p50, p95 = statistics.median(pipeline), percentile(pipeline, 0.95)
    b50, b95 = statistics.median(bare), percentile(bare, 0.95)
    print(f"inquiries: {n}")
    print(f"pipeline (fetch->ledger->triage->draft->queue): p50 {p50:.1f} ms  p95 {p95:.1f} ms")
    print(f"baseline (bare IMAP select+search+fetch):       p50 {b50:.1f} ms  p95 {b95:.1f} ms")
    print(
        f"ratio pipeline/baseline: p50 {p50 / b50:.1f}x  p95 {p95 / b95:.1f}x   target p50 <= 50 ms: "
        f"{'met' if p50 <= 50 else 'NOT met'}"
    )


def run_real_model() -> None:
    from langchain_core.messages import HumanMessage

    from assistant.llm import load_chat_model

    profile = load_profile(REPO / "examples" / "profile.toml")
    raw = (REPO / "examples" / "inquiries" / "01-new-childrens-book-hedgehog.eml").read_bytes()
    timings = {}
    load_s = 0.0
    for name in ("fake model", "bundled SmolLM2"):
        with DovecotServer() as server, tempfile.TemporaryDirectory() as data:
            os.environ["ATELIER_MAIL_PASSWORD"] = server.password
            settings = settings_for(server)
            if name == "fake model":
                model = fake_model()
            else:
                t0 = time.perf_counter()
                model = load_chat_model(settings)
                model.invoke([HumanMessage("hi")], max_tokens=1)  # the load happens on first use
                load_s = time.perf_counter() - t0
            runner = build_daemon(settings, profile, Path(data), model, logger=logging.getLogger("bench"))
            runner.open()
            try:
                runner.poll()
                feeder = IMAPClient("127.0.0.1", port=server.port, ssl=False)
                feeder.login(server.user, server.password)
                feeder.append("INBOX", raw)
                feeder.logout()
                start = time.perf_counter()
                assert runner.poll() == 1
                timings[name] = time.perf_counter() - start
                assert runner.store is not None
                [item] = runner.store.outbox.items()
                print(f"--- draft with {name} ({item.state.value}):\n{item.body[:700]}")
            finally:
                runner.close()
    print(f"model load (once per daemon start): {load_s:.2f} s")
    print(
        f"arrival -> draft in inbox: bundled model {timings['bundled SmolLM2']:.2f} s, "
        f"fake model {timings['fake model'] * 1000:.0f} ms, "
        f"ratio {timings['bundled SmolLM2'] / timings['fake model']:.0f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--real-model", action="store_true")
    args = parser.parse_args()
    if args.real_model:
        run_real_model()
    else:
        run_pipeline(args.n)


if __name__ == "__main__":
    main()
