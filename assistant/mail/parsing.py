"""Turn the raw bytes of a message into an :class:`InboundMessage`, or say precisely why that is impossible.

Mail from strangers is often malformed. Parsing never raises anything but :class:`UnparseableMessage`, whose
reason goes to the quarantine table; the caller never drops a message silently. This is the only e-mail parser:
the daemon reads its inbox with it and the brief tool reads ``.eml`` files with it, so a brief's client address
is exactly the address a reply may go to.
"""

from __future__ import annotations

import email
import email.errors
import email.header
import email.headerregistry
import email.policy
import email.utils
import hashlib
import re
from collections.abc import Iterator
from email.message import Message

from selectolax.lexbor import LexborHTMLParser

from assistant.addresses import ascii_domain
from assistant.mail.message import Attachment, InboundMessage
from assistant.mail.text import storable, visible

MAX_BODY_CHARS = 20_000
MAX_HEADER_CHARS = 2_000
MAX_ATTACHMENT_CHARS = 20_000
MAX_PARTS = 200
"""More MIME parts, or multipart containers, than any inquiry has: the message is quarantined unread (the email
package recurses once per nesting level; 1,000 levels took it 4.5 s to give up with a RecursionError)."""
_TEXT_ATTACHMENTS = ("text/plain", "text/markdown")
_TRIAGE_HEADERS = (
    "auto-submitted",
    "precedence",
    "list-id",
    "list-unsubscribe",
    "list-post",
    "x-autoreply",
    "x-autorespond",
    "x-auto-response-suppress",
    "x-mailer",
    "return-path",
    "content-type",
    "x-atelier-outbox",
    "feedback-id",
    "x-campaign",
    "x-mailchimp-id",
    "reply-to",
    "to",
    "cc",
)
_ADDR = re.compile(r"^[^@\s<>(),;:\"\\\x00-\x1f]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")
_MSGID = re.compile(r"<[!-;=?-~]+>")
"""A Message-ID as RFC 5322 writes it: printable ASCII in angle brackets. A non-ASCII "id" is no id at all, so it
can never reach an IMAP ``SEARCH`` (where the server rejects it) or a ``References:`` header."""
_STRICT = email.headerregistry.HeaderRegistry()
MAX_HTML_CHARS = 500_000
"""HTML beyond this is not parsed: half a million characters of markup hold far more than :data:`MAX_BODY_CHARS` of
text, and the cap keeps parsing bounded in time whatever a part's size."""
_HIDDEN_TAGS = ["script", "style", "head", "template", "noscript", "svg", "object"]
_BLOCK_TAGS = frozenset("p div li tr h1 h2 h3 h4 h5 h6 table ul ol blockquote hr br section article pre".split())
"""Tags that start a new line, so that text from HTML keeps its lines (a sign-off, a list) for the readers."""
_BODY_TYPES = ("text/plain", "text/html")


class UnparseableMessage(Exception):
    """The message cannot be used; ``str(exc)`` is the reason stored in quarantine."""


def _undecoded_header(msg: Message, name: str, *, guess: bool = True) -> str:
    """The first value of a header exactly as written (encoded words still encoded), never raising.

    8-bit bytes that are not UTF-8 are read as Windows-1252 (:func:`_eight_bit`), or with ``guess=False`` as
    U+FFFD: a guess is good enough for a name, never for an address a reply will go to.
    """
    try:
        value = msg.get(name)
        if isinstance(value, email.header.Header):  # raw 8-bit bytes in the header
            return "".join(
                (_eight_bit(part) if guess else part.decode("utf-8", "replace")) if isinstance(part, bytes) else part
                for part, _ in email.header.decode_header(value)
            )
    except Exception as exc:  # noqa: BLE001 - the email package raises many types on bad headers
        raise UnparseableMessage(f"header {name}: {type(exc).__name__}: {exc}") from exc
    return "" if value is None else str(value)


