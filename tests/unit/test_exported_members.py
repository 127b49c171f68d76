"""The public API is exactly ``assistant.__all__`` (encode/httpx ``tests/test_exported_members.py``)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import assistant

INIT = Path(assistant.__file__)


def _declared_names() -> set[str]:
    """The names ``assistant/__init__.py`` offers: what it imports for type checkers and what it defines.

    The package imports its classes lazily (``__getattr__``), so ``dir(assistant)`` does not list them until
    first use; the source does.
    """
    names: set[str] = set()
    for node in ast.walk(ast.parse(INIT.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("assistant"):
            names |= {alias.asname or alias.name for alias in node.names}
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return {name for name in names if not name.startswith("_") or name == "__version__"}


def test_all_is_exactly_the_public_names() -> None:
    assert sorted(assistant.__all__) == sorted(_declared_names())
    assert len(assistant.__all__) == len(set(assistant.__all__))


def test_every_exported_name_resolves_to_the_object_of_its_home_module() -> None:
    for name in assistant.__all__:
        member = getattr(assistant, name)
        if name == "__version__":
            assert isinstance(member, str) and member
            continue
        home = importlib.import_module(member.__module__)
        assert getattr(home, name) is member, name


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        assistant.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as error:
        assert "NoSuchThing" in str(error)
    else:
        raise AssertionError("assistant.NoSuchThing resolved")
