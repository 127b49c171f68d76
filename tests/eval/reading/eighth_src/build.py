"""Builds mail_eighth.yaml and chat_eighth.yaml from the hand-typed sources, byte-identically on every run.

Run: /work/main/.venv/bin/python tests/eval/reading/eighth_src/build.py
"""

from __future__ import annotations

import importlib
import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SEED = 20270409


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def load() -> tuple[list[dict], list[dict]]:
    sys.path.insert(0, str(HERE))
    import items

    for path in sorted(HERE.glob("mail_*.py")) + sorted(HERE.glob("chat_*.py")):
        importlib.import_module(path.stem)
    return items.MAILS, items.CHATS


def assign(records: list[dict], prefix: str) -> list[dict]:
    order = list(records)
    random.Random(SEED).shuffle(order)
    return [{"id": f"{prefix}-{i:04d}", **rec} for i, rec in enumerate(order, 1)]


def dump(records: list[dict], path: Path) -> None:
    text = yaml.dump(records, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4096)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    mails, chats = load()
    dump(assign(mails, "w"), OUT / "mail_eighth.yaml")
    dump(assign(chats, "wc"), OUT / "chat_eighth.yaml")
    print(f"{len(mails)} mails, {len(chats)} chat turns")


if __name__ == "__main__":
    main()
