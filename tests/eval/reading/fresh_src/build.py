"""Write mail_fresh.yaml and chat_fresh.yaml from the hand-written item files (fixed-seed shuffle, ids)."""

from __future__ import annotations

import importlib
import pathlib
import random
import sys
from datetime import timedelta

import yaml

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import mime  # noqa: E402
import spec  # noqa: E402

MAIL_FILES = sorted(p.stem for p in HERE.glob("mail_*.py"))
CHAT_FILES = sorted(p.stem for p in HERE.glob("chat_*.py"))


class _Literal(str):
    pass


def _literal(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")


yaml.add_representer(_Literal, _literal)


def _deadline(item: dict) -> str | None:
    value = item["deadline"]
    if value is None or not value.startswith("+"):
        return value
    when = mime.parse_when(item["wire"]["date"], item["wire"].get("tz"))
    return (when.date() + timedelta(days=int(value[1:-1]))).isoformat()


def build_mail() -> list[dict]:
    for name in MAIL_FILES:
        importlib.import_module(name)
    items = list(spec.MAILS)
    random.Random(20261202).shuffle(items)
    out = []
    for n, item in enumerate(items, 1):
        row = {"id": f"f-{n:04d}", "kind": item["kind"], "lang": item["lang"], "services": item["services"],
               "quantities": item["quantities"], "deadline": _deadline(item), "budget": item["budget"]}
        if item["kind"] == "existing_client":
            row["asks_new_work"] = item["asks_new_work"]
        if item["note"]:
            row["note"] = item["note"]
        row["eml"] = _Literal(mime.wrap(item["wire"]))
        out.append(row)
    return out


def build_chat() -> list[dict]:
    for name in CHAT_FILES:
        importlib.import_module(name)
    items = list(spec.CHATS)
    random.Random(20261203).shuffle(items)
    out = []
    for n, item in enumerate(items, 1):
        row = {"id": f"fc-{n:04d}", "text": item["text"], "route": item["route"], "lang": item["lang"]}
        if item["service"]:
            row["service"] = item["service"]
        if item["quantity"] is not None:
            row["quantity"] = item["quantity"]
        out.append(row)
    return out


def main() -> None:
    dest = HERE.parent
    for name, rows in (("mail_fresh.yaml", build_mail()), ("chat_fresh.yaml", build_chat())):
        text = yaml.dump(rows, allow_unicode=True, sort_keys=False, width=120, default_flow_style=False)
        (dest / name).write_text(text, encoding="utf-8")
        print(f"{name}: {len(rows)} items")


if __name__ == "__main__":
    main()
