"""The style generator as a langchain-core tool, for the agent graph.

The model chooses only what to write and how many samples; the client comes from the conversation's context
and is injected by the graph (``InjectedToolArg``), so a prompt-injected inquiry cannot spend another client's
quota. Refusals (quota, consent, service down) go back to the model as the tool's error text, not a crash.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Annotated, Any, Literal

from langchain_core.tools import InjectedToolArg, ToolException
from pydantic import BaseModel, Field

from assistant.artifacts import Artifact
from assistant.errors import AtelierError
from assistant.tools.parts import Parts
from assistant.tools.style.models import MAX_PROMPT_CHARS, MAX_SAMPLES_PER_REQUEST, Kind
from assistant.toolspec import ToolSpec


class StyleToolInput(BaseModel):
    """Make preview samples in the freelancer's own style for the current client."""

    prompt: str = Field(min_length=1, max_length=MAX_PROMPT_CHARS, description="What the sample should show or say.")
    n: int = Field(default=1, ge=1, le=MAX_SAMPLES_PER_REQUEST, description="How many samples.")
    kind: Kind = Field(default="text", description="'text' for writing, 'image' for pictures.")
    client: Annotated[str, InjectedToolArg] = Field(description="The client the samples are for (set by the app).")


class StyleToolSample(BaseModel):
    """One delivered sample as the model sees it."""

    id: str
    kind: Kind
    path: str
    text: str | None = None
    """The text with its preview footer, for text samples."""


class StyleToolResult(Artifact):
    """What the tool returns: the samples and how many free ones the client has left."""

    kind: Literal["style_samples"] = "style_samples"
    samples: list[StyleToolSample]
    remaining_free_samples: int
    licence: str


def _generator(parts: Parts) -> Callable[..., tuple[str, StyleToolResult]]:
    studio = parts.style
    assert studio is not None  # the spec is available only with a studio

    def style_generate(prompt: str, client: str, n: int = 1, kind: Kind = "text") -> tuple[str, StyleToolResult]:
        try:
            samples = studio.generate(client, prompt, n=n, kind=kind)
        except AtelierError as exc:
            raise ToolException(f"{exc} {exc.hint}".strip()) from exc
        result = StyleToolResult(
            samples=[
                StyleToolSample(id=s.record.id, kind=s.record.kind, path=str(s.path), text=s.text) for s in samples
            ],
            remaining_free_samples=studio.remaining(client),
            licence=studio.profile.style.licence,
        )
        return json.dumps(result.model_dump(mode="json", exclude={"kind"}), ensure_ascii=False), result

    return style_generate


def _summary(args: Mapping[str, Any]) -> str:
    return f"Make {args.get('n', 1)} style sample(s) for {args.get('client', '?')}: {args.get('prompt', '')}"[:200]


STYLE_GENERATE: ToolSpec[Parts] = ToolSpec(
    name="style_generate",
    description=(
        "Make watermarked preview samples in the freelancer's own style for the current client. "
        "Each client has a small free-sample quota; the result says how many are left."
    ),
    args_schema=StyleToolInput,
    make=_generator,
    artifact=StyleToolResult,
    routes=("style",),
    words="prompt",
    client="required",
    ask_client="Who are these samples for? Say it like this: /style for Acme: a fox in the snow",
    approval=True,
    summary=_summary,
    editable=("prompt",),
    available=lambda parts: parts.style is not None,
)
"""The tool's content is the result as JSON for the model; its artifact is the :class:`StyleToolResult`."""
