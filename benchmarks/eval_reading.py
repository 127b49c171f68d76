"""How well Atelier reads mail, on the blind sets in tests/eval/reading (mail_dev.yaml, mail_test.yaml).

For each split: triage accuracy and macro-F1 over the six kinds, a confusion matrix, the share of non-inquiries
that would be drafted or answered, the share of sales and phishing answered, service accuracy on inquiries that
name one, quantity, deadline and budget accuracy, and on existing clients' mail whether it asks for new work
(``asks_new_work``: more units, another service, extra revision rounds, merch), overall and by language.
Everything runs the product's own code (the daemon's triage with the real embedder, the brief tool) on the
example profile and the example past briefs.

Run: ``PYTHONPATH=. HF_HUB_OFFLINE=1 python benchmarks/eval_reading.py [--split dev|test|both|holdout] [--misses]``.
Tune on dev, own, the session-4 holdout and tune: ``--misses`` is refused for the test split, which stays the
split nobody reads for misses (the check a tuner reports). ``--split own`` reads ``mail_own.yaml``, mail written by
the helper who tuned the readers (so not blind): a regression check for misdirected corporate mail, tool
notifications and colleagues, never a figure to report. ``--split holdout`` reads ``mail_holdout.yaml`` and
``chat_holdout.yaml``, the session-4 blind set; from session 5 it is tuning data like dev (``README_holdout.md``),
as is ``--split tune`` (``*_tune.yaml``, written blind to be tuned on). ``--split fresh`` reads ``mail_fresh.yaml``
and ``chat_fresh.yaml``, the session-5 blind set (``README_fresh.md``); from session 6 it is tuning data too, and
it is in the learned mail reader's bank, so its figures are in-sample (``benchmarks/eval_mail_kind.py`` holds each
set out in turn). ``--split fifth`` reads ``mail_fifth.yaml`` and ``chat_fifth.yaml``, the session-6 blind set
(``README_fifth.md``); from session 7 it is tuning data too. ``--split sixth`` reads ``mail_sixth.yaml`` and
``chat_sixth.yaml``, the session-7 blind set (``README_sixth.md``); from session 8 it is tuning data too, and in
the learned mail reader's bank. ``--split seventh`` reads ``mail_seventh.yaml`` and ``chat_seventh.yaml``, the
session-8 blind set (``README_seventh.md``); from session 9 it is tuning data too, and in the banks. ``--split
eighth`` reads ``mail_eighth.yaml`` and ``chat_eighth.yaml``, the session-9 blind set: only the lead runs it, for
figures, and its misses are never listed (until its files are written, the split says so and reads nothing).
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from assistant.config import Settings
from assistant.daemon.models import Triage
from assistant.daemon.triage import TriageContext, reader_for, triage
from assistant.mail.parsing import UnparseableMessage, parse_message
from assistant.memory.embeddings import make_embedder
from assistant.profile import Profile, load_profile
from assistant.reading.services import brief_examples
from assistant.reading.triage import MailKind, MailReader
from assistant.tools.brief import draft_brief
from assistant.tools.brief_models import Inquiry

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "eval" / "reading"
KINDS = [k.value for k in MailKind]
OWN = "studio@lindqvist.example"
ANSWERED = (Triage.NEW_INQUIRY, Triage.CLIENT, Triage.DECLINE)
MISSES_ALLOWED = ("dev", "own", "holdout", "tune", "fresh", "fifth", "sixth", "seventh")
"""The splits whose misses may be listed: tuning data. Test and the current blind set are never listed."""


@dataclass
class Outcome:
    """What the product read in one item."""

    item: dict[str, Any]
    kind: str
    verdict: Triage
    reason: str
    services: tuple[str, ...] = ()
    quantities: dict[str, int] = field(default_factory=dict)
    deadline: dt.date | None = None
    budget: Decimal | None = None
    seconds: float = 0.0


def build(profile: Profile) -> MailReader:
    """The mail reader over the real embedder and the example past briefs (what memory holds in the demo)."""
    embedder = make_embedder(Settings().embedder)
    past = brief_examples(sorted((ROOT / "examples" / "briefs").glob("*.md")), profile)
    return reader_for(profile, embedder.embed, past)


def context(profile: Profile, reader: MailReader) -> TriageContext:
    """Triage as the daemon runs it: own address, the client directory, the reader."""
    return TriageContext(
        own_addresses=frozenset({OWN}),
        is_known_client=lambda sender: profile.client_for(sender) != sender.casefold(),
        reader=reader,
        profile=profile,
    )


def read_item(item: dict[str, Any], profile: Profile, reader: MailReader, ctx: TriageContext) -> Outcome:
    """Triage one item, and read its brief when triage would draft it."""
    start = time.perf_counter()
    raw = item["eml"].replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    try:
        msg = parse_message(raw, mailbox="INBOX", uidvalidity=1, uid=1)
    except UnparseableMessage as exc:  # the daemon quarantines it: read as nothing, answered by nobody
        return Outcome(item, "not_for_me", Triage.IGNORE, f"quarantined: {exc}", seconds=time.perf_counter() - start)
    result = triage(msg, ctx)
    kind = result.kind or "not_for_me"  # own mail and replies in our threads carry no kind
    outcome = Outcome(item, kind, result.triage, result.reason)
    sent = msg.date.date() if msg.date else dt.date(2026, 6, 1)
    inquiry = Inquiry(text=msg.body or msg.subject, subject=msg.subject, sender_name=msg.sender_name,
                      sender_email=msg.sender, sent=sent, message_id=msg.message_id)  # fmt: skip
    brief = draft_brief(inquiry, profile, None, today=sent, services=reader.services)
    outcome.services = tuple(brief.services)
    counts: Counter[str] = Counter()
    for deliverable in brief.deliverables:
        if deliverable.service and deliverable.description.lower() not in _extras(profile, deliverable.service):
            counts[deliverable.service] += deliverable.quantity
    outcome.quantities = dict(counts)
    outcome.deadline = brief.deadline
    outcome.budget = brief.budget.amount if brief.budget else None
    outcome.seconds = time.perf_counter() - start
    return outcome


def _extras(profile: Profile, service: str) -> set[str]:
    return {word.lower() for word in profile.service(service).extras}


def gold_kind(item: dict[str, Any]) -> str:
    """The item's kind as the set labels it."""
    return str(item["kind"])


