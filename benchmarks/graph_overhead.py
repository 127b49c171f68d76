"""Graph overhead: turn latency minus model time and retrieval time, as a share of turn latency.

Runs memory and chat turns through the real Assistant with the bundled model and real memory (the demo
briefs), timing every model call and every memory search. Target: overhead <= 2 % of turn latency.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from langchain_core.callbacks import CallbackManagerForLLMRun  # noqa: E402
from langchain_core.language_models import BaseChatModel  # noqa: E402
from langchain_core.messages import BaseMessage  # noqa: E402
from langchain_core.outputs import ChatGenerationChunk, ChatResult  # noqa: E402

from assistant.api import Assistant  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.llm import load_chat_model  # noqa: E402

QUESTIONS = [
    "How much did I charge Acme for the mascot, and how long did it really take?",
    "What did I charge Hollow Oak Press for Moss and the Moon?",
    "Find my notes on KB-2291",
    "Have I worked with Brotzeit Bakery before?",
    "/chat Thanks, what else should I keep in mind for picture books?",
]


class TimedModel(BaseChatModel):
    """Wraps the real model and adds up the time spent inside it."""

    inner: Any
    seconds: float = 0.0

    @property
    def _llm_type(self) -> str:
        return "timed"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        start = time.perf_counter()
        try:
            return self.inner._generate(messages, stop, None, **kwargs)  # type: ignore[no-any-return]
        finally:
            self.seconds += time.perf_counter() - start

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        chunks = self.inner._stream(messages, stop, None, **kwargs)
        while True:
            start = time.perf_counter()
            try:
                chunk = next(chunks)
            except StopIteration:
                self.seconds += time.perf_counter() - start
                return
            self.seconds += time.perf_counter() - start
            yield chunk


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="atelier-overhead-"))
    shutil.copy(REPO / "examples" / "profile.toml", home / "profile.toml")
    model = TimedModel(inner=load_chat_model(Settings()))
    with Assistant(home, model=model, today=dt.date(2026, 11, 25)) as atelier:
        atelier.memory.add([REPO / "examples" / "briefs"], progress=False)
        memory = atelier.memory
        retrieval = {"seconds": 0.0}
        original_search = memory.search

        def timed_search(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original_search(*args, **kwargs)
            finally:
                retrieval["seconds"] += time.perf_counter() - start

        memory.search = timed_search  # type: ignore[method-assign]
        atelier.chat("/chat warm up")  # loads the model and the embedder outside the measurement
        thread = atelier.threads.new("overhead").id
        rows = []
        for question in QUESTIONS:
            model.seconds, retrieval["seconds"] = 0.0, 0.0
            start = time.perf_counter()
            atelier.chat(question, thread)
            total = time.perf_counter() - start
            overhead = total - model.seconds - retrieval["seconds"]
            rows.append((total, model.seconds, retrieval["seconds"], overhead))
            print(
                f"turn {total * 1000:8.1f} ms  model {model.seconds * 1000:8.1f}  retrieval "
                f"{retrieval['seconds'] * 1000:7.1f}  overhead {overhead * 1000:6.1f} ms ({overhead / total:.1%})"
            )
    total = sum(r[0] for r in rows)
    overhead = sum(r[3] for r in rows)
    print(
        f"graph overhead: {overhead * 1000:.1f} ms of {total * 1000:.1f} ms = {overhead / total:.2%}  (target <= 2 %)"
    )
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
