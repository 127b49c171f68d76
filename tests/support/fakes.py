"""Fakes shared by suites: a word-hashing embedder and a chat model that plays the tiny model's worst case."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult

DIM = 64


class HashingEmbedder:
    """Bag of hashed words: texts that share words are close, and the same text always gets the same vector."""

    name = "fake (hashed words)"

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.casefold()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % (DIM - 1)] += 1.0
            out[row, DIM - 1] = 0.01
        return out / np.linalg.norm(out, axis=1, keepdims=True)


class UnsureModel(BaseChatModel):
    """A chat model that is never sure: the classifier gets a low-confidence guess, everything else one sentence.

    It is the worst case of a tiny model, so whatever the graph still gets right with it is decided by code.
    """

    answer: str = "Here is what I found."
    calls: int = 0

    @property
    def _llm_type(self) -> str:
        return "unsure-fake"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        self.calls += 1
        system = messages[0].text if messages else ""
        if "sort a freelancer's messages" in system:
            text = '{"route": "chat", "confidence": 0.1}'
        elif "JSON" in system or "json" in system:
            text = "{}"
        else:
            text = self.answer
        return ChatResult(generations=[ChatGeneration(message=AIMessage(text))])
