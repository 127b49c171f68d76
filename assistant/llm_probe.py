"""Whether llama.cpp's extra buffer types are safe on this CPU, decided by a real decode in a child process.

Why this exists: llama.cpp's CPU backend can load weights into "extra" buffer types, which repack them for a
faster kernel (AVX2/AVX-512 repacking, and the AMX buffer on Intel Xeons from Sapphire Rapids on). On an AMX
machine the bundled SmolLM2 Q4_1 model segfaults inside ``llama_decode`` at the first batch of two or more
tokens, while AMD EPYC machines never take that path. A crash in native code cannot be caught in Python, so the
one safe way to know is to try it where a crash costs nothing: a child process loads the model with extra buffers,
evaluates a multi-token prompt and decodes a few tokens. The verdict is cached per CPU (model name and feature
flags), llama-cpp-python version and model file, so the probe runs once per machine and model (about a second).

``[model] extra_buffers``: ``auto`` (the default) follows the probe, ``off`` never uses extra buffers, ``on``
always does (for a machine where you know it works). Everything that loads a model in-process goes through
:func:`use_extra_buffers` and :func:`model_params_patch`: the chat model, the TUI, the daemon, the style
server, and ``python -m assistant.llm_server`` (llama-cpp-python's OpenAI-compatible server with the same rule).

Run as ``python -m assistant.llm_probe MODEL on|off`` it is the child: it prints one JSON line with the figures.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import platform
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Literal

ExtraBuffers = Literal["auto", "on", "off"]
PROBE_TIMEOUT = 120.0
PROBE_VERSION = 1
"""Bump when the probe changes what it tries, so cached verdicts are redone."""
_FLAGS_OF_INTEREST = ("avx2", "avx512f", "avx512_vnni", "avx512_bf16", "avx_vnni", "amx_tile", "amx_int8", "amx_bf16")
_PROMPT = "You are a helpful assistant. Describe a fox walking through deep snow at dusk, step by step. " * 3


@dataclass(frozen=True)
class CpuInfo:
    """The processor as llama.cpp sees it: its name and the instruction sets that choose kernels."""

    model: str
    flags: tuple[str, ...]
    """The flags among AVX2, AVX-512 (VNNI, BF16), AVX-VNNI and AMX that this CPU has."""

    @property
    def key(self) -> str:
        """A short stable id for caching verdicts per CPU."""
        return hashlib.sha256(f"{self.model}|{' '.join(self.flags)}".encode()).hexdigest()[:16]


def cpu_info(cpuinfo: Path = Path("/proc/cpuinfo")) -> CpuInfo:
    """Read the CPU's name and relevant flags (Linux ``/proc/cpuinfo``; elsewhere the platform's name only)."""
    model, flags = platform.processor() or platform.machine(), set[str]()
    with contextlib.suppress(OSError):
        for line in cpuinfo.read_text(errors="replace").splitlines():
            name, _, value = line.partition(":")
            if name.strip() == "model name" and value.strip():
                model = value.strip()
            elif name.strip() == "flags":
                flags = set(value.split())
            if flags and model:
                break
    return CpuInfo(model, tuple(flag for flag in _FLAGS_OF_INTEREST if flag in flags))


def llama_version() -> str:
    """The installed llama-cpp-python version, or ``missing``."""
    try:
        return metadata.version("llama_cpp_python")
    except metadata.PackageNotFoundError:
        return "missing"


@dataclass(frozen=True)
class ProbeResult:
    """What one child decode showed."""

    ok: bool
    extra_buffers: bool
    detail: str
    """``decoded`` or what went wrong (``killed by SIGSEGV``, a traceback's last line, ``timed out``)."""
    prompt_tokens_per_s: float = 0.0
    decode_tokens_per_s: float = 0.0
    buffers: tuple[str, ...] = field(default=())
    """The model buffer types llama.cpp reported (``CPU``, ``CPU_REPACK``, ``AMX``…)."""


def run_probe(model_path: Path, *, extra_buffers: bool, n_threads: int, timeout: float = PROBE_TIMEOUT) -> ProbeResult:
    """Load ``model_path`` in a child process and decode; a native crash is reported, not suffered."""
    command = [sys.executable, "-m", "assistant.llm_probe", str(model_path), "on" if extra_buffers else "off"]
    command.append(str(n_threads))
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return ProbeResult(False, extra_buffers, f"timed out after {timeout:.0f} s")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode == 0 and lines:
        data = json.loads(lines[-1])
        return ProbeResult(
            True, extra_buffers, "decoded", data["prompt_tps"], data["decode_tps"], tuple(data["buffers"])
        )
    if done.returncode < 0:
        import signal

        detail = f"killed by {signal.Signals(-done.returncode).name}"
    else:
        tail = (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]
        detail = tail[:200]
    return ProbeResult(False, extra_buffers, detail)


def describe_cpu(cpu: CpuInfo) -> str:
    """One line for a person: the CPU and the instruction sets that pick llama.cpp's kernels."""
    return f"{cpu.model}; {', '.join(cpu.flags) or 'no AVX2'}"


def decode_check(model_path: Path, setting: ExtraBuffers, *, n_threads: int, cache_dir: Path) -> ProbeResult:
    """Prove that ``model_path`` decodes here the way Atelier will load it (a child process; a crash is reported).

    This is what ``atelier doctor`` shows: the verdict on extra buffers, then a real decode with that verdict.
    """
    extra = use_extra_buffers(model_path, setting, n_threads=n_threads, cache_dir=cache_dir)
    return run_probe(model_path, extra_buffers=extra, n_threads=n_threads)


def _verdict_file(cache_dir: Path, model_path: Path, cpu: CpuInfo) -> Path:
    stat = model_path.stat()
    key = f"{PROBE_VERSION}|{cpu.key}|{llama_version()}|{model_path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    return cache_dir / "llama-probe" / f"{hashlib.sha256(key.encode()).hexdigest()[:24]}.json"


def cached_probe(model_path: Path, cache_dir: Path) -> str | None:
    """What the cached probe with extra buffers showed on this CPU (``decoded``, ``killed by SIGSEGV``…), if any."""
    try:
        record = json.loads(_verdict_file(cache_dir, model_path, cpu_info()).read_text())
        return str(record["probe"]["detail"])
    except (OSError, ValueError, KeyError):
        return None


def use_extra_buffers(model_path: Path, setting: ExtraBuffers, *, n_threads: int, cache_dir: Path) -> bool:
    """Whether to load ``model_path`` with extra buffer types, probing once per CPU, library and model for ``auto``."""
    if setting != "auto":
        return setting == "on"
    cpu = cpu_info()
    verdict = _verdict_file(cache_dir, model_path, cpu)
    with contextlib.suppress(OSError, ValueError, KeyError):
        return bool(json.loads(verdict.read_text())["ok"])
    result = run_probe(model_path, extra_buffers=True, n_threads=n_threads)
    with contextlib.suppress(OSError):
        verdict.parent.mkdir(parents=True, exist_ok=True)
        record = {"ok": result.ok, "cpu": asdict(cpu), "llama_cpp": llama_version(), "probe": asdict(result)}
        verdict.write_text(json.dumps(record, indent=2))
    return result.ok


@contextlib.contextmanager
def model_params_patch(extra_buffers: bool) -> Iterator[None]:
    """Load models with ``use_extra_bufts`` set as decided (llama-cpp-python's ``Llama`` has no argument for it).

    ``Llama.__init__`` starts from ``llama_model_default_params()``; this wraps that function for the duration,
    so hold the caller's load lock around it.
    """
    from llama_cpp import llama_cpp as native  # the ctypes module that ``Llama`` calls, not the package

    original = native.llama_model_default_params

    def params() -> native.llama_model_params:
        value: native.llama_model_params = original()
        value.use_extra_bufts = extra_buffers
        return value

    native.llama_model_default_params = params
    try:
        yield
    finally:
        native.llama_model_default_params = original


def _child(model_path: str, extra: str, n_threads: str) -> None:
    """The probe itself: load, evaluate a multi-token prompt, decode 16 tokens, print the figures as JSON."""
    import os
    import tempfile

    from llama_cpp import Llama

    buffers: list[str] = []
    with tempfile.TemporaryFile() as log:
        saved = os.dup(2)
        os.dup2(log.fileno(), 2)  # llama.cpp logs its buffer types on stderr while loading; read them back
        try:
            with model_params_patch(extra == "on"):
                llama = Llama(model_path=model_path, n_ctx=512, n_threads=int(n_threads), verbose=True)
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        log.seek(0)
        for line in log.read().decode(errors="replace").splitlines():
            if "model buffer size" in line:
                buffers.append(line.split("model buffer size")[0].split(":")[-1].strip())
    llama.verbose = False
    tokens = llama.tokenize(_PROMPT.encode())
    started = time.perf_counter()
    llama.eval(tokens)
    prompt_tps = len(tokens) / (time.perf_counter() - started)
    started, produced = time.perf_counter(), 0
    for _ in llama.generate(tokens[-4:], temp=0.0, reset=True):
        produced += 1
        if produced >= 16:
            break
    decode_tps = produced / (time.perf_counter() - started)
    print(json.dumps({"prompt_tps": round(prompt_tps, 1), "decode_tps": round(decode_tps, 1), "buffers": buffers}))


if __name__ == "__main__":
    _child(*sys.argv[1:4])
