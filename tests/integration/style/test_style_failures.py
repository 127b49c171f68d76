"""A slow, a failing and a malformed style service, each a real HTTP server on loopback."""

from __future__ import annotations

import base64
import socket
import time

import pytest

from assistant.errors import StyleServiceError
from assistant.tools.style import GenerateRequest, StyleClient
from tests.integration.style.style_servers import TOKEN, Answer, ScriptedServer, small_png

GOOD_TEXT = {"samples": [{"id": "s1", "kind": "text", "text": "A fine sentence.", "mime": "text/plain"}]}
REQUEST = GenerateRequest(prompt="sea", works=())


def _client(url: str, **kwargs: object) -> StyleClient:
    options: dict[str, object] = {"token": TOKEN, "timeout": 2.0, "retries": 0, "backoff": 0.01}
    options.update(kwargs)
    return StyleClient(url, **options)  # type: ignore[arg-type]


def test_slow_service_times_out_with_a_clear_error() -> None:
    with ScriptedServer([Answer(body=GOOD_TEXT, delay=1.5)]) as server:
        started = time.monotonic()
        with _client(server.url, timeout=0.3, retries=1) as client:
            with pytest.raises(StyleServiceError, match=r"did not answer /v1/generate within 0.3 s \(tried 2 times\)"):
                client.generate(REQUEST)
        elapsed = time.monotonic() - started
    assert len(server.requests) == 2
    assert elapsed < 1.5  # gave up on each attempt after the timeout, not after the server's delay


def test_failing_service_recovers_through_retry_with_backoff() -> None:
    pauses: list[float] = []
    script = [
        Answer(500, {"error": {"code": "oom", "message": "out of memory"}}),
        Answer(503, b"busy"),
        Answer(body=GOOD_TEXT),
    ]
    with ScriptedServer(script) as server:
        with _client(server.url, retries=2, backoff=0.05, sleep=pauses.append) as client:
            samples = client.generate(REQUEST)
    assert [s.content for s in samples] == [b"A fine sentence."]
    assert len(server.requests) == 3
    assert pauses == [0.05, 0.1]  # exponential backoff between the three attempts


def test_failing_service_gives_up_after_retries_with_the_server_message() -> None:
    script = [Answer(500, {"error": {"code": "oom", "message": "out of memory"}})]
    with ScriptedServer(script) as server:
        with _client(server.url, retries=2) as client:
            with pytest.raises(StyleServiceError, match=r"HTTP 500: out of memory\) \(tried 3 times\)"):
                client.generate(REQUEST)
    assert len(server.requests) == 3


def test_retry_after_header_is_honoured_but_capped() -> None:
    pauses: list[float] = []
    script = [
        Answer(429, {"detail": "slow down"}, headers={"Retry-After": "0.2"}),
        Answer(503, {"detail": "warming up"}, headers={"Retry-After": "3600"}),
        Answer(body=GOOD_TEXT),
    ]
    with ScriptedServer(script) as server:
        with _client(server.url, retries=2, backoff=0.01, sleep=pauses.append) as client:
            client.generate(REQUEST)
    assert pauses == [0.2, 30.0]


def test_client_errors_are_not_retried() -> None:
    with ScriptedServer([Answer(422, {"error": {"code": "invalid_request", "message": "prompt too long"}})]) as server:
        with _client(server.url, retries=3) as client:
            with pytest.raises(StyleServiceError, match=r"refused /v1/generate \(HTTP 422\): prompt too long"):
                client.generate(REQUEST)
    assert len(server.requests) == 1


def test_service_down_says_it_cannot_be_reached() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with _client(f"http://127.0.0.1:{port}", retries=1) as client:
        with pytest.raises(StyleServiceError, match=r"cannot be reached .* \(tried 2 times\)") as caught:
            client.generate(REQUEST)
    assert "Is it running?" in caught.value.hint


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (Answer(body=b"<html>oops</html>", content_type="text/html"), "is not JSON"),
        (Answer(body=b'{"samples": [', content_type="application/json"), "is not JSON"),
        (Answer(body={"results": []}), "does not fit the protocol: answer: samples: Field required"),
        (Answer(body={"samples": []}), "answer: samples: Tuple should have at least 1 item"),
        (Answer(body={"samples": [{"id": "x", "kind": "text", "text": "  "}]}), "needs a non-empty 'text'"),
        (
            Answer(body={"samples": [{"id": "x", "kind": "image", "image_b64": "@@@"}]}),
            "asked for text samples and got image",
        ),
        (
            Answer(body={"samples": [{"kind": "text", "text": "hi", "works": ["stolen-work"]}]}),
            "works it was not given: stolen-work",
        ),
    ],
)
def test_malformed_atelier_answers_are_refused(answer: Answer, reason: str) -> None:
    with ScriptedServer([answer]) as server:
        with _client(server.url, retries=2) as client:
            with pytest.raises(StyleServiceError, match="answered badly") as caught:
                client.generate(REQUEST)
    assert reason in str(caught.value)
    assert len(server.requests) == 1  # a bad answer is not transient: no retries


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"images": "not-a-list"}, "no 'images' list"),
        ({"images": []}, "no 'images' list"),
        ({"images": ["!!notbase64!!"]}, "not valid base64"),
        ({"images": [base64.b64encode(b"GIF89a not supported").decode()]}, "neither PNG, JPEG nor WebP"),
        ({"detail": "Not Found"}, "no 'images' list"),
    ],
)
def test_malformed_a1111_answers_are_refused(body: object, reason: str) -> None:
    with ScriptedServer([Answer(body=body)]) as server:  # type: ignore[arg-type]
        with _client(server.url, protocol="a1111") as client:
            with pytest.raises(StyleServiceError, match=reason):
                client.generate(GenerateRequest(prompt="boats", kind="image"))


def test_truncated_png_is_refused_when_watermarking(make_studio) -> None:
    broken = small_png()[:60]
    with ScriptedServer([Answer(body={"images": [base64.b64encode(broken).decode()]})]) as server:
        studio = make_studio(server.url, protocol="a1111", token=None, model="mara-ink")
        studio.add_work("Harbour series", kind="image", excerpt="harbours", consented=True)
        studio.add_style_model("mara-ink", "lora", ["harbour-series"])
        with pytest.raises(StyleServiceError, match="cannot be read"):
            studio.generate("ben", "boats", kind="image")
    assert studio.ledger() == []
    assert studio.remaining("ben") == 2
