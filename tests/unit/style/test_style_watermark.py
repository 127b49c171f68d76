from __future__ import annotations

import io

import pytest
from PIL import Image

from assistant.errors import StyleServiceError
from assistant.tools.style.watermark import (
    mark_image,
    mark_text,
    read_png_text,
    strip_text_footer,
)


def _png(size: tuple[int, int] = (120, 80), fmt: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (30, 90, 160)).save(out, format=fmt)
    return out.getvalue()


def test_text_gets_a_marked_footer_with_id_and_licence() -> None:
    marked = mark_text("Salt on the sill.\n\n", sample_id="smp_1", mark="Mara Lind", licence="Preview only.")
    assert marked == "Salt on the sill.\n\n---\nPREVIEW · sample smp_1 · Mara Lind\nPreview only.\n"
    assert strip_text_footer(marked) == "Salt on the sill."


def test_image_is_visibly_marked_and_keeps_the_standard_text_keywords() -> None:
    original = _png()
    marked = mark_image(original, sample_id="smp_2", mark="Mara Lind", licence="Preview only.")
    image = Image.open(io.BytesIO(marked))
    assert image.format == "PNG"
    assert image.size == (120, 80)
    plain = Image.open(io.BytesIO(original)).convert("RGB").tobytes()
    assert image.convert("RGB").tobytes() != plain
    # the band at the bottom is dark; the top-left stays close to the original colour (translucent tiling)
    r, g, b = image.convert("RGB").getpixel((60, 78))  # type: ignore[misc]
    assert r + g + b < 30 + 90 + 160
    chunks = read_png_text(marked)
    assert chunks == {"Author": "Mara Lind", "Copyright": "Preview only."}


def test_jpeg_input_is_delivered_as_png() -> None:
    marked = mark_image(_png(fmt="JPEG"), sample_id="s", mark="M", licence="L")
    assert marked.startswith(b"\x89PNG")


@pytest.mark.parametrize("data", [b"not an image", _png()[:50]])
def test_unreadable_images_are_a_service_error(data: bytes) -> None:
    with pytest.raises(StyleServiceError, match="cannot be read"):
        mark_image(data, sample_id="s", mark="M", licence="L")


def test_tiny_images_are_refused() -> None:
    with pytest.raises(StyleServiceError, match="4x4 image, too small"):
        mark_image(_png((4, 4)), sample_id="s", mark="M", licence="L")
