from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.errors import ConfigError


def test_defaults_without_a_file(atelier_home: Path) -> None:
    settings = load_settings()
    assert settings.model.backend == "llama"
    assert settings.model.path is None
    assert settings.memory.server_url is None


def test_file_values_and_env_overrides(atelier_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (atelier_home / "config.toml").write_text('[model]\nn_ctx = 2048\nmax_tokens = 100\n[memory]\ncollection = "x"\n')
    monkeypatch.setenv("ATELIER_MODEL__N_CTX", "8192")
    settings = load_settings()
    assert settings.model.n_ctx == 8192  # the environment wins over the file
    assert settings.model.max_tokens == 100  # the rest of the table still comes from the file
    assert settings.memory.collection == "x"


def test_bad_field_names_file_field_and_reason(atelier_home: Path) -> None:
    path = atelier_home / "config.toml"
    path.write_text("[model]\nn_ctx = 10\n")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    message = str(caught.value)
    assert str(path) in message
    assert "model.n_ctx" in message
    assert "512" in message
    assert caught.value.hint


def test_unknown_key_is_refused(atelier_home: Path) -> None:
    (atelier_home / "config.toml").write_text("[model]\nbakend = 'llama'\n")
    with pytest.raises(ConfigError, match="bakend"):
        load_settings()


def test_invalid_toml_is_refused(atelier_home: Path) -> None:
    (atelier_home / "config.toml").write_text("[model\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings()


def test_bad_environment_value_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATELIER_MODEL__BACKEND", "magic")
    with pytest.raises(ConfigError, match="model.backend"):
        load_settings()


def test_explicit_path(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere.toml"
    path.write_text("[style]\nretries = 5\n")
    assert load_settings(path).style.retries == 5
