"""Check the voice set: every file parses with the stdlib email package and every inquiry has its reply.

The set is read by code that pairs an inquiry with the reply Mara sent, so a broken header, a missing
half of a pair or a reply that does not point at its inquiry would silently drop or mismatch a case.
Run: python tests/eval/voice/validate.py  (exit status 1 and one line per problem when something is wrong).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from datetime import datetime
from email import message_from_binary_file, policy
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

HERE = Path(__file__).parent
SPLITS = ("learn", "eval")
LANGS = ("en", "de", "fr", "es", "it", "nl")
NAME = re.compile(r"^(?P<num>\d{2})-(?P<lang>[a-z]{2})-(?P<slug>[a-z0-9-]+)\.(?P<kind>inquiry|sent)\.eml$")
MARA = "studio@lindqvist.example"
MIN_PAIRS = {"learn": 32, "eval": 16}
MIN_PER_LANG = 6
REPLY_PREFIX = {"de": "AW: "}
SEED = 20261202  # the split's seed; README.md says how it is used


def load(path: Path) -> EmailMessage:
    with path.open("rb") as fh:
        msg = message_from_binary_file(fh, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def plain_text(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    if part is None:
        raise ValueError("no text/plain part")
    text = str(part.get_content())
    if part.get_param("format") == "flowed":
        text = re.sub(r" \n(?!>)", " ", text)
    return text


def check_message(path: Path, msg: EmailMessage, problems: list[str]) -> None:
    for header in ("Message-ID", "Date", "From", "To", "Subject"):
        if not msg.get(header):
            problems.append(f"{path.name}: no {header}")
    defects = list(msg.defects) + [d for part in msg.walk() for d in part.defects]
    if defects:
        problems.append(f"{path.name}: parser defects {defects}")
    try:
        date = msg["Date"].datetime
        if date is None or date.tzinfo is None or not 2025 <= date.year <= 2026:
            problems.append(f"{path.name}: Date {msg['Date']} is not a zoned 2025-2026 date")
        if not plain_text(msg).strip():
            problems.append(f"{path.name}: empty text/plain body")
    except (ValueError, TypeError, AttributeError) as exc:
        problems.append(f"{path.name}: {exc}")


def check_pair(stem: str, lang: str, inq: EmailMessage, sent: EmailMessage, problems: list[str]) -> None:
    inq_id, sent_refs = inq["Message-ID"].strip(), str(sent.get("References", "")).split()
    if str(sent.get("In-Reply-To", "")).strip() != inq_id:
        problems.append(f"{stem}: sent In-Reply-To is not the inquiry's Message-ID")
    if not sent_refs or sent_refs[-1] != inq_id:
        problems.append(f"{stem}: sent References does not end with the inquiry's Message-ID")
    if str(inq.get("References", "")).split() != sent_refs[:-1]:
        problems.append(f"{stem}: sent References does not carry the inquiry's References")
    if parseaddr(str(sent["From"]))[1] != MARA:
        problems.append(f"{stem}: sent is not from {MARA}")
    if parseaddr(str(sent["To"]))[1] != parseaddr(str(inq["From"]))[1]:
        problems.append(f"{stem}: sent To is not the inquiry's sender")
    subject, prefix = str(inq["Subject"]), REPLY_PREFIX.get(lang, "Re: ")
    if str(sent["Subject"]) not in (subject, prefix + subject):
        problems.append(f"{stem}: sent Subject {sent['Subject']!r} does not answer {subject!r}")
    sent_at: datetime = sent["Date"].datetime
    if sent_at <= inq["Date"].datetime:
        problems.append(f"{stem}: reply is dated before its inquiry")
    first = next(line for line in plain_text(inq).splitlines() if line.strip())
    quoted = [line[1:].strip() for line in plain_text(sent).splitlines() if line.startswith(">")]
    if first.strip() not in quoted:
        problems.append(f"{stem}: the reply does not quote the inquiry below it")


def main() -> int:
    problems: list[str] = []
    counts: Counter[tuple[str, str]] = Counter()
    ids: Counter[str] = Counter()
    seen_stems: Counter[str] = Counter()
    for split in SPLITS:
        files = {p.name: p for p in sorted((HERE / split).glob("*"))}
        for name in files:
            if not NAME.match(name):
                problems.append(f"{split}/{name}: name is not NN-<lang>-<slug>.(inquiry|sent).eml")
        stems = {n.rsplit(".", 2)[0] for n in files if NAME.match(n)}
        for stem in sorted(stems):
            lang = stem.split("-")[1]
            seen_stems[stem[:2]] += 1
            inq_path, sent_path = files.get(f"{stem}.inquiry.eml"), files.get(f"{stem}.sent.eml")
            if inq_path is None or sent_path is None:
                problems.append(f"{split}/{stem}: half of the pair is missing")
                continue
            inq, sent = load(inq_path), load(sent_path)
            for path, msg in ((inq_path, inq), (sent_path, sent)):
                check_message(path, msg, problems)
                ids[str(msg.get("Message-ID", "")).strip()] += 1
            if lang not in LANGS:
                problems.append(f"{stem}: language {lang} is not one of {LANGS}")
            try:
                check_pair(f"{split}/{stem}", lang, inq, sent, problems)
            except (AttributeError, TypeError, ValueError, StopIteration) as exc:
                problems.append(f"{split}/{stem}: {exc!r}")
            counts[(split, lang)] += 1
    problems += [f"Message-ID {i} is used {n} times" for i, n in ids.items() if n > 1]
    problems += [f"pair number {s} is used {n} times" for s, n in seen_stems.items() if n > 1]
    for split, minimum in MIN_PAIRS.items():
        total = sum(n for (s, _), n in counts.items() if s == split)
        if total < minimum:
            problems.append(f"{split}/ has {total} pairs, fewer than {minimum}")
    for lang in LANGS:
        if counts[("learn", lang)] + counts[("eval", lang)] < MIN_PER_LANG:
            problems.append(f"{lang}: fewer than {MIN_PER_LANG} pairs")
        if not counts[("learn", lang)] or not counts[("eval", lang)]:
            problems.append(f"{lang}: missing from learn/ or eval/ (the split is stratified by language)")
    problems += check_split({s: stems_in(HERE / s) for s in SPLITS})
    problems += check_readme({f"{s}/{stem}" for s in SPLITS for stem in stems_in(HERE / s)})
    for line in problems:
        print(line)
    summary = ", ".join(f"{s} {sum(n for (x, _), n in counts.items() if x == s)}" for s in SPLITS)
    print(f"{'FAIL' if problems else 'ok'}: {summary} pairs; {len(problems)} problem(s)")
    return 1 if problems else 0


def stems_in(folder: Path) -> set[str]:
    return {p.name[: -len(".inquiry.eml")] for p in folder.glob("*.inquiry.eml")}


def expected_split(stems: set[str]) -> dict[str, str]:
    """The split as written: per language, sorted stems shuffled by one Random(SEED), first third eval."""
    rng, split = random.Random(SEED), {}
    for lang in LANGS:
        mine = sorted(s for s in stems if s.split("-")[1] == lang)
        rng.shuffle(mine)
        split.update({s: "eval" if i < len(mine) // 3 else "learn" for i, s in enumerate(mine)})
    return split


def check_split(on_disk: dict[str, set[str]]) -> list[str]:
    """A pair moved between learn/ and eval/ by hand would quietly change what is tuned on."""
    expected = expected_split(set().union(*on_disk.values()))
    return [
        f"{split}/{stem}: the seeded split puts it in {expected[stem]}/"
        for split, stems in on_disk.items()
        for stem in sorted(stems)
        if expected[stem] != split
    ]


def check_readme(pairs: set[str]) -> list[str]:
    """The README's table must list exactly the pairs on disk, so the table can be trusted."""
    listed = set(re.findall(r"^\| `((?:learn|eval)/[^`]+)`", (HERE / "README.md").read_text("utf-8"), re.M))
    return [f"README lists {p}, which is not on disk" for p in sorted(listed - pairs)] + [
        f"README does not list {p}" for p in sorted(pairs - listed)
    ]


if __name__ == "__main__":
    sys.exit(main())
