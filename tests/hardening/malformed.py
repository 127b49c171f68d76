"""Malformed mail: CPython's own e-mail test corpus, known crashers, and seeded mutations of both.

The crashers are the classic ways mail breaks parsers (and the ones named in issue 8): an unterminated quote in
``To:``, a bare RFC 2231 parameter (``name*``), encoded words that decode to nothing or to an address, unknown
charsets, huge headers, deep MIME nesting and binary garbage.
"""

from __future__ import annotations

import base64
import random
from pathlib import Path

OWN = "studio@lindqvist.example"


def _msg(headers: str, body: str = "Hello, could you design a logo for my bakery? What would it cost?") -> bytes:
    return (headers.strip("\n") + "\n\n" + body).encode("utf-8", "surrogateescape")


def _nested(depth: int) -> bytes:
    head = "From: Deep <deep@example.com>\nTo: studio@lindqvist.example\nSubject: nested logo\nMessage-ID: <deep@x>\n"
    parts = []
    for level in range(depth):
        parts.append(f'Content-Type: multipart/mixed; boundary="b{level}"\n\n--b{level}\n')
    inner = "Content-Type: text/plain\n\nPlease quote a logo.\n"
    tail = "".join(f"\n--b{level}--\n" for level in reversed(range(depth)))
    return (head + "MIME-Version: 1.0\n" + "".join(parts) + inner + tail).encode()


def crashers() -> list[tuple[str, bytes]]:
    """Named, hand-written messages that have broken mail software."""
    b64_victim = base64.b64encode(b"<victim@acme.example>").decode()
    out = [
        ("unterminated quote in To", _msg('From: Ann <ann@example.com>\nTo: "unterminated <x@y.z>\nSubject: logo\n')),
        ("name* without value", _msg("From: ann@example.com\nSubject: logo\nContent-Type: text/plain; name*\n")),
        ("name*0* broken", _msg("From: ann@example.com\nSubject: logo\nContent-Type: text/plain; name*0*=''%\n")),
        ("encoded word to nothing", _msg("From: =?utf-8?q??= <>\nSubject: logo\n")),
        ("encoded word is the whole From", _msg(f"From: =?utf-8?b?{b64_victim}?=\nSubject: logo\n")),
        (
            "encoded word carrying an address",
            _msg("From: =?utf-8?q?victim=40acme.example_=3C?= <atk@evil.example>\nSubject: logo\n"),
        ),
        ("empty From", _msg("From: \nSubject: logo\n")),
        ("From <>", _msg("From: <>\nSubject: logo\n")),
        ("no From", _msg("Subject: logo please\nTo: studio@lindqvist.example\n")),
        ("two From headers", _msg("From: a@example.com\nFrom: b@example.com\nSubject: logo\n")),
        ("two addresses in From", _msg("From: a@example.com, b@example.com\nSubject: logo\n")),
        ("group syntax From", _msg("From: undisclosed-recipients:;\nSubject: logo\n")),
        ("comment with address", _msg("From: ann@example.com (really <boss@acme.example>)\nSubject: logo\n")),
        ("unicode domain", _msg("From: ann@bücher.example\nSubject: logo\n")),
        ("8-bit latin-1 name", b"From: J\xf6rg M\xfcller <joerg@example.com>\nSubject: logo\n\nA logo please, cost?"),
        ("unknown charset body", _msg("From: ann@example.com\nSubject: logo\nContent-Type: text/plain; charset=x-zz")),
        ("unknown charset subject", _msg("From: ann@example.com\nSubject: =?x-klingon?q?logo?=\n")),
        ("bad base64 body", _msg("From: ann@example.com\nSubject: logo\nContent-Transfer-Encoding: base64\n", "%%%=")),
        (
            "bad qp body",
            _msg("From: ann@example.com\nSubject: logo\nContent-Transfer-Encoding: quoted-printable\n", "=ZZ="),
        ),
        ("missing boundary", _msg("From: ann@example.com\nSubject: logo\nContent-Type: multipart/mixed\n")),
        ("bad date", _msg("From: ann@example.com\nSubject: logo\nDate: Thu, 31 Feb 2026 25:61:61 +9999\n")),
        ("header without colon", _msg("From: ann@example.com\nThis is not a header\nSubject: logo\n")),
        ("only headers", b"From: ann@example.com\nSubject: logo"),
        ("only a body", b"\n\nJust a body, no headers at all. Logo price?"),
        ("bare CR line ends", b"From: ann@example.com\rSubject: logo\r\rA logo, what price?"),
        ("NUL bytes", b"From: ann@exa\x00mple.com\nSubject: lo\x00go\n\nbo\x00dy"),
        ("huge subject", _msg("From: ann@example.com\nSubject: " + "logo " * 200_000 + "\n")),
        ("many headers", _msg("From: ann@example.com\nSubject: logo\n" + "X-Junk: y\n" * 20_000)),
        ("huge From", _msg("From: " + "a" * 100_000 + "@example.com\nSubject: logo\n")),
        ("deep MIME nesting", _nested(300)),
        ("very deep MIME nesting", _nested(3000)),
        ("CRLF in From", _msg("From: ann@example.com\r\nBcc: evil@evil.example\r\nSubject: logo\r\n")),
        ("empty message", b""),
        ("whitespace only", b" \r\n\t\n"),
    ]
    rng = random.Random(7)
    out += [(f"binary garbage {n}", bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 4000)))) for n in range(8)]
    out.append(("garbage after headers", b"From: ann@example.com\nSubject: logo\n\n" + bytes(range(256)) * 20))
    return out


