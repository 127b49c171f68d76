"""Writing in the freelancer's voice: how the reference server turns a request into text samples.

The works in a request are the only material the model sees besides the prompt, and they are trimmed to a
character budget (small models have small contexts). Each sample reports exactly which works made it into its
prompt, so the ledger records what really conditioned it, not what was merely offered.
"""

from __future__ import annotations

import re
import secrets
import threading

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from assistant.errors import ModelError
from assistant.prompts import render
from assistant.tools.style.models import ConditioningWork, GenerateRequest, WireSample

DEFAULT_EXCERPT_BUDGET = 1500
"""Characters of excerpts per prompt: about 400 tokens, which leaves the bundled 4k-context model room to write."""
MIN_EXCERPT_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*(?=\s|$)")


class VoiceWriter:
    """Writes text samples with a chat model, conditioned on the works a request carries."""

    def __init__(
        self,
        model: BaseChatModel,
        *,
        author: str = "the author",
        voice_notes: str = "",
        max_tokens: int = 384,
        temperature: float = 0.7,
        excerpt_budget: int = DEFAULT_EXCERPT_BUDGET,
    ) -> None:
        """Keep the model and the voice settings.

        Args:
            model: any langchain chat model; the server passes ``load_chat_model(settings)``.
            author: whose voice it is (the profile's name).
            voice_notes: the profile's tone notes.
            max_tokens: the server's own cap; a request may ask for less, never more.
            temperature: sampling temperature, higher than for extraction because variety is wanted here.
            excerpt_budget: characters of excerpts per prompt.
        """
        self.model = model
        self.author = author
        self.voice_notes = voice_notes
        self.max_tokens = max_tokens
        self.temperature = temperature
        self.excerpt_budget = excerpt_budget
        self._lock = threading.Lock()

    def fit(self, works: tuple[ConditioningWork, ...]) -> list[ConditioningWork]:
        """The works that fit the excerpt budget, in the order given (most relevant first).

        The first work is cut to the budget if it alone is too long; later works are only taken whole, or cut
        if at least ``MIN_EXCERPT_CHARS`` of them still fit.
        """
        fitted: list[ConditioningWork] = []
        left = self.excerpt_budget
        for work in works:
            if not work.excerpt.strip():
                continue
            if len(work.excerpt) > left and (fitted and left < MIN_EXCERPT_CHARS):
                break
            fitted.append(work.model_copy(update={"excerpt": work.excerpt[:left]}))
            left -= len(fitted[-1].excerpt)
            if left <= 0:
                break
        return fitted

    def messages(self, prompt: str, works: list[ConditioningWork], variation: int, count: int) -> list[BaseMessage]:
        """The chat turns for one sample."""
        excerpts = "\n\n".join(f"[{w.title or w.id}]\n{w.excerpt.strip()}" for w in works)
        system = render(
            "style_system",
            author=self.author,
            voice_notes=self.voice_notes or "No extra notes.",
            excerpts=excerpts,
        )
        user = render("style_user", prompt=prompt, variation=variation, count=count)
        return [SystemMessage(content=system), HumanMessage(content=user)]

    def write(self, request: GenerateRequest) -> list[WireSample]:
        """Write ``request.n`` text samples.

        Raises:
            ModelError: the model wrote nothing.
        """
        works = self.fit(request.works)
        used = tuple(w.id for w in works)
        max_tokens = min(request.max_tokens, self.max_tokens)
        samples = []
        for variation in range(1, request.n + 1):
            turns = self.messages(request.prompt, works, variation, request.n)
            with self._lock:
                reply = self.model.invoke(turns, max_tokens=max_tokens, temperature=self.temperature)
            text = trim_to_sentence(reply.text.strip())
            if not text:
                raise ModelError("the model wrote an empty sample", hint="Try another prompt or a larger model.")
            samples.append(
                WireSample(id=f"gen_{secrets.token_hex(4)}", kind="text", text=text, mime="text/plain", works=used)
            )
        return samples


def trim_to_sentence(text: str) -> str:
    """Cut a reply that stopped at the token limit back to its last whole sentence, if it has one.

    A preview that ends mid-word reads as broken; one sentence fewer reads as finished.
    """
    ends = list(_SENTENCE_END.finditer(text))
    if not ends or ends[-1].end() == len(text):
        return text
    return text[: ends[-1].end()]
