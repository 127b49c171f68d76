"""The Automatic1111/Forge protocol against an A1111-shaped server on loopback that returns real PNGs."""

from __future__ import annotations

import base64
import hashlib
import io

import pytest
from PIL import Image

from assistant.errors import PolicyError, StyleServiceError, ToolError
from assistant.tools.style import GenerateRequest, StyleClient, StyleStudio, credentials
from assistant.tools.style.watermark import read_png_text
from tests.integration.style.style_servers import LICENCE, Answer, ScriptedServer, small_png


def _txt2img(*images: bytes) -> Answer:
    return Answer(body={"images": [base64.b64encode(i).decode() for i in images], "parameters": {}, "info": "{}"})


def _with_model(studio: StyleStudio) -> StyleStudio:
    """Register the consented works and the LoRA trained on one of them (``[style] model = "mara-ink"``)."""
    studio.add_work("Harbour series", kind="image", excerpt="ink and wash harbours", consented=True)
    studio.add_work("Unreleased sketches", kind="image", excerpt="not for training", consented=False)
    studio.add_work("Gull studies", kind="image", excerpt="gulls in ink", consented=True)
    studio.add_style_model("mara-ink", "lora", ["harbour-series"])
    return studio


def test_image_samples_are_watermarked_signed_and_say_which_model_made_them(make_studio) -> None:
    raw = small_png()
    with ScriptedServer([_txt2img(raw)]) as server:
        studio = _with_model(make_studio(server.url, protocol="a1111", token=None, model="mara-ink"))
        sample = studio.generate("Ben@Studio.example", "a lighthouse at dusk", kind="image")[0]

    sent = server.requests[0].json()
    assert server.requests[0].path == "/sdapi/v1/txt2img"
    assert sent["prompt"] == "a lighthouse at dusk <lora:mara-ink:1>"  # the configured style model is what's used
    assert "override_settings" not in sent
    assert sent["batch_size"] == 1
    assert (sent["width"], sent["height"]) == (512, 512)

    record = sample.record
    delivered = sample.path.read_bytes()
    assert delivered == sample.content
    assert record.mime == "image/png"
    assert record.content_sha256 == hashlib.sha256(delivered).hexdigest()
    assert record.raw_sha256 == hashlib.sha256(raw).hexdigest()
    # no work was sent, so none is claimed to have conditioned it: the model did, trained on what was registered
    assert record.works == ()
    assert record.style_model is not None
    assert (record.style_model.name, record.style_model.kind) == ("mara-ink", "lora")
    assert [w.id for w in record.style_model.trained_on] == ["harbour-series"]
    assert record.credentials
    assert record.service.startswith("a1111 http://127.0.0.1:")
    assert studio.ledger() == [record]  # the model survives the round trip through SQLite

    # visible watermark: same size, many pixels changed, bottom band darkened
    before = Image.open(io.BytesIO(raw)).convert("RGB")
    after = Image.open(io.BytesIO(delivered)).convert("RGB")
    assert after.size == before.size
    old, new = before.tobytes(), after.tobytes()
    changed = sum(1 for i in range(0, len(old), 3) if old[i : i + 3] != new[i : i + 3])
    assert changed > before.size[0] * before.size[1] * 0.10
    band_pixel = after.getpixel((before.size[0] // 2, before.size[1] - 2))
    assert isinstance(band_pixel, tuple) and sum(band_pixel) < sum((40, 120, 200))

    # Content Credentials: the freelancer as author, AI-generated, training and mining not allowed, the licence
    report = credentials.read(delivered, "image/png")
    assert report.present and report.intact and not report.trusted
    assert "signingCredential.untrusted" in report.failures  # a local CA: honest, not a public trust list
    assert (report.author, report.signer) == ("Mara Lind", "Mara Lind")
    assert report.digital_source_type.endswith("/trainedAlgorithmicMedia")
    assert set(report.training_mining.values()) == {"notAllowed"} and len(report.training_mining) == 4
    assert (report.sample_id, report.client, report.licence) == (record.id, "ben@studio.example", LICENCE)
    assert read_png_text(delivered) == {"Author": "Mara Lind", "Copyright": LICENCE}
    assert studio.verify(delivered).verified

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
        studio = _with_model(make_studio(server.url, protocol="a1111", token=None, model="mara-ink"))
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


def test_a1111_refuses_text_and_needs_a_registered_style_model(make_studio) -> None:
    with ScriptedServer([_txt2img(small_png())]) as server:
        studio = make_studio(server.url, protocol="a1111", token=None)
        with pytest.raises(PolicyError, match="needs a registered style model"):
            studio.generate("ben", "boats", kind="image")
        unknown = make_studio(server.url, protocol="a1111", token=None, model="not-registered")
        with pytest.raises(ToolError, match="no style model called 'not-registered'"):
            unknown.generate("ben", "boats", kind="image")
        ready = _with_model(make_studio(server.url, protocol="a1111", token=None, model="mara-ink"))
        with pytest.raises(StyleServiceError, match="images only"):
            ready.generate("ben", "boats")
    assert server.requests == []
    assert studio.ledger() == []


def test_a_checkpoint_is_selected_by_override_settings(make_studio) -> None:
    with ScriptedServer([_txt2img(small_png())]) as server:
        studio = make_studio(server.url, protocol="a1111", token=None, model="mara-v3.safetensors")
        studio.add_work("Harbour series", kind="image", excerpt="harbours", consented=True)
        studio.add_style_model("mara-v3.safetensors", "checkpoint", ["harbour-series"])
        studio.generate("ben", "boats", kind="image")
    sent = server.requests[0].json()
    assert sent["prompt"] == "boats"
    assert sent["override_settings"] == {"sd_model_checkpoint": "mara-v3.safetensors"}
    assert sent["override_settings_restore_afterwards"] is True


def test_revoking_a_training_work_blocks_the_model_until_retraining_is_confirmed(make_studio) -> None:
    with ScriptedServer([_txt2img(small_png()), _txt2img(small_png(colour=(9, 9, 9)))]) as server:
        studio = _with_model(make_studio(server.url, protocol="a1111", token=None, model="mara-ink"))
        studio.add_style_model("gulls-only", "lora", ["gull-studies"])

        change = studio.consent("harbour-series", False)
        assert [m.name for m in change.retrain] == ["mara-ink"]  # the one trained on it, not gulls-only
        assert change.retrain[0].blocked and change.retrain[0].revoked == ("harbour-series",)
        with pytest.raises(PolicyError, match="must be retrained without them"):
            studio.generate("ben", "boats", kind="image")
        assert server.requests == []

        with pytest.raises(ToolError, match="every work mara-ink was trained on has been revoked"):
            studio.confirm_retrained("mara-ink")
        with pytest.raises(PolicyError, match="without your consent: harbour-series"):
            studio.add_style_model("mara-ink-2", "lora", ["harbour-series", "gull-studies"])
        studio.add_work("Pier drawings", kind="image", excerpt="piers", consented=True)
        studio.add_style_model("mara-ink-2", "lora", ["pier-drawings", "gull-studies"])
        studio.consent("gull-studies", False)
        blocked = {m.name: m.blocked for m in studio.style_models()}
        assert blocked == {"mara-ink": True, "gulls-only": True, "mara-ink-2": True}
        confirmed = studio.confirm_retrained("mara-ink-2")
        assert (confirmed.trained_on, confirmed.blocked) == (("pier-drawings",), False)


def test_health_lists_models() -> None:
    with ScriptedServer([Answer(body=[{"model_name": "mara-style-v3", "title": "x"}])]) as server:
        with StyleClient(server.url, protocol="a1111") as client:
            health = client.health()
    assert health.kinds == ("image",)
    assert health.model == "mara-style-v3"
    assert server.requests[0].path == "/sdapi/v1/sd-models"