def _eight_bit(data: bytes) -> str:
    """Raw 8-bit header bytes as the text they are: UTF-8 (RFC 6532), else Windows-1252.

    Many mail programs write ``Subject: Plakate für …`` unencoded. The bytes parser keeps such a header as
    bytes of "unknown-8bit", which ``str()`` would turn into U+FFFD before the reply quotes it; here they are
    decoded, and what cannot be decoded becomes U+FFFD, never a lone surrogate.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _raw_header(msg: Message, name: str) -> str:
    """The first value of a header as a plain string, decoding encoded words, never raising."""
    return _decode_words(_undecoded_header(msg, name))


def _decode_words(text: str) -> str:
    """Decode RFC 2047 encoded words into one line of plain text."""
    try:
        if text.isascii():
            parts = email.header.decode_header(text)
        else:  # 8-bit text next to encoded words: decode_header would hand the text back as escapes
            parts = _mixed_words(text)
        decoded = "".join(
            part.decode(charset or "ascii", errors="replace") if isinstance(part, bytes) else part
            for part, charset in parts
        )
    except (LookupError, ValueError, email.errors.HeaderParseError):
        decoded = text
    return " ".join(decoded.split())[:MAX_HEADER_CHARS]


_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[qQbB]\?[^?\s]*\?=")


def _mixed_words(text: str) -> list[tuple[str | bytes, str | None]]:
    """``text``'s encoded words decoded one by one, the text around them kept as it is.

    Whitespace between two adjacent encoded words is dropped, as RFC 2047 section 6.2 says.
    """
    parts: list[tuple[str | bytes, str | None]] = []
    last = 0
    for match in _ENCODED_WORD.finditer(text):
        between = text[last : match.start()]
        if not (parts and last and not between.strip()):
            parts.append((between, None))
        parts.extend(email.header.decode_header(match.group()))
        last = match.end()
    parts.append((text[last:], None))
    return parts


def content_hash(raw: bytes) -> str:
    """sha256 of the identifying headers and the body, stable across servers that add trace headers."""
    split = re.search(rb"\r?\n\r?\n", raw)
    # Only the header block is parsed (it ends at that blank line at the latest), not a 24 MB body: the same
    # header values as a parse of the whole message, in time that does not grow with the body.
    block = raw[: split.end()] if split else raw
    msg = email.message_from_bytes(block, policy=email.policy.compat32)
    head = "\n".join(f"{name}:{msg.get(name, '')}" for name in ("message-id", "from", "to", "date", "subject"))
    body = raw[split.end() :] if split else b""
    return hashlib.sha256(head.encode("utf-8", "replace") + b"\0" + body.replace(b"\r\n", b"\n")).hexdigest()


def normal_message_id(value: str) -> str:
    """The one form of a Message-ID that dedupe, threading and IMAP searches compare: ``<local@domain>``.

    Folding and whitespace go (a header folded over two lines is the same id), the domain is lower-cased (domains
    are case-insensitive; the local part is kept as written), and anything but printable ASCII in brackets
    yields ``""``: no id.
    """
    match = _MSGID.search("".join(value.split()))
    if match is None:
        return ""
    local, at, domain = match.group(0)[1:-1].rpartition("@")
    return f"<{local}@{domain.lower()}>" if at else match.group(0)


def dedupe_fields(raw: bytes) -> tuple[str, str]:
    """(Message-ID, content hash) before any parse, as the ledger keys a message; never raises.

    The Message-ID is :func:`normal_message_id` of the (unfolded) header, exactly what :func:`parse_message`
    returns, so that the daemon (which records before parsing) and chat (which parses first) key one inquiry
    alike. A message without a usable id is keyed by its content hash alone.
    """
    try:
        head = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0].decode("utf-8", "replace")
        unfolded = re.sub(r"\r?\n[ \t]", " ", head)
        match = next((line for line in unfolded.splitlines() if line.lower().startswith("message-id:")), "")
        mid = normal_message_id(match.split(":", 1)[1][:2000]) if match else ""
        return mid, content_hash(raw)
    except Exception:  # noqa: BLE001 - any garbage still gets a stable key, and is quarantined later
        return "", hashlib.sha256(raw).hexdigest()


def headline(raw: bytes) -> tuple[str, str]:
    """``(From, Subject)`` of any raw mail as a person may be shown them; never raises.

    For a message that could not be handled (quarantine), where no parsed record exists: encoded words decoded,
    then :func:`~assistant.mail.text.storable` and :func:`~assistant.mail.text.visible` (no control, bidi or
    zero-width character can reorder or hide what the freelancer reads), one line, at most 200 characters each.
    """
    try:
        head = re.split(rb"\r?\n\r?\n", raw[:200_000], maxsplit=1)[0]
        msg = email.message_from_string(head.decode("utf-8", "replace"), policy=email.policy.compat32)
        values = [_raw_header(msg, name) for name in ("from", "subject")]  # raw UTF-8 read as UTF-8
    except Exception:  # noqa: BLE001 - a header block the email package cannot read shows as unknown
        values = ["", ""]
    sender, subject = (storable(visible(value), multiline=False).strip()[:200] for value in values)
    return sender, subject


def _message_ids(msg: Message, name: str) -> tuple[str, ...]:
    """Every Message-ID in a threading header, each in :func:`normal_message_id` form."""
    value = _undecoded_header(msg, name)[: 50 * MAX_HEADER_CHARS]
    return tuple(normal_message_id(mid) for mid in _MSGID.findall(" ".join(value.split())))


def _strict_addresses(value: str) -> list[str]:
    """The addresses in ``value`` as the standard library's strict RFC 5322 parser reads them."""
    try:
        header = _STRICT("from", value)
        addresses: tuple[email.headerregistry.Address, ...] = getattr(header, "addresses", ())
        return [a.addr_spec.strip().lower() for a in addresses if a.addr_spec]
    except Exception as exc:  # noqa: BLE001 - the header parser raises many types on garbage
        raise UnparseableMessage(f"From: unreadable ({type(exc).__name__})") from exc


