"""Cut loaded documents into chunks that fit the embedder and still know their line or page.

The splitting itself is langchain-text-splitters' recursive splitter (Markdown-aware for briefs), which keeps
paragraphs and sentences together where it can. What this module adds is the bookkeeping: each chunk's start
offset inside its segment becomes a line number, so a search hit can be cited as ``brief.md:42``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from assistant.memory.loaders import LoadedDocument

if TYPE_CHECKING:
    from langchain_text_splitters import TextSplitter

CHUNK_SIZE = 800
"""Characters per chunk: about 200 word pieces, inside all-MiniLM-L6-v2's 256-token window."""
CHUNK_OVERLAP = 100


class Chunk(BaseModel):
    """A piece of a document, ready to embed, with its citation data."""

    model_config = ConfigDict(frozen=True)

    index: int
    text: str
    line: int | None = None
    page: int | None = None
    part: str = ""


@lru_cache(maxsize=2)
def _splitter(markdown: bool) -> TextSplitter:
    """One splitter per flavour; they are stateless, so they are built once."""
    from langchain_text_splitters import MarkdownTextSplitter, RecursiveCharacterTextSplitter

    cls = MarkdownTextSplitter if markdown else RecursiveCharacterTextSplitter
    return cls(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, add_start_index=True, strip_whitespace=True)


def chunk_document(doc: LoadedDocument) -> list[Chunk]:
    """Split every segment of ``doc`` and number the chunks across the whole document."""
    splitter = _splitter(doc.kind in {"markdown", "note"})
    chunks: list[Chunk] = []
    for segment in doc.segments:
        if not segment.text.strip():
            continue
        for piece in splitter.create_documents([segment.text]):
            text = piece.page_content
            if not text.strip():
                continue
            line = None
            if segment.line is not None:
                start = int(piece.metadata.get("start_index", 0))
                line = segment.line + segment.text.count("\n", 0, max(start, 0))
            chunks.append(Chunk(index=len(chunks), text=text, line=line, page=segment.page, part=segment.part))
    return chunks
