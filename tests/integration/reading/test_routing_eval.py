"""The intent router with the real embedder on the blind dev split: a floor, so a bank edit cannot sink it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.graph.routing import parse_command
from assistant.reading.intent import IntentRouter

DEV = Path(__file__).resolve().parents[2] / "eval" / "reading" / "chat_dev.yaml"


def test_the_router_routes_the_dev_split(router: IntentRouter) -> None:
    items: list[dict[str, Any]] = yaml.safe_load(DEV.read_text(encoding="utf-8"))
    assert len(items) >= 150
    right = asked = 0
    for item in items:
        command, text = parse_command(item["text"])
        reading = router.route(text) if command is None else None
        right += command == item["route"] if reading is None else reading.sure and reading.route == item["route"]
        asked += reading is not None and not reading.sure
    assert right / len(items) >= 0.85, f"{right}/{len(items)} right"
    assert asked / len(items) <= 0.10, f"{asked} clarifying questions"


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("how many hrs did the Acme mascot end up taking", "memory"),
        ("Was kostet ein Logo für eine Bäckerei?", "quote"),
        ("Combien j'ai facturé Acme pour la mascotte ?", "memory"),
        ("Tell the bakery I can start in February", "reply"),
        ("Q-2026-0003 went out yesterday", "sent"),
        ("Good morning!", "chat"),
    ],
)
def test_the_issues_examples(router: IntentRouter, text: str, route: str) -> None:
    assert router.route(text).route == route
