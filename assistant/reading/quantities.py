"""Quantities in inquiries, in digits, in words and in parts, in English, German, French, Spanish, Italian and Dutch.

A freelancer reads "two hundred stickers", "zwölf Illustrationen", "une douzaine d'affiches" and "2 for Berlin
and 2 for Hamburg" as 200, 12, 12 and 4. So does :func:`read_quantity`. A count said vaguely ("a few posters",
"ein paar Motive", "quelques affiches") is read as *vague*, so that the reply asks about it: a quantity is never
guessed.

Number words are read by segmenting a word into known parts (``vier|und|zwanzig``, ``venti|quattro``,
``twee|honderd``) and adding or multiplying them, so compounds need no table of their own. The segmenter only
accepts a word made entirely of number parts, and counts are only taken where a unit noun follows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from assistant.reading.words import accent_blind

_UNITS = {
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    # German
    "eins": 1, "ein": 1, "eine": 1, "einen": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sech": 6, "sieben": 7, "sieb": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20,
    "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
    "neunzig": 90, "hundert": 100, "tausend": 1000,
    # French
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "quatre-vingt": 80,
    "quatre-vingts": 80, "cent": 100, "cents": 100, "mille": 1000,
    # Spanish
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
    "veinte": 20, "veinti": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "cientos": 100, "doscientos": 200,
    "doscientas": 200, "trescientos": 300, "quinientos": 500, "mil": 1000,
    # Italian
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
    "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16, "venti": 20,
    "vent": 20, "trenta": 30, "trent": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70,
    "ottanta": 80, "novanta": 90, "cento": 100, "mille_it": 1000, "mila": 1000,
    # Dutch
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10,
    "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "twintig": 20, "dertig": 30, "veertig": 40,
    "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90, "honderd": 100, "duizend": 1000,
}  # fmt: skip
_UNITS.pop("mille_it")
UNIT_WORDS = {
    "spread": ("spread", "double page", "double-page spread", "doppelseite", "double page", "doubles pages",
               "doble página", "dobles páginas", "doppia pagina", "doppie pagine", "dubbele pagina"),
    "illustration": ("illustration", "illustrationen", "ilustración", "ilustraciones", "illustrazione",
                     "illustrazioni", "illustratie", "illustraties", "zeichnung", "dessin", "dibujo", "disegno",
                     "illu"),
    "poster": ("poster", "plakat", "affiche", "cartel", "manifesto", "locandina"),
    "pose": ("pose", "posen", "posa", "pose", "expression", "ausdruck", "espressione", "expresión", "uitdrukking"),
    "page": ("page", "seite", "página", "pagina"),
    "design": ("design", "entwurf", "diseño", "ontwerp"),
}  # fmt: skip
"""A rate card's unit in each supported language, so that "zwei Illustrationen" counts two illustrations."""


COMPOUND_HEAD = (
    r"(?:motiv(?:e|en)?|entw[uü]rfe?|entwurf|designs?|ontwerp(?:en)?|sujets?|serien?|reihen?|reeks(?:en)?|"
    r"vorlagen?|grafik(?:en)?|illustration(?:en)?|illustraties?|figur(?:en)?)"
)
"""The head of a German or Dutch compound whose first part names the service: "Plakatmotive" are posters,
"Logoentwurf" a logo, "Posterontwerpen" posters. These heads are German and Dutch words, so an English
"poster designs" (two words) is read as it always was."""


def noun_stem(noun: str) -> str:
    """A noun without its ending, so its plurals match: ``etichett`` (etichetta, etichette), ``poster``.

    A final ``s`` goes, and on a single word of five letters or more a final ``a``/``e``/``o`` (the Italian and
    Spanish singular): the readers allow the plural endings after the stem.
    """
    noun = fold(noun).rstrip("s")
    return noun[:-1] if " " not in noun and len(noun) >= 5 and noun[-1] in "aeo" else noun


def unit_words(unit: str) -> tuple[str, ...]:
    """The unit and its words in the supported languages (just the unit when it is not one we know)."""
    return UNIT_WORDS.get(unit.lower().rstrip("s"), (unit,))


