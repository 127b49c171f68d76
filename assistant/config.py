"""User settings: ``config.toml`` plus ``ATELIER_*`` environment overrides.

Precedence, highest first: keyword arguments, environment (``ATELIER_MODEL__N_CTX=8192`` sets ``[model] n_ctx``),
``config.toml``, defaults. The file is found through :mod:`assistant.locations` when :func:`load_settings` runs,
never at import. A bad file is refused as a whole with the file, the field and the reason.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from assistant import locations
from assistant.errors import ConfigError, format_validation_error


class _Section(BaseModel):
    """A config table; unknown keys are typos and are refused."""

    model_config = ConfigDict(extra="forbid")


class ModelSettings(_Section):
    """Which language model answers, and how."""

    backend: Literal["llama", "openai"] = "llama"
    """``llama``: llama-cpp-python in this process; ``openai``: any OpenAI-compatible server at ``url``."""
    path: Path | None = None
    """A GGUF file for the ``llama`` backend. Empty means the bundled SmolLM2-135M-Instruct."""
    url: str | None = None
    """Base URL of the OpenAI-compatible server, e.g. ``http://127.0.0.1:8080/v1``."""
    name: str = "local"
    """Model name sent to the remote server."""
    api_key_env: str = "ATELIER_MODEL_API_KEY"
    """Environment variable that holds the remote server's API key, if it needs one."""
    n_ctx: int = Field(default=4096, ge=512)
    """Context window in tokens."""
    n_threads: int | None = Field(default=None, ge=1)
    """CPU threads for llama.cpp. Empty means every CPU this process may run on."""
    max_tokens: int = Field(default=384, ge=1)
    """Longest answer, in tokens."""
    temperature: float = Field(default=0.2, ge=0.0, le=2.0)
    seed: int = 0
    """Sampling seed, so that runs can be repeated."""
    timeout: float = Field(default=120.0, gt=0)
    """Seconds to wait for a remote server."""
    extra_buffers: Literal["auto", "on", "off"] = "auto"
    """llama.cpp's extra buffer types (weight repacking, AMX). ``auto`` probes once per CPU in a child process and
    uses them only where a multi-token decode works (they crash the bundled model on AMX Xeons); see
    :mod:`assistant.llm_probe`."""
    opening_languages: list[str] = Field(default_factory=lambda: ["en"])
    """Languages (ISO 639-1) the model may phrase a reply's opening in; any other reply keeps the catalog's
    opening. The bundled model writes only English; a stronger one may be given ``["en", "de", "fr", ...]``.
    Its paragraph goes through the same screens in every language, and must be written in the reply's language."""
    prose: Literal["auto", "on", "off"] = "auto"
    """Whether the model writes free sentences around the facts. ``off``: code writes the lead sentence from the
    citations and the tool's result; ``on``: the model writes it, through the grounding guard; ``auto``: off for
    a local model too small to stay grounded (under a billion parameters, like the bundled one), on otherwise."""


class EmbedderSettings(_Section):
    """The sentence embedder behind memory search."""

    path: Path | None = None
    """A sentence-transformers model folder. Empty means the bundled all-MiniLM-L6-v2."""
    backend: Literal["openvino", "torch"] = "openvino"
    """``openvino`` (fast, bfloat16 where the CPU has it) or ``torch`` (sentence-transformers, the reference)."""


class MemorySettings(_Section):
    """Where memory lives."""

    server_url: str | None = None
    """A Chroma server (``http://127.0.0.1:8000``); empty means a persistent store in the data dir."""
    collection: str = "atelier"
    min_similarity: float = Field(default=0.4, ge=0.0, le=1.0)
    """A search hit with a lower cosine similarity to the question is not cited (unless it holds a rare word of
    the question, a name or a code). Chosen for the bundled all-MiniLM-L6-v2 on tests/eval/memory_questions.yaml."""
    rare_chunks: int = Field(default=5, ge=0)
    """A word of the question found in at most this many chunks counts as a name or a code."""


class ThreadSettings(_Section):
    """Where conversation threads are checkpointed."""

    checkpointer: Literal["sqlite", "postgres"] = "sqlite"
    postgres_url: str | None = None


class StyleSettings(_Section):
    """The freelancer's own style generator service."""

    url: str | None = None
    """Base URL of the service, e.g. ``http://127.0.0.1:7860``."""
    protocol: Literal["atelier", "a1111"] = "atelier"
    """``atelier``: ``POST /v1/generate``; ``a1111``: ``POST /sdapi/v1/txt2img``."""
    token_env: str = "ATELIER_STYLE_TOKEN"
    """Environment variable that holds the bearer token."""
    timeout: float = Field(default=60.0, gt=0)
    retries: int = Field(default=2, ge=0)
    model: str = ""
    """The style model an ``a1111`` service generates with: the name of a checkpoint or LoRA registered with
    ``atelier style models add``, which also records the works it was trained on. Empty: the service's own."""
    signing_cert: Path | None = None
    """Your own certificate chain (PEM, leaf first) for Content Credentials; empty means the one ``atelier init``
    makes in the data dir."""
    signing_key: Path | None = None
    """The ES256 private key (PEM) of ``signing_cert``."""


