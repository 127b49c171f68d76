"""Work an illustrator and designer does not offer, named in English, German, French, Spanish, Italian and Dutch.

Two readers share these words. Triage (:mod:`assistant.reading.triage`) reads :data:`OFF_CARD` as one signal that
a request is off the rate card (a tattoo, a website, wedding photos). A request that mixes on-card and off-card
work ("a logo and a website") is an inquiry for the on-card part; the reply quotes that part and says, in one
code-written line, that the rest is not among the services (:func:`off_card_asked`, which
:func:`assistant.reading.scope.merch_asked` adds to the merch it reports). The words the reply names are the
client's own nouns ("website", "Webseite", "site web"), never the phrase around them.
"""

from __future__ import annotations

import re

from assistant.reading.words import accent_blind

OFF_CARD = accent_blind(
    r"\b(photograph\w*|photo ?shoot|fotograf\w*|fotoshoot|wedding photo\w*|hochzeitsfoto\w*|"
    r"translat\w*|übersetz\w*|traduc\w*|tradui\w*|traduz\w*|vertal\w*|vertaling|"
    r"video ?edit\w*|videoschnitt|montage vidéo|edición de vídeo|montaggio video|"
    r"web ?develop\w*|programmier\w*|programming|build (?:us |me )?a website|app develop\w*|"
    r"tattoo\w*|tatouage|tatuaje|tatuaggio|tatoeage|interior design|innenarchitekt\w*|progettazione (?:degli )?interni|"
    r"foliert?|folierung|vehicle wrap|car wrap|social media (?:management|betreuen|manager)|instagram-account betreut|"
    r"copywrit\w*|texter|ghostwrit\w*|voice ?over|drawing (?:classes|lessons)|zeichenkurs|"
    r"web ?development|web ?developer|wordpress|shopify|webshop|online-?shop|webentwicklung|desarrollo web|"
    r"sviluppo web|(?:build|develop|code|program)\w*\s+(?:\w+\s+){0,3}(?:website|webseite|site web|sitio web|sito)|"
    r"3d[- ]?anim\w*|animated (?:video|film)|motion design|animationsfilm|animación|animazione|"
    r"sculpt\w*|3d[- ]?print\w*|3d-?druck\w*|skulptur\w*|bildhauer\w*|escultur\w*|scultur\w*|beeldhouw\w*|"
    r"mural\w*|fresque\w*|wandbild\w*|wandmalerei|muurschildering|"
    r"textile (?:pattern|print)s?|patrones textiles|estampados|stoffmuster|motifs? textiles?|tessut\w*|"
    r"event planning|catering|hochzeitsplan\w*|fotograa?f\w*|trouwfotogra\w*|anim\w* 3d|"
    r"websites?|webseiten?|site (?:web|internet|vitrine)|sitio web|página web|sito web|"
    r"ui ?/ ?ux|ux design|ui design|app design|(?:vinyl|van|truck|car) wrap|wrap (?:for|on) (?:our|my|the) \w+|"
    r"tattoo|tätowier\w*|aménagement intérieur|décoration intérieure|arredamento|allestimento|"
    r"wandgestaltung|(?:eine |die )?wand\b[^.?!]{0,20}bemal\w*|paint (?:a |the |our )?(?:wall|mural))"
)
"""Signals of off-card work: nouns and verb phrases ("build us a website"). "Programme" (a charity's) is not one."""

