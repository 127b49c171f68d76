"""Helpers shared by the memory benchmarks: corpora from the demo workspace and synthetic stores."""

from __future__ import annotations

import datetime as dt
import random
import re
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.config import Settings
from assistant.memory import Memory
from assistant.memory.catalog import SourceRow
from assistant.memory.chunking import Chunk
from assistant.memory.ingest import source_id
from assistant.memory.models import BriefMeta
from assistant.memory.store import PreparedSource

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
CLIENTS = [f"client-{i:02d}" for i in range(40)]


def example_sentences() -> list[str]:
    """Sentences from the demo briefs and inquiries (front matter and headings dropped)."""
    sentences: list[str] = []
    for path in sorted((EXAMPLES / "briefs").glob("*")) + sorted((EXAMPLES / "inquiries").glob("*")):
        text = path.read_text(encoding="utf-8", errors="replace")
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            flat = " ".join(sentence.split())
            if 30 <= len(flat) <= 300 and not flat.startswith(("#", "From:", "To:", "Content-")):
                sentences.append(flat)
    return sentences


def short_chunks(n: int, seed: int = 1) -> list[str]:
    """``n`` distinct short chunks (2 to 4 consecutive sentences of the demo workspace)."""
    sentences = example_sentences()
    rng = random.Random(seed)
    chunks: list[str] = []
    seen: set[str] = set()
    while len(chunks) < n:
        start = rng.randrange(len(sentences))
        text = " ".join(sentences[start : start + rng.randint(2, 4)])
        if text not in seen:
            seen.add(text)
            chunks.append(text)
    return chunks


def synthetic_store(data_dir: Path, n_chunks: int, settings: Settings, embedder: object, dim: int = 384) -> Memory:
    """A store of ``n_chunks`` synthetic chunks (random unit vectors, demo sentences as text), written through
    the store's own crash-safe write path, 10 chunks per source, spread over 40 clients."""
    memory = Memory.open(settings, data_dir, embedder=embedder)  # type: ignore[arg-type]
    store = memory._store
    if store.catalog.counts()[1] >= n_chunks:
        return memory
    rng = np.random.default_rng(0)
    sentences = example_sentences()
    per_source = 10
    batch: list[PreparedSource] = []
    started = time.perf_counter()
    for s in range(n_chunks // per_source):
        name = f"synthetic/brief-{s:06d}.md"
        client = CLIENTS[s % len(CLIENTS)]
        meta = BriefMeta(client=client, service="poster" if s % 2 else "logo", date=dt.date(2024, 1 + s % 12, 1))
        row = SourceRow(
            sid=source_id(name),
            source=name,
            kind="markdown",
            content_hash=f"{s:064x}",
            gen=f"{s:016x}",
            client_key=client,
            public=s % 10 == 0,
            meta=meta,
            n_chunks=per_source,
            added_at=dt.datetime.now(dt.UTC),
        )
        chunks = [
            Chunk(index=i, text=f"{sentences[(s * per_source + i) % len(sentences)]} (#{s}-{i})", line=1 + i)
            for i in range(per_source)
        ]
        vectors = rng.standard_normal((per_source, dim)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        batch.append(PreparedSource(row=row, chunks=chunks, vectors=vectors))
        if len(batch) * per_source >= 5000:
            store.write(batch)
            batch = []
    store.write(batch)
    print(f"  built {n_chunks} synthetic chunks in {time.perf_counter() - started:.1f} s")
    return memory


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) of ``values``."""
    return float(np.percentile(np.asarray(values), q))
