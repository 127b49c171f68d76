"""``atelier style verify``: is this file one of the freelancer's samples, intact, and what does it say?

Two independent checks, so that each answers what it can:

* **Content Credentials** (images): the C2PA manifest is read back and its signature and content hash checked,
  offline. A re-encoded copy (a screenshot, a re-save) has no manifest and is *unverified*, whatever its pixels.
* **The ledger** (text and images): the file's SHA-256 is looked up. The delivered bytes match exactly when
  nothing was changed; a text whose preview footer was cut is still found by the hash of the service's output,
  and is reported as a copy with its marks removed, not as verified.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.tools.style import credentials
from assistant.tools.style.client import image_mime
from assistant.tools.style.credentials import CredentialReport
from assistant.tools.style.models import ProvenanceRecord

FileKind = Literal["image", "text", "other"]


class Verification(BaseModel):
    """The answer of ``verify``: one verdict, the reasons, and the evidence behind it."""

    model_config = ConfigDict(frozen=True)

    kind: FileKind
    verified: bool
    """Images: the Content Credentials are present, intact and signed with the freelancer's key. Text: the ledger
    has these exact bytes."""
    exact: bool
    """The ledger holds a sample delivered as exactly these bytes."""
    summary: list[str]
    credentials: CredentialReport | None = None
    records: list[ProvenanceRecord] = []


def verify(
    content: bytes, find: Callable[[bytes], Sequence[ProvenanceRecord]], own_serial: str | None = None
) -> Verification:
    """Check ``content`` against its Content Credentials (images) and the ledger (``find``).

    ``own_serial`` is the freelancer's signing certificate's serial number: intact credentials signed with any
    other key are reported, but the file is not verified as one of the freelancer's samples. None skips that
    check (the credentials alone decide).
    """
    digest = hashlib.sha256(content).hexdigest()
    records = list(find(content))
    exact = any(r.content_sha256 == digest for r in records)
    mime = image_mime(content)
    if mime is not None:
        report = credentials.read(content, mime)
        own = own_serial is None or report.serial == own_serial
        summary = _credential_lines(report)
        if report.intact and not own:
            summary.insert(0, "unverified: intact Content Credentials, but not signed with your key")
        elif report.intact:
            summary[0] = f"verified: {summary[0]}"
        summary += _ledger_lines(records, exact)
        return Verification(
            kind="image",
            verified=report.present and report.intact and own,
            exact=exact,
            summary=summary,
            credentials=report,
            records=records,
        )
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        kind: FileKind = "other"
    else:
        kind = "text"
    lines = ["verified: the ledger holds this sample exactly as delivered" if exact else "unverified"]
    return Verification(
        kind=kind, verified=exact, exact=exact, summary=lines + _ledger_lines(records, exact), records=records
    )


def _credential_lines(report: CredentialReport) -> list[str]:
    if not report.present:
        return [
            "unverified: no Content Credentials (never signed, or re-encoded since, which strips them)",
        ]
    if not report.intact:
        return [f"unverified: the Content Credentials do not match the file ({', '.join(report.failures)})"]
    lines = [f"Content Credentials intact, signed by {report.signer} (issuer {report.issuer})"]
    if not report.trusted:
        lines.append(
            "the signer is not on a public trust list (signingCredential.untrusted): it proves the file is "
            "unchanged since that key signed it, not who holds the key"
        )
    uses = ", ".join(f"{k.removeprefix('c2pa.')}: {v}" for k, v in report.training_mining.items())
    lines.append(f"author {report.author}; source {report.digital_source_type.rsplit('/', 1)[-1]}; {uses}")
    lines.append(f"sample {report.sample_id} for {report.client}; licence: {report.licence}")
    return lines


def _ledger_lines(records: Sequence[ProvenanceRecord], exact: bool) -> list[str]:
    if not records:
        return ["not in the ledger"]
    how = "exactly as delivered" if exact else "with its marks removed or changed (found by the service's output)"
    return [
        f"ledger: sample {r.id} given to {r.client} on {r.created_at:%Y-%m-%d}, {how}; licence: {r.licence}"
        for r in records
    ]
