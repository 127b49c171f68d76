"""Leave-one-set-out cross-validation of the learned mail-kind reader (``assistant/reading/mail_kind.py``).

For each of the tuning sets dev, test, holdout, tune, fresh, fifth, sixth and seventh: train the reader on the
other seven (plus
the hand-written examples of ``mail_examples.py``), run the daemon's triage with it on the held-out one, and
score. The figures are pooled over the eight folds, for each threshold of ``[triage] not_inquiry_confidence`` (the other
learned decisions of :mod:`assistant.reading.second_opinion` at the profile's thresholds), next to the rules alone
(threshold 1: the learned reader decides nothing) measured in the same run:

- non-inquiries drafted or answered (the target is 5 % or fewer), sales/phishing answered (10 % or fewer);
- inquiries (and clients' new work) still drafted, so that recall is seen not to collapse;
- work off the rate card read as an inquiry (it should get a decline or a hand-off, never a quote);
- triage accuracy and macro-F1 over the six kinds;
- the learned reader alone (its six-way accuracy), and the calibration of its confidence: the softmax
  temperature with the lowest log-loss, and accuracy per confidence band.

The current blind set is never read. Run: ``PYTHONPATH=. HF_HUB_OFFLINE=1 python benchmarks/eval_mail_kind.py``.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import yaml

from assistant.config import Settings
from assistant.daemon.models import Triage
from assistant.daemon.triage import triage
from assistant.mail.parsing import InboundMessage, parse_message
from assistant.memory.embeddings import make_embedder
from assistant.profile import Profile, TriageSettings, load_profile
from assistant.reading.mail_kind import MailKindReader, load_bank, mail_text
from assistant.reading.semantic import Vectors
from assistant.reading.services import ServiceReader, brief_examples
from assistant.reading.triage import MailReader
from benchmarks.eval_reading import ANSWERED, ROOT, SETS, context, f1_scores, gold_kind, non_inquiry, share

FOLDS = ("dev", "test", "holdout", "tune", "fresh", "fifth", "sixth", "seventh")
THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
DEFAULT = TriageSettings().not_inquiry_confidence
"""The profile's default threshold, whose per-fold figures are printed (it must be one of the thresholds)."""


@dataclass(frozen=True)
class Read:
    """One mail of a held-out set as triage read it."""

    item: dict[str, Any]
    kind: str
    verdict: Triage


class MemoEmbed:
    """The real embedder, remembering every text it embedded (the folds and thresholds read the same mail)."""

    def __init__(self, embed: Any) -> None:
        self._embed = embed
        self._seen: dict[str, Vectors] = {}

    def __call__(self, texts: Sequence[str]) -> Vectors:
        missing = list(dict.fromkeys(t for t in texts if t not in self._seen))
        if missing:
            for text, row in zip(missing, self._embed(missing), strict=True):
                self._seen[text] = row
        return np.stack([self._seen[t] for t in texts]).astype(np.float32)


def with_threshold(profile: Profile, threshold: float) -> Profile:
    """The profile with ``[triage] not_inquiry_confidence = threshold``; at 1 every learned decision is off."""
    update: dict[str, float] = {"not_inquiry_confidence": threshold}
    if threshold >= 1:
        update |= {"short_mail_confidence": 1.0, "off_card_confidence": 1.0, "inquiry_confidence": 1.0}
    return profile.model_copy(update={"triage": profile.triage.model_copy(update=update)})


def message(item: dict[str, Any]) -> InboundMessage:
    """The item parsed as the daemon parses mail."""
    raw = item["eml"].replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    return parse_message(raw, mailbox="INBOX", uidvalidity=1, uid=1)


def figures(reads: Sequence[Read]) -> dict[str, float]:
    """The headline figures of a list of reads."""
    gold = [gold_kind(r.item) for r in reads]
    got = [r.kind for r in reads]
    f1 = f1_scores(gold, got)
    non = [r for r in reads if non_inquiry(r.item)]
    phish = [r for r in reads if gold_kind(r.item) == "sales_phishing"]
    asks = [r for r in reads if r.item.get("kind") == "inquiry" or r.item.get("asks_new_work")]
    off = [r for r in reads if gold_kind(r.item) == "off_card"]
    return {
        "n": len(reads),
        "non": len(non),
        "non_answered": sum(r.verdict in ANSWERED for r in non),
        "phish": len(phish),
        "phish_answered": sum(r.verdict in ANSWERED for r in phish),
        "asks": len(asks),
        "asks_drafted": sum(r.verdict in (Triage.NEW_INQUIRY, Triage.CLIENT) for r in asks),
        "off": len(off),
        "off_inquiry": sum(r.kind == "inquiry" for r in off),
        "right": sum(g == p for g, p in zip(gold, got, strict=True)),
        "macro_f1": sum(f1.values()) / len(f1) if f1 else 0.0,
    }


