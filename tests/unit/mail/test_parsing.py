from __future__ import annotations

import time
from email.message import EmailMessage

import pytest

from assistant.daemon.identity import reply_to
from assistant.errors import ToolError
from assistant.mail.parsing import MAX_BODY_CHARS, UnparseableMessage, content_hash, dedupe_fields, parse_message
from assistant.tools.brief import read_inquiry


def _parse(raw: bytes):  # type: ignore[no-untyped-def]
    return parse_message(raw, mailbox="INBOX", uidvalidity=1, uid=1)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"Subject: hi\r\n\r\nbody", "exactly one address"),
        (b'From: "unterminated <a@b.example\r\n\r\nx', "From:"),
        (b"From: =?utf-8?q??= <>\r\n\r\nx", "From:"),
        (b"From: a@b.example, c@d.example\r\n\r\nx", "exactly one address"),
        (b"From: not-an-address\r\n\r\nx", "not a usable address"),
    ],
)
def test_unusable_messages_raise_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(UnparseableMessage, match=reason):
        _parse(raw)


def test_odd_but_usable_messages_parse() -> None:
    raw = (
        b"From: Ann <ANN@Example.COM>\r\nSubject: =?utf-8?b?TG9nbyDinKg=?=\r\nMessage-ID: <x@y>\r\n"
        b"Content-Type: text/plain; charset=unknown-8bit\r\n\r\nHello \xff logo"
    )
    msg = _parse(raw)
    assert msg.sender == "ann@example.com" and msg.subject.startswith("Logo") and "Hello" in msg.body
    html = b"From: a@b.example\r\nContent-Type: text/html\r\n\r\n<p>Hi</p><script>evil()</script><b>logo</b>"
    assert "evil" not in _parse(html).body and "logo" in _parse(html).body


def test_content_hash_ignores_trace_headers() -> None:
    base = b"From: a@b.example\r\nMessage-ID: <x@y>\r\nSubject: s\r\n\r\nbody\r\n"
    assert content_hash(b"Received: from relay\r\n" + base) == content_hash(base)
    assert content_hash(base.replace(b"body", b"other")) != content_hash(base)


def test_html_keeps_its_lines_and_joins_inline_tags() -> None:
    html = (
        b"From: a@b.example\r\nContent-Type: text/html\r\n\r\n"
        b"<p>We need <b>2 gig posters</b>.</p><p>Thanks,<br>Bo</p><table><tr><td>A2</td><td>x2</td></tr></table>"
    )
    lines = [line.strip() for line in _parse(html).body.splitlines() if line.strip()]
    assert lines == ["We need 2 gig posters.", "Thanks,", "Bo", "A2 x2"]


def test_text_attachments_are_kept_as_text_and_other_attachments_by_name() -> None:
    message = EmailMessage()
    message["From"] = "Bo <bo@x.example>"
    message.set_content("See the brief.")
    message.add_attachment("Deadline: 2027-02-01", filename="brief.txt")
    message.add_attachment(b"\x89PNG", maintype="image", subtype="png", filename="logo.png")
    msg = _parse(message.as_bytes())
    assert msg.attachments == ("brief.txt", "logo.png")
    assert [t.strip() for t in msg.attachment_texts] == ["Deadline: 2027-02-01"]


def _mail(sender: str) -> bytes:
    return f"From: {sender}\r\nSubject: Logo\r\nMessage-ID: <q@x>\r\n\r\nCould you design a logo?\r\n".encode()


@pytest.mark.parametrize(
    "sender", ["Ann <ANN@Example.com>", '"Ann (ann@evil.example)" <ann@example.com>', "ann@example.com (Ann)"]
)
def test_a_brief_and_a_reply_read_the_same_sender(sender: str) -> None:
    raw = _mail(sender)
    msg = _parse(raw)
    assert read_inquiry(raw).sender_email == reply_to(msg, "k", "x.example").to == msg.sender


def test_a_domain_in_any_script_is_answered_at_its_ascii_spelling() -> None:
    # A client at an umlaut domain is a client; SMTP without SMTPUTF8 reaches them at the IDNA form, and a
    # look-alike domain (Cyrillic "асme") spells differently from the real one, so it is never taken for it.
    raw = "From: =?utf-8?q?Lukas?= <lukas@stadtgefl\u00fcster.example>\r\nSubject: Logo\r\n\r\nHallo\r\n"
    msg = _parse(raw.encode("utf-8"))
    assert msg.sender == "lukas@xn--stadtgeflster-4ob.example"
    assert reply_to(msg, "k", "x.example").to == msg.sender
    look_alike = _parse("From: a@\u0430\u0441me.example\r\n\r\nx".encode())
    assert look_alike.sender.isascii() and look_alike.sender != "a@acme.example"
    with pytest.raises(UnparseableMessage, match="SMTPUTF8"):
        _parse("From: j\u00fcrgen@shop.example\r\n\r\nx".encode())
    for hidden in (
        "shop.example\u200b.evil.example",
        "sh\u00adop.example",
        "\uff53hop.example",
    ):  # IDNA would map these
        with pytest.raises(UnparseableMessage, match="IDNA"):
            _parse(f"From: a@{hidden}\r\n\r\nx".encode())


