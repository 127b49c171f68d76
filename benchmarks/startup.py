"""Wall time of `atelier --help` vs `python -c pass`, best of several runs. Target: under 0.3 s absolute."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

RUNS = 10


def best(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    atelier = shutil.which("atelier") or str(__import__("pathlib").Path(sys.executable).with_name("atelier"))
    baseline = best([sys.executable, "-c", "pass"])
    helped = best([atelier, "--help"])
    print(f"python -c pass : {baseline * 1000:7.1f} ms")
    print(f"atelier --help : {helped * 1000:7.1f} ms  (target < 300 ms)")
    print(f"ratio          : {helped / baseline:7.2f}")


if __name__ == "__main__":
    main()
