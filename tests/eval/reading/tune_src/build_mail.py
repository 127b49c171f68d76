"""Build mail_tune.yaml from the hand-written item files: shuffle (fixed seed), number, wrap MIME, dump.

Run from this folder: python build_mail.py
"""

from __future__ import annotations

import importlib
import random
from pathlib import Path

import yaml
from mime_mail import build_eml

MODULES = [
    "mail_inquiry_a",
    "mail_inquiry_b",
    "mail_client",
    "mail_offcard",
    "mail_notforme_a",
    "mail_notforme_b",
    "mail_sales_a",
    "mail_sales_b",
    "mail_automated_a",
    "mail_automated_b",
    "mail_mixed_c",
    "mail_mixed_d",
]
OUT = Path(__file__).resolve().parent.parent / "mail_tune.yaml"
SEED = 20261202


class _Literal(str):
    """A string dumped as a YAML block literal, so the raw message stays readable."""


def _literal(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")


yaml.SafeDumper.add_representer(_Literal, _literal)


def load_items() -> list[dict]:
    items: list[dict] = []
    for name in MODULES:
        items.extend(importlib.import_module(name).ITEMS)
    return items


def build() -> list[dict]:
    items = load_items()
    random.Random(SEED).shuffle(items)
    out = []
    for n, item in enumerate(items, start=1):
        row = {
            "id": f"t-{n:04d}",
            "kind": item["kind"],
            "lang": item["lang"],
            "services": item["services"],
            "quantities": item["quantities"],
            "deadline": item["deadline"],
            "budget": item["budget"],
        }
        if item["kind"] == "existing_client":
            row["asks_new_work"] = item["asks_new_work"]
        if item.get("note"):
            row["note"] = item["note"]
        if n % 3 == 0 and "enc" not in item and not item["body"].isascii():
            item = {**item, "enc": "qp"}
        eml = build_eml(item, n).replace("\r\n", "\n")
        eml = "\n".join(line.rstrip() for line in eml.split("\n"))
        row["eml"] = _Literal(eml)
        out.append(row)
    return out


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Mail tuning set, written blind (see README_tune.md). CC0 1.0.\n")
        yaml.safe_dump(rows, fh, allow_unicode=True, sort_keys=False, width=200)
    print(f"wrote {len(rows)} mails to {OUT}")


if __name__ == "__main__":
    main()
