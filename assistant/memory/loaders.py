"""Read past briefs from disk: Markdown with YAML front matter, plain text, e-mail (.eml) and PDF.

Each loader returns a :class:`LoadedDocument`: the metadata (checked into :class:`BriefMeta`) and the text in
*segments* that remember where they start (a line, a PDF page, an e-mail part), so that every chunk cut from them
can be cited. A file that cannot be read raises :class:`IngestError` naming the reason; the caller reports it and
goes on with the next file.
"""

from __future__ import annotations

import datetime as dt
import email
import email.utils
from decimal import Decimal, InvalidOperation
from email.message import EmailMessage, MIMEPart
from email.policy import default as default_policy
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.errors import IngestError, format_validation_error
from assistant.memory.models import BriefMeta

Kind = Literal["markdown", "text", "email", "pdf", "note"]

SUFFIXES: dict[str, Kind] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".eml": "email",
    ".pdf": "pdf",
}
"""File types memory reads, by lower-case suffix."""

_FENCES = ("---", "...")
_META_FIELDS = set(BriefMeta.model_fields) - {"extra"}


class Segment(BaseModel):
    """A run of text with its place in the source."""

    model_config = ConfigDict(frozen=True)

    text: str
    line: int | None = None
    """1-based line of the segment's first character (text formats)."""
    page: int | None = None
    """1-based PDF page."""
    part: str = ""
    """E-mail part: ``message`` or an attachment's file name."""


class LoadedDocument(BaseModel):
    """A source read into memory: metadata plus citable text segments."""

    model_config = ConfigDict(frozen=True)

    kind: Kind
    meta: BriefMeta
    segments: tuple[Segment, ...]


def kind_of(path: Path) -> Kind | None:
    """The kind of file memory would read at ``path``, or None when the type is not supported."""
    return SUFFIXES.get(path.suffix.lower())


def load(path: Path, data: bytes) -> LoadedDocument:
    """Read ``data`` (the bytes of ``path``) with the loader its suffix calls for.

    The bytes are passed in so that the content hash and the parsed text come from the same read.

    Raises:
        IngestError: the type is not supported, or the content cannot be read; the message says why.
    """
    kind = kind_of(path)
    if kind is None:
        raise IngestError(f"{path}: unsupported file type {path.suffix or '(none)'!r}")
    if kind == "pdf":
        doc = _load_pdf(path, data)
    elif kind == "email":
        doc = _load_email(path, data)
    else:
        doc = parse_text(_decode(path, data), kind=kind, where=str(path))
    if not any(seg.text.strip() for seg in doc.segments):
        raise IngestError(f"{path}: no text to remember")
    return doc


def parse_text(text: str, *, kind: Kind, where: str, meta: dict[str, Any] | None = None) -> LoadedDocument:
    """Split optional YAML front matter from ``text`` and return the body as one segment.

    Args:
        text: the whole file (or note) as text.
        kind: the kind to record.
        where: the file or note name, for error messages.
        meta: metadata that wins over the front matter (``add_text`` and ``add(client=...)`` use it).
    """
    front, body, body_line = _split_front_matter(text, where)
    merged = {**front, **(meta or {})}
    return LoadedDocument(kind=kind, meta=make_meta(merged, where), segments=(Segment(text=body, line=body_line),))


def make_meta(raw: dict[str, Any], where: str) -> BriefMeta:
    """Check front-matter values into a :class:`BriefMeta`; unknown keys go to ``extra`` as text.

    Raises:
        IngestError: a known field has a value that does not fit (``price: about 500``).
    """
    known: dict[str, Any] = {}
    extra: dict[str, str] = {}
    for key, value in raw.items():
        name = str(key).strip().lower()
        if value is None:
            continue
        if name not in _META_FIELDS:
            extra[name] = str(value)
        elif name in {"price", "hours_estimated", "hours_actual"}:
            known[name] = _decimal(value, name, where)
        elif name == "tags":
            known[name] = tuple(str(tag).strip() for tag in (value if isinstance(value, list) else [value]) if tag)
        elif name in {"service", "outcome"}:
            known[name] = str(value).strip().lower()
        elif name in {"client", "title", "currency"}:
            known[name] = str(value).strip()
        else:
            known[name] = value
    try:
        return BriefMeta(**known, extra=extra)
    except ValidationError as exc:
        raise IngestError(format_validation_error(where, exc)) from exc


