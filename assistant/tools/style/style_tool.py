"""The style generator as a langchain-core tool, for the agent graph.

The model chooses only what to write and how many samples; the client comes from the conversation's context
and is injected by the graph (``InjectedToolArg``), so a prompt-injected inquiry cannot spend another client's
quota. Refusals (quota, consent, service down) go back to the model as the tool's error text, not a crash.
"""

from __future__ import annotations

import json
from typing import Annotated

from langchain_core.tools import BaseTool, InjectedToolArg, StructuredTool, ToolException
from pydantic import BaseModel, Field

from assistant.errors import AtelierError
from assistant.tools.style.models import MAX_PROMPT_CHARS, MAX_SAMPLES_PER_REQUEST, Kind
from assistant.tools.style.studio import StyleStudio

TOOL_NAME = "style_generate"


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


class StyleToolResult(BaseModel):
    """What the tool returns: the samples and how many free ones the client has left."""

    samples: list[StyleToolSample]
    remaining_free_samples: int
    licence: str


def make_style_tool(studio: StyleStudio) -> BaseTool:
    """A ``style_generate`` tool over ``studio``; the graph must inject ``client`` into each call.

    The tool's content is the result as JSON for the model; its artifact is the :class:`StyleToolResult`.
    """

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
        return json.dumps(result.model_dump(mode="json"), ensure_ascii=False), result

    return StructuredTool.from_function(
        func=style_generate,
        name=TOOL_NAME,
        description=(
            "Make watermarked preview samples in the freelancer's own style for the current client. "
            "Each client has a small free-sample quota; the result says how many are left."
        ),
        args_schema=StyleToolInput,
        response_format="content_and_artifact",
        handle_tool_error=True,
    )
