from __future__ import annotations

import datetime as dt
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import pytest

from assistant.errors import IngestError
from assistant.memory.chunking import chunk_document
from assistant.memory.loaders import load, parse_text

from .conftest import brief, make_pdf


def test_front_matter_is_checked_and_body_line_is_kept() -> None:
    text = brief("Acme Books", "# Title\n\nBody line.\n", date="2024-03-05", price="1,200.50", tags="[a, b]", mood="x")
    doc = parse_text(text, kind="markdown", where="x.md")
    assert doc.meta.client == "Acme Books"
    assert doc.meta.date == dt.date(2024, 3, 5)
    assert doc.meta.price == Decimal("1200.50")
    assert doc.meta.tags == ("a", "b")
    assert doc.meta.extra == {"mood": "x"}
    assert doc.segments[0].line == 8
    assert doc.segments[0].text.startswith("# Title")


def test_bad_front_matter_names_the_problem() -> None:
    with pytest.raises(IngestError, match="price: not a number"):
        parse_text(brief("A", "body", price="about 500"), kind="markdown", where="x.md")
    with pytest.raises(IngestError, match="never ends"):
        parse_text("---\nclient: a\nbody\n", kind="markdown", where="x.md")
    with pytest.raises(IngestError, match="not valid YAML"):
        parse_text("---\nclient: [a\n---\nbody\n", kind="markdown", where="x.md")
    with pytest.raises(IngestError, match="date"):
        parse_text(brief("A", "body", date="someday"), kind="markdown", where="x.md")


def test_binary_and_non_utf8_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="binary"):
        load(tmp_path / "a.txt", b"ab\x00cd")
    with pytest.raises(IngestError, match="UTF-8"):
        load(tmp_path / "a.txt", "caf\u00e9".encode("latin-1"))
    with pytest.raises(IngestError, match="unsupported"):
        load(tmp_path / "a.docx", b"PK")
    with pytest.raises(IngestError, match="no text"):
        load(tmp_path / "a.md", b"---\nclient: a\n---\n\n")


def test_email_headers_body_and_text_attachment() -> None:
    msg = EmailMessage()
    msg["From"] = "Lena <lena@example.com>"
    msg["To"] = "studio@example.org"
    msg["Subject"] = "Picture book inquiry"
    msg["Date"] = "Thu, 19 Nov 2026 10:41:55 +0100"
    msg.set_content("Hello,\nwe need 14 spreads.\n")
    msg.add_attachment("The hedgehog brief, KB-9000.\n", filename="brief.txt")
    msg.add_attachment(b"\x89PNG", maintype="image", subtype="png", filename="x.png")
    doc = load(Path("inquiry.eml"), msg.as_bytes())
    assert doc.kind == "email"
    assert doc.meta.title == "Picture book inquiry"
    assert doc.meta.date == dt.date(2026, 11, 19)
    parts = [seg.part for seg in doc.segments]
    assert parts == ["message", "brief.txt"]
    assert "Subject: Picture book inquiry" in doc.segments[0].text
    assert "14 spreads" in doc.segments[0].text
    assert "KB-9000" in doc.segments[1].text


def test_not_an_email_is_refused() -> None:
    with pytest.raises(IngestError, match="not an e-mail"):
        load(Path("x.eml"), b"just some words\n")


def test_pdf_pages_are_segments() -> None:
    doc = load(Path("a.pdf"), make_pdf(["First page about otters", "", "Third page about foxes"]))
    assert [seg.page for seg in doc.segments] == [1, 3]
    assert "otters" in doc.segments[0].text
    chunks = chunk_document(doc)
    assert [c.page for c in chunks] == [1, 3]


def test_broken_and_textless_pdfs_are_reported() -> None:
    with pytest.raises(IngestError, match="PDF"):
        load(Path("a.pdf"), b"%PDF-1.4\nthis is not really a pdf")
    with pytest.raises(IngestError, match="no text layer"):
        load(Path("a.pdf"), make_pdf(["", ""]))


def test_chunk_lines_point_at_the_chunk_text() -> None:
    paragraphs = [f"Paragraph {i}: " + " ".join(f"word{i}x{j}" for j in range(40)) for i in range(30)]
    body = "\n\n".join(paragraphs) + "\n"
    text = brief("A", body, service="logo")
    doc = parse_text(text, kind="markdown", where="x.md")
    chunks = chunk_document(doc)
    assert len(chunks) > 5
    file_lines = text.splitlines()
    for chunk in chunks:
        assert chunk.line is not None
        assert file_lines[chunk.line - 1].strip().startswith(chunk.text.splitlines()[0].strip())
    assert [c.index for c in chunks] == list(range(len(chunks)))
