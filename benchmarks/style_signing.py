"""Content Credentials cost per image sample: signing and verifying, against watermarking alone.

Makes a 512x512 picture (the A1111 default size), watermarks it as a sample would be, then signs a C2PA
manifest into it with a local-CA identity and reads it back, offline. Prints median times and the ratio of
"watermark + sign" to "watermark" alone, measured in the same run.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PIL import Image  # noqa: E402

from assistant.config import StyleSettings  # noqa: E402
from assistant.tools.style import credentials  # noqa: E402
from assistant.tools.style.watermark import mark_image  # noqa: E402

ROUNDS = 15
NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def _picture() -> bytes:
    image = Image.radial_gradient("L").resize((512, 512)).convert("RGB")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    raw = _picture()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        credentials.ensure_local_identity(data_dir, "Mara Lind", now=NOW)
        identity = credentials.configured_identity(StyleSettings(), data_dir)
        facts = credentials.SampleFacts(
            sample_id="smp_bench", client="ben", author="Mara Lind", licence="Preview only.", created_at=NOW
        )
        marking, signing, reading = [], [], []
        signed = b""
        for _ in range(ROUNDS):
            start = time.perf_counter()
            marked = mark_image(raw, sample_id="smp_bench", mark="Mara Lind", licence="Preview only.")
            marking.append(time.perf_counter() - start)
            start = time.perf_counter()
            signed = credentials.sign(marked, "image/png", facts, identity)
            signing.append(time.perf_counter() - start)
            start = time.perf_counter()
            report = credentials.read(signed, "image/png")
            reading.append(time.perf_counter() - start)
            assert report.intact
    mark_ms, sign_ms, read_ms = _median_ms(marking), _median_ms(signing), _median_ms(reading)
    print(f"512x512 sample, median of {ROUNDS}")
    print(f"  watermark          {mark_ms:7.1f} ms")
    print(f"  sign C2PA manifest {sign_ms:7.1f} ms   (+{len(signed) - len(marked)} bytes)")
    print(f"  verify manifest    {read_ms:7.1f} ms")
    print(f"  watermark + sign / watermark alone: {(mark_ms + sign_ms) / mark_ms:.2f}x")


if __name__ == "__main__":
    main()
