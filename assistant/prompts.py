"""Prompt files, loaded by name from ``prompts/`` (shipped inside the wheel as ``assistant.prompt_files``).

Prompts use ``string.Template`` ``$vars``: they cannot clash with the JSON braces that prompts often show, and
a missing variable raises instead of sending a half-filled prompt to the model.
"""

from __future__ import annotations

import functools
import string
from importlib import resources

from assistant.errors import AtelierError


@functools.cache
def load(name: str) -> string.Template:
    """The template ``prompts/<name>.txt``."""
    resource = resources.files("assistant.prompt_files").joinpath(f"{name}.txt")
    if not resource.is_file():
        raise AtelierError(f"no prompt named {name!r}", hint="Prompt files live in prompts/ and end in .txt.")
    return string.Template(resource.read_text(encoding="utf-8"))


def render(name: str, /, **variables: object) -> str:
    """Fill the prompt ``name`` with ``variables``; a variable the prompt needs but did not get raises."""
    try:
        return load(name).substitute({key: str(value) for key, value in variables.items()})
    except KeyError as exc:
        raise AtelierError(f"prompt {name!r} needs the variable {exc.args[0]!r}") from exc