_CONNECTORS = ("und", "en", "y", "e", "et", "and", "-")
"""Joiners inside a compound number word: vier-und-zwanzig, vier-en-twintig, ventitré, vingt-et-un."""

FIXED = {
    "a": 1, "an": 1, "a single": 1, "a couple of": 2, "a pair of": 2, "a dozen": 12, "dozen": 12,
    "half a dozen": 6, "both": 2, "beide": 2, "les deux": 2, "ambos": 2, "ambas": 2, "entrambi": 2, "entrambe": 2,
    "ein dutzend": 12, "dutzend": 12, "une douzaine": 12, "une douzaine d'": 12, "une douzaine de": 12,
    "una docena": 12, "una docena de": 12, "una dozzina": 12, "una dozzina di": 12, "een dozijn": 12,
    "ein paar": 0, "a few": 0, "a handful of": 0, "few": 0, "some": 0, "several": 0, "multiple": 0, "various": 0,
    "einige": 0, "mehrere": 0, "quelques": 0, "plusieurs": 0, "algunos": 0, "algunas": 0, "varios": 0,
    "varias": 0, "unos": 0, "unas": 0, "alcuni": 0, "alcune": 0, "qualche": 0, "diversi": 0, "diverse": 0,
    "een paar": 0, "enkele": 0, "meerdere": 0, "verschillende": 0,
}  # fmt: skip
"""Phrases with a fixed count; 0 means vague (ask how many)."""
_ROUND = {
    "half a dozen": 6, "ein halbes dutzend": 6, "une demi-douzaine": 6, "media docena": 6, "mezza dozzina": 6,
    "een half dozijn": 6, "une dizaine": 0, "une quinzaine": 0, "une vingtaine": 0, "une trentaine": 0,
    "una decina": 0, "una quindicina": 0, "una ventina": 0, "una trentina": 0, "una decena": 0, "una veintena": 0,
    "dutzende": 0, "des dizaines": 0, "decenas": 0, "decine": 0, "tientallen": 0, "a dozen or so": 0,
}  # fmt: skip
"""Counts said as a round number of a group: half a dozen is six in every language, "une dizaine" and "una decina"
are about ten (a guess, asked about). Each also stands before its noun with the language's "of"."""
FIXED.update({f"{said}{link}": value for said, value in _ROUND.items() for link in ("", " of", " de", " d'", " di")})
VAGUE = frozenset(phrase for phrase, value in FIXED.items() if value == 0)
_DOZEN_WORDS = r"(?:dozens?|dutzende?|douzaines?|docenas?|dozzin[ae]|dozijn(?:en)?)"
_DOZEN = accent_blind(_DOZEN_WORDS)
"""A count of dozens: "zwei Dutzend", "deux douzaines", "dos docenas", "due dozzine", "twee dozijn"."""
_ARTICLES = frozenset({"a", "an"})
ARTICLES = frozenset({"a", "an", "un", "une", "ein", "eine", "einen", "einem", "uno", "una", "een"})
"""Words that are an article as often as "one": a count read from them is weaker than a real count."""

_DIGITS = r"\d{1,3}(?:[.,\s]\d{3})+|\d{1,5}"
APPROXIMATE = accent_blind(
    r"(?:about|around|roughly|approximately|maybe|perhaps|ca\.?|circa|etwa|ungefähr|vielleicht|environ|peut-être|"
    r"unos|unas|aproximadamente|quizás|circa|forse|ongeveer|misschien|zo'n)\s*$"
)
"""Right before a count, these make it a guess ("ca. acht", "maybe six"): then ask, never quote it."""
_PART_FOR = r"(?:for|für|fuer|pour|para|per|voor|in|at|à|a|en|für die|for the|pour le|pour la)"
_JOIN = r"(?:,\s*|\s+(?:and|und|et|y|e|en|plus|sowie|as well as)\s+|\s*\+\s*)"


