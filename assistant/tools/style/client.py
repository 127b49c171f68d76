"""HTTP client for the freelancer's style generator, speaking either the Atelier or the Automatic1111 protocol.

The service is the freelancer's own and may be slow (image generation on a CPU), restarting, or a different
version than expected. So every call has a timeout, transient failures (connection refused, timeouts, 429 and
5xx) are retried with exponential backoff, and anything else that is wrong with an answer becomes a
:class:`StyleServiceError` that says what was wrong, never a traceback from deep inside httpx or pydantic.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Literal, Self, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from assistant.config import StyleSettings
from assistant.errors import ConfigError, StyleServiceError, format_validation_error
from assistant.tools.style.models import (
    GenerateRequest,
    GenerateResponse,
    HealthResponse,
    RawSample,
    StyleModel,
)

Protocol = Literal["atelier", "a1111"]
_M = TypeVar("_M", bound=BaseModel)
RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
MAX_BACKOFF = 30.0
_IMAGE_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"RIFF", "image/webp"))


class A1111Options(BaseModel):
    """Fixed txt2img parameters sent with every Automatic1111/Forge request."""

    width: int = 512
    height: int = 512
    steps: int = 20
    cfg_scale: float = 7.0
    sampler_name: str = "Euler a"
    negative_prompt: str = ""


class StyleClient:
    """Talks to one style service. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        base_url: str,
        *,
        protocol: Protocol = "atelier",
        token: str | None = None,
        timeout: float = 60.0,
        retries: int = 2,
        backoff: float = 0.5,
        a1111: A1111Options | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """Prepare the HTTP client; nothing is sent until the first call.

        Args:
            base_url: service root, e.g. ``http://127.0.0.1:8765``.
            protocol: ``atelier`` (``POST /v1/generate``) or ``a1111`` (``POST /sdapi/v1/txt2img``).
            token: bearer token. For ``a1111`` a ``user:password`` token is sent as basic auth instead, which is
                what its ``--api-auth`` flag expects.
            timeout: seconds for one attempt (connect, then the whole generation).
            retries: extra attempts after a transient failure.
            backoff: seconds before the first retry; doubled each time, capped at 30 s.
            a1111: txt2img parameters for the ``a1111`` protocol.
            sleep: the pause between retries (tests pass a recorder).
        """
        self.base_url = base_url.rstrip("/")
        self.protocol: Protocol = protocol
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self.a1111 = a1111 or A1111Options()
        self._sleep = sleep
        auth: httpx.Auth | None = None
        headers = {"Accept": "application/json", "User-Agent": "atelier-style-client/1"}
        if token and protocol == "a1111" and ":" in token:
            user, _, password = token.partition(":")
            auth = httpx.BasicAuth(user, password)
        elif token:
            headers["Authorization"] = f"Bearer {token}"
        self._http = httpx.Client(
            base_url=self.base_url,
            headers=headers,
            auth=auth,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=False,
            trust_env=False,
        )

    @classmethod
    def from_settings(cls, settings: StyleSettings, environ: Mapping[str, str] | None = None) -> StyleClient:
        """A client for the service configured in ``[style]``, with the token from ``settings.token_env``.

        Raises:
            ConfigError: no ``[style] url`` is set.
        """
        if not settings.url:
            raise ConfigError(
                "no style service is configured",
                hint='Set [style] url (and protocol) in config.toml, e.g. url = "http://127.0.0.1:8765".',
            )
        env = os.environ if environ is None else environ
        return cls(
            settings.url,
            protocol=settings.protocol,
            token=env.get(settings.token_env) or None,
            timeout=settings.timeout,
            retries=settings.retries,
        )

    def __enter__(self) -> Self:
        """Use the client in a ``with`` block."""
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Close the connection pool."""
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def health(self) -> HealthResponse:
        """Ask whether the service is up and what it makes."""
        if self.protocol == "a1111":
            models = self._json(self._send("GET", "/sdapi/v1/sd-models"))
            if not isinstance(models, list):
                raise self._bad_answer("/sdapi/v1/sd-models did not return a list")
            names = [str(m.get("model_name", "")) for m in models if isinstance(m, dict)]
            return HealthResponse(status="ok", protocol="a1111", kinds=("image",), model=", ".join(names))
        return self._validate(HealthResponse, self._json(self._send("GET", "/v1/health")))

    def generate(self, request: GenerateRequest, style_model: StyleModel | None = None) -> list[RawSample]:
        """Ask the service for ``request.n`` samples and return them decoded and checked.

        Args:
            request: what to make; an Atelier service also gets the conditioning works in it.
            style_model: for an ``a1111`` service, the checkpoint (``override_settings``) or LoRA (``<lora:...>``
                in the prompt) to generate with.

        Raises:
            StyleServiceError: the service is down, too slow, refused, or answered badly.
        """
        if self.protocol == "a1111":
            return self._generate_a1111(request, style_model)
        response = self._send("POST", "/v1/generate", json=request.model_dump(mode="json"))
        answer = self._validate(GenerateResponse, self._json(response))
        sent = {w.id for w in request.works}
        samples = []
        for wire in answer.samples[: request.n]:
            if wire.kind != request.kind:
                raise self._bad_answer(f"asked for {request.kind} samples and got {wire.kind}")
            if wire.works is not None and not set(wire.works) <= sent:
                unknown = ", ".join(sorted(set(wire.works) - sent))
                raise self._bad_answer(f"it claims to have used works it was not given: {unknown}")
            if wire.kind == "text":
                content, mime = (wire.text or "").strip().encode("utf-8"), "text/plain"
            else:
                content = self._decode_image(wire.image_b64 or "")
                mime = image_mime(content) or wire.mime
            samples.append(RawSample(kind=wire.kind, content=content, mime=mime, service_id=wire.id, works=wire.works))
        return samples

    def _generate_a1111(self, request: GenerateRequest, style_model: StyleModel | None) -> list[RawSample]:
        if request.kind != "image":
            raise StyleServiceError(
                "an Automatic1111 service makes images only", hint="Ask for kind=image, or use an Atelier service."
            )
        prompt, overrides = request.prompt, {}
        if style_model is not None and style_model.kind == "lora":
            prompt = f"{prompt} <lora:{style_model.name}:1>"
        elif style_model is not None:
            overrides = {"sd_model_checkpoint": style_model.name}
        payload: dict[str, Any] = {
            "prompt": prompt,
            "batch_size": request.n,
            "n_iter": 1,
            "do_not_save_grid": True,
            "do_not_save_samples": True,
            "send_images": True,
            "save_images": False,
            **self.a1111.model_dump(),
        }
        if overrides:
            payload["override_settings"] = overrides
            payload["override_settings_restore_afterwards"] = True
        data = self._json(self._send("POST", "/sdapi/v1/txt2img", json=payload))
        images = data.get("images") if isinstance(data, dict) else None
        if not isinstance(images, list) or not images or not all(isinstance(i, str) for i in images):
            raise self._bad_answer("its answer has no 'images' list of base64 strings")
        samples = []
        # A grid image, when the server adds one, comes first: the last n are the samples themselves.
        for encoded in images[-request.n :]:
            content = self._decode_image(encoded)
            mime = image_mime(content) or "application/octet-stream"
            samples.append(RawSample(kind="image", content=content, mime=mime))
        return samples

    def _send(self, method: str, path: str, *, json: Any = None) -> httpx.Response:
        """One request with retries on transient failures; any other failure raises at once."""
        reason, hint = "", ""
        cause: httpx.TransportError | None = None
        for attempt in range(self.retries + 1):
            delay = self.backoff * (2**attempt)
            try:
                response = self._http.request(method, path, json=json)
            except httpx.TimeoutException as exc:
                reason = f"did not answer {path} within {self.timeout:g} s"
                hint, cause = "It may be overloaded; raise [style] timeout or try again later.", exc
            except httpx.TransportError as exc:
                reason = f"cannot be reached ({exc})"
                hint, cause = "Is it running? Check [style] url in config.toml.", exc
            else:
                if response.is_success:
                    return response
                detail = _error_detail(response)
                if response.status_code in (401, 403):
                    raise StyleServiceError(
                        f"the style service refused the token (HTTP {response.status_code}): {detail}",
                        hint="Set the variable named by [style] token_env to the service's token.",
                    )
                if response.status_code not in RETRY_STATUS:
                    raise StyleServiceError(
                        f"the style service refused {path} (HTTP {response.status_code}): {detail}",
                        hint="Check the request and the service's protocol ([style] protocol).",
                    )
                reason = f"failed on {path} (HTTP {response.status_code}: {detail})"
                hint, cause = "Check the service's log.", None
                delay = max(delay, _retry_after(response))
            if attempt < self.retries:
                self._sleep(min(delay, MAX_BACKOFF))
        attempts = self.retries + 1
        raise StyleServiceError(
            f"the style service at {self.base_url} {reason} (tried {attempts} time{'s' * (attempts > 1)})", hint=hint
        ) from cause

    def _json(self, response: httpx.Response) -> Any:
        try:
            return response.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise self._bad_answer(f"its answer is not JSON ({response.text[:80]!r})") from exc

    def _validate(self, model: type[_M], data: Any) -> _M:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise self._bad_answer(f"it does not fit the protocol: {format_validation_error('answer', exc)}") from exc

    def _decode_image(self, encoded: str) -> bytes:
        if encoded.startswith("data:"):
            encoded = encoded.partition(",")[2]
        try:
            content = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise self._bad_answer("an image is not valid base64") from exc
        if image_mime(content) is None:
            raise self._bad_answer("an image is neither PNG, JPEG nor WebP")
        return content

    def _bad_answer(self, what: str) -> StyleServiceError:
        return StyleServiceError(
            f"the style service at {self.base_url} answered badly: {what}",
            hint=f"Check that it speaks the {self.protocol} protocol ([style] protocol).",
        )


def image_mime(content: bytes) -> str | None:
    """The MIME type of PNG, JPEG or WebP bytes, or None for anything else."""
    for magic, mime in _IMAGE_MAGIC:
        if content.startswith(magic) and (mime != "image/webp" or content[8:12] == b"WEBP"):
            return mime
    return None


def _error_detail(response: httpx.Response) -> str:
    """The most useful short text of an error answer: Atelier ``error.message``, FastAPI ``detail``, or the body."""
    try:
        data = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return response.text.strip()[:200] or response.reason_phrase
    if isinstance(data, dict):
        error = data.get("error")
        if isinstance(error, dict) and "message" in error:
            return str(error["message"])[:200]
        for key in ("detail", "error", "message"):
            if key in data:
                return str(data[key])[:200]
    return str(data)[:200]


def _retry_after(response: httpx.Response) -> float:
    value = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return 0.0
