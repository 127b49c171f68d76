"""The Atelier protocol end to end: StyleStudio -> StyleClient -> the real reference app on loopback."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import httpx
import pytest
from langchain_core.messages import ToolMessage

from assistant.errors import PolicyError, StyleServiceError
from assistant.tools.parts import Parts
from assistant.tools.style import GenerateRequest, StyleClient
from assistant.tools.style.style_tool import STYLE_GENERATE, StyleToolResult
from tests.integration.style.style_servers import LICENCE, TOKEN, RecordingChatModel, UvicornThread

TODAY = dt.date(2026, 11, 25)


def _prompt_text(model: RecordingChatModel, call: int) -> str:
    return "\n".join(str(m.content) for m in model.seen[call])


def test_health_reports_protocol_and_kinds(atelier_server: UvicornThread) -> None:
    with StyleClient(atelier_server.url, token=None) as client:
        health = client.health()
    assert health.status == "ok"
    assert health.protocol == "atelier-style/1"
    assert health.kinds == ("text",)
    assert health.model == "fake"


def test_text_samples_carry_footer_provenance_and_consented_works(
    atelier_server: UvicornThread, voice_model: RecordingChatModel, make_studio, data_dir: Path
) -> None:
    studio = make_studio(atelier_server.url)
    river = studio.add_work("River Notes", excerpt="The river kept its own hours; I kept mine.", consented=True)
    studio.add_work("Private Diary", excerpt="SECRET-DIARY-LINE never to be shown.", consented=False)

    samples = studio.generate("ana@client.example", "a short opening about the sea", n=2)

    assert len(samples) == 2
    for sample in samples:
        record = sample.record
        text = sample.text or ""
        # the delivered text is the model's text plus a marked footer with the id and licence
        assert text.startswith(("The river kept its own hours", "Morning came in sideways"))
        assert f"PREVIEW · sample {record.id} · Mara Lind" in text
        assert LICENCE in text
        assert record.licence == LICENCE
        assert record.client == "ana@client.example"
        assert record.prompt == "a short opening about the sea"
        assert [w.id for w in record.works] == [river.id]
        assert record.works[0].excerpt == "The river kept its own hours; I kept mine."  # exactly what was sent
        assert record.style_model is None and not record.credentials
        assert record.content_sha256 == hashlib.sha256(sample.path.read_bytes()).hexdigest()
        assert record.content_sha256 != record.raw_sha256
        assert record.service_sample_id.startswith("gen_")
        assert sample.path.parent == data_dir / "style_samples"
    assert studio.ledger("ANA@client.example") == [s.record for s in samples]
    # the unconsented work never reached the model; the consented one did
    for call in range(2):
        assert "River Notes" in _prompt_text(voice_model, call)
        assert "SECRET-DIARY-LINE" not in _prompt_text(voice_model, call)


def test_revoking_consent_removes_work_from_later_conditioning(
    atelier_server: UvicornThread, voice_model: RecordingChatModel, make_studio
) -> None:
    studio = make_studio(atelier_server.url)
    studio.add_work("River Notes", excerpt="River excerpt RIVER-MARK.", consented=True)
    studio.add_work("Harbour Letters", excerpt="Harbour excerpt HARBOUR-MARK.", consented=True)

    first = studio.generate("ana", "a letter from the harbour")[0]
    studio.consent("harbour-letters", False)
    second = studio.generate("ben", "a letter from the harbour")[0]

    assert {w.id for w in first.record.works} == {"river-notes", "harbour-letters"}
    assert "HARBOUR-MARK" in _prompt_text(voice_model, 0)
    assert [w.id for w in second.record.works] == ["river-notes"]
    assert "HARBOUR-MARK" not in _prompt_text(voice_model, 1)
    # the earlier sample's record still says what it was made from
    assert {w.id for w in studio.ledger("ana")[0].works} == {"river-notes", "harbour-letters"}


def test_quota_bites_before_the_service_is_called(
    atelier_server: UvicornThread, voice_model: RecordingChatModel, make_studio
) -> None:
    studio = make_studio(atelier_server.url)
    studio.add_work("River Notes", excerpt="The river kept its own hours.", consented=True)
    studio.generate("Ana", "sea", n=1)
    assert studio.remaining("ana") == 1

    with pytest.raises(PolicyError, match="1 of 2 free style samples; 1 left, 2 asked for"):
        studio.generate("ana", "sea", n=2)
    studio.generate("ana", "sea", n=1)
    with pytest.raises(PolicyError, match="2 of 2 free style samples; 0 left"):
        studio.generate("  ANA ", "sea")

    assert len(voice_model.seen) == 2  # refused calls never reached the model
    assert studio.remaining("ana") == 0
    assert studio.remaining("ben") == 2  # quotas are per client
    assert len(studio.ledger("ana")) == 2


def test_wrong_token_is_refused_without_retries(atelier_server: UvicornThread, make_studio) -> None:
    studio = make_studio(atelier_server.url, token="not-the-token-at-all", retries=3)
    studio.add_work("River Notes", excerpt="The river.", consented=True)
    with pytest.raises(StyleServiceError, match="refused the token \\(HTTP 401\\)"):
        studio.generate("ana", "sea")
    assert studio.ledger() == []


def test_server_refuses_non_loopback_host_header_and_bad_requests(atelier_server: UvicornThread) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=atelier_server.url, headers=headers) as http:
        rebinding = http.post("/v1/generate", json={"prompt": "x"}, headers={"Host": "evil.example"})
        assert rebinding.status_code == 400
        invalid = http.post("/v1/generate", json={"prompt": "", "n": 9})
        assert invalid.status_code == 422
        assert invalid.json()["error"]["code"] == "invalid_request"
        assert "request: n:" in invalid.json()["error"]["message"]
        image = http.post("/v1/generate", json={"prompt": "x", "kind": "image"})
        assert image.status_code == 422
        assert image.json()["error"]["code"] == "unsupported_kind"
        no_token = http.post("/v1/generate", json={"prompt": "x"}, headers={"Authorization": ""})
        assert no_token.status_code == 401


def test_reference_server_reports_only_sent_works(atelier_server: UvicornThread) -> None:
    # the reference server reports exactly the works it was sent; an empty request reports none
    with StyleClient(atelier_server.url, token=TOKEN) as client:
        samples = client.generate(GenerateRequest(prompt="sea", works=()))
    assert samples[0].works == ()
    assert samples[0].content.decode().startswith("The river")


def test_agent_tool_generates_for_the_injected_client(atelier_server: UvicornThread, make_studio) -> None:
    studio = make_studio(atelier_server.url)
    studio.add_work("River Notes", excerpt="The river kept its own hours.", consented=True)
    tool = STYLE_GENERATE.bind(Parts(profile=studio.profile, today=lambda: TODAY, style=studio))
    call = {
        "name": "style_generate",
        "args": {"prompt": "sea", "n": 1, "client": "Ana"},
        "id": "call-7",
        "type": "tool_call",
    }
    message = tool.invoke(call)
    assert isinstance(message, ToolMessage)
    assert message.status == "success"
    result = message.artifact
    assert isinstance(result, StyleToolResult)
    assert result.remaining_free_samples == 1
    assert result.licence == LICENCE
    assert result.samples[0].text is not None and "PREVIEW · sample " + result.samples[0].id in result.samples[0].text
    assert json.loads(message.text)["samples"][0]["id"] == result.samples[0].id
    assert [r.client for r in studio.ledger()] == ["ana"]