MAX_WORD_CHARS = 64
"""No word a reader looks for (a number, a noun, a date, a trigger) is longer; every longer run of non-space
characters is cut to this, so that no pattern here, with its ``\\w*`` around a noun, does more than bounded work
per position: before this cut, one 5,000-character token in a mail took 30 s to read, one of 20,000 (the body's
cap) over two minutes."""
_LONG_RUN = accent_blind(rf"(\S{{{MAX_WORD_CHARS}}})\S+")


def fold(text: str) -> str:
    """NFKC, lower case, invisible characters removed, runs over :data:`MAX_WORD_CHARS` cut: how readers see text."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf").lower()
    return _LONG_RUN.sub(r"\1", text)


@cache
def _parts() -> tuple[str, ...]:
    return tuple(sorted((*_UNITS, *_CONNECTORS), key=len, reverse=True))


def _segment(word: str) -> list[str] | None:
    """``vierundzwanzig`` as ``[vier, und, zwanzig]``, or None if the word is not made of number parts."""
    if not word:
        return []
    for part in _parts():
        if word.startswith(part):
            rest = _segment(word[len(part) :])
            if rest is not None:
                return [part, *rest]
    return None


def word_value(phrase: str) -> int | None:
    """The value of a number written in words (``two hundred``, ``zweihundertfünfzig``, ``vingt-quatre``)."""
    phrase = fold(phrase).strip()
    if phrase in FIXED:
        return FIXED[phrase] or None
    head, _, last = phrase.rpartition(" ")
    if head and _DOZEN.fullmatch(last):
        dozens = number_value(head)
        return 12 * dozens if dozens else None
    tokens: list[str] = []
    for word in re.split(r"[\s]+", phrase):
        whole = _UNITS.get(word)
        if whole is not None:
            tokens.append(word)
            continue
        parts = _segment(word)
        if not parts:
            return None
        tokens += parts
    values = [_UNITS[t] for t in tokens if t not in _CONNECTORS]
    if not values or tokens[0] in _CONNECTORS or tokens[-1] in _CONNECTORS:
        return None
    total, current = 0, 0
    for value in values:
        if value == 100:
            current = max(current, 1) * 100
        elif value == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += value
    return total + current


def number_value(word: str) -> int | None:
    """``12``, ``1.000``, ``twelve`` or ``zwölf`` as an int; None when it is not a number (or only vague)."""
    word = fold(word).strip()
    if re.fullmatch(r"\d{1,3}(?:[.,\s]\d{3})+", word):
        return int(re.sub(r"\D", "", word))
    if word.isdigit():
        return int(word)
    return word_value(word)


_WORD_TOKEN = r"[a-zà-ÿß]+(?:-[a-zà-ÿß]+)*"


def _is_number_word(token: str) -> bool:
    token = token.strip("-")
    return token in _UNITS or (len(token) > 3 and _segment(token) is not None and word_value(token) is not None)


@cache
def number_pattern() -> str:
    """A regex (no groups) for a number: digits, a fixed phrase, number words, or a compound of number parts."""
    fixed = "|".join(sorted((re.escape(p) for p in FIXED if p not in _ARTICLES), key=len, reverse=True))
    units = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
    joined = rf"(?:{units})(?:(?:und|en|y|e|et)?(?:{units})){{1,4}}"
    words = rf"(?:{joined}|{units})(?:[\s-]+(?:and\s+|et\s+|y\s+|e\s+)?(?:{joined}|{units})){{0,3}}"
    dozens = rf"(?:\d{{1,2}}|{words})\s+{_DOZEN_WORDS}"
    return rf"(?:{dozens}|{_DIGITS}|{fixed}|{words}|an?)(?![\w])"


@dataclass(frozen=True)
class Quantity:
    """How many of something an inquiry asks for, and the words it was read from."""

    value: int | None
    """The count; None when the count was said vaguely and must be asked about."""
    text: str
    parts: tuple[int, ...] = ()
    """The counts that were added up ("2 for Berlin and 2 for Hamburg"): more than one means a sum."""
    article: bool = False
    """Read from ``a``/``an`` only (``a picture book``): weaker than a count."""

    @property
    def vague(self) -> bool:
        """The client said how many only vaguely: ask."""
        return self.value is None


_LINKS = frozenset({"of", "d'", "de", "di", "van", "a"})
"""What may stand between "dozen" and its noun: "two dozen of", "deux douzaines d'", "dos docenas de"."""


def _dozens(words: list[str]) -> tuple[int | None, str, bool] | None:
    """A count of dozens right before a noun: "zwei Dutzend" 24, "deux douzaines d'" 24, "3 dozen" 36."""
    end = len(words) - 1 if words and words[-1] in _LINKS else len(words)
    if end < 2 or not _DOZEN.fullmatch(words[end - 1]):
        return None
    count = words[end - 2]
    value = number_value(count) if (count.isdigit() or _is_number_word(count)) else None
    if value is None or count in ARTICLES:
        return None
    return (12 * value, " ".join(words[end - 2 : end]), False)


def _leading_number(words: list[str]) -> tuple[int | None, str, bool] | None:
    """The number that ends ``words`` (right before a noun): (value, text, vague); None when there is none."""
    if (dozens := _dozens(words)) is not None:
        return dozens
    for size in (4, 3, 2, 1):
        if len(words) < size:
            continue
        phrase = " ".join(words[-size:])
        if phrase in FIXED:
            fixed = FIXED[phrase]
            return (fixed or None, phrase, fixed == 0)
        if size > 1 and not all(_is_number_word(w) for w in words[-size:]):
            continue
        if re.fullmatch(_DIGITS, phrase):
            return (number_value(phrase), phrase, False)
        if all(_is_number_word(w) for w in phrase.split()):
            words_value = word_value(phrase)
            if words_value is not None:
                return (words_value, phrase, False)
    return None


def read_quantity(text: str, nouns: list[str], *, max_value: int = 10_000, by_thing: bool = True) -> Quantity | None:
    """How many of ``nouns`` (a unit and its synonyms) the text asks for; None when it names none.

    Counts of parts are added ("2 posters for Berlin and 2 for Hamburg", "3 für Berlin und 2 für Köln"). A count
    before a noun wins over ``a``/``an``; a vague count ("a few posters") comes back with ``value=None``. With
    ``by_thing``, a count of the things the nouns are for also counts ("labels for our three teas"): right for
    labels and posters, wrong for a mascot "for our three shops" (a service priced per project says False).
    """
    folded = fold(text)
    alternatives = "|".join(sorted({re.escape(noun_stem(n)) for n in nouns if n.strip()}, key=len, reverse=True))
    if not alternatives:
        return None
    noun = accent_blind(
        rf"(?<![\w-])(?:{alternatives})(?:s|es|en|n|e|i|a|x|as|os)?{COMPOUND_HEAD}?(?:-[a-zà-ÿß]+)?(?![\w-])"
    )
    best: Quantity | None = None
    for match in noun.finditer(folded):
        window = re.split(r"[.!?]\s|\n\s*\n", folded[max(0, match.start() - 60) : match.start()])[-1]  # this sentence
        before = re.findall(r"[\w.,'’-]+|[€$£]", window)
        before = [w.strip(",") for w in before if w.strip(",")]
        found = before_noun(before)
        if found is None:
            continue
        value, said, vague = found
        window = folded[max(0, match.start() - 60) : match.start()]
        at = window.rfind(said)
        if at >= 0 and APPROXIMATE.search(window[:at]):
            vague = True  # "about 12 spreads", "ca. acht Motive": a guess, so it is asked about
        if vague:
            candidate = Quantity(None, said)
        elif value is None or not 0 < value <= max_value or (said.isdigit() and 1900 <= value <= 2100):
            continue  # "the 2027 festival": a year, not a count
        else:
            parts = (value, *_more_parts(folded[match.end() : match.end() + 160]))
            article = said in ARTICLES and len(parts) == 1  # "an illustration for the cover and two for ..." is 3
            candidate = Quantity(sum(parts), " ".join(said.split()), parts if len(parts) > 1 else (), article)
        best = _better(best, candidate)
    if best is None or best.article or best.vague:
        from assistant.reading.per_thing import per_thing  # it reads counts with this module: imported at use

        split = _parts_only(folded, alternatives) or (per_thing(folded, alternatives) if by_thing else None)
        if split is not None:
            return split
    return best


MEASURES = frozenset("g gr kg mg ml cl dl l cm mm m oz lb gramm gram grams gramos grammi grammes".split())
"""Units of measure: a number right before one is a size or a weight ("bolsas de 250 g"), never a count."""
_NOT_ADJECTIVES = frozenset(
    "per pro par por para for für pour voor each je à x is are son sind sont sono zijn € $ £ eur euro euros".split()
).union(MEASURES)
"""Words between a number and a noun that make the number something else than a count of the noun: a price, a
verb, a measure ("250 g, con diseños")."""
_LINK_WORDS = frozenset("of de di van von der the le la les du l' il lo el het die das den".split())
"""Words between a number and a noun that need a fixed phrase before them ("a couple of", "una docena de"):
after a bare number they start a new phrase ("15 marzo, il logo", "400 € l'illustration")."""


def before_noun(words: list[str]) -> tuple[int | None, str, bool] | None:
    """A number right before the noun, allowing up to two adjectives in between ("3 small square posters").

    ``words`` are the words before the noun, in order; the result is (value, the words read, vague), or None.
    """
    from assistant.reading.dates import MONTHS  # dates reads its numbers with this module: imported at use

    for skip in (0, 1, 2):
        if len(words) <= skip:
            return None
        head = words[: len(words) - skip]
        skipped = words[len(words) - skip :]
        if any(_is_number_word(w) or re.fullmatch(r"\d+", w) or w in _NOT_ADJECTIVES for w in skipped):
            return None  # "1,200 per bag", "8.000 € son para diseño": a price before the noun, not a count
        if any(w.strip(".,") in MONTHS for w in skipped):
            return None  # "by 31 May, poster by ...": the number is a day
        if skipped and any(w in _LINK_WORDS for w in skipped):
            if not (head and " ".join(head[-2:]) in FIXED or (head and head[-1] in FIXED)):
                continue
        found = _leading_number(head)
        if found is not None:
            return found
    return None


def _better(old: Quantity | None, new: Quantity) -> Quantity:
    if old is None:
        return new
    return new if _rank(new) > _rank(old) else old


def _rank(q: Quantity) -> tuple[bool, bool, int, int]:
    return (not q.article, q.value is not None, len(q.parts), q.value or 0)


def _more_parts(after: str) -> list[int]:
    """Further counts that follow a counted noun: "... for Berlin and 2 for Hamburg" gives [2]."""
    found = []
    pattern = accent_blind(
        rf"^\s*{_PART_FOR}\s+[^,.;:!?\n]{{1,40}}?{_JOIN}(\d{{1,4}}|{_WORD_TOKEN})\s+(?:more\s+)?{_PART_FOR}\b"
    )
    rest = after
    while True:
        match = pattern.match(rest)
        if not match:
            break
        value = number_value(match.group(1))
        if value is None or value > 1000:
            break
        found.append(value)
        rest = rest[match.end() - len(match.group(0).split()[-1]) :]
    return found


def _parts_only(folded: str, alternatives: str) -> Quantity | None:
    """Counts given only per part, near the noun: "posters: 2 for Berlin and 2 for Hamburg"."""
    near = re.search(
        rf"(?:{alternatives})\w*[^.!?\n]{{0,40}}?[:\-–]?\s*((?:(?:\d{{1,4}}|{_WORD_TOKEN})\s+{_PART_FOR}\s+[^,.;:!?\n]{{1,30}}?{_JOIN}){{1,5}}"
        rf"(?:\d{{1,4}}|{_WORD_TOKEN})\s+{_PART_FOR}\b)",
        folded,
    )
    if not near:
        return None
    counts = re.findall(rf"(?:^|{_JOIN})(\d{{1,4}}|{_WORD_TOKEN})\s+{_PART_FOR}(?:\s|$)", near.group(1))
    values = [number_value(c) for c in counts]
    if len(values) < 2 or any(v is None for v in values):
        return None
    parts = tuple(v for v in values if v is not None)
    return Quantity(sum(parts), near.group(1).strip(), parts)