def test_an_address_in_bytes_that_are_not_utf8_is_never_guessed() -> None:
    # "ann@examp\xc8e.com": Windows-1252 would read a domain the sender may never have had, and the reply would go
    # to its IDNA spelling. A name in those bytes is still read (old mail programs write "J\xfcrgen").
    with pytest.raises(UnparseableMessage, match="not UTF-8"):
        _parse(b"From: ann@examp\xc8e.com\r\nSubject: Logo\r\n\r\nHallo\r\n")
    named = _parse(b"From: J\xfcrgen Weber <j@weber.example>\r\nSubject: Logo\r\n\r\nHallo\r\n")
    assert (named.sender, named.sender_name) == ("j@weber.example", "J\u00fcrgen Weber")
    assert _parse("From: a@b\u00e4cker.example\r\n\r\nx".encode()).sender == "a@xn--bcker-gra.example"


def test_a_brief_refuses_a_mail_whose_sender_the_daemon_would_quarantine() -> None:
    raw = _mail('"a@b.example" <>')
    with pytest.raises(UnparseableMessage):
        _parse(raw)
    with pytest.raises(ToolError, match="cannot be read"):
        read_inquiry(raw)


def test_dedupe_fields_key_any_bytes_before_parsing() -> None:
    raw = b"Message-ID: <x@y> (comment)\r\nFrom: a@b.example\r\n\r\nbody"
    assert dedupe_fields(raw) == ("<x@y>", content_hash(raw))
    garbage = b"\xff\xfe\x00 not a mail"
    assert dedupe_fields(garbage) == dedupe_fields(garbage) and dedupe_fields(garbage)[0] == ""


@pytest.mark.parametrize(
    "header",
    [
        b"Message-ID: <abc.1@Shop.Example>",
        b"Message-ID:\r\n <abc.1@shop.example>",
        b"Message-Id:   <abc.1@SHOP.example>  ",
        b"MESSAGE-ID: <abc.1@shop.example\r\n >",
    ],
    ids=["domain case", "folded", "spaces", "folded inside"],
)
def test_one_message_id_has_one_key_before_and_after_parsing(header: bytes) -> None:
    raw = header + b"\r\nFrom: a@b.example\r\nSubject: logo\r\n\r\nbody\r\n"
    assert dedupe_fields(raw)[0] == "<abc.1@shop.example>"
    assert _parse(raw).message_id == "<abc.1@shop.example>"


def test_a_message_id_outside_ascii_is_no_message_id() -> None:
    raw = (
        "Message-ID: <caf\u00e9@shop.example>\r\nFrom: a@b.example\r\nReferences: <r\u00e9f@x> <ok@x>\r\n\r\nb".encode()
    )
    assert dedupe_fields(raw)[0] == ""
    msg = _parse(raw)
    assert msg.message_id == "" and msg.references == ("<ok@x>",)


def _mime(parts: list[tuple[str, bytes, str]]) -> bytes:
    """A multipart/alternative-or-mixed message from (content type, payload, extra part headers)."""
    body = b"".join(
        b"--B\r\nContent-Type: " + ctype.encode() + b"\r\n" + extra.encode() + b"\r\n" + payload + b"\r\n"
        for ctype, payload, extra in parts
    )
    head = b"From: a@b.example\r\nSubject: logo\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n"
    return head + b"\r\n" + body + b"--B--\r\n"


@pytest.mark.parametrize(
    "markup",
    [
        # Unclosed tags and attribute soup: what made the old tag regexes quadratic (1 MB took minutes).
        b"<p>Hello, a logo please.</p>" + b"<a href='x' " * 300_000 + b"<div" * 400_000,
        # As many elements as bytes allow: the most work a capped parse can be given.
        b"<p>Hello, a logo please.</p>" + b"<p>x<b>y</b>" * 500_000,
    ],
    ids=["tag soup", "dense elements"],
)
def test_a_five_megabyte_html_part_parses_in_bounded_time(markup: bytes) -> None:
    """CPU time, not wall time: other processes on the machine must not fail it; the old regexes took minutes."""
    assert len(markup) > 5_000_000
    raw = b"From: a@b.example\r\nSubject: big\r\nContent-Type: text/html\r\n\r\n" + markup
    started = time.process_time()
    msg = _parse(raw)
    elapsed = time.process_time() - started
    assert msg.body.startswith("\nHello, a logo please.") and len(msg.body) <= MAX_BODY_CHARS
    assert elapsed < 3.0, f"{elapsed:.2f} CPU s"


