"""Fixtures for memory unit tests: a deterministic fake embedder and a small store on real local Chroma."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.memory import Memory
from tests.support.fakes import HashingEmbedder as FakeEmbedder


def brief(client: str, body: str, **front: object) -> str:
    """A Markdown brief with YAML front matter."""
    lines = ["---", f"client: {client}"] + [f"{key}: {value}" for key, value in front.items()] + ["---", body]
    return "\n".join(lines) + "\n"


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def memory(tmp_path: Path, fake_embedder: FakeEmbedder) -> Iterator[Memory]:
    mem = Memory.open(Settings(), tmp_path / "data", embedder=fake_embedder)
    yield mem
    mem.close()


@pytest.fixture
def briefs(tmp_path: Path) -> Path:
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "acme-otter.md").write_text(
        brief(
            "Acme",
            "# Pip the otter\n\nMascot for Acme snacks, project code KB-2291.\nFriendly otter, six poses.\n",
            date="2024-02-10",
            service="mascot",
            price=1800,
            currency="EUR",
            hours_estimated=20,
            hours_actual=26,
            outcome="completed",
        )
    )
    (folder / "globex-logo.md").write_text(
        brief(
            "Globex",
            "Logo for Globex logistics. Bold geometric mark. Budget was tight.\n",
            date="2023-05-01",
            service="logo",
            price=900,
            currency="EUR",
            outcome="declined",
        )
    )
    (folder / "portfolio-fox.md").write_text(
        brief(
            "Birkenhain Verlag",
            "Children's picture book about a fox in the snow, 14 spreads, watercolour.\n",
            date="2023-09-04",
            service="book-illustration",
            price=9800,
            outcome="completed",
            public="true",
        )
    )
    (folder / "notes.txt").write_text("Call notes: the client wants a mascot otter with a scarf.\n")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


def make_pdf(pages: Sequence[str]) -> bytes:
    """A small valid PDF with one line of Helvetica text per page (empty string: a page without text)."""
    objects: list[bytes] = []
    n = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, text in enumerate(pages):
        stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode() if text else b""
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
            f" /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
