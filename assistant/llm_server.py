"""``python -m assistant.llm_server``: llama-cpp-python's OpenAI-compatible server, with Atelier's model-loading rule.

The server builds its own ``Llama``, so it would take llama.cpp's extra buffer types (weight repacking, AMX)
even on CPUs where they crash the model. This wrapper decides them the way the in-process backend does
(:func:`assistant.llm_probe.use_extra_buffers`, ``ATELIER_EXTRA_BUFFERS=auto|on|off``, default ``auto``) for the
model named by ``--model``, then hands every argument to ``llama_cpp.server``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import cast

from assistant import locations
from assistant.cpus import available_cpus
from assistant.llm_probe import ExtraBuffers, model_params_patch, use_extra_buffers


def _model_argument(argv: list[str]) -> Path | None:
    for index, arg in enumerate(argv):
        if arg == "--model" and index + 1 < len(argv):
            return Path(argv[index + 1])
        if arg.startswith("--model="):
            return Path(arg.split("=", 1)[1])
    return None


def main() -> None:
    """Decide extra buffers for the model, then run llama-cpp-python's server with the same arguments."""
    from llama_cpp.server.__main__ import main as serve

    setting = os.environ.get("ATELIER_EXTRA_BUFFERS", "auto")
    if setting not in ("auto", "on", "off"):
        raise SystemExit(f"ATELIER_EXTRA_BUFFERS must be auto, on or off, not {setting!r}")
    model = _model_argument(sys.argv[1:])
    extra = model is not None and use_extra_buffers(
        model, cast(ExtraBuffers, setting), n_threads=available_cpus(), cache_dir=locations.cache_dir()
    )
    with model_params_patch(extra):
        serve()  # type: ignore[no-untyped-call]


if __name__ == "__main__":
    main()