def cpython_corpus() -> list[tuple[str, bytes]]:
    """The ``msg_*.txt`` files of CPython's ``test.test_email`` data, when the stdlib tests are installed."""
    try:
        import test.test_email  # noqa: F401 - only its location is needed
    except ImportError:
        return []
    folder = Path(test.test_email.__file__).parent / "data"
    return [(p.name, p.read_bytes()) for p in sorted(folder.glob("msg_*.txt"))]


def mutate(raw: bytes, rng: random.Random) -> bytes:
    """One seeded mutation: flip, insert, delete or repeat bytes, duplicate or cut lines, or truncate."""
    data = bytearray(raw)
    for _ in range(rng.randint(1, 6)):
        kind = rng.randrange(7)
        pos = rng.randrange(len(data) + 1)
        if kind == 0 and data:
            data[min(pos, len(data) - 1)] = rng.getrandbits(8)
        elif kind == 1:
            data[pos:pos] = rng.choice([b"\r", b"\n", b":", b"<", b">", b'"', b"=?", b"?=", b"\x00", b"\xff", b";"])
        elif kind == 2:
            del data[pos : pos + rng.randint(1, 40)]
        elif kind == 3:
            data[pos:pos] = data[pos : pos + rng.randint(1, 200)] * rng.randint(1, 5)
        elif kind == 4:
            lines = bytes(data).split(b"\n")
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
            data = bytearray(b"\n".join(lines))
        elif kind == 5:
            data = data[: rng.randrange(len(data) + 1)]
        else:
            data[pos:pos] = rng.choice(
                [b"From: x@y.example\n", b"Content-Type: multipart/mixed\n", b"=?utf-8?b?Pg==?="]
            )
    return bytes(data)


# --- the kinds the suites above never generated (issue 13) -------------------------------------------------------
# The hypothesis alphabet excluded surrogates (category Cs) and every message was built with
# ``encode("utf-8", "surrogateescape")``, so no decoder ever produced a lone surrogate; no generator wrote HTML
# alternatives, read receipts, folded Message-IDs, invisible characters or look-alike letters.

