"""Longest event-loop stall with 500 messages in a thread (target <= 100 ms).

A monitor task asks the event loop to wake it every 5 ms and records how late it was woken: that lateness is
the time the UI could not answer a key. The thread is opened, scrolled from end to top and back, and a new
answer is streamed into it. The baseline, measured in the same run, is the same script with the widget cap
switched off (every message mounted at once, as a naive chat view would).

Run: ``.venv/bin/python benchmarks/tui_stall.py``
"""

from __future__ import annotations

import asyncio
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage

import assistant.tui.chat as chat_module
from assistant.api import Assistant
from assistant.config import Settings
from assistant.memory import Memory
from assistant.tui import create_app
from assistant.tui.chat import ChatScreen
from assistant.tui.widgets import ChatMessage

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # for tests.support, when run as a script

from tests.support.fakes import HashingEmbedder  # noqa: E402

MESSAGES = 500


class Model(GenericFakeChatModel):
    def bind_tools(self, tools: Any, **kwargs: Any) -> Any:
        return self.bind(**kwargs)


class StallMonitor:
    """Records how late the event loop wakes a task that sleeps ``tick`` seconds at a time."""

    def __init__(self, tick: float = 0.005) -> None:
        self.tick = tick
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(self.tick)
            self.worst = max(self.worst, time.perf_counter() - before - self.tick)

    def start(self) -> None:
        self.worst = 0.0
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> float:
        assert self._task is not None
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass
        return self.worst


def long_answer() -> str:
    """An answer with the Markdown a real one has: paragraphs, a list, emphasis."""
    return "\n\n".join(
        [
            "Here is what I found in your past projects. **Acme** paid on time.",
            "- Pip the otter: six poses.\n- The winter poster.\n- Snack packaging.",
            "The otter was *well liked*. Ask for a trademark check first.",
        ]
    )


async def scenario(home: Path, memory: Memory, thread_id: str, capped: bool) -> dict[str, float]:
    """Stalls while opening, scrolling and streaming into the 500-message thread."""
    saved = chat_module.MAX_MOUNTED, chat_module.HISTORY_BATCH
    if not capped:
        chat_module.MAX_MOUNTED, chat_module.HISTORY_BATCH = 100_000, 100_000
    reply = " ".join(["The otter was friendly."] * 60)
    assistant = Assistant(home, model=Model(messages=iter([AIMessage(reply)])), memory=memory)
    monitor = StallMonitor()
    results: dict[str, float] = {}
    try:
        app = create_app(assistant, warm_up=False)
        async with app.run_test(size=(120, 40)) as pilot:
            while not app.ready:
                await pilot.pause(0.01)
            screen = app.screen
            assert isinstance(screen, ChatScreen)
            expected = min(MESSAGES, chat_module.MAX_MOUNTED)
            monitor.start()
            started = time.perf_counter()
            await screen.open_thread(thread_id)
            while len(screen.query(ChatMessage)) < expected:
                await pilot.pause(0.01)
            results["open_s"] = time.perf_counter() - started
            results["open"] = await monitor.stop()
            monitor.start()
            screen.log_view.scroll_home(animate=False)
            await pilot.pause(0.2)
            screen.log_view.scroll_end(animate=False)
            await pilot.pause(0.2)
            results["scroll"] = await monitor.stop()
            monitor.start()
            await screen.send("/chat and then?")
            while screen.running:
                await pilot.pause(0.01)
            results["stream"] = await monitor.stop()
            results["mounted"] = float(len(screen.query(ChatMessage)))
    finally:
        chat_module.MAX_MOUNTED, chat_module.HISTORY_BATCH = saved
        assistant.__dict__.pop("quotes", None)
        assistant.close()
    return results


async def main() -> None:
    """Build a 500-message thread, then measure capped (Atelier) and uncapped (baseline)."""
    home = Path(tempfile.mkdtemp(prefix="atelier-bench-"))
    shutil.copy(REPO / "examples" / "profile.toml", home / "profile.toml")
    memory = Memory.open(Settings(), home / "data", embedder=HashingEmbedder())
    try:
        setup = Assistant(home, memory=memory, model=Model(messages=iter([])))
        info = setup.threads.new("Five hundred messages")
        messages: list[Any] = []
        for n in range(MESSAGES // 2):
            messages += [HumanMessage(f"Question {n}: what about the otter?"), AIMessage(long_answer())]
        setup.graph.update_state({"configurable": {"thread_id": info.id}}, {"messages": messages}, as_node="compose")
        setup.__dict__.pop("quotes", None)
        setup.close()
        capped = await scenario(home, memory, info.id, capped=True)
        naive = await scenario(home, memory, info.id, capped=False)
    finally:
        memory.close()
        shutil.rmtree(home, ignore_errors=True)
    print(f"thread of {MESSAGES} messages; longest event-loop stall in ms (target <= 100)")
    print(f"{'':>22} {'open':>8} {'scroll':>8} {'stream':>8} {'mounted':>8} {'open took':>10}")
    for name, r in (("atelier (capped)", capped), ("baseline (all mounted)", naive)):
        print(
            f"{name:>22} {r['open'] * 1000:>8.0f} {r['scroll'] * 1000:>8.0f} {r['stream'] * 1000:>8.0f} "
            f"{r['mounted']:>8.0f} {r['open_s']:>9.2f}s"
        )
    worst_capped = max(capped["open"], capped["scroll"], capped["stream"])
    worst_naive = max(naive["open"], naive["scroll"], naive["stream"])
    print(
        f"worst stall: atelier {worst_capped * 1000:.0f} ms, baseline {worst_naive * 1000:.0f} ms "
        f"(ratio {worst_capped / worst_naive:.2f})"
    )


if __name__ == "__main__":
    asyncio.run(main())
