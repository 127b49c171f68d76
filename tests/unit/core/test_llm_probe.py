"""Extra buffer types are used only where a child-process probe showed that they decode (assistant.llm_probe)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import llm_probe
from assistant.llm_probe import ProbeResult, cpu_info, model_params_patch, use_extra_buffers

CPUINFO = """processor\t: 0
vendor_id\t: GenuineIntel
model name\t: Intel(R) Xeon(R) Platinum 8480+
flags\t\t: fpu sse2 avx2 avx512f avx512_bf16 amx_tile amx_int8 amx_bf16
"""


@pytest.fixture
def model_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.gguf"
    path.write_bytes(b"GGUF" + b"\0" * 64)
    return path


def _counting_probe(monkeypatch: pytest.MonkeyPatch, ok: bool) -> list[bool]:
    calls: list[bool] = []

    def probe(model_path: Path, *, extra_buffers: bool, n_threads: int, timeout: float = 0) -> ProbeResult:
        calls.append(extra_buffers)
        return ProbeResult(ok, extra_buffers, "decoded" if ok else "killed by SIGSEGV")

    monkeypatch.setattr(llm_probe, "run_probe", probe)
    return calls


def test_cpu_info_reads_the_name_and_the_flags_that_pick_kernels(tmp_path: Path) -> None:
    path = tmp_path / "cpuinfo"
    path.write_text(CPUINFO)
    cpu = cpu_info(path)
    assert cpu.model == "Intel(R) Xeon(R) Platinum 8480+"
    assert cpu.flags == ("avx2", "avx512f", "avx512_bf16", "amx_tile", "amx_int8", "amx_bf16")
    assert cpu.key != cpu_info(tmp_path / "absent").key


def test_a_crashing_probe_turns_extra_buffers_off_and_is_asked_once(
    monkeypatch: pytest.MonkeyPatch, model_file: Path, tmp_path: Path
) -> None:
    calls = _counting_probe(monkeypatch, ok=False)
    assert use_extra_buffers(model_file, "auto", n_threads=2, cache_dir=tmp_path) is False
    assert use_extra_buffers(model_file, "auto", n_threads=2, cache_dir=tmp_path) is False
    assert calls == [True]
    assert llm_probe.cached_probe(model_file, tmp_path) == "killed by SIGSEGV"


def test_a_working_probe_keeps_extra_buffers_and_a_new_model_file_is_probed_again(
    monkeypatch: pytest.MonkeyPatch, model_file: Path, tmp_path: Path
) -> None:
    calls = _counting_probe(monkeypatch, ok=True)
    assert use_extra_buffers(model_file, "auto", n_threads=2, cache_dir=tmp_path) is True
    model_file.write_bytes(b"GGUF" + b"\1" * 80)
    assert use_extra_buffers(model_file, "auto", n_threads=2, cache_dir=tmp_path) is True
    assert calls == [True, True]


def test_on_and_off_are_obeyed_without_a_probe(
    monkeypatch: pytest.MonkeyPatch, model_file: Path, tmp_path: Path
) -> None:
    calls = _counting_probe(monkeypatch, ok=False)
    assert use_extra_buffers(model_file, "on", n_threads=2, cache_dir=tmp_path) is True
    assert use_extra_buffers(model_file, "off", n_threads=2, cache_dir=tmp_path) is False
    assert calls == []


def test_the_patch_sets_use_extra_bufts_only_while_loading() -> None:
    from llama_cpp import llama_cpp as native

    default = native.llama_model_default_params().use_extra_bufts
    with model_params_patch(False):
        assert native.llama_model_default_params().use_extra_bufts is False
    with model_params_patch(True):
        assert native.llama_model_default_params().use_extra_bufts is True
    assert native.llama_model_default_params().use_extra_bufts == default


def test_a_child_that_dies_is_reported_not_suffered(model_file: Path) -> None:
    result = llm_probe.run_probe(model_file, extra_buffers=False, n_threads=1, timeout=60)
    assert result.ok is False
    assert result.detail  # the last line of the child's error (not a GGUF llama.cpp can load)
