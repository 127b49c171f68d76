"""Print the kind x language and route x language tables that README_fresh.md shows."""

from __future__ import annotations

import collections
import pathlib

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
LANGS = ["en", "de", "fr", "es", "it", "nl"]


def table(rows: list[dict], key: str, order: list[str]) -> str:
    count = collections.Counter((r[key], r["lang"]) for r in rows)
    lines = [f"| {key} | " + " | ".join(LANGS) + " | total |", "|---" * (len(LANGS) + 2) + "|"]
    for value in order:
        cells = [count[(value, lang)] for lang in LANGS]
        lines.append(f"| {value} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    totals = [sum(count[(v, lang)] for v in order) for lang in LANGS]
    lines.append("| total | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    return "\n".join(lines)


def main() -> None:
    mails = yaml.safe_load((ROOT / "mail_fresh.yaml").read_text(encoding="utf-8"))
    chats = yaml.safe_load((ROOT / "chat_fresh.yaml").read_text(encoding="utf-8"))
    print(table(mails, "kind", ["inquiry", "existing_client", "off_card", "not_for_me", "sales_phishing",
                                "automated"]))
    print()
    print(table(chats, "route", ["memory", "quote", "brief", "style", "scope", "reply", "sent", "chat"]))
    dates = sorted(r["eml"].split("\nDate: ", 1)[1].split("\n", 1)[0] for r in mails)
    print(f"\nnot new inquiries: {sum(r['kind'] != 'inquiry' for r in mails) / len(mails):.1%}")


if __name__ == "__main__":
    main()
