"""What llama.cpp's extra buffer types buy, and so what the safe fallback (no extra buffers) costs.

Each round loads the bundled model twice in child processes (:func:`assistant.llm_probe.run_probe`), with and
without extra buffers, interleaved, and prints prompt and decode tokens per second and the ratio off/on. On a
CPU where extra buffers crash the model (AMX Xeons with the default build) the "on" side reports the crash, which
is the point of the probe. To measure the cost there, point PYTHONPATH at a llama-cpp-python built without AMX
(``CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX512=ON ... -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF"``): its repack
buffers (CPU_REPACK) then work and can be compared with plain buffers on the same machine.

    .venv/bin/python benchmarks/llm_extra_buffers.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from assistant.cpus import available_cpus
from assistant.llm import bundled_model_path
from assistant.llm_probe import cpu_info, describe_cpu, llama_version, run_probe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--model", type=Path, help="another GGUF (default: the bundled SmolLM2 Q4_1)")
    args = parser.parse_args()
    path, threads = args.model or bundled_model_path(), available_cpus()
    print(f"{describe_cpu(cpu_info())}; llama-cpp-python {llama_version()}; {threads} threads; {path.name}")
    figures: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    for _ in range(args.rounds):
        for extra in (True, False):
            result = run_probe(path, extra_buffers=extra, n_threads=threads)
            if not result.ok:
                print(f"extra buffers {'on' if extra else 'off'}: {result.detail}")
                continue
            figures[extra].append((result.prompt_tokens_per_s, result.decode_tokens_per_s))
            buffers = ", ".join(result.buffers)
            print(f"  {'on ' if extra else 'off'}: prompt {result.prompt_tokens_per_s:7.1f} tok/s, "
                  f"decode {result.decode_tokens_per_s:6.1f} tok/s ({buffers})")  # fmt: skip
    for extra, runs in figures.items():
        if runs:
            prompt = statistics.median(p for p, _ in runs)
            decode = statistics.median(d for _, d in runs)
            side = "on" if extra else "off"
            print(f"median, extra buffers {side}: prompt {prompt:.1f} tok/s, decode {decode:.1f} tok/s")
    if figures[True] and figures[False]:
        ratio_prompt = statistics.median(p for p, _ in figures[False]) / statistics.median(p for p, _ in figures[True])
        ratio_decode = statistics.median(d for _, d in figures[False]) / statistics.median(d for _, d in figures[True])
        print(f"fallback (off) / extra buffers (on): prompt {ratio_prompt:.2f}x, decode {ratio_decode:.2f}x")


if __name__ == "__main__":
    main()
