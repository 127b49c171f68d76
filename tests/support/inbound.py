"""An inbound mail to the demo's freelancer, built as a client's mail program would and parsed as the daemon does."""

from __future__ import annotations

from email.message import EmailMessage

from assistant.mail.message import InboundMessage
from assistant.mail.parsing import parse_message

OWN_ADDRESS = "studio@lindqvist.example"


def inbound(
    body: str,
    subject: str = "Hello",
    sender: str = "someone@example.com",
    html: str = "",
    message_id: str = "<k1@example.com>",
    **headers: str,
) -> InboundMessage:
    """A plain-text mail (with an HTML alternative when ``html`` is given); ``List_Id=`` becomes ``List-Id:``."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = OWN_ADDRESS
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    return parse_message(msg.as_bytes(), mailbox="INBOX", uidvalidity=1, uid=1)
