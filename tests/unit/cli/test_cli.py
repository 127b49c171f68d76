import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from assistant import __version__
from assistant.cli.main import cli

HEAVY = ("torch", "chromadb", "llama_cpp", "sentence_transformers", "textual", "langgraph")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real `atelier` entry point in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-c", "from assistant.cli.main import main; main()", *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )


def test_help_lists_commands_without_heavy_imports() -> None:
    code = (
        "import sys\nfrom assistant.cli.main import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print('HEAVY', sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "memory" in result.stdout and "doctor" in result.stdout and "ask" in result.stdout
    assert "HEAVY []" in result.stdout


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_init_writes_starters_and_never_overwrites(atelier_home: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(cli, ["init"])
    assert first.exit_code == 0, first.output
    config = atelier_home / "config.toml"
    assert config.exists() and (atelier_home / "profile.toml").exists()
    chain = atelier_home / "data" / "credentials" / "signing-chain.pem"
    assert f"wrote    {chain} (Content Credentials for" in first.output, first.output
    config.write_text("# mine\n")
    second = runner.invoke(cli, ["init"])
    assert second.exit_code == 0
    assert "kept" in second.output
    assert f"kept    {chain}" in second.output
    assert config.read_text() == "# mine\n"


def test_doctor_passes_on_a_good_home(demo_home: Path) -> None:
    result = CliRunner().invoke(cli, ["doctor", "--json"])
    checks = {c["name"]: c for c in json.loads(result.output)}
    assert result.exit_code == 0, result.output
    assert set(checks) >= {"config", "profile", "data dir", "model", "threads", "embedder"}
    assert "GGUF" not in checks["model"]["detail"]


def test_doctor_fails_on_a_bad_config(demo_home: Path) -> None:
    (demo_home / "config.toml").write_text("[model]\nn_threads = 0\n")
    result = CliRunner().invoke(cli, ["doctor"])
    assert result.exit_code == 1
    assert "FAIL" in result.output and "model.n_threads" in result.output


def test_doctor_fails_on_a_model_that_is_not_gguf(demo_home: Path, tmp_path: Path) -> None:
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"not a model")
    (demo_home / "config.toml").write_text(f'[model]\npath = "{fake}"\n')
    result = CliRunner().invoke(cli, ["doctor"])
    assert result.exit_code == 1
    assert "not a GGUF file" in result.output


def test_errors_are_one_line_with_a_hint_not_a_traceback(atelier_home: Path) -> None:
    (atelier_home / "config.toml").write_text("[model\n")
    result = run_cli("threads", "list")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("error: ") and "not valid TOML" in lines[0]
    assert lines[1].startswith("hint: ")