def line(label: str, f: dict[str, float]) -> str:
    """One row of the table."""
    return (f"{label:<18} non-inquiries answered {share(int(f['non_answered']), int(f['non'])):<16} "
            f"phishing answered {share(int(f['phish_answered']), int(f['phish'])):<15} "
            f"inquiries drafted {share(int(f['asks_drafted']), int(f['asks'])):<17} "
            f"off-card as inquiry {share(int(f['off_inquiry']), int(f['off'])):<15} "
            f"accuracy {share(int(f['right']), int(f['n'])):<17} macro-F1 {f['macro_f1']:.3f}")  # fmt: skip


def calibration(scored: Sequence[tuple[dict[str, float], str]]) -> None:
    """The temperature with the lowest log-loss, and accuracy per confidence band at that temperature."""

    def probabilities(scores: dict[str, float], temperature: float) -> dict[str, float]:
        top = max(scores.values())
        weights = {k: math.exp(temperature * (s - top)) for k, s in scores.items()}
        total = sum(weights.values())
        return {k: w / total for k, w in weights.items()}

    def loss(temperature: float) -> float:
        return -sum(math.log(max(probabilities(s, temperature).get(g, 0.0), 1e-9)) for s, g in scored) / len(scored)

    grid = [0.5 * i for i in range(1, 25)]
    best = min(grid, key=loss)
    print(
        "\ncalibration: log-loss by temperature "
        + ", ".join(f"{t:g} {loss(t):.3f}" for t in grid if t in (1, 2, 3, 4, 5, 6, 8, 10, best))  # fmt: skip
        + f"; lowest at {best:g}"
    )
    bands = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
    for low, high in bands:
        inside = []
        for scores, g in scored:
            p = probabilities(scores, best)
            kind = max(p, key=lambda k: p[k])
            if low <= p[kind] < high:
                inside.append(kind == g)
        if inside:
            print(f"  confidence {low:.1f}-{min(high, 1.0):.1f}: right {share(sum(inside), len(inside))}")


def main() -> None:
    """Run the folds and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses", type=float, default=None, help="list the overrules that went wrong at this threshold"
    )
    args = parser.parse_args()
    profile = load_profile(ROOT / "examples" / "profile.toml")
    embed = MemoEmbed(make_embedder(Settings().embedder).embed)
    past = brief_examples(sorted((ROOT / "examples" / "briefs").glob("*.md")), profile)
    services = ServiceReader(profile, embed, past)
    bank = load_bank()
    pooled: dict[float, list[Read]] = {t: [] for t in THRESHOLDS}
    learned_right: list[bool] = []
    scored: list[tuple[dict[str, float], str]] = []
    for fold in FOLDS:
        train = [mail for mail in bank if not mail.source.startswith(f"{fold}:")]
        kinds = MailKindReader(train, embed)
        items: list[dict[str, Any]] = yaml.safe_load((SETS / f"mail_{fold}.yaml").read_text(encoding="utf-8"))
        messages = [message(item) for item in items]
        for item, msg in zip(items, messages, strict=True):
            text = mail_text(msg.subject, msg.body or "")
            scores = kinds.scores(text)
            scored.append((scores, gold_kind(item)))
            learned_right.append(max(scores, key=lambda k: scores[k]) == gold_kind(item))
        for threshold in THRESHOLDS:
            tuned = with_threshold(profile, threshold)
            reader = MailReader(tuned, embed, services, kinds=kinds)
            ctx = context(tuned, reader)
            reads = []
            for item, msg in zip(items, messages, strict=True):
                result = triage(msg, ctx)
                reads.append(Read(item, result.kind or "not_for_me", result.triage))
                if args.misses == threshold and "reads like" in result.reason and result.kind != gold_kind(item):
                    print(f"- {item['id']} gold {gold_kind(item)} read {result.kind}: {result.reason[:150]}")
            pooled[threshold].extend(reads)
            if threshold in (DEFAULT, 1.0):
                print(line(f"{fold} @ {threshold:g}", figures(reads)))
    print(f"\nlearned reader alone, six kinds: right {share(sum(learned_right), len(learned_right))}")
    calibration(scored)
    print(
        f"\npooled over the {len(FOLDS)} folds ({len(pooled[1.0])} mails); threshold 1 = rules alone (today's reader)"
    )
    for threshold in THRESHOLDS:
        print(line(f"threshold {threshold:g}", figures(pooled[threshold])))


if __name__ == "__main__":
    main()
