"""Whether the model writes free sentences around the facts, or code writes the lead (``[model] prose``).

A 135M-parameter model cannot stay grounded: almost every sentence it adds to a memory answer is invented, and
the guard then drops it, so the reader waits for tokens that are thrown away. With ``prose = "auto"`` such a
model writes no free prose; code writes the lead sentence from the citations and the tool's result. A model
counts as too small when it is a local GGUF file with fewer than :data:`SMALL_MODEL_PARAMETERS` parameters,
counted from the file's own tensor table (no load needed). A remote model, or any other chat model, counts as
big, and its sentences go through the same guard.
"""

from __future__ import annotations

import functools
import struct
from pathlib import Path
from typing import BinaryIO, Literal

from langchain_core.language_models import BaseChatModel

from assistant.llm import ChatLlamaCpp

Prose = Literal["auto", "on", "off"]
SMALL_MODEL_PARAMETERS = 1_000_000_000
"""Below a billion parameters a model's free sentences are not trusted (the bundled SmolLM2 has 135 million)."""

_GGUF_MAGIC = b"GGUF"
_SCALAR = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}
_STRING, _ARRAY = 8, 9


def prose_allowed(setting: Prose, model: BaseChatModel) -> bool:
    """Whether ``model`` may write free sentences under ``setting``."""
    if setting != "auto":
        return setting == "on"
    count = parameter_count(model)
    return count is None or count >= SMALL_MODEL_PARAMETERS


def parameter_count(model: BaseChatModel) -> int | None:
    """How many parameters a local GGUF model has; None for a remote or unknown model (or an unreadable file)."""
    if not isinstance(model, ChatLlamaCpp):
        return None
    return gguf_parameter_count(model.model_path)


@functools.cache
def gguf_parameter_count(path: Path) -> int | None:
    """The number of weights in a GGUF file: the product of each tensor's dimensions, summed over its tensors.

    Only the header is read (the key-value metadata is skipped), so this is fast even for a large file.
    """
    try:
        with path.open("rb") as handle:
            if handle.read(4) != _GGUF_MAGIC:
                return None
            _version, tensors, keys = struct.unpack("<IQQ", _exactly(handle, 20))
            for _ in range(keys):
                _string(handle)
                _skip_value(handle, struct.unpack("<I", _exactly(handle, 4))[0])
            total = 0
            for _ in range(tensors):
                _string(handle)
                (dimensions,) = struct.unpack("<I", _exactly(handle, 4))
                shape = struct.unpack(f"<{dimensions}Q", _exactly(handle, 8 * dimensions))
                _exactly(handle, 4 + 8)  # the tensor's type and offset
                product = 1
                for size in shape:
                    product *= size
                total += product
            return total
    except (OSError, struct.error, ValueError):
        return None


def _exactly(handle: BinaryIO, size: int) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise ValueError("truncated GGUF header")
    return data


def _string(handle: BinaryIO) -> bytes:
    (length,) = struct.unpack("<Q", _exactly(handle, 8))
    return _exactly(handle, length)


def _skip_value(handle: BinaryIO, kind: int) -> None:
    if kind == _STRING:
        _string(handle)
    elif kind == _ARRAY:
        item, count = struct.unpack("<IQ", _exactly(handle, 12))
        if item in _SCALAR:
            _exactly(handle, struct.calcsize(f"<{_SCALAR[item]}") * count)
        else:
            for _ in range(count):
                _skip_value(handle, item)
    elif kind in _SCALAR:
        _exactly(handle, struct.calcsize(f"<{_SCALAR[kind]}"))
    else:
        raise ValueError(f"unknown GGUF value type {kind}")
