"""Budgets in inquiries as a freelancer reads them, in English, German, French, Spanish, Italian and Dutch.

A client rarely writes one figure with a currency. They write "350 each" for four posters (1,400), "Paghiamo 400 €
l'una", "Pro Design haben wir 1.500 € eingeplant"; "Gesamtetat 25.000 €, davon 6.000 € für das Design" (the design
figure is the budget, the rest is not the freelancer's); "90.000 MXN para la identidad y 30.000 MXN para la
etiqueta" (both together); "deux mille cinq cents euros" and "vijftienhonderd euro" in words; "3-4k" or "entre
9.000 y 12.000 €" (a range: no one figure, so none is quoted back). :func:`read_budget` reads each of these.
A per-piece fee needs the count, which the caller knows from the deliverables it read (``count_of``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from assistant.reading.quantities import fold, word_value
from assistant.reading.words import accent_blind

SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP"}
CODES = {
    "eur": "EUR", "euro": "EUR", "euros": "EUR", "balles": "EUR", "usd": "USD", "dollars": "USD", "bucks": "USD",
    "gbp": "GBP", "pounds": "GBP", "pound": "GBP", "quid": "GBP", "pfund": "GBP", "chf": "CHF", "franken": "CHF",
    "sek": "SEK", "dkk": "DKK", "nok": "NOK", "cad": "CAD", "aud": "AUD", "nzd": "NZD", "mxn": "MXN", "clp": "CLP",
    "cop": "COP", "ars": "ARS", "jpy": "JPY", "pln": "PLN", "czk": "CZK",
}  # fmt: skip
"""Currency words and codes as clients write them ("400 balles" is French slang for 400 euros)."""
_CODE = "|".join(sorted(CODES, key=len, reverse=True))
_AMOUNT = (
    r"(\d{1,3}(?:[.,\s\u00a0\u202f']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:,-|\.-)?"
    r"\s?(k|tsd\.?|mio\.?|million(?:en|s)?|mill\.?|m)?(?![a-z])"
)
MONEY = accent_blind(
    rf"(?:(\$\s?ca|ca\s?\$|c\$|[€$£])\s?{_AMOUNT}(?:\s?(cad|ca)\b)?)"
    rf"|(?:{_AMOUNT}\s?(\$\s?ca\b|ca\s?\$|c\$|€|\$|£|(?:{_CODE})(?![a-z])))"
    rf"|(?:\b({_CODE})\s?{_AMOUNT})",
)
"""A figure next to a currency, on folded text: ``€3.500,-``, ``50 000 EUR``, ``3 500 $ CA``, ``CAD 12,000``."""
_NUMBER_WORD = r"[a-zà-ÿß]+(?:-[a-zà-ÿß]+)*"
_IN_WORDS = accent_blind(
    rf"((?:{_NUMBER_WORD}\s+){{0,5}}{_NUMBER_WORD})\s+(euros?|eur|pounds?|pfund|dollars?|francs?)\b"
)
"""A figure in words before its currency: "deux mille cinq cents euros", "ten thousand pounds"."""
_BARE = accent_blind(
    r"(?<![\d.,/:-])(\d{1,3}(?:[.,\s']\d{3})+|\d{1,6}(?:[.,]\d{1,2})?)\s?(k|tsd\.?|mio\.?)?(?![\w.,/:-]\d|\w)"
)
BUDGET_CUES = accent_blind(
    r"\b(budget\w*|fee|pay|paying|spend|afford|money|offer|honorar\w*|etat|gesamtetat|geld|zahlen|ausgeben|"
    r"eingeplant|rémunération|payer|payons|enveloppe|presupuesto|pagamos|pagar|importe|compenso|paghiamo|"
    r"pagheremmo|spendere|importo|betalen|honorarium|begroot)\b|\bup to\b|\bbis zu\b"
)
"""Words that make a bare figure nearby a budget ("Fee is 900", "i can pay maybe 800?", "Geld ist knapp (300?)")."""
_ABOUT = accent_blind(r"\b(around|about|max|rate|ca\.|circa|environ|ongeveer|etwa|unos|unas)\b|\bup to\b")
"""Near a figure with a currency, these also say it is the budget ("around €3k") rather than a price paid."""
_HAVE = accent_blind(
    r"\b(have|got|has|haben|habe|hab|avons|ai|tenemos|tengo|abbiamo|ho|hebben|heb|can|kann|peux|pouvons|podemos|"
    r"possiamo|kunnen|set aside|put aside)\b"
)
"""Before a figure in thousands with no other cue: "We have 3k for this phase" (not "somebody said 20k")."""
_TIME_UNITS = (
    r"(?:hours?|hrs?|stunden?|std|heures?|horas?|ore|ora|uur|days?|tage?n?|jours?|d[ií]as?|giorn[oi]|dagen|"
    r"weeks?|wochen?|semaines?|semanas?|settimane?|weken|months?|monate?n?|mois|mes(?:es)?|mesi|maand(?:en)?|"
    r"years?|jahre?|ans?|años?|anni|jaar)"
)
_PER_AFTER = accent_blind(
    rf"^\s*(?:,-|\.-)?\s*(?:(?:each|apiece|ciascun[oa]|cadauno|cada un[oa]|chacune?|jeweils|l'un[ae]?|l'uno)\b"
    rf"|(?:a|per|pro|par|por|à|al|the|l'|le|la|el|a\s+la)\s*(?!{_TIME_UNITS}\b)([a-zà-ÿß]{{3,}}))"
)
"""After a figure: a fee per piece ("350 each", "700 € a manifesto", "400 € l'illustration", "€1.1k per label")."""
_PER_BEFORE = accent_blind(
    rf"(?:\b(?:per|pro|par|por|each|every)\s+(?!{_TIME_UNITS}\b)([a-zà-ÿß]{{3,}})|\beach\b)[^.!?\n\d]{{0,30}}$"
)
"""Before a figure: "Pro Design haben wir 1.500 €", "Wir zahlen pro Illustration 400 Euro"."""
_NOT_PIECE = frozenset(
    "person persona personne head cent tout lot total totale todo tutto whole all alles geheel".split()
)
"""Nouns after "per", "le", "a" that make a figure no fee per piece ("2 000 € le tout", "per person")."""
_TIMES = accent_blind(r"(\d{1,2})\s?[x×]\s?$")
"""Right before a figure: so many of it ("2 x 1 800 € pour les deux grandes")."""
_RANGE_BEFORE = accent_blind(
    r"(?:\d\s?(?:k|€|eur)?\s?(?:-|–|to|bis|à|a|y|e|en|and|und|et|tot)\s?|"
    r"\b(?:between|zwischen|entre|tra|fra|tussen)\s+\S+\s+(?:and|und|et|y|e|en)\s+|"
    r"\b(?:between|zwischen|entre|tra|fra|tussen|from|von)\s+)$"
)
_RANGE_AFTER = accent_blind(r"^\s?(?:k|€|eur|quid|euros?)?\s?(?:-|–|to|bis|or|oder|ou|o|of)\s?\d")
"""After a figure: a range or a choice ("3-4k", "500 quid or 5000"), so no one figure was stated."""
_WHOLE = accent_blind(
    r"\b(total\w*|gesamt\w*|global\w*|overall|whole|everything|all in|the lot|insgesamt|complessiv\w*|totale|"
    r"totaal|hele|inclu\w*|inklusive|einschlie\w*|de todo)\b"
)
"""A figure for the whole project (printing, signage, the web agency), of which the design is a part."""
_SHARE = accent_blind(r"\b(davon|of which|dont|de los cuales|de las cuales|de eso|di cui|waarvan)\s+(?:\w+\s+)?$")
"""Right before a bare figure, the share of a whole just named: "15.000 euro, di cui 9.000 per il design"."""
_SUMMED = accent_blind(
    r"\b(so|also|soit|donc|dus|quindi|o sea|in total|insgesamt|au total|en total|in tutto|for the)\b"
)
"""Before a figure that totals per-piece fees: "£600 per illustration, so £1,800 for the three"."""
_FOR_PART = accent_blind(r"\b(for|für|pour|para|per|voor)\s+(?:the|die|das|den|le|la|les|el|l'|il|lo|de|het)?\s*\w+")


@dataclass(frozen=True)
class StatedBudget:
    """A budget read from text: the amount the client means, its currency, and the words it came from."""

    amount: Decimal
    currency: str
    text: str


@dataclass(frozen=True)
class _Figure:
    value: Decimal
    currency: str | None
    text: str
    start: int
    end: int
    cue: bool
    piece: str | None = None
    """The noun a per-piece fee is for ("label"), ``""`` for "each"; None when it is no fee per piece."""
    times: int = 1
    ranged: bool = False
    whole: bool = False
    summed: bool = False
    part: bool = False


def parse_amount(raw: str, scale: str | None) -> Decimal | None:
    """``3.000``, ``3,000``, ``2,500.50``, ``50 000``, ``3k``, ``2 Mio.`` as a Decimal, or None."""
    raw = re.sub(r"[\s\u00a0\u202f']", "", raw)
    if re.fullmatch(r"\d{1,3}([.,])\d{3}(\1\d{3})*", raw):
        raw = re.sub(r"[.,]", "", raw)
    elif re.fullmatch(r"\d{1,3}(,\d{3})+\.\d{1,2}", raw):
        raw = raw.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+,\d{1,2}", raw):
        raw = raw.replace(".", "").replace(",", ".")
    else:
        raw = raw.replace(",", ".")
    try:
        amount = Decimal(raw)
    except InvalidOperation:
        return None
    if not scale:
        return amount
    return amount * (1000 if scale.lower().startswith(("k", "tsd")) else 1_000_000)


def _currency(word: str | None) -> str | None:
    if not word:
        return None
    word = word.replace(" ", "")
    if "ca" in word or word == "c$":
        return "CAD"
    return SYMBOLS.get(word) or CODES.get(word.rstrip("s")) or CODES.get(word)


def _in_words(words: str) -> tuple[Decimal, int] | None:
    """The longest tail of ``words`` that is a number of at least 100, and where it starts ("budget : deux mille")."""
    tokens = list(re.finditer(r"\S+", words))
    for token in tokens:
        value = word_value(words[token.start() :])
        if value is not None and value >= 100:
            return Decimal(value), token.start()
    return None


def _figures(folded: str, default: str | None) -> list[_Figure]:
    found: list[tuple[int, int, Decimal, str | None]] = []
    for m in MONEY.finditer(folded):
        g = m.groups()
        if g[0]:
            raw, scale, money = g[1], g[2], "CAD" if g[3] else _currency(g[0])
        elif g[4]:
            raw, scale, money = g[4], g[5], _currency(g[6])
        else:
            raw, scale, money = g[8], g[9], _currency(g[7])
        value = parse_amount(raw, scale)
        if value is not None and value > 0:
            found.append((m.start(), m.end(), value, money))
    for m in _IN_WORDS.finditer(folded):
        tail = _in_words(m.group(1))
        if tail is not None and not _overlaps(m.start(), m.end(), found):
            found.append((m.start(1) + tail[1], m.end(), tail[0], _currency(m.group(2))))
    for m in _BARE.finditer(folded):
        if _overlaps(m.start(), m.end(), found):
            continue
        value = parse_amount(m.group(1), m.group(2))
        before, after = folded[max(0, m.start() - 40) : m.start()], folded[m.end() : m.end() + 24]
        cued = BUDGET_CUES.search(before) or re.match(r"\s*(?:de\s+)?budget", after) or _PER_AFTER.match(after)
        cued = cued or _SHARE.search(before[-16:])
        scaled = bool(m.group(2))  # "We have 3k for this phase": a figure in thousands is money
        year = not scaled and value is not None and 2020 <= value <= 2040 and value == int(value)
        owned = scaled and m.group(2).startswith("k") and _HAVE.search(before[-30:])
        if value is None or year or not (cued or owned):
            continue
        if (value >= 100 or scaled) and not _is_count(after):
            found.append((m.start(), m.end(), value, default))
    figures = []
    previous = 0
    for start, end, value, money in sorted(found):
        before, after = folded[max(0, start - 80) : start], folded[end : end + 40]
        # the words since the last figure and what belongs to it ("£3,000 for everything, of which ... £1,200")
        sentence = re.split(r"[.!?;\n]\s|\(", folded[max(previous, start - 80) : start])[-1]
        previous = end + 30
        near = re.split(r"[.!?;\n]\s", before)[-1]
        piece = _piece(after, before)
        times = _TIMES.search(before)
        figures.append(
            _Figure(
                value=value * (int(times.group(1)) if times else 1),
                currency=money or default,
                text=folded[start:end].strip(),
                start=start,
                end=end,
                cue=bool(BUDGET_CUES.search(around := before[-60:] + " " + after[:20]) or _ABOUT.search(around)),
                piece=piece,
                times=int(times.group(1)) if times else 1,
                ranged=bool(_RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after)),
                whole=bool(_WHOLE.search(sentence[-50:] + " " + after[:30])),
                summed=bool(_SUMMED.search(near[-24:])),
                part=bool(_FOR_PART.match(after.lstrip(" ,-")) or _FOR_PART.search(near[-30:])),
            )
        )
    return figures


def _overlaps(start: int, end: int, found: list[tuple[int, int, Decimal, str | None]]) -> bool:
    return any(start < b and a < end for a, b, _, _ in found)


def _is_count(after: str) -> bool:
    """A bare number followed by a noun is a count or a size ("800 followers", "300 dpi"), not a fee."""
    word = re.match(r"[ \t]*([a-zà-ÿß]+)", after)  # on the figure's own line: the next line is someone's name
    return bool(word) and not re.match(_NOT_A_NOUN, after.split("\n", 1)[0])


_NOT_A_NOUN = (
    r"\s*(?:de\s+budget|budget|each|per|pro|par|por|a|à|al|je|ok|is|for|für|pour|para|voor|so|all|in|total|max|"
    r"tops|euro\w*)\b"
)


def _piece(after: str, before: str) -> str | None:
    """The noun a fee is per ("label" in "€1.1k per label"), ``""`` for "each", None for a fee that is not."""
    found = _PER_AFTER.match(after)
    if found is None:
        sentence = re.split(r"[.!?;\n]\s", before)[-1]
        found = _PER_BEFORE.search(sentence)
        if found is not None and re.search(r"[\d€$£]\s*(?:eur\w*)?\s*$", sentence[: found.start()]):
            return None  # "£600 per illustration, so £1,800": the "per" is the first figure's
    if found is None:
        return None
    noun = found.group(1) or ""
    if noun.rstrip("s") in _NOT_PIECE or re.fullmatch(r"\d.*", noun):
        return None
    return noun


def read_budget(
    text: str, currency: str | None = None, count_of: Callable[[str], int | None] | None = None
) -> StatedBudget | None:
    """The budget the text states, as the amount the client means; None when it states none, or only a range.

    ``currency`` is the one a bare figure after a budget word is in (the rate card's). ``count_of(noun)`` is how
    many things the inquiry asks for that a per-piece fee is for (``""``: everything asked for), or None when
    nobody knows: then the fee itself is given back, and the reply asks the count anyway.
    """
    folded = fold(text)
    figures = _figures(folded, currency)
    figures = [f for f in figures if f.currency]
    if not figures:
        return None
    cued = [f for f in figures if f.cue or f.piece is not None] or figures
    if cued[0].ranged:
        return None  # "Budget 3-4k", "entre 9.000 y 12.000 €": no one figure was stated
    cued = [f for f in cued if not f.ranged] or cued
    pieces = [f for f in cued if f.piece is not None]
    if pieces:
        totals = [f for f in figures if f.piece is None and (f.summed or f.whole) and f.value > pieces[0].value]
        if totals:  # "£600 per illustration, so £1,800 for the three": the client's own sum
            return _stated(totals[0])
        count = count_of(pieces[0].piece or "") if count_of is not None else None
        fee = pieces[0]
        return _stated(fee, fee.value * count if count else None)
    whole = [f for f in cued if f.whole]
    parts = [f for f in figures if whole and not f.whole and not f.ranged and abs(f.start - whole[0].start) < 160]
    parts = [f for f in parts if f.value < whole[0].value]
    if parts:  # "Gesamtetat 25.000 €, davon 6.000 € für das Design": the design figure is the budget
        return _stated(parts[0])
    summed = _parts_summed([f for f in cued if not f.whole], folded)
    if summed is not None:
        return summed
    return _stated(cued[0])


def _parts_summed(figures: list[_Figure], folded: str) -> StatedBudget | None:
    """Figures for parts, in one sentence and none for the whole: "40.000 para el personaje y 10.000 para el cartel"."""
    if not figures:
        return None
    first = figures[0]
    same = [first]
    for figure in figures[1:]:
        between = folded[same[-1].end : figure.start]
        if re.search(r"[.!?\n]\s", between) or len(between) > 80:
            break
        if re.search(r"\b(and|und|et|y|e|en|plus|sowie)\b|,", between):
            same.append(figure)
    if len(same) < 2 or not all(f.part or f.times > 1 for f in same) or len({f.currency for f in same}) > 1:
        return None
    total = sum((f.value for f in same), Decimal(0))
    return StatedBudget(amount=total, currency=first.currency or "", text=folded[first.start : same[-1].end])


def _stated(figure: _Figure, amount: Decimal | None = None) -> StatedBudget:
    return StatedBudget(amount=amount or figure.value, currency=figure.currency or "", text=figure.text)
