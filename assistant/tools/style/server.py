"""The reference Atelier style server: ``atelier style serve``.

A small Starlette app speaking the Atelier protocol (``docs/style-protocol.md``), writing text samples with the
local model through :class:`VoiceWriter`. It serves the freelancer's own machine only: it binds to 127.0.0.1
(anything else is refused), answers only requests whose ``Host`` is loopback (no DNS rebinding), and wants a
bearer token on every generation. The model call blocks, so it runs in a worker thread, one at a time.
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
from collections.abc import Mapping

from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from assistant.config import StyleSettings
from assistant.errors import ConfigError, ModelError, format_validation_error
from assistant.tools.style.models import PROTOCOL_VERSION, GenerateRequest, GenerateResponse, HealthResponse
from assistant.tools.style.voice import VoiceWriter

LOOPBACK_HOSTS = ("127.0.0.1", "localhost")
DEFAULT_PORT = 8765
MAX_BODY_BYTES = 64 * 1024
MIN_TOKEN_CHARS = 16

log = logging.getLogger(__name__)


def create_app(writer: VoiceWriter, *, token: str, model_name: str = "") -> Starlette:
    """The ASGI app: ``GET /v1/health`` (open) and ``POST /v1/generate`` (bearer token).

    Args:
        writer: writes the samples; it holds the chat model.
        token: the bearer token clients must send.
        model_name: reported by ``/v1/health``.
    """
    if len(token) < MIN_TOKEN_CHARS:
        raise ConfigError(f"the style server token must have at least {MIN_TOKEN_CHARS} characters")
    expected = f"Bearer {token}".encode()

    async def health(request: Request) -> JSONResponse:
        answer = HealthResponse(status="ok", protocol=PROTOCOL_VERSION, kinds=("text",), model=model_name)
        return JSONResponse(answer.model_dump(mode="json"))

    async def generate(request: Request) -> JSONResponse:
        given = request.headers.get("authorization", "").encode()
        if not hmac.compare_digest(given, expected):
            return _error(401, "unauthorized", "a valid bearer token is required", {"WWW-Authenticate": "Bearer"})
        declared = request.headers.get("content-length", "0")
        if not declared.isdigit() or int(declared) > MAX_BODY_BYTES:
            return _error(413, "too_large", f"the request body must be under {MAX_BODY_BYTES} bytes")
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            return _error(413, "too_large", f"the request body must be under {MAX_BODY_BYTES} bytes")
        try:
            generate_request = GenerateRequest.model_validate_json(body)
        except ValidationError as exc:
            return _error(422, "invalid_request", format_validation_error("request", exc))
        if generate_request.kind != "text":
            return _error(422, "unsupported_kind", "this server writes text samples only")
        try:
            samples = await run_in_threadpool(writer.write, generate_request)
        except ModelError as exc:
            log.warning("generation failed: %s", exc)
            return _error(502, "model_failed", str(exc))
        return JSONResponse(GenerateResponse(samples=tuple(samples), model=model_name).model_dump(mode="json"))

    return Starlette(
        routes=[Route("/v1/health", health, methods=["GET"]), Route("/v1/generate", generate, methods=["POST"])],
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=list(LOOPBACK_HOSTS))],
    )


def _error(status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def check_host(host: str) -> None:
    """Refuse any address but loopback: the reference server is for the freelancer's own machine.

    Raises:
        ConfigError: ``host`` is not 127.0.0.1 or localhost.
    """
    if host not in LOOPBACK_HOSTS:
        raise ConfigError(
            f"refusing to serve the style generator on {host}: it binds to 127.0.0.1 only",
            hint="To reach it from elsewhere, put an authenticating TLS proxy or an SSH tunnel in front.",
        )


def resolve_token(settings: StyleSettings, environ: Mapping[str, str] | None = None) -> tuple[str, bool]:
    """The server token from the variable named by ``settings.token_env``, or a fresh one.

    Returns:
        The token, and whether it was generated (and so must be shown to the user once).

    Raises:
        ConfigError: the variable is set but too short to be a secret.
    """
    env = os.environ if environ is None else environ
    token = env.get(settings.token_env, "")
    if not token:
        return secrets.token_urlsafe(32), True
    if len(token) < MIN_TOKEN_CHARS:
        raise ConfigError(
            f"${settings.token_env} is shorter than {MIN_TOKEN_CHARS} characters",
            hint="Use a long random token, e.g. `python -c 'import secrets; print(secrets.token_urlsafe(32))'`.",
        )
    return token, False


def serve(app: Starlette, *, host: str = "127.0.0.1", port: int = DEFAULT_PORT, log_level: str = "info") -> None:
    """Run the app with uvicorn until interrupted, on loopback only."""
    check_host(host)
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
