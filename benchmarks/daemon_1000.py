"""1,000 inquiries through a real Dovecot with a fake model: total time and peak memory of one ``--once`` run.

The inquiries are APPENDed first; then a child process runs the daemon once (fetch, ledger, triage, draft, gate,
queue, and APPEND of every draft to the Drafts folder) and reports its wall time and peak RSS. The baseline, in the
same run and on the same server, is a child that only fetches all 1,000 messages with imapclient, so the ratio is
what the daemon costs on top of reading the mail.

    .venv/bin/python benchmarks/daemon_1000.py [--n 1000]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

from dovecot_test import DovecotServer  # noqa: E402

BODY = "Hello, could you design a logo for my bakery, number {i}? What would it cost? Thanks"


def child_daemon(port: int, user: str, data: str) -> dict[str, float]:
    from assistant.daemon import build_daemon
    from assistant.profile import load_profile
    from benchmarks.daemon_pipeline import fake_model, settings_for

    server = DovecotServer.__new__(DovecotServer)
    server.port, server.user = port, user
    profile = load_profile(REPO / "examples" / "profile.toml")
    start = time.perf_counter()
    daemon = build_daemon(settings_for(server), profile, Path(data), fake_model(), logger=logging.getLogger("b"))
    daemon.run(once=True)
    elapsed = time.perf_counter() - start
    from assistant.daemon import daemon_status

    status = daemon_status(Path(data))
    return {
        "seconds": elapsed,
        "drafted": status.counts.get("drafted", 0),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def child_fetch(port: int, user: str, password: str) -> dict[str, float]:
    from imapclient import IMAPClient

    start = time.perf_counter()
    client = IMAPClient("127.0.0.1", port=port, ssl=False)
    client.login(user, password)
    client.select_folder("INBOX")
    uids = client.search(["ALL"])
    fetched = 0
    for i in range(0, len(uids), 50):
        fetched += len(client.fetch(uids[i : i + 50], ["BODY.PEEK[]"]))
    client.logout()
    return {
        "seconds": time.perf_counter() - start,
        "fetched": fetched,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_child(*args: str, env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, env=env, check=True
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        kind, port, user, extra = args.child
        result = child_daemon(int(port), user, extra) if kind == "daemon" else child_fetch(int(port), user, extra)
        print(json.dumps(result))
        return
    from imapclient import IMAPClient

    from tests.integration.daemon.mailenv import make_inquiry

    with DovecotServer() as server, tempfile.TemporaryDirectory() as data:
        feeder = IMAPClient("127.0.0.1", port=server.port, ssl=False)
        feeder.login(server.user, server.password)
        for i in range(args.n):
            feeder.append("INBOX", make_inquiry(sender=f"client{i}@example.com", body=BODY.format(i=i)))
        feeder.logout()
        env = {**os.environ, "ATELIER_MAIL_PASSWORD": server.password, "PYTHONPATH": str(REPO)}
        base = run_child("fetch", str(server.port), server.user, server.password, env=env)
        run = run_child("daemon", str(server.port), server.user, data, env=env)
    print(f"inquiries: {args.n} (drafted {run['drafted']:.0f}, baseline fetched {base['fetched']:.0f})")
    print(
        f"daemon --once (fetch->ledger->triage->draft->queue->Drafts): {run['seconds']:.1f} s total, "
        f"{run['seconds'] / args.n * 1000:.1f} ms per inquiry, peak RSS {run['peak_rss_mb']:.0f} MB"
    )
    print(
        f"baseline (bare imapclient fetch of all):                     {base['seconds']:.2f} s total, "
        f"peak RSS {base['peak_rss_mb']:.0f} MB"
    )
    print(
        f"ratio daemon/baseline: time {run['seconds'] / base['seconds']:.1f}x, "
        f"memory {run['peak_rss_mb'] / base['peak_rss_mb']:.1f}x"
    )


if __name__ == "__main__":
    main()
