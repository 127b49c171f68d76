"""Streamed tokens/s through the model seam vs raw llama-cpp-python, same model, prompt and token count.

Target: ratio >= 0.95. Prints both rates and the ratio. Each side runs several rounds; the best round counts,
which removes noise from other processes on a small machine.
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from langchain_core.messages import HumanMessage  # noqa: E402

from assistant.config import Settings  # noqa: E402
from assistant.llm import ChatLlamaCpp, load_chat_model  # noqa: E402

PROMPT = "Write a short paragraph about otters in a river."
TOKENS = 128
ROUNDS = 5


def raw_rate(model: ChatLlamaCpp) -> float:
    llama = model.llama.llama
    start, count = time.perf_counter(), 0
    stream = llama.create_chat_completion(
        messages=[{"role": "user", "content": PROMPT}], max_tokens=TOKENS, temperature=0.0, seed=0, stream=True
    )
    for part in stream:
        if part["choices"][0]["delta"].get("content"):  # type: ignore[index, union-attr]
            count += 1
    return count / (time.perf_counter() - start)


def seam_rate(model: ChatLlamaCpp) -> float:
    start, count = time.perf_counter(), 0
    for chunk in model.stream([HumanMessage(PROMPT)], max_tokens=TOKENS, temperature=0.0):
        if chunk.text:
            count += 1
    return count / (time.perf_counter() - start)


def main() -> None:
    model = load_chat_model(Settings())
    assert isinstance(model, ChatLlamaCpp)
    model.llama.llama.set_cache(None)  # both sides evaluate the prompt every round
    raw_rate(model)  # warm up
    raw = max(raw_rate(model) for _ in range(ROUNDS))
    seam = max(seam_rate(model) for _ in range(ROUNDS))
    print(f"raw llama-cpp-python: {raw:7.1f} tokens/s")
    print(f"model seam          : {seam:7.1f} tokens/s")
    print(f"ratio seam/raw      : {seam / raw:7.3f}  (target >= 0.95)")


if __name__ == "__main__":
    main()
