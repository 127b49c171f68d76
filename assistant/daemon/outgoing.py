"""The exact bytes of outgoing mail: a reply (sent, or placed in Drafts) and a hand-off note to the freelancer.

This is the last point before the wire, so the rules are enforced here too: one ``To:`` (the inquiry's parsed
sender, checked against the ledger by the caller), no ``Cc``/``Bcc``, the threading headers that
:mod:`assistant.daemon.identity` made, ``Auto-Submitted: auto-replied`` and the profile's AI disclosure on
everything sent without approval.
"""

from __future__ import annotations

import email.policy
import email.utils
from email.message import EmailMessage

from assistant.daemon.wording import disclosure as disclosure_for
from assistant.errors import MailError
from assistant.mail.message import Attachment
from assistant.mail.parsing import UnparseableMessage, parse_sender
from assistant.mail.text import quotable
from assistant.profile import Profile

OUTBOX_HEADER = "X-Atelier-Outbox"
NOTE_SUBJECT_CHARS = 100
NOTE_LINE_CHARS = 300
_POLICY = email.policy.SMTP.clone(max_line_length=998)
__all__ = ["Attachment", "build_note", "build_reply"]


def _clean_header(value: str) -> str:
    """One line of at most 900 characters, with no RFC 2047 syntax.

    The email package would decode a stranger's leftover ``=?charset?b?...?=`` as an encoded word (into text that
    may not encode) instead of writing it.
    """
    return " ".join(value.replace("\r", " ").replace("\n", " ").replace("=?", "= ?").split())[:900]


def build_reply(
    *,
    profile: Profile,
    from_addr: str,
    to: str,
    inquiry_sender: str,
    subject: str,
    body: str,
    message_id: str,
    in_reply_to: str,
    references: str,
    auto: bool,
    item_id: int,
    language: str = "en",
    attachments: tuple[Attachment, ...] = (),
) -> bytes:
    """The reply as bytes, ready for SMTP and APPEND; ``attachments`` (the quote's PDF) follow the text.

    The AI disclosure of an auto-sent reply is written in the reply's ``language``.

    Raises:
        MailError: ``to`` is not exactly the inquiry's sender (nothing else is ever a recipient).
    """
    try:
        _, parsed_to = parse_sender(to)
    except UnparseableMessage as exc:
        raise MailError(f"refusing to send to {to[:80]!r}: {exc}") from exc
    if parsed_to != inquiry_sender or not inquiry_sender:
        raise MailError(f"refusing to send to {to!r}: only the inquiry's sender may receive the reply")
    msg = EmailMessage(policy=_POLICY)
    msg["From"] = email.utils.formataddr((profile.name, from_addr))
    msg["To"] = parsed_to
    msg["Subject"] = _clean_header(subject)
    msg["Date"] = email.utils.formatdate(localtime=False)
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = _clean_header(references)
    msg[OUTBOX_HEADER] = str(item_id)
    text = body.rstrip() + "\n"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
        disclosure = disclosure_for(language, profile)
        if disclosure and disclosure not in text:
            text += f"\n--\n{disclosure}\n"
    msg.set_content(text, charset="utf-8")
    for attachment in attachments:
        maintype, _, subtype = attachment.content_type.partition("/")
        msg.add_attachment(attachment.data, maintype=maintype, subtype=subtype, filename=attachment.filename)
    return msg.as_bytes()


def build_note(*, profile: Profile, to_self: str, sender: str, about: str, body: str, message_id: str) -> bytes:
    """A note from the daemon to the freelancer (a hand-off summary about an inquiry), placed in their INBOX.

    It arrives under the name "Atelier", which the freelancer trusts, and quotes a stranger's subject (``about``)
    and display name; so every line of it, and the subject, is :func:`~assistant.mail.text.quotable`: no link,
    address, role token or quote survives, and each line is bounded. The one address in it is ``sender``, the
    inquiry's parsed (and so well-formed) sender, on a line of its own.
    """
    lines = [quotable(line, NOTE_LINE_CHARS) if line.strip() else "" for line in body.splitlines()]
    try:
        sender = parse_sender(sender)[1]
    except UnparseableMessage:
        sender = "no usable address"
    lines = [f"Inquiry from: {sender}", "", *lines]
    msg = EmailMessage(policy=_POLICY)
    msg["From"] = email.utils.formataddr(("Atelier", to_self))
    msg["To"] = email.utils.formataddr((profile.name, to_self))
    msg["Subject"] = _clean_header(f"[Atelier] for you: {quotable(about, NOTE_SUBJECT_CHARS)}")
    msg["Date"] = email.utils.formatdate(localtime=False)
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content("\n".join(lines).strip() + "\n", charset="utf-8")
    return msg.as_bytes()
