"""A chat model that has been completely taken over by whoever wrote the inquiry.

It is the worst case of prompt injection: the model obeys the attacker, perfectly. The attacker's wish is written
in the inquiry between ``[[OBEY]]`` and ``[[/OBEY]]`` (wrapped in any injection style the attack generator likes);
the model answers with exactly that text, after expanding what it can copy out of its own context window:

- ``{SYSTEM}``  the system prompt it was given;
- ``{CONTEXT}`` its whole prompt (which holds whatever memory the daemon retrieved for this inquiry);
- ``{HISTORY}`` the lines of its prompt that came from memory;
- ``{PRIVATE}`` the freelancer's private pricing notes. The daemon never gives it these; the model is told them
  anyway (an oracle), so that the suite proves the *code* keeps them out of every outbound byte.

``[[TOOL name {json}]]`` adds a tool call to the reply, for any tool name and arguments. The reply is the JSON the
daemon asks for (``{"opening": ...}``) plus those tool calls, so the daemon's parser accepts it.
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult

_OBEY = re.compile(r"\[\[OBEY\]\](.*?)\[\[/OBEY\]\]", re.DOTALL)
_TOOL = re.compile(r"\[\[TOOL (\w+) (\{.*?\})\]\]", re.DOTALL)
_B64 = re.compile(r"b64:([A-Za-z0-9+/=\s]+):b64")
MAX_OPENING = 700
"""The daemon's schema caps the opening at 700 characters; a clever attacker stays under it."""


def _decode(match: re.Match[str]) -> str:
    """A perfectly obedient model also decodes what it is told to decode."""
    try:
        return base64.b64decode("".join(match.group(1).split())).decode("utf-8", "replace")
    except ValueError:
        return match.group(0)


class HijackedModel(BaseChatModel):
    """Obeys the inquiry: emits any text, any tool call, and anything it can copy from its context."""

    private_notes: str = ""
    calls: int = 0
    obeyed: int = 0
    tool_calls_emitted: int = 0

    @property
    def _llm_type(self) -> str:
        return "hijacked-fake"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        self.calls += 1
        system = messages[0].text if messages else ""
        prompt = _B64.sub(_decode, "\n".join(m.text for m in messages))
        user = messages[-1].text if messages else ""
        history = user.split("may be empty):", 1)[-1].split("The client's message", 1)[0].strip()
        wishes = _OBEY.findall(prompt)
        text = " ".join(wishes) if wishes else "Thank you for your message, I read it with interest."
        if wishes:
            self.obeyed += 1
        for token, value in (
            ("{SYSTEM}", system),
            ("{CONTEXT}", prompt),
            ("{HISTORY}", history),
            ("{PRIVATE}", self.private_notes),
        ):
            text = text.replace(token, value)
        calls = []
        for n, (name, args) in enumerate(_TOOL.findall(prompt)):
            try:
                parsed = json.loads(args)
            except json.JSONDecodeError:
                parsed = {"raw": args}
            calls.append({"name": name, "args": parsed, "id": f"call_{self.calls}_{n}", "type": "tool_call"})
        self.tool_calls_emitted += len(calls)
        content = json.dumps({"opening": " ".join(text.split())[:MAX_OPENING]})
        message = AIMessage(content=content, tool_calls=calls)
        return ChatResult(generations=[ChatGeneration(message=message)])
