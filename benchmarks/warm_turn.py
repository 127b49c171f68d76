"""Time to first token on turn 5 of a conversation (~1,500 tokens of system prompt + history) vs turn 1.

Target: ratio <= 0.2. The KV cache kept across turns means turn 5 evaluates only the new user message.
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage  # noqa: E402

from assistant.config import Settings  # noqa: E402
from assistant.llm import ChatLlamaCpp, load_chat_model  # noqa: E402

SYSTEM = (
    "You are the assistant of Mara, an illustrator and brand designer in Berlin. You answer client inquiries, "
    "draft briefs and quotes, and remember past projects. Keep answers short, warm and precise. "
) * 27
QUESTIONS = [
    "What should a brief for a children's book contain?",
    "And what should I ask a client who wants a mascot?",
    "How do I explain a rush fee politely?",
    "What is a fair deposit for a new client?",
    "Summarise our conversation in one sentence.",
]


def first_token_seconds(model: ChatLlamaCpp, messages: list[BaseMessage]) -> tuple[float, str]:
    start = time.perf_counter()
    first: float | None = None
    parts: list[str] = []
    for chunk in model.stream(messages, max_tokens=60, temperature=0.0):
        if chunk.text and first is None:
            first = time.perf_counter() - start
        parts.append(chunk.text)
    return (first if first is not None else time.perf_counter() - start), "".join(parts)


def main() -> None:
    model = load_chat_model(Settings())
    assert isinstance(model, ChatLlamaCpp)
    model.llama.llama.tokenize(b"load the weights before timing")
    history: list[BaseMessage] = [SystemMessage(SYSTEM)]
    timings = []
    for question in QUESTIONS:
        history.append(HumanMessage(question))
        seconds, answer = first_token_seconds(model, history)
        history.append(AIMessage(answer))
        timings.append(seconds)
    prompt_tokens = len(model.llama.llama.tokenize(("".join(m.text for m in history)).encode()))
    for number, seconds in enumerate(timings, start=1):
        print(f"turn {number}: first token after {seconds * 1000:7.1f} ms")
    print(f"conversation size   : ~{prompt_tokens} tokens")
    print(f"ratio turn 5/turn 1 : {timings[4] / timings[0]:7.3f}  (target <= 0.2)")


if __name__ == "__main__":
    main()
