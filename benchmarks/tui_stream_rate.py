"""Streaming in the chat screen: tokens/s rendered ÷ tokens/s generated (target 1.0: no backlog).

A scripted model generates an answer of N one-word sentences at a fixed pace (the composer releases whole
sentences, so each word is one event) through the real graph and ``Assistant.stream``. The model records when
it produced each token; the chat's Markdown widget records when each token was in its rendered document. The
baseline is the generation rate measured in the same run; the ratio compares the two rates, and the lag
columns show whether a backlog builds up.

Run: ``.venv/bin/python benchmarks/tui_stream_rate.py``
"""

from __future__ import annotations

import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from textual.widgets import Markdown

from assistant.api import Assistant
from assistant.config import Settings
from assistant.memory import Memory
from assistant.tui import create_app
from assistant.tui.chat import ChatScreen

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # for tests.support, when run as a script

from tests.support.fakes import HashingEmbedder  # noqa: E402

SYLLABLES = ("ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "du", "go", "ha", "ji", "bu", "fe", "zo", "ma", "ni")
WORDS = tuple(f"{a}{b}{c}".capitalize() for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES[:3])
"""Distinct one-word sentences: the composer stops a model that repeats a sentence."""
TOKENS = 300


class PacedModel(GenericFakeChatModel):
    """Streams its scripted answer at ``rate`` chunks per second and records when each chunk was made."""

    rate: float = 100.0
    made: list[float] = []

    def bind_tools(self, tools: Any, **kwargs: Any) -> Any:
        return self.bind(**kwargs)

    def _stream(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        step, due = 1.0 / self.rate, time.perf_counter()
        for chunk in super()._stream(*args, **kwargs):
            if chunk.message.content.strip():  # a word: one token (the whitespace between is free)
                due += step
                time.sleep(max(0.0, due - time.perf_counter()))
                self.made.append(time.perf_counter())
            yield chunk


async def run_once(home: Path, memory: Memory, rate: float) -> dict[str, float]:
    """One streamed answer at ``rate`` tokens/s; returns the rates and lags."""
    answer = " ".join(f"{WORDS[i % len(WORDS)]}." for i in range(TOKENS))
    model = PacedModel(messages=iter([AIMessage(answer)]), rate=rate, made=[])
    assistant = Assistant(home, model=model, memory=memory)
    rendered: list[tuple[float, int]] = []
    original = Markdown.append

    async def recording_append(self: Markdown, markdown: str) -> Any:
        result = await original(self, markdown)
        if WORDS[0] + "." in self.source:
            rendered.append((time.perf_counter(), self.source.count(".")))
        return result

    Markdown.append = recording_append  # type: ignore[method-assign]
    try:
        app = create_app(assistant, warm_up=False)
        async with app.run_test(size=(100, 30)) as pilot:
            while not app.ready:
                await pilot.pause(0.01)
            screen = app.screen
            assert isinstance(screen, ChatScreen)
            await screen.send("/chat tell me a story")
            while screen.running or screen.turn == 0:
                await pilot.pause(0.01)
    finally:
        Markdown.append = original  # type: ignore[method-assign]
        assistant.__dict__.pop("quotes", None)
        assistant.close()
    made = model.made[:TOKENS]
    shown = []
    for index in range(1, len(made) + 1):
        shown.append(next(t for t, count in rendered if count >= index))
    lags = [s - m for s, m in zip(shown, made, strict=True)]
    generated = (len(made) - 1) / (made[-1] - made[0])
    rendered_rate = (len(shown) - 1) / max(shown[-1] - shown[0], 1e-9)
    return {
        "generated": generated,
        "rendered": rendered_rate,
        "ratio": rendered_rate / generated,
        "lag_median_ms": statistics.median(lags) * 1000,
        "lag_max_ms": max(lags) * 1000,
        "last_lag_ms": lags[-1] * 1000,
        "worst_at": float(lags.index(max(lags))),
    }


async def main() -> None:
    """Measure at a real model's pace and well above it."""
    home = Path(tempfile.mkdtemp(prefix="atelier-bench-"))
    shutil.copy(REPO / "examples" / "profile.toml", home / "profile.toml")
    memory = Memory.open(Settings(), home / "data", embedder=HashingEmbedder())
    try:
        print(f"{TOKENS} tokens per answer; rates in tokens/s; lag = rendered time - generated time")
        print(
            f"{'pace':>6} {'generated':>10} {'rendered':>10} {'ratio':>6} {'lag med':>8} {'lag max':>8} {'end lag':>8}"
        )
        for rate in (30.0, 200.0, 1000.0):
            r = await run_once(home, memory, rate)
            print(
                f"{rate:>6.0f} {r['generated']:>10.1f} {r['rendered']:>10.1f} {r['ratio']:>6.2f} "
                f"{r['lag_median_ms']:>6.0f}ms {r['lag_max_ms']:>6.0f}ms {r['last_lag_ms']:>6.0f}ms"
                f"  (worst at token {r['worst_at']:.0f})"
            )
    finally:
        memory.close()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    asyncio.run(main())
