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