def test_the_html_alternative_is_read_even_next_to_a_plain_part() -> None:
    raw = _mime(
        [
            ("text/plain; charset=utf-8", b"Hello, a logo please.", ""),
            ("text/html; charset=utf-8", b"<p>Hello, a logo please. <b>Ur</b>gent, we are <i>furious</i>.</p>", ""),
        ]
    )
    msg = _parse(raw)
    assert msg.body.strip() == "Hello, a logo please."
    assert "Urgent, we are furious." in msg.alternative


def test_any_part_that_is_not_a_body_is_an_attachment_even_without_a_name() -> None:
    raw = _mime(
        [
            ("text/plain", b"See the sketch.", ""),
            ("image/png", b"iVBORw0KGgo=", "Content-Transfer-Encoding: base64\r\n"),
            ("application/pdf", b"JVBERi0=", "Content-Disposition: inline\r\nContent-Transfer-Encoding: base64\r\n"),
        ]
    )
    assert _parse(raw).attachments == ("unnamed image/png", "unnamed application/pdf")


def test_raw_8bit_headers_read_as_the_text_they_are() -> None:
    # Many mail programs write UTF-8 (RFC 6532), some a legacy charset, next to encoded words; none of it may
    # reach a reply as U+FFFD or a lone surrogate.
    raw = (
        b"From: J\xc3\xbcrgen Vogt <j@kulturhaus.example>\r\nSubject: Plakate f\xc3\xbcr =?utf-8?q?caf=C3=A9?= "
        b"=?utf-8?q?_Lindenhof?= \\udc80\r\nMessage-ID: <p1@kulturhaus.example>\r\n\r\nHallo\r\n"
    )
    msg = parse_message(raw, mailbox="INBOX", uidvalidity=1, uid=1)
    assert msg.sender_name == "Jürgen Vogt" and msg.subject == "Plakate für café Lindenhof \\udc80"
    legacy = b"From: a@b.example\r\nSubject: Gr\xfc\xdfe\r\nMessage-ID: <p2@b.example>\r\n\r\nx\r\n"
    assert parse_message(legacy, mailbox="INBOX", uidvalidity=1, uid=2).subject == "Grüße"
    broken = b"From: a@b.example\r\nSubject: bad \xed\xa0\x80 bytes\r\nMessage-ID: <p3@b.example>\r\n\r\nx\r\n"
    subject = parse_message(broken, mailbox="INBOX", uidvalidity=1, uid=3).subject
    assert subject.encode("utf-8") and not any(0xD800 <= ord(c) <= 0xDFFF for c in subject)


def _flowed(body: bytes, params: bytes = b"") -> bytes:
    return (
        b"From: Ann <ann@example.com>\r\nSubject: Poster\r\nMessage-ID: <f@example.com>\r\n"
        b"Content-Type: text/plain; charset=utf-8; format=flowed" + params + b"\r\n\r\n" + body
    )


def test_format_flowed_soft_breaks_are_unwrapped_and_space_stuffing_removed() -> None:
    body = (
        b"Hello Mara, we would like two gig \r\nposters for the spring \r\ntour.\r\n"
        b" From the band's side, the date is fixed.\r\n"
        b"> Earlier you \r\n> wrote this.\r\n"
        b"-- \r\nAnn\r\n"
    )
    lines = _parse(_flowed(body)).body.splitlines()
    assert lines == [
        "Hello Mara, we would like two gig posters for the spring tour.",
        "From the band's side, the date is fixed.",
        "> Earlier you wrote this.",
        "-- ",
        "Ann",
    ]


def test_format_flowed_with_delsp_drops_the_space_the_sender_added() -> None:
    body = b"Zwei Plakat \r\nmotive bis Freitag.\r\n"
    assert _parse(_flowed(body, b"; delsp=yes")).body.splitlines() == ["Zwei Plakatmotive bis Freitag."]


def test_plain_text_without_format_flowed_keeps_its_line_breaks() -> None:
    raw = b"From: a@b.example\r\nContent-Type: text/plain\r\n\r\nline one \r\nline two\r\n"
    assert _parse(raw).body.splitlines() == ["line one ", "line two"]


def test_every_store_reads_a_non_ascii_domain_in_one_spelling() -> None:
    from assistant.erasure.matcher import Matcher, spellings
    from assistant.profile import ClientContact

    contact = ClientContact(
        name="Bäckerei Sonne", emails=("Anna@Bäckerei-Sonne.example",), domains=("bäckerei-sonne.example",)
    )
    assert contact.emails == ("anna@xn--bckerei-sonne-bfb.example",)
    assert contact.domains == ("xn--bckerei-sonne-bfb.example",)
    forget = Matcher(label="address", addresses=tuple(spellings("anna@bäckerei-sonne.example")))
    assert forget.mentions("Reply to anna@xn--bckerei-sonne-bfb.example") and forget.mentions(
        "anna@bäckerei-sonne.example"
    )
