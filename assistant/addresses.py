"""Mail domains in their two spellings: Unicode as people write them, IDNA ("xn--") as SMTP carries them.

Atelier sends without SMTPUTF8, so a reply to "lukas@stadtgeflüster.example" goes to the domain's IDNA spelling
(RFC 5891), and that is the spelling it keeps and compares: the client directory, the ledger and a forget all
read an address the same way. A look-alike domain ("асme.example" in Cyrillic) spells differently from the real
one in IDNA, so it is never taken for it.
"""

from __future__ import annotations


def ascii_domain(domain: str) -> str | None:
    """``domain`` in IDNA (``xn--``) form, itself when already ASCII, or ``None`` when it has no such spelling."""
    if domain.isascii():
        return domain
    try:
        spelled = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    # IDNA maps some characters to nothing (a zero-width space, a soft hyphen): "bakery.example\u200b.evil.example"
    # would become another domain than the one shown. Only a spelling that reads back as written is one.
    return spelled if unicode_domain(spelled) == domain.lower() else None


def unicode_domain(domain: str) -> str | None:
    """``domain`` as people write it (``xn--`` labels decoded), or ``None`` when it is not valid IDNA."""
    try:
        return domain.encode("ascii").decode("idna")
    except UnicodeError:
        return None


def ascii_spelling(address: str) -> str:
    """An address (or a bare domain) lower-cased, with its domain in IDNA form when it has one, else as given."""
    local, at, domain = address.strip().lower().rpartition("@")
    return f"{local}{at}{ascii_domain(domain) or domain}"
