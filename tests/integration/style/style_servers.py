"""Real HTTP servers on loopback for the style client tests.

``ScriptedServer`` is a stdlib ``ThreadingHTTPServer`` that plays back a script of answers (status, body, delay),
one per request, repeating the last, and records every request it got: it plays the A1111-shaped service, the
slow one, the failing one and the malformed one. ``UvicornThread`` runs a real ASGI app (the reference
``atelier style serve`` app) with uvicorn on a socket bound to a free port.
"""

from __future__ import annotations

import io
import json
import socket
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import uvicorn
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatResult
from PIL import Image

TOKEN = "test-token-0123456789abcdef"
LICENCE = "Preview only. Not licensed for any use until purchased."


def small_png(size: tuple[int, int] = (96, 64), colour: tuple[int, int, int] = (40, 120, 200)) -> bytes:
    """A real PNG file, as an image service would make it."""
    out = io.BytesIO()
    image = Image.new("RGB", size, colour)
    for x in range(size[0]):
        image.putpixel((x, x % size[1]), (250, 250, 0))
    image.save(out, format="PNG")
    return out.getvalue()


@dataclass
class Answer:
    """One scripted answer."""

    status: int = 200
    body: bytes | dict[str, Any] | list[Any] = b""
    delay: float = 0.0
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Seen:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class ScriptedServer:
    """A loopback HTTP server that answers from a script; use as a context manager."""

    script: Sequence[Answer]
    requests: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        owner = self
        self._lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length) if length else b""
                with owner._lock:
                    index = len(owner.requests)
                    owner.requests.append(Seen(self.command, self.path, dict(self.headers.items()), body))
                    answer = owner.script[min(index, len(owner.script) - 1)]
                if answer.delay:
                    time.sleep(answer.delay)
                payload = answer.body if isinstance(answer.body, bytes) else json.dumps(answer.body).encode()
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", answer.content_type)
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    return  # the client gave up waiting (the timeout tests): nothing left to answer

            do_GET = _answer
            do_POST = _answer

            def log_message(self, format: str, *args: Any) -> None:
                return  # keep test output quiet

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class UvicornThread:
    """Serve an ASGI app with uvicorn in a thread, on a loopback socket with a free port."""

    def __init__(self, app: Any) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> UvicornThread:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()


class RecordingChatModel(GenericFakeChatModel):
    """A scripted chat model that also keeps the prompts it was given, to check what conditioned a sample."""

    seen: list[list[BaseMessage]] = []

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> ChatResult:
        self.seen.append(list(messages))
        return super()._generate(messages, *args, **kwargs)


def scripted_model(*replies: str) -> RecordingChatModel:
    return RecordingChatModel(messages=iter([AIMessage(content=r) for r in replies]), seen=[])
