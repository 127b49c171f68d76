"""Reply quality on the blind rubric sets (tests/eval/replies/inquiries_dev.yaml and inquiries_test.yaml).

Each inquiry goes through the daemon's drafter (templates only, no model: the words code writes) with the
example profile, on the day of its ``Date`` header; a sender from the profile's client directory is triaged as a
returning client. Reported per split:

- language match: the reply is written in the language of the mail (``lang``);
- opening names the inquiry: one of the item's ``project_words`` is in the opening paragraph;
- figures traceable: every number in the reply is one the quote's views write (amounts, dates, quantities, tax
  rate, its number) or one the client wrote (subject or body);
- PDF agrees: every number of the mail's quote summary (quantities, amounts, tax rate, date, quote number) is
  printed the same way in the PDF (text read by pypdf);
- edit distance: word-level Levenshtein distance to ``reference_reply``, divided by the longer length;
- quote share, and the time per reply (PDF included).

    .venv/bin/python benchmarks/reply_quality.py [--split dev|test|both] [--show ID]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import io
import os
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from assistant.daemon.drafting import ToolDrafter  # noqa: E402
from assistant.daemon.edit_distance import edit_distance  # noqa: E402
from assistant.daemon.models import Draft, Triage  # noqa: E402
from assistant.mail.message import InboundMessage  # noqa: E402
from assistant.mail.parsing import parse_message  # noqa: E402
from assistant.profile import Profile, load_profile  # noqa: E402
from assistant.tools.quote_models import Quote  # noqa: E402
from assistant.tools.quote_render import html_context, prose_date, to_pdf  # noqa: E402

SETS = REPO / "tests" / "eval" / "replies"
_NUMBER = re.compile(r"\d(?:[\d.,'\u202f\xa0]*\d)?")


def _numbers(text: str) -> list[str]:
    return [n.replace("\xa0", "").replace("\u202f", "") for n in _NUMBER.findall(text)]


def _quote_numbers(quote: Quote) -> set[str]:
    """Every number the quote's views write: amounts, dates, rates, quantities, rounds and its number."""
    ctx = html_context(quote)
    money, date = ctx["money"], ctx["date"]
    written: list[str] = [quote.number]
    amounts = [quote.subtotal, quote.discount, quote.net, quote.tax, quote.total, quote.deposit, quote.balance]
    for option in quote.options:
        amounts += [option.net, option.total, option.tax]
        written.append(str(option.revision_rounds))
    written += [money(a) for a in amounts]
    written += [date(d) for d in (quote.date, quote.valid_until, quote.delivery_date, quote.deposit_due)]
    written.append(prose_date(quote, quote.delivery_date))  # the summary's sentence writes it out ("1. März 2027")
    written += [date(quote.balance_due), *ctx["deposit"].values(), *(row.label for row in ctx["totals"])]
    written += [f"{li['description']} {li['quantity']} {li['amount']} {li['unit_price']}" for li in ctx["lines"]]
    return {n for text in written for n in _numbers(text)}


def _opening(draft: Draft) -> str:
    paragraphs = [p for p in draft.body.split("\n\n") if p.strip()]
    return paragraphs[1] if len(paragraphs) > 1 else ""


def _pdf_agrees(quote: Quote, draft: Draft) -> bool:
    pdf = to_pdf(quote)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())
    summary = " ".join(draft.quote_block.replace("\xa0", " ").replace("\u202f", " ").split())
    return all(f in flat for f in _NUMBER.findall(summary))  # quantities, sums, tax rate, date, the quote number


def _today(msg: InboundMessage) -> dt.date:
    return msg.date.date() if msg.date else dt.date(2027, 1, 15)


def evaluate(rows: list[dict[str, Any]], profile: Profile, show: str = "") -> dict[str, Any]:
    """The rubric's figures for ``rows``."""
    drafter = ToolDrafter(profile, None)
    per: dict[str, list[float]] = collections.defaultdict(list)
    by_lang: dict[str, list[bool]] = collections.defaultdict(list)
    times: list[float] = []
    for row in rows:
        msg = parse_message(row["eml"].encode(), mailbox="INBOX", uidvalidity=1, uid=1)
        known = profile.client_for(msg.sender) != msg.sender
        started = time.perf_counter()
        draft = drafter.draft(msg, Triage.CLIENT if known else Triage.NEW_INQUIRY, today=_today(msg))
        pdf_ok = _pdf_agrees(draft.quote, draft) if draft.quote is not None else None
        times.append(time.perf_counter() - started)
        opening = _opening(draft).casefold()
        allowed = set(_numbers(f"{msg.subject}\n{msg.body}"))
        if draft.quote is not None:
            allowed |= _quote_numbers(draft.quote)
        stray = [n for n in _numbers(draft.body) if n not in allowed]
        per["language match"].append(draft.language == row["lang"])
        by_lang[row["lang"]].append(draft.language == row["lang"])
        per["opening names the inquiry"].append(any(w.casefold() in opening for w in row["project_words"]))
        per["figures traceable"].append(not stray)
        per["quote attached"].append(draft.quote is not None)
        if pdf_ok is not None:
            per["PDF agrees with body"].append(pdf_ok)
        per["edit distance"].append(edit_distance(draft.body, row["reference_reply"]))
        if row["id"] == show:
            print(draft.body, "\nstray figures:", stray, "\n")
    out: dict[str, Any] = {k: statistics.fmean(v) for k, v in per.items()}
    out["n"] = len(rows)
    out["PDF checked"] = len(per["PDF agrees with body"])
    out["language match by language"] = {k: f"{sum(v)}/{len(v)}" for k, v in sorted(by_lang.items())}
    out["ms per reply (median)"] = 1000 * statistics.median(times)
    return out


def main() -> None:
    """Print the figures for the chosen split(s)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--show", default="", help="print the reply to this id")
    args = parser.parse_args()
    profile = load_profile(REPO / "examples" / "profile.toml")
    for split in ("dev", "test") if args.split == "both" else (args.split,):
        rows = yaml.safe_load((SETS / f"inquiries_{split}.yaml").read_text(encoding="utf-8"))
        figures = evaluate(rows, profile, args.show)
        print(f"== {split} ({figures.pop('n')} inquiries)")
        for key, value in figures.items():
            print(f"  {key}: {value:.3f}" if isinstance(value, float) else f"  {key}: {value}")


if __name__ == "__main__":
    main()
