"""The erasure journal: the pending request, written before the first store is touched, removed after the last.

Each store's own erasure is atomic (one SQLite transaction, or a file replaced whole), and running an erasure
again finds nothing of what is already gone. So a run killed half-way is finished by running the same request
again, which is what the next open does (:func:`assistant.erasure.resume`). A client is never left half erased.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError

from assistant.erasure.matcher import Matcher

FILE_NAME = "erasure-pending.json"


class ErasureRequest(BaseModel):
    """What to erase, and how: everything a replay needs."""

    matcher: Matcher
    keep_records: bool = False
    """Keep accepted quotes (records the law asks a freelancer to keep)."""
    threads: Literal["redact", "delete"] = "redact"


def path_in(data_dir: Path) -> Path:
    """Where the journal of ``data_dir`` lives."""
    return data_dir / FILE_NAME


def write(data_dir: Path, request: ErasureRequest) -> None:
    """Record ``request`` durably (written whole, then renamed into place, then synced)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    target = path_in(data_dir)
    partial = target.with_suffix(".partial")
    with open(partial, "w", encoding="utf-8") as handle:
        handle.write(request.model_dump_json())
        handle.flush()
        os.fsync(handle.fileno())
    partial.chmod(0o600)
    os.replace(partial, target)


def pending(data_dir: Path) -> ErasureRequest | None:
    """The request a killed run left behind, if any (an unreadable journal is treated as none, and removed)."""
    target = path_in(data_dir)
    target.with_suffix(".partial").unlink(missing_ok=True)  # killed before the rename: nothing was erased yet
    if not target.exists():
        return None
    try:
        return ErasureRequest.model_validate_json(target.read_text(encoding="utf-8"))
    except (ValidationError, UnicodeDecodeError):
        target.unlink()  # written whole and renamed, so an unreadable journal is damage, not a request
        return None


def clear(data_dir: Path) -> None:
    """The erasure is complete: remove the journal (it names the client, so it must not outlive the erasure)."""
    path_in(data_dir).unlink(missing_ok=True)
    path_in(data_dir).with_suffix(".partial").unlink(missing_ok=True)