def non_inquiry(item: dict[str, Any]) -> bool:
    """Mail that must never be drafted or answered: everything but an inquiry, work off the card, or new client work."""
    kind = gold_kind(item)
    if kind == "existing_client":
        return not item.get("asks_new_work")
    return kind in ("not_for_me", "sales_phishing", "automated")


def f1_scores(gold: Sequence[str], got: Sequence[str]) -> dict[str, float]:
    """Per-kind F1 over the kinds present in gold or predictions."""
    scores = {}
    for kind in KINDS:
        tp = sum(g == kind and p == kind for g, p in zip(gold, got, strict=True))
        fp = sum(g != kind and p == kind for g, p in zip(gold, got, strict=True))
        fn = sum(g == kind and p != kind for g, p in zip(gold, got, strict=True))
        if tp + fp + fn:
            scores[kind] = 2 * tp / (2 * tp + fp + fn)
    return scores


def _budget(value: object) -> Decimal | None:
    if value in (None, ""):
        return None
    return Decimal(str(value).split()[0].replace(",", ""))


def _date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def share(part: int, whole: int) -> str:
    """``part/whole (pct)``."""
    return f"{part}/{whole} ({100 * part / whole:.1f} %)" if whole else "0/0"


def report(name: str, outcomes: list[Outcome], *, misses: bool) -> dict[str, float]:
    """Print the figures for one split, and return the headline ones."""
    gold = [gold_kind(o.item) for o in outcomes]
    got = [o.kind for o in outcomes]
    right = sum(g == p for g, p in zip(gold, got, strict=True))
    f1 = f1_scores(gold, got)
    macro = sum(f1.values()) / len(f1) if f1 else 0.0
    print(f"\n== {name}: {len(outcomes)} mails ==")
    print(f"triage accuracy      {share(right, len(outcomes))}   macro-F1 {macro:.3f}")
    print("per-kind F1          " + ", ".join(f"{k} {v:.2f}" for k, v in f1.items()))
    present = [k for k in KINDS if k in gold or k in got]
    print("confusion (rows gold, columns read): " + " | ".join(f"{i}={k}" for i, k in enumerate(present)))
    for kind in present:
        row = [sum(g == kind and p == other for g, p in zip(gold, got, strict=True)) for other in present]
        print(f"  {present.index(kind)} {kind:<16}" + "".join(f"{n:>5}" for n in row))
    non = [o for o in outcomes if non_inquiry(o.item)]
    answered = [o for o in non if o.verdict in ANSWERED]
    phish = [o for o in outcomes if gold_kind(o.item) == "sales_phishing"]
    phish_answered = [o for o in phish if o.verdict in ANSWERED]
    inquiries = [o for o in outcomes if o.item.get("kind") in ("inquiry",) or o.item.get("asks_new_work")]
    drafted = [o for o in inquiries if o.verdict in (Triage.NEW_INQUIRY, Triage.CLIENT)]
    print(f"non-inquiries drafted or answered  {share(len(answered), len(non))}")
    print(f"sales/phishing answered            {share(len(phish_answered), len(phish))}")
    print(f"inquiries (and new client work) drafted  {share(len(drafted), len(inquiries))}")
    named = [o for o in inquiries if o.item.get("services")]
    first = [o for o in named if o.services and o.services[0] in o.item["services"]]
    exact = [o for o in named if set(o.services) == set(o.item["services"])]
    print(f"service right (first read is named) {share(len(first), len(named))}")
    print(f"services exactly right (the set)    {share(len(exact), len(named))}")
    counted = [o for o in named if o.item.get("quantities")]
    qty = [o for o in counted if all(o.quantities.get(s) == n for s, n in o.item["quantities"].items())]
    print(f"quantity right                      {share(len(qty), len(counted))}")
    _quantity_misses([o for o in counted if o not in qty])
    dated = [o for o in inquiries if "deadline" in o.item]
    deadline = [o for o in dated if o.deadline == _date(o.item.get("deadline"))]
    print(f"deadline right (incl. none)         {share(len(deadline), len(dated))}")
    budgeted = [o for o in inquiries if "budget" in o.item]
    budget = [o for o in budgeted if o.budget == _budget(o.item.get("budget"))]
    print(f"budget right (incl. none)           {share(len(budget), len(budgeted))}")
    new_work = _new_work(outcomes)
    times = sorted(o.seconds for o in outcomes)
    if times:
        median, p95 = times[len(times) // 2], times[int(len(times) * 0.95)]
        print(f"time per mail: median {1000 * median:.0f} ms, p95 {1000 * p95:.0f} ms")
    if misses:
        for o, g in zip(outcomes, gold, strict=True):
            wrong = [
                g != o.kind,
                bool(o.item.get("services")) and (not o.services or o.services[0] not in o.item["services"]),
                bool(o.item.get("quantities")) and o in counted and o not in qty,
                o in dated and o not in deadline,
                o in budgeted and o not in budget,
            ]
            if any(wrong):
                item = o.item
                print(f"- {item['id']} {item.get('lang')} gold {g} {item.get('services')} {item.get('quantities')} "
                      f"{item.get('deadline')} {item.get('budget')} | read {o.kind} {o.verdict.value} {o.services} "
                      f"{o.quantities} {o.deadline} {o.budget} | {o.reason[:160]}")  # fmt: skip
            elif "asks_new_work" in o.item and asks_new_work(o) != o.item["asks_new_work"]:
                print(
                    f"- {o.item['id']} {o.item.get('lang')} asks_new_work {o.item['asks_new_work']} | {o.reason[:160]}"
                )
    return {
        "accuracy": right / len(outcomes) if outcomes else 0.0,
        "macro_f1": macro,
        "non_inquiries_answered": len(answered) / len(non) if non else 0.0,
        "phishing_answered": len(phish_answered) / len(phish) if phish else 0.0,
        "service": len(first) / len(named) if named else 0.0,
        "asks_new_work": new_work,
    }


def quantity_miss(outcome: Outcome) -> str:
    """Why a quantity was wrong: the service was not read, no count was read, or the count is too low or high."""
    for service, want in outcome.item["quantities"].items():
        got = outcome.quantities.get(service)
        if service not in outcome.services:
            return "service not read"
        if got is None or got == 0:
            return "no count"
        if got != want:
            return "too low" if got < want else "too high"
    return "extra service"


def _quantity_misses(missed: Sequence[Outcome]) -> None:
    """Print the quantity misses by kind of error and by language, so that classes of error show, not items."""
    kinds = Counter(quantity_miss(o) for o in missed)
    langs = Counter(str(o.item.get("lang")) for o in missed)
    print("  quantity misses by kind            " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print("  quantity misses by language        " + ", ".join(f"{k} {n}" for k, n in sorted(langs.items())))


def asks_new_work(outcome: Outcome) -> bool:
    """Whether the product read a client's mail as asking for new work: triage drafts it (a change order or a quote)."""
    return outcome.kind == "existing_client" and outcome.verdict is Triage.NEW_INQUIRY


def _new_work(outcomes: Sequence[Outcome]) -> float:
    """Print and return the accuracy of "asks for new work" on existing clients' mail, overall and by language."""
    labelled = [o for o in outcomes if "asks_new_work" in o.item]
    right = [o for o in labelled if asks_new_work(o) == bool(o.item["asks_new_work"])]
    by_lang = Counter(str(o.item.get("lang")) for o in labelled)
    right_by = Counter(str(o.item.get("lang")) for o in right)
    langs = ", ".join(f"{lang} {right_by[lang]}/{n}" for lang, n in sorted(by_lang.items()))
    print(f"client asks new work right          {share(len(right), len(labelled))}   by language: {langs}")
    return len(right) / len(labelled) if labelled else 0.0


def evaluate(
    split: str, profile: Profile, reader: MailReader, *, misses: bool = False, sets: Path = SETS
) -> dict[str, float]:
    """Read every item of ``mail_<split>.yaml`` and print its figures (nothing but a line if it is not written yet)."""
    path = sets / f"mail_{split}.yaml"
    if not path.is_file():
        print(f"== {split}: no {path.name} yet")
        return {}
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    ctx = context(profile, reader)
    outcomes = [read_item(item, profile, reader, ctx) for item in items]
    return report(split, outcomes, misses=misses)


def routing(splits: Sequence[str]) -> None:
    """The chat routing figures of ``benchmarks/eval_routing.py`` for the same splits."""
    from assistant.config import RoutingSettings
    from benchmarks.eval_routing import build_router, evaluate, load_split

    router, _ = build_router(RoutingSettings(), None)
    for name in splits:
        items = load_split(name)
        if items:
            print()
            print("\n".join(evaluate(router.route, items, f"chat routing, {name}").lines()))


def main() -> None:
    """Evaluate the requested splits."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    splits = ("dev", "test", "both", "own", "holdout", "tune", "fresh", "fifth", "sixth", "seventh", "eighth")
    parser.add_argument("--split", choices=splits, default="both")
    parser.add_argument("--misses", action="store_true", help="list what a tuning split got wrong (never test)")
    parser.add_argument("--sets", type=Path, default=SETS, help="folder with mail_dev.yaml and mail_test.yaml")
    args = parser.parse_args()
    profile = load_profile(ROOT / "examples" / "profile.toml")
    reader = build(profile)
    for split in ("dev", "test") if args.split == "both" else (args.split,):
        if args.misses and split not in MISSES_ALLOWED:
            print(f"== {split}: its misses are never listed (held out)")
        evaluate(split, profile, reader, misses=args.misses and split in MISSES_ALLOWED, sets=args.sets)
    if args.split != "own":
        routing(("dev", "test") if args.split == "both" else (args.split,))


if __name__ == "__main__":
    main()