TRIGGERS = ("urgent", "discount", "unacceptable", "asap", "dringend", "rabatt", "inacceptable", "descuento")
"""Hand-off words a hostile generator hides; a message carrying one must never be answered automatically."""
_INVISIBLES = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u2066")
_LOOKALIKES = {"a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "s": "ѕ", "u": "υ", "x": "х", "y": "у"}
HOSTILE_KINDS = (
    "utf-7 surrogate subject", "unicode-escape body", "broken encoded words", "folded headers", "invisible trigger",
    "look-alike trigger", "html-only trigger", "html alternative trigger", "huge html part", "read receipt",
    "delivery report", "non-ascii message-id", "8-bit local part", "unnamed attachment",
)  # fmt: skip
"""Kinds whose messages must be: never answered (receipts, reports), never sent alone (triggers, attachments),
quarantined (8-bit local part), or simply handled without an error (the rest)."""


def _hidden(word: str, rng: random.Random, kind: str) -> str:
    if kind == "invisible trigger":
        cut = rng.randrange(1, len(word))
        return word[:cut] + rng.choice(_INVISIBLES) + word[cut:]
    letters = [i for i, ch in enumerate(word) if ch in _LOOKALIKES]
    if not letters:
        return word.upper().translate(str.maketrans({c: chr(ord(c) + 0xFEE0) for c in word.upper()}))  # full-width
    i = rng.choice(letters)
    return word[:i] + _LOOKALIKES[word[i]] + word[i + 1 :]


def _head(rng: random.Random, n: int, subject: str = "Logo for my bakery", extra: str = "") -> str:
    return (
        f"From: Client {n} <client{n}@shop{rng.randrange(50)}.example>\r\nTo: {OWN}\r\nSubject: {subject}\r\n"
        f"Date: Tue, 01 Dec 2026 09:00:00 +0000\r\nMessage-ID: <h{n}.{rng.getrandbits(32)}@shop.example>\r\n"
        f"MIME-Version: 1.0\r\n{extra}"
    )


def _report(rng: random.Random, n: int, kind: str) -> bytes:
    report = "disposition-notification" if kind == "read receipt" else "delivery-status"
    folded = "\r\n\t" if rng.random() < 0.5 else " "
    return (
        _head(rng, n, rng.choice(["Read: Logo", "Gelesen: Logo", "Lu : Logo", "Logo"]))
        + f"Content-Type: multipart/report;{folded}report-type={report}; boundary=R\r\n\r\n"
        "--R\r\nContent-Type: text/plain\r\n\r\nYour message about a logo: could you quote it?\r\n"
        f"--R\r\nContent-Type: message/{report}\r\n\r\nFinal-Recipient: rfc822;{OWN}\r\n--R--\r\n"
    ).encode()


def hostile(n: int, rng: random.Random, *, huge_bytes: int = 2_000_000) -> tuple[str, bytes]:
    """Message number ``n`` of the issue-13 kinds (the kind cycles with ``n``), as (kind, raw bytes)."""
    kind = HOSTILE_KINDS[n % len(HOSTILE_KINDS)]
    word = rng.choice(TRIGGERS)
    body = "Hello, could you design a logo for my bakery? What would it cost? Thanks"
    plain = "Content-Type: text/plain; charset=utf-8\r\n"
    if kind == "utf-7 surrogate subject":
        lone = chr(rng.randrange(0xD800, 0xE000)).encode("utf-7").decode()
        raw = _head(rng, n, f"=?utf-7?q?Logo_{lone}?=") + plain + "\r\n" + body
    elif kind == "unicode-escape body":
        raw = _head(rng, n) + "Content-Type: text/plain; charset=unicode-escape\r\n\r\n" + body
        raw += f" \\u{rng.randrange(0xD800, 0xE000):04x} \\x00 \\N{{BROKEN"
    elif kind == "broken encoded words":
        words = ["=?utf-8?b?gICA?=", "=?utf-8?q?=FF=FE?=", "=?x-nope?q?a?=", "=?utf-8?b?", "=?utf-16?b?2D0=?="]
        raw = _head(rng, n, " ".join(rng.choices(words, k=3)) + " logo") + plain + "\r\n" + body
    elif kind == "folded headers":
        mid = f"<f{n}.{rng.getrandbits(24)}@Shop.Example>"
        raw = (
            f"From: Client {n}\r\n <client{n}@shop.example>\r\nTo: {OWN}\r\nSubject: Logo\r\n\tfor my\r\n bakery\r\n"
            f"Message-ID:\r\n {mid}\r\nReferences:\r\n <a@x>\r\n\t<b@y>\r\nMIME-Version: 1.0\r\n"
            + plain
            + "\r\n"
            + body
        )
    elif kind in ("invisible trigger", "look-alike trigger"):
        raw = _head(rng, n) + plain + "\r\n" + f"{body}. It is {_hidden(word, rng, kind)}."
    elif kind == "html-only trigger":
        raw = _head(rng, n) + "Content-Type: text/html; charset=utf-8\r\n\r\n"
        raw += f"<p>{body}.</p><p>It is <b>{word[:2]}</b>{word[2:]}.</p>"
    elif kind == "html alternative trigger":
        raw = (
            _head(rng, n, extra="Content-Type: multipart/alternative; boundary=A\r\n") + "\r\n--A\r\n" + plain
            + f"\r\n{body}\r\n--A\r\nContent-Type: text/html\r\n\r\n<div>{body}. {word}!</div>\r\n--A--\r\n"
        )  # fmt: skip
    elif kind == "huge html part":
        soup = rng.choice(["<a href='x' ", "<div", "<p>x<b>y</b>", "<td>"])
        raw = _head(rng, n) + "Content-Type: text/html\r\n\r\n<p>" + body + "</p>" + soup * (huge_bytes // len(soup))
    elif kind in ("read receipt", "delivery report"):
        return kind, _report(rng, n, kind)
    elif kind == "non-ascii message-id":
        raw = _head(rng, n).replace("Message-ID: <h", "Message-ID: <é") + plain + "\r\n" + body
    elif kind == "8-bit local part":
        raw = _head(rng, n).replace(f"<client{n}@", f"<jürgen{n}@") + plain + "\r\n" + body
    else:  # unnamed attachment
        raw = (
            _head(rng, n, extra="Content-Type: multipart/mixed; boundary=M\r\n") + "\r\n--M\r\n" + plain
            + f"\r\n{body}\r\n--M\r\nContent-Type: {rng.choice(['image/png', 'application/pdf', 'application/zip'])}"
            + "\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--M--\r\n"
        )  # fmt: skip
    return kind, raw.encode("utf-8")
