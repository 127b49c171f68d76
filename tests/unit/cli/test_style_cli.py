from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from assistant.cli.style import style
from assistant.errors import ConfigError, PolicyError


def test_works_add_list_consent_and_revoke(demo_home: Path, tmp_path: Path) -> None:
    piece = tmp_path / "essay.txt"
    piece.write_text("Salt on the sill, and the kettle talking.", encoding="utf-8")
    runner = CliRunner()

    added = runner.invoke(style, ["works", "add", str(piece), "--title", "Kitchen Essay"])
    assert added.exit_code == 0, added.output
    assert "added kitchen-essay (no consent)" in added.output
    runner.invoke(
        style, ["works", "add", "--title", "Harbour Series", "--kind", "image", "--excerpt", "ink", "--consent"]
    )

    listed = json.loads(runner.invoke(style, ["works", "--json"]).output)
    assert [(w["id"], w["consented"], w["kind"]) for w in listed] == [
        ("kitchen-essay", False, "text"),
        ("harbour-series", True, "image"),
    ]
    assert listed[0]["excerpt"] == "Salt on the sill, and the kettle talking."

    assert "kitchen-essay: consented" in runner.invoke(style, ["consent", "kitchen-essay"]).output
    assert "harbour-series: consent revoked" in runner.invoke(style, ["consent", "harbour-series", "--revoke"]).output
    plain = runner.invoke(style, ["works"]).output
    assert "kitchen-essay  [consented]" in plain
    assert "harbour-series  [no consent]" in plain


def test_generate_without_consented_works_is_refused(demo_home: Path) -> None:
    (demo_home / "config.toml").write_text('[style]\nurl = "http://127.0.0.1:9"\n', encoding="utf-8")
    result = CliRunner().invoke(style, ["generate", "a fox", "--client", "ana"])
    assert isinstance(result.exception, PolicyError)
    assert "no consented text work" in str(result.exception)


def test_empty_ledger_and_unknown_file(demo_home: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    assert json.loads(runner.invoke(style, ["ledger", "--json"]).output) == []
    assert "no samples yet" in runner.invoke(style, ["ledger"]).output
    stray = tmp_path / "stray.txt"
    stray.write_text("not mine", encoding="utf-8")
    checked = runner.invoke(style, ["verify", str(stray)])
    assert "not in the ledger" in checked.output
    assert checked.exit_code == 1  # unverified


def test_style_models_add_list_and_revocation_blocks_until_confirmed(demo_home: Path) -> None:
    runner = CliRunner()
    for title in ("Harbour Series", "Gull Studies"):
        runner.invoke(style, ["works", "add", "--title", title, "--kind", "image", "--excerpt", "ink", "--consent"])
    added = runner.invoke(style, ["models", "add", "mara-ink", "--work", "harbour-series", "--work", "gull-studies"])
    assert "added mara-ink (lora, trained on harbour-series, gull-studies)" in added.output
    revoked = runner.invoke(style, ["consent", "gull-studies", "--revoke"])
    assert "gull-studies: consent revoked" in revoked.output
    assert "style model mara-ink was trained on gull-studies and must be retrained" in revoked.stderr
    assert "mara-ink  [BLOCKED: retrain without gull-studies]" in runner.invoke(style, ["models"]).output
    confirmed = runner.invoke(style, ["models", "confirm", "mara-ink"])
    assert "mara-ink: usable again, trained on harbour-series" in confirmed.output
    listed = json.loads(runner.invoke(style, ["models", "--json"]).output)
    assert [(m["name"], m["trained_on"], m["revoked"]) for m in listed] == [("mara-ink", ["harbour-series"], [])]


def test_serve_refuses_non_loopback_before_loading_anything(demo_home: Path) -> None:
    result = CliRunner().invoke(style, ["serve", "--host", "0.0.0.0"])
    assert isinstance(result.exception, ConfigError)
    assert "binds to 127.0.0.1 only" in str(result.exception)


def test_verify_an_image_sample_and_a_re_saved_copy(demo_home: Path, tmp_path: Path) -> None:
    import datetime as dt
    import io

    from PIL import Image

    from assistant.config import StyleSettings
    from assistant.tools.style import credentials
    from assistant.tools.style.watermark import mark_image

    data_dir = demo_home / "data"
    now = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    credentials.ensure_local_identity(data_dir, "Mara Lindqvist", now=now)
    picture = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 120, 40)).save(picture, format="PNG")
    marked = mark_image(picture.getvalue(), sample_id="smp_x", mark="Mara", licence="Preview only.")
    facts = credentials.SampleFacts(
        sample_id="smp_x", client="ben", author="Mara Lindqvist", licence="Preview only.", created_at=now
    )
    signed = tmp_path / "smp_x.png"
    signed.write_bytes(
        credentials.sign(marked, "image/png", facts, credentials.configured_identity(StyleSettings(), data_dir))
    )
    runner = CliRunner()
    ok = runner.invoke(style, ["verify", str(signed)])
    assert ok.exit_code == 0, ok.output
    assert "verified: Content Credentials intact, signed by Mara Lindqvist" in ok.output
    assert "signingCredential.untrusted" in ok.output
    assert "ai_training: notAllowed" in ok.output and "trainedAlgorithmicMedia" in ok.output
    resaved = tmp_path / "copy.png"
    Image.open(signed).save(resaved, format="PNG")
    copy = runner.invoke(style, ["verify", str(resaved), "--json"])
    assert copy.exit_code == 1
    answer = json.loads(copy.output)
    assert answer["verified"] is False and answer["credentials"]["present"] is False


def test_ledger_names_the_style_model_of_an_a1111_sample(demo_home: Path) -> None:
    import datetime as dt

    from assistant.tools.style import ProvenanceLedger, ProvenanceRecord, StyleModelRef, WorkRef

    ledger = ProvenanceLedger(demo_home / "data")
    ledger.record(
        ProvenanceRecord(
            id="smp_img",
            client="ben",
            prompt="boats",
            kind="image",
            mime="image/png",
            created_at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
            content_sha256="a" * 64,
            raw_sha256="b" * 64,
            works=(),
            licence="Preview only.",
            style_model=StyleModelRef(name="mara-ink", kind="lora", trained_on=(WorkRef(id="harbour", title="H"),)),
            credentials=True,
        )
    )
    ledger.close()
    listed = CliRunner().invoke(style, ["ledger"]).output
    assert "smp_img  2026-12-01 00:00  ben  image  model: mara-ink (lora, trained on harbour)" in listed
