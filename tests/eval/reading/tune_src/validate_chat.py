"""Check ../chat_tune.yaml: fields and routes as in README_chat.md, coverage, and agreement with the sources.

Exits non-zero on any problem, and prints the counts table used in README_tune_chat.md.
Run: python3 validate_chat.py
"""

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from build_chat import OUT, ROUTES, load_items

LANGS = ("en", "de", "fr", "es", "it", "nl")
SERVICES = {"logo", "brand-identity", "mascot", "mascot-poses", "book-illustration",
            "editorial-illustration", "packaging", "poster"}
FIELDS = {"id", "text", "route", "lang", "service", "quantity"}
MIN_TOTAL = 260
MIN_PER_ROUTE = 28


def problems(items: list[dict]) -> list[str]:
    """Every rule broken by the built file, as readable lines."""
    found = []
    for n, item in enumerate(items, start=1):
        where = item.get("id", f"item {n}")
        if set(item) - FIELDS:
            found.append(f"{where}: unknown fields {sorted(set(item) - FIELDS)}")
        if item.get("id") != f"tc-{n:04d}":
            found.append(f"{where}: id out of sequence (expected tc-{n:04d})")
        if item.get("route") not in ROUTES:
            found.append(f"{where}: bad route {item.get('route')!r}")
        if item.get("lang") not in LANGS:
            found.append(f"{where}: bad lang {item.get('lang')!r}")
        if not isinstance(item.get("text"), str) or not item["text"].strip():
            found.append(f"{where}: empty text")
        if ("service" in item or "quantity" in item) and item.get("route") != "quote":
            found.append(f"{where}: service/quantity on a non-quote turn")
        if "service" in item and item["service"] not in SERVICES:
            found.append(f"{where}: service {item['service']!r} is not on the rate card")
        if "quantity" in item:
            quantity = item["quantity"]
            if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 1:
                found.append(f"{where}: quantity must be a positive integer")
            if "service" not in item:
                found.append(f"{where}: quantity without a service")
        if re.search(r"Q-\d", item.get("text", "")) and not re.search(r"Q-2026-\d{4}\b", item["text"]):
            found.append(f"{where}: quote number not in the Q-2026-0003 pattern")
    texts = Counter(item.get("text", "").strip().lower() for item in items)
    found += [f"duplicate text: {text[:60]!r}" for text, count in texts.items() if count > 1]
    built = sorted((i["route"], i["lang"], i["text"]) for i in items)
    source = sorted((i["route"], i["lang"], i["text"]) for i in load_items())
    if built != source:
        found.append("chat_tune.yaml differs from the sources: run build_chat.py")
    cells = Counter((item.get("route"), item.get("lang")) for item in items)
    for route in ROUTES:
        total = sum(cells[(route, lang)] for lang in LANGS)
        if total < MIN_PER_ROUTE:
            found.append(f"route {route}: {total} turns, need {MIN_PER_ROUTE}")
        found += [f"route {route}: no {lang} turn" for lang in LANGS if cells[(route, lang)] == 0]
    if len(items) < MIN_TOTAL:
        found.append(f"{len(items)} turns, need {MIN_TOTAL}")
    return found


def table(items: list[dict]) -> str:
    """Markdown counts by route and language."""
    cells = Counter((item["route"], item["lang"]) for item in items)
    lines = ["| route | " + " | ".join(LANGS) + " | total |", "|---" * (len(LANGS) + 2) + "|"]
    for route in sorted(ROUTES):
        row = [cells[(route, lang)] for lang in LANGS]
        lines.append(f"| {route} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    col = [sum(cells[(route, lang)] for route in ROUTES) for lang in LANGS]
    lines.append("| total | " + " | ".join(map(str, col)) + f" | {sum(col)} |")
    return "\n".join(lines)


def main() -> int:
    items = yaml.safe_load(Path(OUT).read_text(encoding="utf-8"))
    found = problems(items)
    print(table(items))
    quote = [i for i in items if i["route"] == "quote"]
    print(f"\nquote turns: {len(quote)}, with service {sum('service' in i for i in quote)}, "
          f"with quantity {sum('quantity' in i for i in quote)}")
    for line in found:
        print("PROBLEM:", line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
