"""Typed tool results (artifacts): one base class, a ``kind`` discriminator, and one parse function.

A tool answers with text for the model and a pydantic artifact (a quote, a brief, a scope check...). Events
carry the artifact as its own class, so a UI dispatches on the type instead of guessing it from dict keys.
Checkpoints keep artifacts as plain dicts (never tool-specific classes), so each dict carries its ``kind`` and
:func:`parse_artifact` turns it back into its class.

The concrete classes live with the tools that make them; defining a subclass with a ``kind`` default is all it
takes to register it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, ClassVar

from pydantic import BaseModel, ValidationError

log = logging.getLogger(__name__)


class Artifact(BaseModel):
    """Base of every typed tool result. Subclasses narrow ``kind`` to a ``Literal`` with a default."""

    kind: str
    """Which artifact this is (``quote``, ``brief``...): the key :func:`parse_artifact` dispatches on."""

    registry: ClassVar[dict[str, type[Artifact]]] = {}

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Register the subclass under its ``kind`` default, so a stored dict finds its class again."""
        super().__pydantic_init_subclass__(**kwargs)
        default = cls.model_fields["kind"].default
        if isinstance(default, str):
            Artifact.registry[default] = cls


def parse_artifact(data: object, default: type[Artifact] | None = None) -> Artifact | None:
    """The artifact ``data`` holds: itself when typed, else the class its ``kind`` names, else ``default``.

    ``default`` (the tool's declared artifact class) reads dicts stored before artifacts carried a ``kind``.
    Data that fits no class gives None, with a warning: an unreadable artifact must not lose the turn.
    """
    if data is None or isinstance(data, Artifact):
        return data
    if not isinstance(data, Mapping):
        return None
    cls = Artifact.registry.get(str(data.get("kind", ""))) or default
    if cls is None:
        return None
    try:
        return cls.model_validate({key: value for key, value in data.items() if key != "kind"})
    except ValidationError as exc:
        log.warning("artifact of kind %s does not parse: %s", cls.__name__, exc.errors()[0]["msg"])
        return None


def dump_artifact(artifact: object) -> dict[str, Any] | None:
    """An artifact as plain JSON data with its ``kind``, for checkpoints; dicts pass through unchanged."""
    if isinstance(artifact, BaseModel):
        return artifact.model_dump(mode="json")
    return dict(artifact) if isinstance(artifact, Mapping) else None
