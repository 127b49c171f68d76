"""Build ../chat_tune.yaml from the hand-written chat_<route>.py lists.

Code only gathers, shuffles (fixed seed) and numbers the items; every text was written by hand. Ids say
nothing about route because they are given after the shuffle. Run: python3 build_chat.py
"""

import importlib
import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "chat_tune.yaml"
ROUTES = ("memory", "quote", "brief", "style", "scope", "reply", "sent", "chat")
SEED = 20261202

HEADER = """\
# Chat-turn routing, TUNING set (tc-0001..). Written blind by a helper, CC0 1.0.
# Built by tune_src/build_chat.py from tune_src/chat_<route>.py; see README_tune_chat.md.
"""


def load_items() -> list[dict]:
    """Read every route module and turn its tuples into item dicts (no ids yet)."""
    sys.path.insert(0, str(HERE))
    items = []
    for route in ROUTES:
        module = importlib.import_module(f"chat_{route}")
        for entry in module.ITEMS:
            lang, text = entry[0], entry[1]
            item = {"text": text, "route": route, "lang": lang}
            if route == "quote":
                service, quantity = entry[2], entry[3]
                if service is not None:
                    item["service"] = service
                if quantity is not None:
                    item["quantity"] = quantity
            items.append(item)
    return items


class _Dumper(yaml.SafeDumper):
    """Writes multi-line texts (pasted mails) as literal blocks, so they read like the mail they are."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def main() -> None:
    items = load_items()
    random.Random(SEED).shuffle(items)
    numbered = [{"id": f"tc-{n:04d}", **item} for n, item in enumerate(items, start=1)]
    body = yaml.dump(numbered, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
    OUT.write_text(HEADER + body, encoding="utf-8")
    print(f"wrote {len(numbered)} turns to {OUT}")


if __name__ == "__main__":
    main()
