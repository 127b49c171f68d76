"""Prints the distribution tables (kind x language, route x language) as Markdown for README_fifth.md."""

from __future__ import annotations

from collections import Counter
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
    mails = yaml.safe_load((OUT / "mail_fifth.yaml").read_text(encoding="utf-8"))
    chats = yaml.safe_load((OUT / "chat_fifth.yaml").read_text(encoding="utf-8"))
    kinds = ["inquiry", "existing_client", "off_card", "not_for_me", "sales_phishing", "automated"]
    routes = ["brief", "chat", "memory", "quote", "reply", "scope", "sent", "style"]
    print(table(mails, "kind", kinds))
    print()
    print(table(chats, "route", routes))
    short = sum(1 for m in mails if m.get("note", "").startswith("short"))
    print(f"\nmails with a 'short' note: {short}")


if __name__ == "__main__":
    main()
