"""Records that cross the style generator's boundaries: the wire protocol, the works registry and the ledger.

The Atelier protocol models (:class:`GenerateRequest`, :class:`GenerateResponse`, :class:`HealthResponse`) are
shared by the client and the reference server, so that both sides validate the same shape. They are documented
for other implementers in ``docs/style-protocol.md``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Kind = Literal["text", "image"]
StyleModelKind = Literal["checkpoint", "lora"]
PROTOCOL_VERSION = "atelier-style/1"

MAX_SAMPLES_PER_REQUEST = 4
MAX_PROMPT_CHARS = 2000
MAX_WORKS_PER_REQUEST = 8
MAX_EXCERPT_CHARS = 2000


class _Wire(BaseModel):
    """A protocol message. Unknown fields are ignored so that later protocol versions stay readable."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class ConditioningWork(_Wire):
    """One consented work sent to the service to condition the style."""

    id: str = Field(min_length=1, max_length=100)
    title: str = Field(default="", max_length=300)
    excerpt: str = Field(default="", max_length=MAX_EXCERPT_CHARS)
    """A passage of the work (text) or a description of it (image)."""


class GenerateRequest(_Wire):
    """``POST /v1/generate``: ask for ``n`` samples of one kind."""

    prompt: str = Field(min_length=1, max_length=MAX_PROMPT_CHARS)
    client: str = Field(default="", max_length=200)
    """Who the samples are for. Services may log it; Atelier counts quotas itself."""
    kind: Kind = "text"
    n: int = Field(default=1, ge=1, le=MAX_SAMPLES_PER_REQUEST)
    max_tokens: int = Field(default=256, ge=1, le=4096)
    """Longest text sample, in tokens. Ignored for images."""
    works: tuple[ConditioningWork, ...] = Field(default=(), max_length=MAX_WORKS_PER_REQUEST)
    """The only works the service may condition on. Atelier sends consented works only."""


class WireSample(_Wire):
    """One sample in a :class:`GenerateResponse`: text, or a base64 image."""

    id: str = ""
    """The service's own id for the sample, kept in the ledger next to Atelier's id."""
    kind: Kind
    text: str | None = None
    image_b64: str | None = None
    mime: str = "text/plain"
    works: tuple[str, ...] | None = None
    """Ids of the sent works that actually conditioned this sample; ``None`` means all that were sent."""

    @model_validator(mode="after")
    def _payload_matches_kind(self) -> WireSample:
        if self.kind == "text" and not (self.text and self.text.strip()):
            raise ValueError("a text sample needs a non-empty 'text'")
        if self.kind == "image" and not self.image_b64:
            raise ValueError("an image sample needs 'image_b64'")
        return self


class GenerateResponse(_Wire):
    """The answer to ``POST /v1/generate``."""

    samples: tuple[WireSample, ...] = Field(min_length=1)
    model: str = ""


class HealthResponse(_Wire):
    """``GET /v1/health``: is the service up, and what can it make."""

    status: Literal["ok"]
    protocol: str = PROTOCOL_VERSION
    kinds: tuple[Kind, ...] = ("text",)
    model: str = ""


class RawSample(BaseModel):
    """A sample as the service gave it, decoded and checked, before watermarking."""

    model_config = ConfigDict(frozen=True)

    kind: Kind
    content: bytes
    """UTF-8 text, or the image file bytes."""
    mime: str
    service_id: str = ""
    works: tuple[str, ...] | None = None
    """Work ids the service says it used; ``None`` when the protocol cannot say."""


class Work(BaseModel):
    """One of the freelancer's works in the consent registry."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    kind: Kind = "text"
    path: str = ""
    excerpt: str = ""
    consented: bool = False
    """Only consented works may condition the style."""
    added_at: dt.datetime
    consent_changed_at: dt.datetime | None = None


class WorkRef(BaseModel):
    """A work as the ledger remembers it: enough to answer "what was this sample made from"."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    excerpt: str = ""
    """The passage that was sent to the service with the request, exactly as sent. Empty for a style model's
    training works, which were not sent."""


class StyleModel(BaseModel):
    """A checkpoint or LoRA the freelancer trained on their own works, as registered with Atelier."""

    model_config = ConfigDict(frozen=True)

    name: str
    """The name the service knows it by (a checkpoint title, or the LoRA's name in ``<lora:name:1>``)."""
    kind: StyleModelKind
    trained_on: tuple[str, ...]
    """Ids of the registered works it was trained on."""
    revoked: tuple[str, ...] = ()
    """Works it was trained on whose consent has since been revoked: until the freelancer confirms a retraining
    without them, the model may not be used."""
    added_at: dt.datetime

    @property
    def blocked(self) -> bool:
        """True while a revoked work is still in the model."""
        return bool(self.revoked)


class StyleModelRef(BaseModel):
    """The style model that made a sample, as the ledger remembers it."""

    model_config = ConfigDict(frozen=True)

    name: str
    kind: StyleModelKind
    trained_on: tuple[WorkRef, ...]
    """The works it was trained on, as registered when the sample was made."""


class ProvenanceRecord(BaseModel):
    """One ledger row: where a sample came from, who got it, and on what terms."""

    model_config = ConfigDict(frozen=True)

    id: str
    client: str
    prompt: str
    kind: Kind
    mime: str
    created_at: dt.datetime
    content_sha256: str
    """Hash of the delivered bytes (watermarked image, or text with its footer)."""
    raw_sha256: str
    """Hash of what the service produced, so a copy with the watermark or footer stripped is still found."""
    works: tuple[WorkRef, ...]
    """Works that conditioned this sample: sent with the request (with the excerpt sent) and not disowned by the
    service. Empty when none was sent, e.g. for an Automatic1111 service, which takes no works."""
    licence: str
    style_model: StyleModelRef | None = None
    """The style model the service generated with, for an Automatic1111 service."""
    credentials: bool = False
    """True when a signed C2PA manifest (Content Credentials) was embedded in the delivered file."""
    service: str = ""
    """The service URL and protocol that made it."""
    service_sample_id: str = ""
    path: str = ""
    """Where the delivered file was written."""


class StyleSample(BaseModel):
    """A delivered sample: the watermarked bytes, where they were saved, and their ledger record."""

    model_config = ConfigDict(frozen=True)

    record: ProvenanceRecord
    content: bytes = Field(repr=False, exclude=True)
    """The delivered bytes; left out of dumps (images are not JSON), the file at ``path`` holds the same."""
    path: Path

    @property
    def text(self) -> str | None:
        """The delivered text with its preview footer, for text samples."""
        return self.content.decode("utf-8") if self.record.kind == "text" else None