class MailSettings(_Section):
    """The freelancer's mailbox, for the daemon."""

    address: str | None = None
    """The freelancer's own address: replies come from it."""
    username: str | None = None
    password_env: str = "ATELIER_MAIL_PASSWORD"
    """Environment variable that holds the password (never logged)."""
    password_file: Path | None = None
    """File that holds the password, when the environment does not."""
    imap_host: str = "127.0.0.1"
    imap_port: int = 993
    imap_security: Literal["tls", "starttls", "plain"] = "tls"
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 465
    smtp_security: Literal["tls", "starttls", "plain"] = "tls"
    inbox: str = "INBOX"
    sent_folder: str = "Sent"
    drafts_folder: str = "Drafts"
    poll_seconds: float = Field(default=60.0, gt=0)
    use_idle: bool = True
    tls_ca_file: Path | None = None
    """CA bundle to trust for IMAP/SMTP TLS (a self-signed server); empty means the system's."""
    smtp_auth: bool = True
    """Log in to the SMTP server with the mailbox username and password."""
    drafts_check_seconds: float = Field(default=30.0, gt=0)
    """How often the Drafts and Sent folders are checked for drafts sent or deleted in a mail client."""
    ingest_sent_for_tone: bool = False
    """Consent: read the Sent folder into memory as examples of the freelancer's tone."""
    provider_saves_sent: bool = False
    """The provider files a copy of every mail sent through its SMTP in Sent itself (Gmail, Outlook.com and
    others do): then Atelier removes its own copy once a reply is sent, so that each reply shows once."""
    past_mail: Path | None = None
    """A folder of past ``.eml`` files (inquiries and your replies) that shadow reports replay instead of the
    inbox and Sent folder: an export from your mail client, or the demo's ``examples/past-mail``."""
    max_message_mb: float = Field(default=25.0, gt=0)
    """A bigger message is not downloaded: its headers are kept and it is quarantined for the freelancer."""
    quote_pdf: bool = True
    """Attach the quote as a PDF to a reply that states it. Off: the reply's text states the quote alone (for
    those who send quote documents from their accounting tool; rendering one costs about half a CPU second)."""


class RoutingSettings(_Section):
    """How chat turns are routed: when the example bank is sure enough, and whether the model's classifier counts.

    Defaults are measured by leaving one tuning set out at a time (``benchmarks/eval_routing_cv.py --sweep``):
    a margin of 0.05 reads 93.0 % right and asks 1.6 % of turns, 0.1 reads 92.5 % and asks 2.8 %.
    """

    min_score: float = -1.0
    """Below this score the bank's reading is not sure and the turn gets a clarifying question."""
    min_margin: float = 0.05
    """Below this lead over the runner-up the bank's reading is not sure either."""
    classifier: bool = False
    """Ask the model's classifier when the bank is unsure. Off for the bundled model, which the eval shows adds
    nothing; turn it on for a model that beats the bank on the eval."""
    classifier_threshold: float = Field(default=0.6, ge=0.0, le=1.0)
    """The classifier's answer counts only at this confidence or more."""


class Settings(BaseSettings):
    """Everything a user can set. See ``atelier init`` for a commented starter file."""

    model_config = SettingsConfigDict(
        env_prefix="ATELIER_", env_nested_delimiter="__", extra="forbid", nested_model_default_partial_update=True
    )

    model: ModelSettings = ModelSettings()
    embedder: EmbedderSettings = EmbedderSettings()
    memory: MemorySettings = MemorySettings()
    threads: ThreadSettings = ThreadSettings()
    style: StyleSettings = StyleSettings()
    mail: MailSettings = MailSettings()
    routing: RoutingSettings = RoutingSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Keyword arguments, then the environment, then ``config.toml``."""
        toml_file = settings_cls.model_config.get("toml_file") or locations.config_file()
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls, toml_file=toml_file))


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Read and validate the settings, or raise :class:`ConfigError` naming the file, field and reason.

    Args:
        path: the config file; by default the one :mod:`assistant.locations` finds.
        overrides: values that win over the file and the environment.
    """
    path = path or locations.config_file()
    if path.exists():
        try:
            tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}", hint="Fix the file or move it aside.") from exc
    bound = type("Settings", (Settings,), {"model_config": {**Settings.model_config, "toml_file": path}})
    try:
        return Settings.model_validate(bound(**overrides).model_dump())
    except ValidationError as exc:
        raise ConfigError(
            format_validation_error(str(path), exc),
            hint="Fix that field in the file, or the ATELIER_* variable that sets it.",
        ) from exc