def ascii_address(addr: str) -> str:
    """``addr`` as SMTP without SMTPUTF8 carries it (:mod:`assistant.addresses`), else an error.

    A non-ASCII domain has an ASCII (IDNA) spelling, which the reply goes to; a non-ASCII local part has none,
    and a reply would need SMTPUTF8, which Atelier does not use.
    """
    local, at, domain = addr.rpartition("@")
    if at and local.isascii():
        spelled = ascii_domain(domain)
        if spelled is None:
            raise UnparseableMessage(f"From: {addr[:80]!r} has a domain with no ASCII (IDNA) spelling")
        return f"{local}@{spelled}"
    if not addr.isascii():
        raise UnparseableMessage(
            f"From: {addr[:80]!r} is an internationalised address: a reply would need SMTPUTF8, which Atelier"
            " does not use; answer it from your mail client"
        )
    return addr


def _sure_addresses(msg: Message) -> set[str]:
    """The From addresses read with no guess at 8-bit bytes that are not UTF-8 (they become U+FFFD)."""
    value = " ".join(_undecoded_header(msg, "from", guess=False)[: 4 * MAX_HEADER_CHARS].split())
    found = set()
    for _, addr in email.utils.getaddresses([value]):
        try:
            found.add(ascii_address(addr.strip().lower()))
        except UnparseableMessage:
            continue
    return found


def parse_sender(value: str) -> tuple[str, str]:
    """The one (name, address) in a ``From:`` value, or :class:`UnparseableMessage`.

    Two parsers read the value, the lenient one (``getaddresses``) and the strict one (``headerregistry``), and
    both must find the same single address: a value they read differently (a stray quote, an empty ``<>``, a
    comment holding an address) is exactly what an attacker would use to be answered at someone else's address.
    """
    addresses = [(name, addr) for name, addr in email.utils.getaddresses([value]) if addr]
    if len(addresses) != 1:
        raise UnparseableMessage(f"From: needs exactly one address, found {len(addresses)}")
    name, addr = addresses[0]
    addr = ascii_address(addr.strip().lower())
    if not _ADDR.match(addr) or len(addr) > 254:
        raise UnparseableMessage(f"From: {addr[:80]!r} is not a usable address")
    if [ascii_address(strict) for strict in _strict_addresses(value)] != [addr]:
        raise UnparseableMessage(f"From: {value[:80]!r} is read differently by a strict parser: ambiguous sender")
    return name.strip(), addr


