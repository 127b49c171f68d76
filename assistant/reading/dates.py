"""Dates in a client's words, resolved against the day they wrote, in English, German, French, Spanish, Italian, Dutch.

``15 March``, ``2027-03-15``, ``in 3 weeks``, ``next Friday``, ``Ende März``, ``d'ici le 15 mars``, ``entro fine
mese``, ``antes del viernes``, ``eind maart``, ``KW 6/2027``, ``bis Ostern``, ``antes de Reyes``, ``fin du mois
prochain``: each is found by a bounded regex and resolved by code against an
anchor, the mail's ``Date`` (else today), because "next Friday" means the Friday after the client wrote, not
after the daemon read it. A date without a year is the next such date on or after the anchor. Numeric dates are
read day first (``03/04`` is 3 April) unless the locale is US English.

This is our own parser, not ``dateparser``: that package reads single date strings well, but here a date must be
*found* inside a whole mail, with the cue before it ("by", "bis", "entro") deciding which one is the deadline,
and phrases such as "fine mese" or "Ende des Monats" are periods it does not resolve. Every pattern here is
linear (no nested quantifiers over free text), so a long mail costs a few milliseconds.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.reading.quantities import fold, number_value
from assistant.reading.words import accent_blind

MONTHS = {
    "jan": 1, "january": 1, "januar": 1, "jänner": 1, "janvier": 1, "enero": 1, "gennaio": 1, "januari": 1,
    "feb": 2, "february": 2, "februar": 2, "février": 2, "fevrier": 2, "febrero": 2, "febbraio": 2, "februari": 2,
    "mar": 3, "march": 3, "märz": 3, "maerz": 3, "mars": 3, "marzo": 3, "maart": 3,
    "apr": 4, "april": 4, "avril": 4, "abril": 4, "aprile": 4,
    "may": 5, "mai": 5, "mayo": 5, "maggio": 5, "mei": 5,
    "jun": 6, "june": 6, "juni": 6, "juin": 6, "junio": 6, "giugno": 6,
    "jul": 7, "july": 7, "juli": 7, "juillet": 7, "julio": 7, "luglio": 7,
    "aug": 8, "august": 8, "août": 8, "aout": 8, "agosto": 8, "augustus": 8,
    "sep": 9, "sept": 9, "september": 9, "septembre": 9, "septiembre": 9, "setiembre": 9, "settembre": 9,
    "oct": 10, "october": 10, "okt": 10, "oktober": 10, "octobre": 10, "octubre": 10, "ottobre": 10,
    "nov": 11, "november": 11, "novembre": 11, "noviembre": 11,
    "dec": 12, "december": 12, "dez": 12, "dezember": 12, "décembre": 12, "decembre": 12, "diciembre": 12,
    "dicembre": 12,
}  # fmt: skip
WEEKDAYS = {name: i for i, names in enumerate([
    ("monday", "montag", "lundi", "lunes", "lunedì", "lunedi", "maandag"),
    ("tuesday", "dienstag", "mardi", "martes", "martedì", "martedi", "dinsdag"),
    ("wednesday", "mittwoch", "mercredi", "miércoles", "miercoles", "mercoledì", "mercoledi", "woensdag"),
    ("thursday", "donnerstag", "jeudi", "jueves", "giovedì", "giovedi", "donderdag"),
    ("friday", "freitag", "vendredi", "viernes", "venerdì", "venerdi", "vrijdag"),
    ("saturday", "samstag", "samedi", "sábado", "sabado", "sabato", "zaterdag"),
    ("sunday", "sonntag", "dimanche", "domingo", "domenica", "zondag"),
]) for name in names}  # fmt: skip
_PARTS = {
    "early": 5, "start of": 5, "beginning of": 5, "the start of": 5, "the beginning of": 5, "anfang": 5,
    "début": 5, "debut": 5, "début de": 5, "principios de": 5, "a principios de": 5, "inizio": 5, "inizio di": 5,
    "begin": 5, "begin van": 5, "mid": 15, "middle of": 15, "the middle of": 15, "mitte": 15, "mi": 15,
    "mediados de": 15, "a mediados de": 15, "metà": 15, "metà di": 15, "half": 15, "medio": 15, "late": 0,
    "end of": 0, "the end of": 0, "ende": 0, "fin": 0, "fin de": 0, "fin d'": 0, "finales de": 0,
    "a finales de": 0, "fine": 0, "fine di": 0, "eind": 0, "eind van": 0, "einde": 0, "eind van de": 0,
}  # fmt: skip
"""Parts of a month and the day they stand for (0: the last day). The start of a month is found as a date (a
reply that says "Anfang März" states a date), but :mod:`assistant.reading.deadlines` takes it for no deadline."""
_UNITS = {
    "day": "day", "days": "day", "tag": "day", "tage": "day", "tagen": "day", "jour": "day", "jours": "day",
    "día": "day", "días": "day", "dia": "day", "dias": "day", "giorno": "day", "giorni": "day", "dag": "day",
    "dagen": "day", "week": "week", "weeks": "week", "woche": "week", "wochen": "week", "semaine": "week",
    "semaines": "week", "semana": "week", "semanas": "week", "settimana": "week", "settimane": "week",
    "weken": "week", "month": "month", "months": "month", "monat": "month", "monate": "month",
    "monaten": "month", "mois": "month", "mes": "month", "meses": "month", "mese": "month", "mesi": "month",
    "maand": "month", "maanden": "month",
}  # fmt: skip
_NAMED = {
    "tomorrow": 1, "morgen": 1, "demain": 1, "mañana": 1, "domani": 1,
    "the day after tomorrow": 2, "übermorgen": 2, "après-demain": 2, "pasado mañana": 2, "dopodomani": 2,
    "overmorgen": 2,
}  # fmt: skip
_NEXT_WEEK = (
    r"next week|nächste woche|nächster woche|kommende woche|la semaine prochaine|semaine prochaine|"
    r"la próxima semana|próxima semana|la semana que viene|la settimana prossima|settimana prossima|"
    r"la prossima settimana|prossima settimana|volgende week"
)
_NEXT_MONTH = (
    r"next month|nächsten monat|nächster monat|kommenden monat|le mois prochain|mois prochain|el próximo mes|"
    r"el mes que viene|próximo mes|il mese prossimo|mese prossimo|il prossimo mese|prossimo mese|volgende maand"
)
_NEXT_MONTH_END = (
    r"(?:the )?end of next month|(?:the )?end of the following month|ende (?:des )?nächsten monats?|"
    r"(?:la )?fin du mois prochain|(?:a )?finales del (?:mes que viene|próximo mes)|"
    r"fin del (?:mes que viene|próximo mes)|"
    r"fine del (?:mese prossimo|prossimo mese)|eind (?:van )?volgende maand"
)
_MONTH_END = (
    r"end of (?:the|this) month|the end of the month|end of month|ende (?:des|dieses|diesen) monats|monatsende|"
    r"fin (?:du|de ce) mois|la fin du mois|fin de mes|finales de mes|fin del mes|fine (?:del )?mese|"
    r"eind (?:van )?(?:de|deze) maand|einde (?:van )?(?:de|deze) maand"
)
_NEXT_YEAR_END = (
    r"end of next year|ende nächsten jahres|ende des nächsten jahres|fin de l'année prochaine|"
    r"fin de(?:l)? año que viene|fin del próximo año|fine dell'anno prossimo|fine del prossimo anno|eind volgend jaar"
)
_YEAR_END = r"end of (?:the|this) year|jahresende|ende des jahres|fin de l'année|fin de año|fine anno|eind van het jaar"
_CHRISTMAS = r"christmas|xmas|weihnachten|noël|noel|navidad|natale|kerst|kerstmis"
_EASTER = r"easter sunday|easter|ostersonntag|ostern|pâques|paques|pascua|semana santa|pasqua|paaszondag|pasen"
_BEFORE_WORD = r"before|vor|avant|antes de|prima di|voor"
FEASTS = {
    "koningsdag": (4, 27), "valentine's day": (2, 14), "valentinstag": (2, 14), "saint-valentin": (2, 14),
    "san valentín": (2, 14), "san valentino": (2, 14), "valentijnsdag": (2, 14), "halloween": (10, 31),
    "sinterklaas": (12, 5), "nikolaustag": (12, 6), "new year's eve": (12, 31),
    "silvester": (12, 31), "saint-sylvestre": (12, 31), "nochevieja": (12, 31), "san silvestro": (12, 31),
    "oudejaarsavond": (12, 31), "oudjaar": (12, 31),
}  # fmt: skip
"""Days a client names by their feast, fixed in the calendar: "vóór Koningsdag" is 27 April."""
_MOVABLE = {
    "pentecost": 49, "whitsun": 49, "pfingsten": 49, "pentecôte": 49, "pentecostés": 49, "pentecoste": 49,
    "pinksteren": 49, "ascension day": 39, "himmelfahrt": 39, "christi himmelfahrt": 39, "ascensión": 39,
    "ascensione": 39, "hemelvaart": 39, "hemelvaartsdag": 39,
}  # fmt: skip
"""Feasts that move with Easter, as days after Easter Sunday: "bis Pfingsten" is seven weeks after it."""
_EPIPHANY = (
    r"epiphany|dreikönig|heilige drei könige|l'épiphanie|epiphanie|reyes|día de reyes|befana|l'epifania|driekoningen"
)
_WEEK_NUMBER = r"kw|kalenderwoche|week|semaine|semana|settimana|wk"
_ON = r"on|am|le|el|il|op"
_NEXT = r"next|this|coming|nächsten|nächster|kommenden|diesen|prochain|próximo|proximo|prossimo|volgende|aanstaande"
_NEXT_WEEKS = accent_blind(r"\b(?:next|nächsten|nächster|próximo|proximo|prossimo|volgende)\s+(?:\w+\s+)?$")
"""Before a weekday, these mean the one in the following week: "next Friday" said on a Thursday is in eight
days, not tomorrow (all three blind sets that say it read it so). After one ("vendredi prochain", "venerdì
prossimo", "el próximo lunes" is read the same way) and with "next week" ("volgende week dinsdag", "Tuesday next
week") it is the same day: the sixth and seventh sets label all of them so."""
_WEEKDAY_CUE = (
    r"by|on|until|till|before|bis|am|bis zum|bis spätestens|vor|d'ici|avant|pour|le|el|para el|antes del|"
    r"para|entro|per|prima di|voor|op|uiterlijk"
)

_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_PART = "|".join(sorted((re.escape(p) for p in _PARTS), key=len, reverse=True))
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_EASTER_DAY = (
    rf"(?:the\s+)?(?:({_WEEKDAY})\s+(?:{_BEFORE_WORD})\s+(?:the\s+)?|(?:domingo|dimanche|domenica)\s+(?:de\s+|di\s+)?)?"
)
"""Before "Easter": "the Saturday before Easter" is that Saturday; "domingo de Pascua" is Easter Sunday itself."""
_COUNT = r"\d{1,3}|[a-zà-ÿß]+(?:-[a-zà-ÿß]+)?"
_FROM_NOW = (
    r"from (?:now|today)|desde hoy|a partir de hoy|ab heute|von heute an|à partir d'aujourd'hui|"
    r"a partir d'aujourd'hui|da oggi|a partire da oggi|vanaf (?:vandaag|nu)"
)
_SPAN_LABEL = (
    r"deadline|timeline|timeframe|time frame|turnaround|frist|zeitrahmen|délai|plazo|tempi|tempistica|termine|"
    r"levertijd|termijn"
)
"""A label a count of days or weeks follows ("Plazo: seis semanas", "Frist: drei Wochen"): that long from the day
the client wrote."""
_EARLIER = r"before|prior|earlier|ahead|in advance|vorher|vor|davor|zuvor|avant|antes|prima|voor|eerder|ervoor"
"""After a span, these count back from an event (:mod:`assistant.reading.deadlines`), not on from the mail."""
_FEAST = "|".join(sorted((re.escape(f) for f in (*FEASTS, *_MOVABLE)), key=len, reverse=True))
_YEAR = r"(?:,?\s+(?:de\s+)?(\d{4}))?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", accent_blind(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("numeric", accent_blind(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2,4})\b")),
    ("numeric_short", accent_blind(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?![\d])")),
    (
        "day_month",
        accent_blind(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|e|º|°)?\.?\s+(?:of\s+|de\s+)?({_MONTH})\b{_YEAR}"),
    ),
    ("month_day", accent_blind(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR}")),
    (
        "week_number",
        accent_blind(rf"\b(?:{_WEEK_NUMBER})\.?\s?(\d{{1,2}})(?:\s?[/.-]\s?(\d{{4}})|\s+(\d{{4}}))?\b"),
    ),
    ("next_month_end", accent_blind(rf"\b(?:{_NEXT_MONTH_END})\b")),
    ("month_end", accent_blind(rf"\b(?:{_MONTH_END})\b")),
    ("next_year_end", accent_blind(rf"\b(?:{_NEXT_YEAR_END})\b")),
    ("year_end", accent_blind(rf"\b(?:{_YEAR_END})\b")),
    ("part_month", accent_blind(rf"(?<![\w-])({_PART})[\s-]+(?:de\s+|d'|di\s+)?({_MONTH})\b{_YEAR}")),
    (
        "span",
        accent_blind(
            rf"\b(?:(?:{_SPAN_LABEL})\s*:?\s*(?:of\s+|de\s+|von\s+|di\s+|van\s+|is\s+|ist\s+|es\s+|est\s+)?"
            rf"({_COUNT})\s+({_UNIT})\b(?!\s+(?:{_EARLIER}))|({_COUNT})\s+({_UNIT})\s+(?:{_FROM_NOW}))"
        ),
    ),
    (
        "relative",
        accent_blind(
            rf"\b(?:in|within|inside|innerhalb von|innerhalb|binnen|dans|sous|dans un délai de|d'ici|en un plazo de|"
            rf"en|dentro de|nel giro di|tra|fra|entro|over)\s+"
            rf"(?:the\s+next\s+|den nächsten\s+|les\s+)?({_COUNT})\s+({_UNIT})\b"
        ),
    ),
    (
        "weekday_next_week",
        accent_blind(
            rf"\b(?:(?:{_NEXT_WEEK})\s+(?:(?:{_ON})\s+)?({_WEEKDAY})|({_WEEKDAY})\s+(?:(?:of|in|der|de)\s+)?"
            rf"(?:{_NEXT_WEEK}))\b"
        ),
    ),
    ("next_week", accent_blind(rf"\b(?:{_NEXT_WEEK})\b")),
    ("next_month", accent_blind(rf"\b(?:{_NEXT_MONTH})\b")),
    (
        "named",
        accent_blind(
            r"(?<![\w-])(?<!guten )(?<!good )(" + "|".join(sorted(_NAMED, key=len, reverse=True)) + r")(?![\w-])"
        ),
    ),
    ("christmas", accent_blind(rf"\b(?:{_CHRISTMAS})\b(?:\s+(\d{{4}}))?")),
    ("easter", accent_blind(rf"\b{_EASTER_DAY}(?:{_EASTER})\b(?:\s+(\d{{4}}))?")),
    ("feast", accent_blind(rf"(?<![\w-])({_FEAST})(?![\w-])(?:\s+(\d{{4}}))?")),
    ("epiphany", accent_blind(rf"\b(?:{_EPIPHANY})\b")),
    ("weekday_after", accent_blind(rf"\b({_WEEKDAY})\s+(?:prochain|próximo|proximo|prossimo|que viene)\b")),
    ("weekday", accent_blind(rf"\b(?:(?:{_WEEKDAY_CUE}|{_NEXT})\s+)(?:(?:{_NEXT})\s+)?({_WEEKDAY})\b")),
    (
        "day_only",
        accent_blind(
            r"\b(?:(?:by|until|till|on|before) the|(?:para|antes) d?el|(?:bis )?zum|bis|d'ici le|pour le|avant le|"
            r"au plus tard le|(?:entro|per|prima del) il|entro il|(?:voor|tegen|uiterlijk|op) de)\s+"
            r"(\d{1,2})(?:st|nd|rd|th|er|e|de|ste|º|°)?(?:\s+of\s+(this|next)\s+month)?"
            r"(?=\.?\s*(?:[,;:!?)]|\.(?!\d)|$|\s(?:if|please|bitte|wenn|si|s'il|por favor|per favore|graag|als)\b))"
        ),
    ),
]
_LEADING_CUE = accent_blind(rf"(?:(?:{_WEEKDAY_CUE})\s+)?")
_STRONG_CUES = accent_blind(
    r"\b(by|deadline|due|need|needs|needed|latest|no later than|ready|deliver\w*|files|final|timeline|turnaround|"
    r"frist|délai|plazo|tempistica|levertijd|termijn|"
    r"bis|spätestens|fertig|brauchen|benötigen|abgabe|termin|"
    r"d'ici|au plus tard|date limite|livr\w*|besoin|pour le|"
    r"para el|antes del|a más tardar|fecha límite|entrega\w*|necesit\w*|"
    r"entro|scadenza|consegn\w*|ci serv\w*|servono|"
    r"uiterlijk|klaar|nodig|opleve\w*)\b"
)
_REPLY_BY = accent_blind(
    r"\b(let me know|let us know|tell me|get back to (?:me|us)|reply|respond|answer|hear from you|confirm|"
    r"gib mir bescheid|sag mir|melde dich|melden sie sich|rückmeldung|antwort\w*|"
    r"dites-moi|faites-moi savoir|répon\w*|confirmer|avísame|dime|respuesta|responde\w*|confirma\w*|"
    r"fammi sapere|mi faccia sapere|risposta|rispond\w*|conferm\w*|laat (?:me|ons)? ?weten|antwoord\w*|bevestig\w*)\b"
)
"""Before a date, these make it the day to answer by, not the day the work is due."""
_WEAK_CUES = accent_blind(
    r"\b(before|until|till|launch\w*|print\w*|start\w*|vor|avant|antes|prima|voor|lancement|lanzamiento|lancio|"
    r"druck|impression|impresión|stampa)\b"
)


@dataclass(frozen=True)
class FoundDate:
    """A date found in text, with the words it came from and whether a deadline cue preceded it."""

    date: dt.date
    text: str
    start: int
    cue: int
    """2 after a strong deadline cue ("deadline", "by", "bis", "entro"), 1 after a weak one ("before"), else 0
    (also after "let me know by": that is when to answer, not when the work is due)."""
    kind: str = ""
    """Which pattern found it (``day_month``, ``weekday``, ...)."""


def find_dates(text: str, anchor: dt.date, *, month_first: bool = False) -> list[FoundDate]:
    """Every date in ``text``, in order of appearance; impossible dates (31 February) are skipped."""
    folded = fold(text)
    if len(folded) != len(text):
        text = folded  # offsets must match the text they are reported in
    found: list[FoundDate] = []
    taken: list[range] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            if any(match.start() in span or match.end() - 1 in span for span in taken):
                continue
            date = _resolve(kind, match, text, anchor, month_first)
            if date is None:
                continue
            taken.append(range(match.start(), match.end()))
            before = re.split(r"[.!?\n]\s", folded[max(0, match.start() - 60) : match.start()])[-1]
            context = before + " " + match.group(0)
            cue = 2 if _STRONG_CUES.search(context) else 1 if _WEAK_CUES.search(context) else 0
            if _REPLY_BY.search(before):
                cue = 0
            start = match.start()
            if kind == "weekday":  # "by Friday" was found with its cue; the date is "Friday"
                start += len(_LEADING_CUE.match(folded, start).group(0))  # type: ignore[union-attr]
            found.append(FoundDate(date, text[start : match.end()], start, cue, kind))
    ordered = sorted(found, key=lambda f: f.start)
    return [f for i, f in enumerate(ordered) if not _named_by_next(f, ordered[i + 1 : i + 2], folded)]


_EXPLICIT = ("iso", "numeric", "numeric_short", "day_month", "month_day")


_APPOSITION = re.compile(r"[\s,]*(?:(?:the|den|der|le|el|il|de|op)\s+)?")
"""Between a weekday and the date that names it: "next Friday, 11 September", "Freitag, den 12. Februar"."""


def _named_by_next(found: FoundDate, following: list[FoundDate], folded: str) -> bool:
    """A weekday or relative phrase right before an explicit date ("next Friday, 11 September") is that date."""
    if found.kind in _EXPLICIT or not following or following[0].kind not in _EXPLICIT:
        return False
    return _APPOSITION.fullmatch(folded, found.start + len(found.text), following[0].start) is not None


def parse_date(text: str, anchor: dt.date, *, month_first: bool = False) -> dt.date | None:
    """The first date in ``text`` (used to check a date the model wrote), or None."""
    dates = find_dates(text, anchor, month_first=month_first)
    return dates[0].date if dates else None


def _resolve(kind: str, m: re.Match[str], original: str, anchor: dt.date, month_first: bool) -> dt.date | None:
    g = m.groups()
    if kind in ("day_month", "month_day", "part_month") and re.search(r"\bmay\b", original[m.start() : m.end()]):
        return None  # lower-case "may" is the verb, not the month
    if kind == "iso":
        return _make(int(g[0]), int(g[1]), int(g[2]))
    if kind == "numeric":
        first, second, year = int(g[0]), int(g[1]), int(g[2])
        day, month = (second, first) if month_first else (first, second)
        return _make(year + 2000 if year < 100 else year, month, day)
    if kind == "numeric_short":
        day, month = int(g[0]), int(g[1])
        return _with_year(day, month, None, anchor) if 1 <= month <= 12 else None
    if kind == "day_month":
        return _with_year(int(g[0]), MONTHS[g[1]], g[2], anchor)
    if kind == "month_day":
        return _with_year(int(g[1]), MONTHS[g[0]], g[2], anchor)
    if kind == "part_month":
        return _part_of_month(_PARTS[g[0]], MONTHS[g[1]], g[2], anchor)
    if kind == "week_number":
        return _friday_of_week(int(g[0]), g[1] or g[2], anchor)
    if kind == "next_month_end":
        following = _add(anchor.replace(day=1), 1, "month")
        return following.replace(day=calendar.monthrange(following.year, following.month)[1])
    if kind == "month_end":
        return anchor.replace(day=calendar.monthrange(anchor.year, anchor.month)[1])
    if kind == "next_year_end":
        return dt.date(anchor.year + 1, 12, 31)
    if kind == "year_end":
        return dt.date(anchor.year, 12, 31)
    if kind in ("relative", "span"):
        said, unit = (g[0], g[1]) if g[0] else (g[2], g[3])
        count = number_value(said)
        return None if count is None or count > 366 else _add(anchor, count, _UNITS[unit])
    if kind == "next_week":
        return anchor + dt.timedelta(weeks=1)
    if kind == "next_month":
        return _add(anchor, 1, "month")
    if kind == "named":
        return anchor + dt.timedelta(days=_NAMED[g[0]])
    if kind == "christmas":
        return _yearly(lambda year: dt.date(year, 12, 24), g[0], anchor)
    if kind == "easter":
        easter = _yearly(_easter_sunday, g[1], anchor)
        return easter - dt.timedelta(days=(easter.weekday() - WEEKDAYS[g[0]] - 1) % 7 + 1) if g[0] else easter
    if kind == "feast":
        if g[0] in _MOVABLE:
            days = _MOVABLE[g[0]]
            return _yearly(lambda year: _easter_sunday(year) + dt.timedelta(days=days), g[1], anchor)
        month, day = FEASTS[g[0]]
        return _yearly(lambda year: dt.date(year, month, day), g[1], anchor)
    if kind == "epiphany":
        return _yearly(lambda year: dt.date(year, 1, 6), None, anchor)
    if kind == "day_only":
        return _day_only(int(g[0]), g[1], _month_before(original[: m.start()]), anchor)
    if kind == "weekday_next_week":
        return anchor + dt.timedelta(days=7 - anchor.weekday() + WEEKDAYS[g[0] or g[1]])
    weekday = WEEKDAYS[g[0]]
    if kind == "weekday_after" or (kind == "weekday" and _NEXT_WEEKS.search(original[m.start() : m.end() - len(g[0])])):
        return anchor + dt.timedelta(days=7 - anchor.weekday() + weekday)
    return anchor + dt.timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)


def _month_before(before: str) -> tuple[int, str | None] | None:
    """A month named shortly before, in the same sentence ("en septembre 2027, au plus tard le 15")."""
    sentence = re.split(r"[.!?\n]\s", fold(before[-60:]))[-1]
    named = list(re.finditer(rf"\b({_MONTH})\b(?:\s+(\d{{4}}))?", sentence))
    return (MONTHS[named[-1].group(1)], named[-1].group(2)) if named else None


def _day_only(day: int, which: str | None, month: tuple[int, str | None] | None, anchor: dt.date) -> dt.date | None:
    """A day without its month ("by the 20th", "¿para el 24?"): in the month named before, else the next such day."""
    if month is not None:
        return _with_year(day, month[0], month[1], anchor)
    base = _add(anchor.replace(day=1), 1, "month") if which == "next" else anchor.replace(day=1)
    date = _make(base.year, base.month, day)
    if date is not None and date < anchor and which is None:
        following = _add(base, 1, "month")
        date = _make(following.year, following.month, day)
    return date


def _yearly(day_in: Callable[[int], dt.date], year: str | None, anchor: dt.date) -> dt.date:
    """A feast's date in the year given, else its next one on or after the anchor."""
    if year:
        return day_in(int(year))
    date = day_in(anchor.year)
    return date if date >= anchor else day_in(anchor.year + 1)


def _easter_sunday(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm): "bis Ostern" is a real date every year."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _friday_of_week(week: int, year: str | None, anchor: dt.date) -> dt.date | None:
    """The Friday of ISO week ``week`` ("KW 6/2027"): the working week's last day, in that year or the next."""
    years = [int(year)] if year else [anchor.year, anchor.year + 1]
    for candidate in years:
        try:
            date = dt.date.fromisocalendar(candidate, week, 5)
        except ValueError:
            return None
        if year or date >= anchor:
            return date
    return None


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _with_year(day: int, month: int, year: str | None, anchor: dt.date) -> dt.date | None:
    if year:
        return _make(int(year), month, day)
    date = _make(anchor.year, month, day)
    if date is not None and date < anchor:
        date = _make(anchor.year + 1, month, day)
    return date


def _part_of_month(day: int, month: int, year: str | None, anchor: dt.date) -> dt.date | None:
    base = _with_year(1, month, year, anchor.replace(day=1))
    if base is None:
        return None
    last = calendar.monthrange(base.year, base.month)[1]
    return base.replace(day=day or last)


def _add(anchor: dt.date, count: int, unit: str) -> dt.date:
    if unit == "day":
        return anchor + dt.timedelta(days=count)
    if unit == "week":
        return anchor + dt.timedelta(weeks=count)
    month_index = anchor.month - 1 + count
    year, month = anchor.year + month_index // 12, month_index % 12 + 1
    return anchor.replace(year=year, month=month, day=min(anchor.day, calendar.monthrange(year, month)[1]))
