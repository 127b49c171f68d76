"""No Markdown the TUI renders opens a link: the text may be a stranger's (an inquiry, a brief made from it, a
past subject in the shadow log, a chunk of daemon-saved mail in memory, a model's answer steered by one).

Textual's ``Markdown`` opens a clicked link in the browser unless built with ``open_links=False``; Rich's
``Markdown`` writes terminal hyperlinks unless built with ``hyperlinks=False``. Read from the source, so that a
new widget cannot forget it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import assistant.tui

TUI = Path(assistant.tui.__file__).parent
REQUIRED = {"Markdown": ("open_links", False), "RichMarkdown": ("hyperlinks", False)}


def _calls() -> list[tuple[str, int, str, ast.Call]]:
    found = []
    for path in sorted(TUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in REQUIRED:
                found.append((path.name, node.lineno, node.func.id, node))
    return found


def test_every_markdown_the_tui_builds_opens_no_link() -> None:
    calls = _calls()
    assert len(calls) >= 6, "the scan found the TUI's Markdown widgets"
    wrong = []
    for name, line, func, call in calls:
        keyword, value = REQUIRED[func]
        given = {kw.arg: kw.value for kw in call.keywords}
        if not (isinstance(given.get(keyword), ast.Constant) and given[keyword].value is value):  # type: ignore[union-attr]
            wrong.append(f"{name}:{line} {func}(...) without {keyword}={value}")
    assert wrong == []
