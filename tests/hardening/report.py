"""Results of the hardening suites: a 95% upper bound for a failure rate, records, and the report table.

Each suite calls :func:`record` with its cases and failures. When ``HARDENING_REPORT`` names a folder
(``make hardening`` sets it), the record is written there as JSON; ``python -m tests.hardening.report`` then
prints the table and writes it into ``docs/security.md`` between the two marker comments.
"""

from __future__ import annotations

import argparse
import json
import math
import os
from pathlib import Path
from typing import Any

REPORT_ENV = "HARDENING_REPORT"
BEGIN = "<!-- hardening-report:begin -->"
END = "<!-- hardening-report:end -->"
ORDER = (
    "hijacked_model",
    "real_model_attacks",
    "real_model_utility",
    "malformed_mail",
    "hostile_mail",
    "hostile_mail_server",
    "crash_restart",
    "state_machine",
)


def _binom_cdf(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p), summed in log space so that n in the thousands is exact enough."""
    if p <= 0.0:
        return 1.0
    if p >= 1.0:
        return 1.0 if k >= n else 0.0
    total = 0.0
    for i in range(k + 1):
        log_term = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1)
        log_term += i * math.log(p) + (n - i) * math.log1p(-p)
        total += math.exp(log_term)
    return min(1.0, total)


def upper_bound(failures: int, cases: int, confidence: float = 0.95) -> float:
    """One-sided Clopper-Pearson upper bound of the failure rate (for 0 failures about 3/n, the rule of three)."""
    if cases <= 0:
        return 1.0
    if failures >= cases:
        return 1.0
    alpha = 1.0 - confidence
    lo, hi = failures / cases, 1.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if _binom_cdf(failures, cases, mid) > alpha:
            lo = mid
        else:
            hi = mid
    return hi


def record(suite: str, cases: int, failures: int, **details: Any) -> dict[str, Any]:
    """Build one suite's result; write it to the report folder when one is configured."""
    result = {
        "suite": suite,
        "cases": cases,
        "failures": failures,
        "rate": failures / cases if cases else 0.0,
        "upper95": upper_bound(failures, cases),
        **details,
    }
    folder = os.environ.get(REPORT_ENV)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        (Path(folder) / f"{suite}.json").write_text(json.dumps(result, indent=2, default=str))
    return result


def table(results: list[dict[str, Any]]) -> str:
    """The Markdown table: suite, cases, failures, rate, 95% upper bound, and what a failure means."""
    rows = [
        "| suite | cases | failures | rate | 95% upper bound | a failure is |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for r in sorted(results, key=lambda r: ORDER.index(r["suite"]) if r["suite"] in ORDER else 99):
        rows.append(
            f"| {r['suite']} | {r['cases']} | {r['failures']} | {100 * r['rate']:.2f}% | "
            f"{100 * r['upper95']:.2f}% | {r.get('failure_is', '')} |"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description="Print the hardening report and write it into docs/security.md.")
    parser.add_argument("folder", type=Path, help="the folder the suites wrote their JSON records to")
    parser.add_argument("--write", type=Path, default=None, help="a Markdown file with the report markers")
    args = parser.parse_args()
    results = [json.loads(p.read_text()) for p in sorted(args.folder.glob("*.json"))]
    text = table(results)
    extra = [f"- {r['suite']}: {r['summary']}" for r in results if r.get("summary")]
    block = "\n".join([BEGIN, text, "", *extra, END]) if extra else "\n".join([BEGIN, text, END])
    print(text)
    print("\n".join(extra))
    if args.write is not None:
        doc = args.write.read_text(encoding="utf-8")
        if BEGIN not in doc or END not in doc:
            raise SystemExit(f"{args.write} has no {BEGIN} ... {END} markers")
        head, rest = doc.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        args.write.write_text(head + block + tail, encoding="utf-8")


if __name__ == "__main__":
    main()
