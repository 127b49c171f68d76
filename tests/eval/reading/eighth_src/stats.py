"""Prints the distribution tables (kind x language, route x language) as Markdown for README_eighth.md."""

from __future__ import annotations

import re
from collections import Counter
from email import message_from_bytes, policy
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parent.parent
LANGS = ["en", "de", "fr", "es", "it", "nl"]


def table(items: list[dict], key: str, rows: list[str]) -> str:
    count = Counter((i[key], i["lang"]) for i in items)
    out = [f"| {key} | " + " | ".join(LANGS) + " | total |", "|---" * (len(LANGS) + 2) + "|"]
    for row in rows:
        cells = [count[(row, lang)] for lang in LANGS]
        out.append(f"| {row} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    totals = [sum(count[(r, lang)] for r in rows) for lang in LANGS]
    out.append("| total | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    return "\n".join(out)


def main() -> None:
    mails = yaml.safe_load((OUT / "mail_eighth.yaml").read_text(encoding="utf-8"))
    chats = yaml.safe_load((OUT / "chat_eighth.yaml").read_text(encoding="utf-8"))
    kinds = ["inquiry", "existing_client", "off_card", "not_for_me", "sales_phishing", "automated"]
    routes = ["brief", "chat", "memory", "quote", "reply", "scope", "sent", "style"]
    print(table(mails, "kind", kinds))
    print()
    print(table(chats, "route", routes))
    shapes: Counter[str] = Counter()
    short = 0
    for item in mails:
        msg = message_from_bytes(item["eml"].encode("utf-8"), policy=policy.default)
        shapes[msg.get_content_type()] += 1
        body = msg.get_body(("plain", "html"))
        words = re.sub(r"<[^>]+>", " ", body.get_content()).split() if body is not None else []
        short += len(words) < 20
    print(f"\nmails under 20 words (first text body, tags stripped): {short}")
    print("top-level content types: " + ", ".join(f"{k} {v}" for k, v in sorted(shapes.items())))


if __name__ == "__main__":
    main()