def _decode_part(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def _unflow(text: str, *, delsp: bool) -> str:
    """A ``format=flowed`` body (RFC 3676) as the paragraphs its writer typed.

    A line ending in a space is soft: it joins the next line of the same quote depth (with DelSp=yes the space
    was added by the sender and goes too). A line starting with a space was space-stuffed, and loses that one
    space. The signature separator ``-- `` is never soft. Without this, a phone's or Thunderbird's reply reads as
    lines broken mid-sentence, which the readers (dates, quantities) and a re-read draft would then carry.
    """
    out: list[str] = []
    depth_of_open = -1
    for line in text.split("\n"):
        quotes = len(line) - len(line.lstrip(">"))
        content = line[quotes:]
        if content.startswith(" "):
            content = content[1:]
        soft = content.endswith(" ") and content != "-- "
        if soft and delsp:
            content = content[:-1]
        if depth_of_open == quotes:
            out[-1] += content
        else:
            out.append(">" * quotes + (" " if quotes and content else "") + content)
        depth_of_open = quotes if soft else -1
    return "\n".join(out)


def _plain_text(part: Message) -> str:
    """A text/plain part's text, unwrapped when it says it is ``format=flowed``."""
    text = _decode_part(part).replace("\r\n", "\n")
    if str(part.get_param("format") or "").lower() != "flowed":
        return text
    return _unflow(text, delsp=str(part.get_param("delsp") or "").lower() == "yes")


def _html_text(markup: str) -> str:
    """The text a reader sees in an HTML part, with its lines, in time linear in the (capped) markup.

    Lexbor (through ``selectolax``), a real HTML5 parser written in C, reads at most :data:`MAX_HTML_CHARS`:
    scripts, styles and comments go, block elements and ``<br>`` start lines, cells are separated by a space,
    inline tags (``<b>``, ``<span>``) join their text without one, and entities are decoded. One walk over the
    tree in document order does it (no regex runs on markup).
    """
    tree = LexborHTMLParser(markup[:MAX_HTML_CHARS])
    tree.strip_tags(_HIDDEN_TAGS)
    root = tree.body or tree.root
    if root is None:
        return ""
    out: list[str] = []
    for node in root.traverse(include_text=True):  # document order: a block's line starts before its text
        tag = node.tag
        if tag == "-text":
            out.append(node.text_content or "")
        elif tag in _BLOCK_TAGS:
            out.append("\n")
        elif tag in ("td", "th"):
            out.append(" ")
    return "".join(out)


def _leaf_parts(msg: Message) -> Iterator[tuple[Message, str, bool]]:
    """Each leaf part, its content type, and whether it is an attachment: named, disposed so, or not a body type.

    The one rule for what counts as an attachment, for the parsed message and for the files a draft carries.
    """
    for depth, part in enumerate(msg.walk()):
        if depth > MAX_PARTS:
            raise UnparseableMessage(f"more than {MAX_PARTS} MIME parts")
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        disposition = (part.get("content-disposition") or "").lower()
        yield part, ctype, bool(part.get_filename() or disposition.startswith("attachment") or ctype not in _BODY_TYPES)


def _body_and_attachments(msg: Message) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    """(body, the other alternative's text, attachment names, attachment texts).

    Any leaf part that is not a text body is an attachment, named or not: an image with no file name is still
    something the daemon did not read. The HTML alternative is read too (not only when there is no plain
    part), so that what a reader sees in either one reaches the hand-off rules.
    """
    plain: list[str] = []
    htmls: list[str] = []
    attachments: list[str] = []
    texts: list[str] = []
    for part, ctype, is_attachment in _leaf_parts(msg):
        if is_attachment:
            attachments.append(str(part.get_filename() or f"unnamed {ctype}")[:200])
            if ctype in _TEXT_ATTACHMENTS:
                texts.append(_decode_part(part).replace("\r\n", "\n")[:MAX_ATTACHMENT_CHARS])
            continue
        if ctype == "text/plain":
            plain.append(_plain_text(part)[: 2 * MAX_BODY_CHARS])
        else:
            htmls.append(_html_text(_decode_part(part)))
    html = "\n".join(htmls).replace("\r\n", "\n")[:MAX_BODY_CHARS]
    if not plain:
        return html, "", tuple(attachments), tuple(texts)
    return "\n".join(plain).replace("\r\n", "\n")[:MAX_BODY_CHARS], html, tuple(attachments), tuple(texts)


def attachment_parts(raw: bytes) -> tuple[Attachment, ...]:
    """The files a message carries, with their bytes, by the same rule as :attr:`InboundMessage.attachments`.

    Only the freelancer's own mail is read this way (a draft they re-saved in their mail client, whose PDF quote
    and any file they added go out with the reply); a stranger's attachments are never kept.

    Raises:
        UnparseableMessage: the message cannot be read.
    """
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        found: list[Attachment] = []
        for part, ctype, is_attachment in _leaf_parts(msg):
            if is_attachment:
                data = part.get_payload(decode=True)
                name = _decode_words(str(part.get_filename() or f"attachment.{ctype.rsplit('/', 1)[-1]}"))[:200]
                found.append(Attachment(name, ctype, data if isinstance(data, bytes) else b""))
        return tuple(found)
    except UnparseableMessage:
        raise
    except Exception as exc:  # noqa: BLE001 - the email package raises many types on bad input
        raise UnparseableMessage(f"cannot read the attachments: {type(exc).__name__}: {str(exc)[:200]}") from exc


def parse_message(raw: bytes, *, mailbox: str, uidvalidity: int, uid: int) -> InboundMessage:
    """Parse one message, or raise :class:`UnparseableMessage` with the reason.

    Args:
        raw: the bytes the IMAP server returned for ``BODY.PEEK[]``.
        mailbox: the folder it came from.
        uidvalidity: the folder's UIDVALIDITY when it was fetched.
        uid: its UID in that folder.
    """
    if not raw.strip():
        raise UnparseableMessage("empty message")
    if raw.lower().count(b"multipart/") > MAX_PARTS:  # before the email package recurses into each one
        raise UnparseableMessage(f"more than {MAX_PARTS} multipart containers: nested too deep to read")
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        if len(msg.get_all("from") or []) > 1:
            raise UnparseableMessage("more than one From: header (RFC 5322 allows one): the sender is ambiguous")
        # Structure first, then decode: an encoded word may carry "<", "@" or "," but never adds an address.
        name, sender = parse_sender(" ".join(_undecoded_header(msg, "from")[: 4 * MAX_HEADER_CHARS].split()))
        if sender not in _sure_addresses(msg):  # "From: ann@examp\xc8e.com": which letter was meant?
            raise UnparseableMessage(
                "From: the address holds 8-bit bytes that are not UTF-8: it cannot be read for sure"
            )
        name = _decode_words(name)
        date = None
        date_text = _raw_header(msg, "date")
        if date_text:
            try:
                date = email.utils.parsedate_to_datetime(date_text)
            except (TypeError, ValueError, IndexError):
                date = None
        headers = {name: _raw_header(msg, name) for name in _TRIAGE_HEADERS if msg.get(name) is not None}
        body, alternative, attachments, attachment_texts = _body_and_attachments(msg)
        return InboundMessage(
            mailbox=mailbox,
            uidvalidity=uidvalidity,
            uid=uid,
            message_id=normal_message_id(_undecoded_header(msg, "message-id")),
            content_hash=content_hash(raw),
            sender=sender,
            sender_name=name,
            subject=_raw_header(msg, "subject"),
            date=date,
            in_reply_to=" ".join(_message_ids(msg, "in-reply-to"))[:MAX_HEADER_CHARS],
            references=_message_ids(msg, "references")[-50:],
            headers=headers,
            body=body,
            alternative=alternative,
            attachments=attachments,
            attachment_texts=attachment_texts,
        )
    except UnparseableMessage:
        raise
    except (RecursionError, MemoryError) as exc:
        raise UnparseableMessage(f"message too deeply nested or too large: {type(exc).__name__}") from exc
    except Exception as exc:  # noqa: BLE001 - quarantine, never crash, on anything the email package raises
        raise UnparseableMessage(f"cannot parse: {type(exc).__name__}: {str(exc)[:200]}") from exc
