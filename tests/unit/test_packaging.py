"""The wheel ships the whole package: every package folder is listed, and every package-data glob matches."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SETUPTOOLS = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _folder(package: str) -> Path:
    """Where a listed package lives in the repository (``package-dir`` maps the renamed ones)."""
    mapped = SETUPTOOLS.get("package-dir", {})
    if package in mapped:
        return REPO / mapped[package]
    parent, _, leaf = package.rpartition(".")
    return _folder(parent) / leaf if parent else REPO / package


def test_every_package_folder_is_listed() -> None:
    found = {".".join(init.parent.relative_to(REPO).parts) for init in (REPO / "assistant").rglob("__init__.py")} | {
        "assistant.prompt_files"
    }
    assert found == set(SETUPTOOLS["packages"])


def test_every_listed_package_exists() -> None:
    for package in SETUPTOOLS["packages"]:
        assert _folder(package).is_dir(), package


def test_every_package_data_glob_matches_a_file() -> None:
    for package, globs in SETUPTOOLS["package-data"].items():
        for pattern in globs:
            assert list(_folder(package).glob(pattern)), f"{package}: {pattern}"


def test_the_package_is_marked_typed() -> None:
    assert (REPO / "assistant" / "py.typed").is_file()
    assert "py.typed" in SETUPTOOLS["package-data"]["assistant"]