_WORK = accent_blind(
    r"\b(websites?|web ?sites?|webseiten?|homepage|site (?:web|internet|vitrine)|sitio web|página web|sito(?: web)?|"
    r"webshop|online-?shop|boutique en ligne|tienda online|negozio online|app (?:design|ui|development)|"
    r"tattoos?|tatouages?|tatuajes?|tatuaggi[oi]?|tatoeages?|"
    r"translations?|übersetzung(?:en)?|traductions?|traducción|traducciones|traduzion[ei]|vertalingen|vertaling|"
    r"wedding photos|photo ?shoots?|photography|fotoshooting|fotoshoot|fotografie|photographies?|fotografía|"
    r"video editing|videoschnitt|montage vidéo|edición de vídeo|montaggio video|"
    r"3d animations?|animation(?:en|s)?|animación|animazion[ei]|"
    r"sculptures?|skulptur(?:en)?|esculturas?|scultur[ae]|3d prints?|"
    r"murals?|wandbild(?:er)?|fresques?|murales?|muurschildering(?:en)?|"
    r"vehicle wraps?|car wraps?|fahrzeugfolierung|"
    r"interior design|innenarchitektur|aménagement intérieur|diseño de interiores|progettazione (?:degli )?interni)\b"
)
"""The off-card work a reply may name, as the client's noun."""
_WHERE = accent_blind(
    r"(?:\b(?:for|on|in|to|onto|from|für|auf|im|pour|sur|dans|para|en|per|su|nel|voor|op|van|our|my|your|their|"
    r"unsere[mnrs]?|meine[mnrs]?|ihre[mnrs]?|notre|nos|mon|ma|votre|nuestr[oa]s?|mi|su|nostr[oa]|il nostro|"
    r"la nostra|onze|mijn)\s+(?:(?:the|a|an|der|die|das|dem|den|le|la|les|l'|el|los|il|lo|de|het)\s+)?)$"
)
"""Right before the noun, these make it a place or a thing the client has ("for our website"), not work asked."""


def off_card_asked(request: str, original: str) -> list[str]:
    """The off-card work ``request`` (one folded request sentence) names, as written in ``original``."""
    found = []
    for match in _WORK.finditer(request):
        if _WHERE.search(request[max(0, match.start() - 30) : match.start()]):
            continue
        word = match.group(0)
        said = re.search(re.escape(word), original, re.I)
        found.append(said.group(0) if said else word)
    return found


_OWNED = accent_blind(
    r"\b(?:our|my|your|his|her|their|its|unser\w*|mein\w*|dein\w*|sein\w*|ihr\w*|euer|eure\w*|notre|nos|mon|ma|mes|"
    r"votre|vos|ton|ta|tes|son|sa|ses|leurs?|nuestr[oa]s?|mis|tus|sus|vuestr[oa]s?|(?:il |la |i |le )?"
    r"(?:nostr[oaie]|mi[oae]|miei|tu[oae]|tuoi|su[oae]|suoi|vostr[oaie])|onze|ons|mijn|jouw|uw|hun|zijn|haar)"
    r"\s+(?:(?:existing|current|own|old|bestehende[mnrs]?|aktuelle[mnrs]?|eigene[mnrs]?|alte[mnrs]?|actuel(?:le)?|"
    r"existant(?:e)?|propre|actual|existente|propi[oa]|attuale|esistente|propri[oa]|huidige|bestaande|eigen)\s+)?"
    r"[\w'’-]+"
)
"""A thing the client already has, named with a possessive ("our logo", "il tuo poster", "sein Maskottchen"): what
off-card work is done to or from (a mural of your poster, a website with our logo), not work asked of the card.
Words that are also pronouns or conjunctions ("je", "mi", "tu", "su", "ma") are left out: "je cherche" asks."""
REWORK = accent_blind(
    r"\b(redesign\w*|refresh\w*|rework\w*|revamp\w*|redraw\w*|moderni[sz]\w*|überarbeit\w*|auffrisch\w*|"
    r"neu gestalt\w*|retravaill\w*|refaire|refonte|rafraîchir|redessiner|rediseñ\w*|renovar|modernizar|"
    r"ridisegn\w*|rinnov\w*|rifare|vernieuw\w*|opfrissen|herontwerp\w*|updat\w*|aktualisier\w*|actualis\w*|"
    r"actualiz\w*|aggiorn\w*|bijwerk\w*)\b"
)
"""Right before the client's own thing, a verb that makes it the work ("retravailler mon logo"): on the card."""


def without_owned(request: str) -> str:
    """``request`` (one folded sentence) without the client's own things, unless a rework of them is asked."""

    def owned(match: re.Match[str]) -> str:
        before = request[max(0, match.start() - 30) : match.start()].split()[-2:]
        return match.group(0) if any(REWORK.search(word) for word in before) else " "

    return _OWNED.sub(owned, request)
