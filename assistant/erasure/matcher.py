"""What an erasure looks for: a client's names, addresses and mail domains, compared with accents and case folded.

Every store asks the same two questions of its rows, so that "the client" means one thing everywhere:
:meth:`Matcher.mentions` (does this text name them, write to them, or come from them?) and
:meth:`Matcher.is_client` (is this record filed under them?). Names match as whole words with any punctuation,
or none, between their words, so ``Acme Studio``, ``ACME-studio`` (the memory key), ``acmestudio`` (a login)
and ``acmé studio`` are one client, while ``Acme Studios`` is another. Erasing too much is the safer error.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from pydantic import BaseModel, ConfigDict

from assistant.addresses import ascii_domain, unicode_domain


def fold(text: str) -> str:
    """``text`` without accents and case: ``Léa Müller`` -> ``lea muller``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def spellings(address_or_domain: str) -> set[str]:
    """Every folded spelling of a mail address or domain: as written, and its domain in IDNA and in Unicode.

    The daemon keeps a sender at "lukas@xn--stadtgeflster-4ob.example" (the spelling SMTP carries), while the
    mail itself and the freelancer's own words say "stadtgeflüster.example": forgetting one must forget both.
    """
    value = address_or_domain.strip()
    local, at, domain = value.rpartition("@")
    found = {fold(value)}
    for spelled in (ascii_domain(domain), unicode_domain(domain)):
        if spelled is not None:
            found.add(fold(f"{local}{at}{spelled}"))
    return found


class Matcher(BaseModel):
    """The client (or source, or sender) being forgotten, as the stores test for it. Saved in the erasure journal."""

    model_config = ConfigDict(frozen=True)

    label: str
    """What the report calls the target: ``client Acme``, ``address ana@x.org``, ``source /briefs/a.md``."""
    names: tuple[str, ...] = ()
    """Client names, folded."""
    addresses: tuple[str, ...] = ()
    """Mail addresses, folded."""
    domains: tuple[str, ...] = ()
    """Mail domains that belong only to this client, folded, without ``@``."""
    sources: tuple[str, ...] = ()
    """Memory sources to forget whatever they say (``atelier memory forget --source``)."""

    @functools.cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        parts = [r"[\W_]*".join(re.escape(word) for word in re.findall(r"\w+", name)) for name in self.names]
        parts = [rf"(?<!\w){part}(?!\w)" for part in parts if part]
        parts += [rf"(?<![\w.+-]){re.escape(address)}(?![\w-]|\.\w)" for address in self.addresses]
        parts += [rf"(?<![\w-]){re.escape(domain)}(?![\w-]|\.\w)" for domain in self.domains]
        return re.compile("|".join(parts)) if parts else None

    def mentions(self, text: str) -> bool:
        """Whether ``text`` names the client, or holds one of their addresses or domains."""
        pattern = self._pattern
        return pattern is not None and bool(text) and pattern.search(fold(text)) is not None

    def mentions_bytes(self, data: bytes) -> bool:
        """:meth:`mentions` for raw file or mail bytes, read as UTF-8.

        Undecodable bytes become U+FFFD, which separates words: dropping them instead would join the letters
        around them, and random bytes in a vector file would spell a short name now and then.
        """
        return self.mentions(data.decode("utf-8", errors="replace"))

    def is_client(self, client: str) -> bool:
        """Whether a record filed under ``client`` (a name, an address or a daemon scope name) is this client's."""
        return self.mentions(client)

    def is_source(self, source: str) -> bool:
        """Whether ``source`` is one of the memory sources named for forgetting."""
        return source in self.sources

    @property
    def empty(self) -> bool:
        """Nothing to look for (a client with no name and no address cannot be matched)."""
        return not (self.names or self.addresses or self.domains or self.sources)
