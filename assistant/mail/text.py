"""What text from a stranger's mail may hold once it is parsed: only characters that can be stored and encoded.

Decoders hand back text that no store or wire accepts: UTF-7 and ``unicode-escape`` produce lone surrogates
(``"\\ud83d"``), broken RFC 2047 words let raw control characters through. SQLite, UTF-8 files, JSON logs and
SMTP all raise ``UnicodeEncodeError`` on a lone surrogate, so one such subject used to stop the daemon at the
first write. :func:`storable` is applied to every text field of :class:`~assistant.mail.message.InboundMessage`
when the record is built, so no parsed message can carry such text anywhere.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
_SURROGATES = re.compile("[\ud800-\udfff]")
_CONTROLS_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""C0 and C1 controls except tab, newline and carriage return (a body keeps its lines)."""
_CONTROLS_LINE = re.compile("[\x00-\x1f\x7f-\x9f]")


def storable(text: str, *, multiline: bool = True) -> str:
    """``text`` with lone surrogates replaced by U+FFFD and control characters removed (tab and lines kept).

    With ``multiline=False`` (a header value) every control, line breaks included, becomes a space.
    """
    clean = _SURROGATES.sub(REPLACEMENT, text)
    if multiline:
        return _CONTROLS_MULTILINE.sub("", clean)
    return _CONTROLS_LINE.sub(" ", clean)

