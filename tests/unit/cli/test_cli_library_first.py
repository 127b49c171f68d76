"""The CLI is a thin layer over the library: no command opens a store or loads a file the Assistant owns."""

from __future__ import annotations

import ast
from pathlib import Path

import assistant.cli

OWNED_BY_THE_ASSISTANT = {"load_profile", "load_settings", "QuoteStore", "Memory", "open_inbox", "StyleStudio"}


def _runtime_imports(tree: ast.AST) -> list[str]:
    """Names imported outside ``if TYPE_CHECKING:`` blocks (annotations may name a class; code may not use it)."""
    names: list[str] = []
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            names += _runtime_imports(ast.Module(body=node.orelse, type_ignores=[]))
            continue
        if isinstance(node, ast.ImportFrom):
            names += [alias.name for alias in node.names]
        names += _runtime_imports(node)
    return names


def test_no_cli_module_imports_what_the_assistant_opens() -> None:
    found = [
        f"{path.name}: {name}"
        for path in sorted(Path(assistant.cli.__file__).parent.glob("*.py"))
        for name in _runtime_imports(ast.parse(path.read_text(encoding="utf-8")))
        if name in OWNED_BY_THE_ASSISTANT
    ]
    assert found == []


def test_the_check_sees_imports_inside_functions_and_skips_type_checking_ones() -> None:
    source = "if TYPE_CHECKING:\n    from a import Memory\ndef f():\n    from b import QuoteStore\n"
    assert _runtime_imports(ast.parse(source)) == ["QuoteStore"]
