"""`atelier brief --save` files a brief under the client its sender's address names in the profile's client
directory, and nowhere else: a stranger who calls themselves "Acme" is not filed under real Acme's memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import assistant.memory.embeddings as embeddings
from assistant.cli.main import cli
from assistant.config import Settings
from assistant.memory import Memory
from tests.support.fakes import HashingEmbedder
from tests.unit.cli.test_cli_quote_brief import PROFILE

DIRECTORY = '\n[[clients]]\nname = "Acme"\ndomains = ["acme.example"]\n'
INQUIRY = """From: {name} <{address}>
Subject: Spot illustrations {mid}
Date: Mon, 23 Nov 2026 09:12:00 +0100
Message-ID: <{mid}@x.example>

Hi Robin, Acme here again: we need 5 spot illustrations for our blog by 2027-01-15.

Best,
Acme
"""


@pytest.fixture
def home(atelier_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (atelier_home / "profile.toml").write_text(PROFILE + DIRECTORY, encoding="utf-8")
    monkeypatch.setattr(embeddings, "make_embedder", lambda settings, cache_dir=None: HashingEmbedder())
    return atelier_home


def _save(home: Path, tmp_path: Path, name: str, address: str) -> str:
    inquiry = tmp_path / f"{address}.eml"
    inquiry.write_text(INQUIRY.format(name=name, address=address, mid=address.split("@")[0]), encoding="utf-8")
    before = {p.stem for p in (home / "data" / "briefs").glob("*.md")} if (home / "data" / "briefs").exists() else set()
    result = CliRunner().invoke(cli, ["brief", str(inquiry), "--no-model", "--date", "2026-11-25", "--save"])
    assert result.exit_code == 0, result.output
    [stem] = {p.stem for p in (home / "data" / "briefs").glob("*.md")} - before
    with Memory.open(Settings(), home / "data", embedder=HashingEmbedder()) as memory:
        return memory.source(f"text:{stem}").meta.client


def test_a_stranger_named_acme_is_filed_under_their_address_and_real_acme_under_acme(
    home: Path, tmp_path: Path
) -> None:
    stranger = _save(home, tmp_path, "Acme", "billing@acme-payments.example")
    assert stranger != "Acme" and "billing@acme-payments.example" in stranger
    real = _save(home, tmp_path, "Someone Else", "jo@acme.example")
    assert real == "Acme"
