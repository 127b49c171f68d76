"""The polite decline for work that is not on the rate card, written by code (no model, no inquiry text in it).

A tattoo asked of an illustrator deserves an answer, but never a quote: the reply thanks the sender, says this is
not work the freelancer offers, and lists what they do offer, from the rate card. It is built only from the
profile and a sanitised first name, so nothing a stranger wrote can speak through it. With ``[triage] off_card =
"handoff"`` the same draft goes to the freelancer with a hand-off reason instead of waiting as a normal draft.
"""

from __future__ import annotations

from assistant.daemon.models import Draft, DraftKind, TriageResult
from assistant.mail.message import InboundMessage
from assistant.profile import Profile

DECLINE_KIND = DraftKind.DECLINE


def decline_draft(msg: InboundMessage, profile: Profile, result: TriageResult, subject: str) -> Draft:
    """A short, warm no, with what the freelancer does instead; ``subject`` is the reply subject, already built."""
    tone = profile.tone
    name = msg.sender_name.strip().strip('"').split()[0] if msg.sender_name.strip() else ""
    name = name if name.isalpha() and len(name) <= 30 else ""
    offers = ", ".join(s.name.lower() for s in profile.services)
    signature = tone.signature.strip() or profile.name
    body = "\n\n".join(
        [
            f"{tone.greeting} {name},".replace(" ,", ","),
            "Thank you for your message and for thinking of me. What you describe is not work I take on, so I "
            "would rather say so now than keep you waiting.",
            f"What I do offer is {offers}. If one of these is ever useful to you, I would be glad to hear from you.",
            f"Best regards,\n{signature}",
        ]
    )
    handoff = ("work not on the rate card",) if profile.triage.off_card == "handoff" else ()
    return Draft(
        kind=DECLINE_KIND,
        subject=subject,
        body=body + "\n",
        handoff_reasons=handoff,
        summary=f"{msg.sender}: work not on the rate card. {result.reason[:200]}",
    )
