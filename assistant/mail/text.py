r"""What text from a stranger's mail may hold once it is parsed: only characters that can be stored and encoded.

Decoders hand back text that no store or wire accepts: UTF-7 and ``unicode-escape`` produce lone surrogates
(``"\ud83d"``), broken RFC 2047 words let raw control characters through. SQLite, UTF-8 files, JSON logs and
SMTP all raise ``UnicodeEncodeError`` on a lone surrogate, so one such subject used to stop the daemon at the
first write. :func:`storable` is applied to every text field of :class:`~assistant.mail.message.InboundMessage`
when the record is built, so no parsed message can carry such text anywhere.
"""

from __future__ import annotations

import re
import unicodedata

REPLACEMENT = "\ufffd"
_SURROGATES = re.compile("[\ud800-\udfff]")
_CONTROLS_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""C0 and C1 controls except tab, newline and carriage return (a body keeps its lines)."""
_CONTROLS_LINE = re.compile("[\x00-\x1f\x7f-\x9f]")


_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""Bidi embeddings, overrides and isolates: a stranger's ``\u202e`` makes ``fdp.exe`` read as ``exe.pdf`` in the
freelancer's terminal (inbox, status, TUI). Direction comes from the letters themselves; nothing needs these."""


def storable(text: str, *, multiline: bool = True) -> str:
    """``text`` with lone surrogates replaced by U+FFFD, control and bidi control characters removed.

    Tab and line breaks are kept; with ``multiline=False`` (a header value) every control, line breaks included,
    becomes a space.
    """
    clean = _BIDI_CONTROLS.sub("", _SURROGATES.sub(REPLACEMENT, text))
    if multiline:
        return _CONTROLS_MULTILINE.sub("", clean)
    return _CONTROLS_LINE.sub(" ", clean)


# --- reading: what a word looks like, not how it was spelled -----------------------------------------------------

_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff]"
)
"""Soft hyphen, zero-width and joiner characters, bidi controls, variation selectors, tag characters: nothing a
reader sees, so nothing that may split a word for a matcher or reorder a name for the freelancer."""
_LOOKALIKES = {
    "a": "аα",
    "b": "ьвβ",
    "c": "сϲ",
    "d": "ԁ",
    "e": "еёε",
    "g": "ɡ",
    "h": "һ",
    "i": "іıɩι",
    "j": "ј",
    "k": "кκ",
    "l": "ӏ",
    "m": "м",
    "n": "пոη",
    "o": "оοσ",
    "p": "рρ",
    "q": "ԛ",
    "s": "ѕ",
    "t": "тτ",
    "u": "սυ",
    "v": "ν",
    "w": "ԝ",
    "x": "хχ",
    "y": "уγ",
    "z": "ᴢ",
}
"""Cyrillic, Armenian and Greek letters that look like Latin ones and survive NFKC (from Unicode's confusables
for the Latin alphabet; lower case is enough, text is case-folded first)."""
_CONFUSABLES = str.maketrans({ch: latin for latin, chars in _LOOKALIKES.items() for ch in chars})


def visible(text: str) -> str:
    """``text`` as a reader sees it: NFKC (full-width and ligature forms to plain letters), without invisibles."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


def folded(text: str) -> str:
    """The form every matcher reads (hand-off words, screens): visible, case-folded, look-alike letters as Latin.

    ``"urgent"`` written with a soft hyphen, a zero-width space, a Cyrillic ``у`` or full-width letters folds
    to ``"urgent"``. Accents stay (``"übermorgen"`` is a word in its own right).
    """
    return unicodedata.normalize("NFC", visible(text).casefold().translate(_CONFUSABLES))


# --- writing: a stranger's words inside text the daemon writes itself ---------------------------------------------

_LINKLIKE = re.compile(
    r"://|^www\.|@|^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/:?#].*)?$|^[a-z][a-z0-9+.-]*:[^\s]*/",
)
"""A token that is, or carries, a link, an address or a domain (``pay.example.com``, ``mailto:x/``)."""
_ROLE_TOKEN = re.compile(
    r"=\?|<\||\|>|\[/?inst\]|<</?sys>>|</?s>|^#{2,}|^(?:system|assistant|user|human|developer|tool)\s*:?$",
)
"""Chat-template markers and role names, which a model (or a reader of the note) might take as structure, and
RFC 2047 syntax left over from an encoded word that did not decode."""
_QUOTES = re.compile("[\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a<>{}\\[\\]|\\\\]")
_ELISION = re.compile(r"(?<=[^\W\d_])['\u2019](?=[^\W\d_])")
"""An apostrophe inside a word ("d'architectes", "l’atelier", "Mara's"): a letter, not a quote mark."""


def quotable(text: str, limit: int) -> str:
    """A stranger's words as the daemon may quote them in what it writes itself: one line, at most ``limit`` chars.

    Links, addresses, domains and chat-role tokens are dropped (read on the folded form, so look-alike letters
    and full-width forms do not hide them), quotes and brackets go, and the text is cut at a word.
    """
    words = []
    for token in storable(visible(text), multiline=False).split():
        probe = folded(token).strip(".,;:!?()")
        if _LINKLIKE.search(probe) or _ROLE_TOKEN.search(probe):
            continue
        word = "\u2019".join(_QUOTES.sub("", piece) for piece in _ELISION.split(token))
        if word:
            words.append(word)
    line = " ".join(words)
    if len(line) <= limit:
        return line
    cut = line[: limit + 1].rsplit(" ", 1)[0] if " " in line[: limit + 1] else line[:limit]
    return cut.rstrip(" ,;:-") + "…"


def display_name(name: str) -> str:
    """A sender's display name fit for a note to the freelancer: :func:`quotable`, 60 characters at most."""
    return quotable(name, 60)
