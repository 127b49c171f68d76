"""`atelier style generate|ledger|verify` from the demo workspace against the real reference app on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli.style import style
from tests.integration.style.style_servers import TOKEN, RecordingChatModel, UvicornThread


def test_generate_ledger_and_verify(
    demo_home: Path, atelier_server: UvicornThread, voice_model: RecordingChatModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    (demo_home / "config.toml").write_text(f'[style]\nurl = "{atelier_server.url}"\nprotocol = "atelier"\n')
    monkeypatch.setenv("ATELIER_STYLE_TOKEN", TOKEN)
    runner = CliRunner()
    for title, excerpt in [
        ("Fox and Moon", "A fox under the moon, drawn in soft pencil."),
        ("Harbour Poster", "Cranes, ships and festival lights on the harbour."),
        ("Coffee Label", "A label for roasted coffee beans."),
        ("Forest Book", "A children's book about the forest and its fox."),
    ]:
        runner.invoke(style, ["works", "add", "--title", title, "--excerpt", excerpt, "--consent"])

    made = runner.invoke(style, ["generate", "a fox in the forest at night", "-c", "Hollow Oak Press", "--json"])
    assert made.exit_code == 0, made.output
    answer = json.loads(made.output)
    assert answer["remaining"] == 1
    record = answer["samples"][0]
    assert record["client"] == "hollow oak press"
    assert record["licence"].startswith("Style preview by Mara Lindqvist.")
    # the three consented works closest to the prompt conditioned it, most related first
    assert [w["id"] for w in record["works"]] == ["forest-book", "fox-and-moon", "harbour-poster"]
    assert "Coffee Label" not in "\n".join(str(m.content) for m in voice_model.seen[0])

    delivered = Path(record["path"])
    text = delivered.read_text(encoding="utf-8")
    assert "PREVIEW · sample " + record["id"] + " · © Mara Lindqvist · preview" in text

    listed = runner.invoke(style, ["ledger", "--client", "hollow oak press"]).output
    assert record["id"] in listed and "works: forest-book, fox-and-moon, harbour-poster" in listed

    assert [w["excerpt"] for w in record["works"]][1] == "A fox under the moon, drawn in soft pencil."

    intact = runner.invoke(style, ["verify", str(delivered)])
    assert f"sample {record['id']} given to hollow oak press" in intact.output
    assert "verified: the ledger holds this sample exactly as delivered" in intact.output
    assert intact.exit_code == 0
    cut = delivered.with_name("cut.txt")
    cut.write_text(text.split("\n\n---\n")[0] + "\n", encoding="utf-8")  # footer removed by someone
    found = runner.invoke(style, ["verify", str(cut)])
    assert f"sample {record['id']} given to hollow oak press" in found.output
    assert "with its marks removed" in found.output
    assert found.exit_code == 1  # a copy of the sample, but not the sample as delivered
