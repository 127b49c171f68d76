"""Shadow mode over the demo's past mail (examples/past-mail): the share of replies that would go out unedited.

Each past inquiry is replayed through ``Assistant.shadow_report`` (the daemon's triage and drafter, templates
only unless ``--model``) in a fresh home with the example profile, and compared with the reply Mara really sent.
"Unedited" is a word-level edit distance of at most 0.05 (see ``assistant/daemon/shadow_report.py``).

Baseline, in the same run: a one-line acknowledgement ("Thank you for your message; I will come back to you
shortly.") compared with the same replies, so the mean distance has something to be read against.

    .venv/bin/python benchmarks/shadow_unedited.py [--model] [--show N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.api import Assistant  # noqa: E402
from assistant.daemon.edit_distance import edit_distance  # noqa: E402

PAST_MAIL = REPO / "examples" / "past-mail"
BASELINE = "Thank you for your message; I will come back to you shortly."


def main() -> None:
    """Print the share unedited, the distances, and the baseline's."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", action="store_true", help="let the configured model phrase the openings")
    parser.add_argument("--show", type=int, default=0, help="print the diff of this case (1-based)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        (Path(home) / "profile.toml").write_text((REPO / "examples" / "profile.toml").read_text(encoding="utf-8"))
        with Assistant(home) as atelier:
            report = atelier.shadow_report(mail=PAST_MAIL, use_model=args.model)
    distances = [c.distance for c in report.cases]
    baseline = [edit_distance(BASELINE, c.actually_sent) for c in report.cases]
    for number, case in enumerate(report.cases, 1):
        print(f"{number:>2} {case.received} {case.language:<2} {case.distance:.2f}  {case.subject[:60]}")
        if number == args.show:
            print(case.diff)
    mean, base = statistics.fmean(distances), statistics.fmean(baseline)
    print(f"\ninquiries replayed: {len(report.cases)}")
    print(f"share unedited (distance <= {report.unedited_at_most}): {report.share_unedited:.0%}")
    print(f"edit distance to the sent reply: mean {mean:.3f}, median {statistics.median(distances):.3f}")
    print(f"baseline (fixed acknowledgement): mean {base:.3f}; Atelier / baseline = {mean / base:.2f}")


if __name__ == "__main__":
    main()
