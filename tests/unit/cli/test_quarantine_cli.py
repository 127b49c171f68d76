"""``atelier daemon quarantine`` and the quarantine lines of ``atelier daemon status``, on a real store."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from assistant.cli.main import cli
from assistant.errors import MailError
from tests.support.quarantine import seed_quarantine


def test_list_show_release_and_status(demo_home: Path) -> None:
    entry = seed_quarantine(demo_home / "data")
    runner = CliRunner()
    listed = runner.invoke(cli, ["daemon", "quarantine", "list"])
    assert listed.exit_code == 0, listed.output
    assert "error" in listed.output and "Ann ekaB <ann@shop.example>" in listed.output
    assert "KeyError" in listed.output and "\u202e" not in listed.output
    shown = runner.invoke(cli, ["daemon", "quarantine", "show", str(entry)])
    assert shown.exit_code == 0 and "Message-ID: <c.1@shop.example>" in shown.output
    status = runner.invoke(cli, ["daemon", "status"])
    assert "quarantine: 1 waiting for you (error 1)" in status.output
    assert f"#{entry} error: could not be handled (KeyError" in status.output
    released = runner.invoke(cli, ["daemon", "quarantine", "release", str(entry), "--json"])
    assert json.loads(released.output) == {"released": entry, "daemon_running": False}
    assert runner.invoke(cli, ["daemon", "quarantine", "list"]).output.strip() == "nothing in quarantine"
    again = runner.invoke(cli, ["daemon", "quarantine", "release", str(entry)])
    assert isinstance(again.exception, MailError) and f"no quarantined message {entry}" in str(again.exception)


def test_drop_keeps_it_listed_with_the_decision(demo_home: Path) -> None:
    entry = seed_quarantine(demo_home / "data")
    runner = CliRunner()
    dropped = runner.invoke(cli, ["daemon", "quarantine", "drop", str(entry), "--json"])
    assert json.loads(dropped.output)["decision"] == "dropped"
    assert runner.invoke(cli, ["daemon", "quarantine", "list"]).output.strip() == "nothing in quarantine"
    everything = json.loads(runner.invoke(cli, ["daemon", "quarantine", "list", "--all", "--json"]).output)
    assert [(e["id"], e["decision"], e["body_kept"]) for e in everything] == [(entry, "dropped", False)]
    refused = runner.invoke(cli, ["daemon", "quarantine", "release", str(entry)])
    assert isinstance(refused.exception, MailError) and "already dropped" in str(refused.exception)
