"""Marks on delivered samples: a visible watermark on images, a preview footer on text.

The marks tell whoever holds a sample that it is a preview, whose it is, and on what terms; the ledger hash
finds it again if the marks are removed. Machine-readable provenance on images is the C2PA manifest that
:mod:`assistant.tools.style.credentials` signs in after marking; the PNG keeps only the standard ``Author`` and
``Copyright`` text keywords. Pillow is imported lazily, so that text-only use never loads it.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from assistant.errors import StyleServiceError

if TYPE_CHECKING:
    from PIL import Image, ImageFont

FOOTER_RULE = "-" * 3
_MIN_SIDE = 16
_LIGHT = (255, 255, 255, 96)
_DARK = (0, 0, 0, 96)


def text_footer(sample_id: str, mark: str, licence: str) -> str:
    """The preview footer appended to every text sample."""
    return f"\n\n{FOOTER_RULE}\nPREVIEW · sample {sample_id} · {mark}\n{licence}\n"


def mark_text(text: str, *, sample_id: str, mark: str, licence: str) -> str:
    """The delivered text: the sample, then its marked preview footer."""
    return text.rstrip() + text_footer(sample_id, mark, licence)


def strip_text_footer(text: str) -> str:
    """The sample body of a delivered text, without its footer (for finding a copy in the ledger)."""
    return text.split(f"\n\n{FOOTER_RULE}\nPREVIEW · ", 1)[0].strip()


def mark_image(image_bytes: bytes, *, sample_id: str, mark: str, licence: str) -> bytes:
    """Watermark an image and return it as PNG.

    The watermark is a diagonal tiling of ``PREVIEW · mark`` over the whole picture, so cropping does not remove
    it, plus a band at the bottom with the sample id. ``Author`` and ``Copyright`` (PNG's standard keywords) are
    written as ``iTXt`` chunks.

    Raises:
        StyleServiceError: the bytes are not an image Pillow can read (the service answered badly).
    """
    from PIL import Image, ImageDraw, ImageFile, PngImagePlugin, UnidentifiedImageError

    # WeasyPrint (the quote PDF) sets Pillow's process-wide LOAD_TRUNCATED_IMAGES on import; a cut-off sample
    # must still be refused, so truncated data is an error here whatever another library chose.
    lenient, ImageFile.LOAD_TRUNCATED_IMAGES = ImageFile.LOAD_TRUNCATED_IMAGES, False
    try:
        with Image.open(io.BytesIO(image_bytes)) as opened:
            base = opened.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise StyleServiceError(
            f"the style service sent an image that cannot be read: {exc}", hint="Check the service's output format."
        ) from exc
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = lenient
    if min(base.size) < _MIN_SIDE:
        raise StyleServiceError(f"the style service sent a {base.size[0]}x{base.size[1]} image, too small to use")

    label = f"PREVIEW · {mark}"
    overlay = _tiled_label(base.size, label)
    marked = Image.alpha_composite(base, overlay)

    band_font = _font(max(10, base.size[1] // 28))
    draw = ImageDraw.Draw(marked)
    band_text = f"{label} · {sample_id}"
    left, top, right, bottom = draw.textbbox((0, 0), band_text, font=band_font)
    band_height = int(bottom - top) + 8
    draw.rectangle((0, base.size[1] - band_height, base.size[0], base.size[1]), fill=(0, 0, 0, 170))
    draw.text((6, base.size[1] - band_height + 4 - top), band_text, font=band_font, fill=(255, 255, 255, 255))

    info = PngImagePlugin.PngInfo()
    info.add_itxt("Author", mark)
    info.add_itxt("Copyright", licence)
    out = io.BytesIO()
    marked.convert("RGB").save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def read_png_text(png_bytes: bytes) -> dict[str, str]:
    """The text chunks of a PNG (``Author``, ``Copyright``)."""
    from PIL import Image

    with Image.open(io.BytesIO(png_bytes)) as image:
        image.load()
        return {str(k): str(v) for k, v in getattr(image, "text", {}).items()}


def _tiled_label(size: tuple[int, int], label: str) -> Image.Image:
    """A transparent layer with ``label`` repeated diagonally across ``size``."""
    from PIL import Image, ImageDraw

    width, height = size
    font = _font(max(12, min(width, height) // 12))
    probe = ImageDraw.Draw(Image.new("RGBA", (1, 1)))
    left, top, right, bottom = probe.textbbox((0, 0), label, font=font)
    tile_w, tile_h = int(right - left) + 40, int(bottom - top) * 4
    diagonal = int((width**2 + height**2) ** 0.5) + tile_w
    layer = Image.new("RGBA", (diagonal, diagonal), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for row, y in enumerate(range(0, diagonal, tile_h)):
        offset = (tile_w // 2) * (row % 2)
        for x in range(-tile_w, diagonal, tile_w):
            draw.text(
                (x + offset, y), label, font=font, fill=(255, 255, 255, 96), stroke_width=1, stroke_fill=(0, 0, 0, 96)
            )
    rotated = layer.rotate(30, resample=Image.Resampling.BICUBIC)
    x0, y0 = (diagonal - width) // 2, (diagonal - height) // 2
    return rotated.crop((x0, y0, x0 + width, y0 + height))


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's bundled font at ``size`` (no font file needed on the machine)."""
    from PIL import ImageFont

    return ImageFont.load_default(size=size)
