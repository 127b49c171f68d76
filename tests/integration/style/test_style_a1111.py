"""The Automatic1111/Forge protocol against an A1111-shaped server on loopback that returns real PNGs."""

from __future__ import annotations

import base64
import hashlib
import io
import json

import pytest
from PIL import Image

from assistant.errors import PolicyError, StyleServiceError
from assistant.tools.style import GenerateRequest, StyleClient
from assistant.tools.style.watermark import PROVENANCE_KEY, read_png_provenance
from tests.integration.style.style_servers import LICENCE, Answer, ScriptedServer, small_png


def _txt2img(*images: bytes) -> Answer:
    return Answer(body={"images": [base64.b64encode(i).decode() for i in images], "parameters": {}, "info": "{}"})


def test_image_samples_are_watermarked_and_carry_provenance(make_studio) -> None:
    raw = small_png()
    with ScriptedServer([_txt2img(raw)]) as server:
        studio = make_studio(server.url, protocol="a1111", token=None)
        studio.add_work("Harbour series", kind="image", excerpt="ink and wash harbours", consented=True)
        studio.add_work("Unreleased sketches", kind="image", excerpt="not for training", consented=False)

        sample = studio.generate("Ben@Studio.example", "a lighthouse at dusk", kind="image")[0]

    sent = server.requests[0].json()
    assert server.requests[0].path == "/sdapi/v1/txt2img"
    assert sent["prompt"] == "a lighthouse at dusk"
    assert sent["batch_size"] == 1
    assert (sent["width"], sent["height"]) == (512, 512)

    record = sample.record
    delivered = sample.path.read_bytes()
    assert delivered == sample.content
    assert record.mime == "image/png"
    assert record.content_sha256 == hashlib.sha256(delivered).hexdigest()
    assert record.raw_sha256 == hashlib.sha256(raw).hexdigest()
    assert [w.id for w in record.works] == ["harbour-series"]
    assert record.service.startswith("a1111 http://127.0.0.1:")

    # visible watermark: same size, many pixels changed, bottom band darkened
    before = Image.open(io.BytesIO(raw)).convert("RGB")
    after = Image.open(io.BytesIO(delivered)).convert("RGB")
    assert after.size == before.size
    old, new = before.tobytes(), after.tobytes()
    changed = sum(1 for i in range(0, len(old), 3) if old[i : i + 3] != new[i : i + 3])
    assert changed > before.size[0] * before.size[1] * 0.10
    band_pixel = after.getpixel((before.size[0] // 2, before.size[1] - 2))
    assert isinstance(band_pixel, tuple) and sum(band_pixel) < sum((40, 120, 200))

    # provenance in the PNG text chunks
    chunks = read_png_provenance(delivered)
    assert chunks["Author"] == "Mara Lind"
    assert chunks["Copyright"] == LICENCE
    provenance = json.loads(chunks[PROVENANCE_KEY])
    assert provenance["sample_id"] == record.id
    assert provenance["client"] == "ben@studio.example"
    assert provenance["works"] == ["harbour-series"]
    assert provenance["raw_sha256"] == record.raw_sha256

    # the ledger finds the delivered file and the unmarked original
    assert [r.id for r in studio.find(delivered)] == [record.id]
    assert [r.id for r in studio.find(raw)] == [record.id]


def test_grid_image_is_dropped_and_batch_is_counted_against_quota(make_studio) -> None:
    grid, first, second = (
        small_png((128, 64), (0, 0, 0)),
        small_png(colour=(200, 10, 10)),
        small_png(colour=(10, 200, 10)),
    )
    with ScriptedServer([_txt2img(grid, first, second)]) as server:
        studio = make_studio(server.url, protocol="a1111", token=None)
        studio.add_work("Harbour series", kind="image", excerpt="harbours", consented=True)
        samples = studio.generate("ben", "boats", n=2, kind="image")
        with pytest.raises(PolicyError, match="0 left, 1 asked for"):
            studio.generate("ben", "boats", kind="image")
    assert len(server.requests) == 1
    assert [s.record.raw_sha256 for s in samples] == [hashlib.sha256(b).hexdigest() for b in (first, second)]


def test_basic_auth_token_for_api_auth(make_studio) -> None:
    with ScriptedServer([_txt2img(small_png())]) as server:
        with StyleClient(server.url, protocol="a1111", token="mara:s3cret") as client:
            client.generate(GenerateRequest(prompt="boats", kind="image"))
    expected = "Basic " + base64.b64encode(b"mara:s3cret").decode()
    assert server.requests[0].headers["Authorization"] == expected


def test_a1111_refuses_text_and_needs_consented_image_works(make_studio) -> None:
    with ScriptedServer([_txt2img(small_png())]) as server:
        studio = make_studio(server.url, protocol="a1111", token=None)
        with pytest.raises(PolicyError, match="no consented image work"):
            studio.generate("ben", "boats", kind="image")
        studio.add_work("Harbour series", kind="image", excerpt="harbours", consented=True)
        studio.add_work("Essay", kind="text", excerpt="words", consented=True)
        with pytest.raises(StyleServiceError, match="images only"):
            studio.generate("ben", "boats", kind="text")
    assert server.requests == []
    assert studio.ledger() == []


def test_health_lists_models() -> None:
    with ScriptedServer([Answer(body=[{"model_name": "mara-style-v3", "title": "x"}])]) as server:
        with StyleClient(server.url, protocol="a1111") as client:
            health = client.health()
    assert health.kinds == ("image",)
    assert health.model == "mara-style-v3"
    assert server.requests[0].path == "/sdapi/v1/sd-models"
