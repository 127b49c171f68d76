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
    assert "not in the ledger" in runner.invoke(style, ["verify", str(stray)]).output


def test_serve_refuses_non_loopback_before_loading_anything(demo_home: Path) -> None:
    result = CliRunner().invoke(style, ["serve", "--host", "0.0.0.0"])
    assert isinstance(result.exception, ConfigError)
    assert "binds to 127.0.0.1 only" in str(result.exception)
