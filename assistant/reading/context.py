"""Where a service word in a request asks for no such service: it names a use, what exists, or off-card work's object.

A freelancer reads a request's nouns by the clause around them, in every language a client writes:

- a **use**: "4 poses for the box", "Sticker für die Verpackung", "des poses pour la boîte": the box is where the
  poses go, not packaging work. Only a service word after "for" (für, pour, para, per, voor, on, auf, sur, op)
  that follows another service's thing in the same sentence is a use; "illustrations for our magazine" still
  names the magazine's own service, and "labels for the jars" the packaging's.
- **what exists**: "zwei Plakate im bestehenden Erscheinungsbild", "in our existing branding", "dans notre charte
  graphique actuelle", "in onze huidige huisstijl": the corporate design is there already, the posters are asked.
  A rework of it ("redesign our current logo", "unser bestehendes Logo überarbeiten",
  :data:`~assistant.reading.off_card.REWORK`) is asked.
- **off-card work's object**: "translate our children's book", "a 3D-printed figure of our mascot", "video editing
  with our mascot in the titles": the work is off the card (:data:`~assistant.reading.off_card.OFF_CARD`), the
  book and the mascot are what it is done to.
- **who the client is**: "una pequeña editorial", "en Editorial Brisa": a Spanish publisher, not editorial work.

:func:`not_asked` says which of these a keyword match is, from the sentence around it; the service reader
(:func:`assistant.reading.services.keyword_hits`) does not count such a match.
"""

from __future__ import annotations

from assistant.reading.off_card import OFF_CARD, REWORK
from assistant.reading.words import accent_blind

_DET = (
    r"(?:the|a|an|our|my|your|their|this|these|its|der|die|das|den|dem|des|unsere[mnrs]?|meine[mnrs]?|ihre[mnrs]?|"
    r"eure[mnrs]?|le|la|les|l'|l’|notre|nos|mon|ma|mes|votre|vos|leurs?|el|los|las|nuestr[oa]s?|vuestr[oa]s?|mis?|"
    r"il|lo|gli|i|nostr[oaie]|mi[oae]|de|het|onze|ons|mijn|jullie|uw)"
)
_USE = accent_blind(
    rf"\b(?:for|on|onto|für|fuer|fürs|auf|pour|sur|para|per|sul|sulla|sui|sulle|voor|op)\s+(?:{_DET}\s*)?"
    r"(?:[\w'’-]+\s+)?$"
)
"""Right before a service word: "for the (gift) box", "für die Verpackung", "pour l'emballage", "voor onze doos"."""
_EXISTING_BEFORE = accent_blind(
    r"\b(?:existing|current|present|already existing|bestehende[mnrs]?|vorhandene[mnrs]?|bisherige[mnrs]?|"
    r"jetzige[mnrs]?|aktuelle[mnrs]?|existant(?:e|s|es)?|actuel(?:le|s|les)?|(?:el|la|los|las|nuestr[oa]s?) "
    r"actual(?:es)?|existente(?:s)?|attual[ei]|esistent[ei]|vigente|huidige|bestaande)\s+(?:[\w'’-]+\s+)?$"
)
"""Right before a service word: "im bestehenden", "our current", "onze huidige", "la nostra attuale"."""
_EXISTING_AFTER = accent_blind(
    r"^\s+(?:actuel(?:le|s|les)?|existant(?:e|s|es)?|en vigueur|actual(?:es)?|existente(?:s)?|attual[ei]|"
    r"esistent[ei]|vigente)\b"
)
"""Right after a service word, where French, Spanish and Italian put the adjective: "charte graphique actuelle"."""
_OBJECT = accent_blind(
    rf"^\s*(?:[\w'’-]+\s+(?:of|von|vom|de|du|des|di|del|della|van)\s+|"
    rf"(?:of|with|von|mit|de|du|des|avec|con|di|del|della|van|met)\s+)?(?:{_DET}\s*)?$"
)
"""Between off-card work and a service word: "translate our", "3D-printed (figure)", "figure of our", "with our".
A word of its own in between must head an "of" ("figure of our mascot"): "a website, needs a logo" asks for one."""
_PUBLISHER = accent_blind(r"\b(?:la|una|esta|esa|nuestra|vuestra|otra|pequeña|gran|en)\s+(?:[\w'’-]+\s+)?$")
"""Before Spanish "editorial", what makes it the client's trade: "una pequeña editorial", "en Editorial Brisa" are
a publisher (feminine), "ilustración editorial" the card's service."""
_NEW = accent_blind(r"\b(?:new|neue[mnrs]?|nouve(?:au|aux|lle|lles)|nuev[oa]s?|nuov[aeio]|nieuwe?)\b")
_WINDOW = 40


def not_asked(sentence: str, start: int, end: int, *, after_other: bool) -> str | None:
    """Why the service word at ``start:end`` of a folded request sentence asks for nothing, or None when it asks.

    ``after_other`` says that another service's word stands before it in the sentence (what a use is for).
    """
    before = sentence[max(0, start - _WINDOW) : start]
    if sentence[start:end].startswith("editorial") and _PUBLISHER.search(before):
        return "who"
    if after_other and _USE.search(before):
        return "use"
    reworked = REWORK.search(before) or REWORK.match(sentence[end : end + _WINDOW // 2].lstrip(" ,"))
    if (_EXISTING_BEFORE.search(before) or _EXISTING_AFTER.match(sentence[end:])) and not reworked:
        return "existing"  # a rework verb before or, in German and Dutch, after it: "überarbeiten", "vernieuwen"
    for work in OFF_CARD.finditer(sentence[max(0, start - _WINDOW) : end]):
        between = before[work.end() :] if work.end() <= len(before) else ""
        if work.end() <= len(before) and _OBJECT.match(between) and not _NEW.search(between):
            return "off-card"
    return None
