"""Build ``assistant/reading/banks/mail_kinds.yaml``, the labelled mail the learned kind reader trains on.

The sources are the tuning sets in ``tests/eval/reading`` (``mail_dev``, ``mail_test``, ``mail_holdout``,
``mail_tune``, from session 6 ``mail_fresh``, from session 7 ``mail_fifth``, from session 8 ``mail_sixth`` and from
session 9 ``mail_seventh``: all CC0, written for Atelier) and the hand-written examples of
:mod:`assistant.reading.mail_examples`. Each mail is parsed the way the daemon parses it, and only what the reader
reads is kept: the subject, the start of the decoded body, the kind, the language and where it came from. The
current blind set is never read. The output is sorted and has no timestamps, so the same sources give the same
file byte for byte.

Run: ``PYTHONPATH=. python scripts/build_mail_bank.py [--check]`` (``--check`` fails when the file is stale).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

from assistant.mail.parsing import parse_message
from assistant.reading.mail_examples import mail_examples
from assistant.reading.mail_kind import BODY_CHARS, KIND_OF_BANK_LABEL, bank_path

ROOT = Path(__file__).resolve().parents[1]
SETS = ("dev", "test", "holdout", "tune", "fresh", "fifth", "sixth", "seventh")
"""The labelled sets that are tuning data (``fresh`` to ``seventh``: the session-5 to -8 blind sets)."""
HEADER = (
    "# Built by scripts/build_mail_bank.py from tests/eval/reading/mail_{dev,test,holdout,tune,fresh,fifth,sixth,\n"
    "# seventh}.yaml and assistant/reading/mail_examples.py (all CC0, written for Atelier). Do not edit by hand:\n"
    "# rebuild.\n"
)


def from_set(name: str, sets: Path) -> list[dict[str, str]]:
    """One bank entry per mail of ``mail_<name>.yaml``."""
    items: list[dict[str, Any]] = yaml.safe_load((sets / f"mail_{name}.yaml").read_text(encoding="utf-8")) or []
    entries = []
    for item in items:
        raw = item["eml"].replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        msg = parse_message(raw, mailbox="INBOX", uidvalidity=1, uid=1)
        entries.append(
            {
                "source": f"{name}:{item['id']}",
                "kind": str(item["kind"]),
                "lang": str(item.get("lang") or ""),
                "subject": msg.subject.strip(),
                "body": " ".join((msg.body or "").split())[:BODY_CHARS],
            }
        )
    return entries


def from_examples() -> list[dict[str, str]]:
    """The hand-written one-line examples, with their labels mapped to kinds."""
    return [
        {"source": f"bank:{n}", "kind": KIND_OF_BANK_LABEL[e.label], "lang": "", "subject": "", "body": e.text}
        for n, e in enumerate(mail_examples())
    ]


def build(sets: Path) -> str:
    """The bank file's text."""
    entries = [entry for name in SETS for entry in from_set(name, sets)] + from_examples()
    entries.sort(key=lambda entry: entry["source"])
    dumped = yaml.safe_dump(entries, allow_unicode=True, sort_keys=True, width=120)
    return HEADER + dumped


def main() -> int:
    """Write the bank (or, with ``--check``, compare it with the file)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the shipped bank differs")
    parser.add_argument("--sets", type=Path, default=ROOT / "tests" / "eval" / "reading")
    parser.add_argument("--out", type=Path, default=bank_path())
    args = parser.parse_args()
    text = build(args.sets)
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{args.out} is stale: run scripts/build_mail_bank.py")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(chr(10) + '- ')} mails)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