def _decimal(value: Any, name: str, where: str) -> Decimal:
    """Money and hours as Decimal, from YAML numbers or strings like ``"1,200.50"``."""
    text = str(value).replace(",", "").replace("_", "").strip()
    try:
        return Decimal(text)
    except InvalidOperation as exc:
        raise IngestError(f"{where}: {name}: not a number: {value!r}") from exc


def _decode(path: Path, data: bytes) -> str:
    """UTF-8 text (with or without BOM), refusing binary files rather than storing garbage."""
    if b"\x00" in data:
        raise IngestError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(f"{path}: not UTF-8 text (byte {exc.start})", hint="Save the file as UTF-8.") from exc


def _split_front_matter(text: str, where: str) -> tuple[dict[str, Any], str, int]:
    """Return (front matter, body, 1-based line where the body starts)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text, 1
    end = next((i for i, line in enumerate(lines[1:], start=1) if line.strip() in _FENCES), None)
    if end is None:
        raise IngestError(f"{where}: front matter starts with '---' but never ends")
    try:
        front = yaml.safe_load("".join(lines[1:end]))
    except yaml.YAMLError as exc:
        raise IngestError(f"{where}: front matter is not valid YAML: {exc}".splitlines()[0]) from exc
    if front is None:
        front = {}
    if not isinstance(front, dict):
        raise IngestError(f"{where}: front matter must be a mapping of keys to values")
    return front, "".join(lines[end + 1 :]), end + 2


def _load_email(path: Path, data: bytes) -> LoadedDocument:
    """Headers and body as one part, and each text attachment as a part of its own."""
    try:
        msg = email.message_from_bytes(data, policy=default_policy)
    except (ValueError, TypeError, LookupError) as exc:
        raise IngestError(f"{path}: not a readable e-mail: {exc}") from exc
    if not isinstance(msg, EmailMessage) or not (msg.get("From") or msg.get("Subject")):
        raise IngestError(f"{path}: not an e-mail (no From or Subject header)")
    header_lines = [f"{name}: {msg.get(name)}" for name in ("From", "To", "Cc", "Date", "Subject") if msg.get(name)]
    body_part = msg.get_body(preferencelist=("plain", "html"))
    body = _part_text(body_part, path) if body_part is not None else ""
    segments = [Segment(text="\n".join(header_lines) + "\n\n" + body, line=1, part="message")]
    for attachment in msg.iter_attachments():
        if attachment.get_content_maintype() != "text":
            continue
        name = attachment.get_filename() or "attachment.txt"
        segments.append(Segment(text=_part_text(attachment, path), line=1, part=name))
    meta: dict[str, Any] = {"title": str(msg.get("Subject", "")), "sender": str(msg.get("From", ""))}
    sent = _email_date(msg.get("Date"))
    if sent is not None:
        meta["date"] = sent
    return LoadedDocument(kind="email", meta=make_meta(meta, str(path)), segments=tuple(segments))


def _part_text(part: MIMEPart, path: Path) -> str:
    """A MIME part's text; HTML is kept as is (the tags barely matter to the embedder)."""
    try:
        content = part.get_content()
    except (LookupError, ValueError) as exc:
        raise IngestError(f"{path}: cannot decode part {part.get_content_type()}: {exc}") from exc
    return content if isinstance(content, str) else content.decode("utf-8", errors="replace")


def _email_date(value: object) -> dt.date | None:
    """The Date header as a date, or None when it is missing or malformed."""
    if value is None:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value)).date()
    except (TypeError, ValueError):
        return None


def _load_pdf(path: Path, data: bytes) -> LoadedDocument:
    """One segment per page that has a text layer."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise IngestError(f"{path}: the PDF is encrypted", hint="Save an unencrypted copy and add that.")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or ""
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise IngestError(f"{path}: not a readable PDF: {exc}") from exc
    segments = tuple(Segment(text=text, page=number) for number, text in enumerate(pages, start=1) if text.strip())
    if not segments:
        raise IngestError(f"{path}: the PDF has no text layer (a scan?)", hint="Run OCR on it first.")
    return LoadedDocument(kind="pdf", meta=make_meta({"title": title}, str(path)), segments=segments)
