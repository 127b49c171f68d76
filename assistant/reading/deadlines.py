"""Which of an inquiry's dates is the deadline, in English, German, French, Spanish, Italian and Dutch.

:func:`assistant.reading.dates.find_dates` finds every date and how strongly a deadline cue ("by", "bis",
"entro") precedes it. A freelancer reading the mail also knows that some dates are not the deadline at all:

- a day relative to an event: "Das Fest ist am 3. Juli, die Plakate sollten drei Wochen vorher fertig sein" is
  12 June, and the festival's date is not the deadline; "a couple of weeks before" says no one day, so there is
  no deadline to quote and the reply asks;
- a day to talk or answer by: "Can we talk next week?", "let me know by Friday";
- a day the client waives in the same breath: "by then, but not life or death", "aber ich kann auch mit
  Verspätung leben";
- a first draft's day, when the final files have their own ("einen Entwurf bis Mitte November und das fertige Logo
  bis 15. Dezember").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from assistant.reading.dates import _REPLY_BY, FoundDate, find_dates
from assistant.reading.quantities import FIXED, fold, number_value
from assistant.reading.words import accent_blind

_SPAN = (
    r"(day|days|tag|tage|tagen|jour|jours|día|días|dia|dias|giorno|giorni|dag|dagen|week|weeks|woche|wochen|"
    r"semaine|semaines|semana|semanas|settimana|settimane|weken|month|months|monat|monate|monaten|mois|mes|meses|"
    r"mese|mesi|maand|maanden)"
)
_EARLIER = (
    r"(?:before(?!\s+(?:the\s+)?(?:\d|end|mid|start))|beforehand|earlier|prior|in advance|ahead|vorher|davor|zuvor|"
    r"früher|avant|plus tôt|auparavant|antes|prima|eerder|ervoor|van tevoren)"
)
_BEFORE_EVENT = accent_blind(rf"(?<![\w-])((?:[\w'-]+\s+){{0,3}}?[\w'-]+)\s+{_SPAN}\s+{_EARLIER}\b")
"""So long before an event: "drei Wochen vorher", "10 jours avant le salon", "una settimana prima"."""
_DAYS = {"day": 1, "week": 7}
_TALK = accent_blind(
    r"\b(talk|call|chat|meet|speak|phone|catch up|reden|sprechen|telefonieren|treffen|parler|appeler|discuter|"
    r"hablar|llamar|charlar|parlare|sentirci|chiamare|bellen|spreken|praten)\b"
)
"""Before a date, these make it a day to talk, not a day the work is due."""
_TALK_AFTER = accent_blind(
    r"\s*(?:\w+\s+){0,2}?(telefonieren|sprechen|reden|treffen|bellen|spreken|praten|afspreken)\b"
)
"""Right after a date, in the languages that put the verb last: "nächste Woche telefonieren", "volgende week bellen"."""
_WAIVED = accent_blind(
    r"^[^.!?\n]{0,80}?\b(?:but (?:not life or death|whenever|no pressure|no stress|it'?s not a must|not essential)|"
    r"kann (?:ich )?auch mit verspätung leben|aber kein muss|mais (?:ce n'est )?pas (?:obligatoire|grave)|"
    r"pero sin prisa|pero no es imprescindible|ma non è obbligatorio|ma senza fretta|maar geen must|maar geen haast)"
)
"""After a date in its sentence, these waive it: the client would like it then, but has no deadline."""
_REJECTED = accent_blind(
    r"^[^.!?\n]{0,30}?\b(?:is|ist|wäre|est|serait|es|sería|è|sarebbe|zou)\s+(?:\w+\s+){0,2}?(?:unrealistic|"
    r"not realistic|impossible|too (?:soon|tight|short)|unrealistisch|unmöglich|zu knapp|zu kurz|irréaliste|"
    r"trop juste|trop court|irrealista|imposible|demasiado pronto|impossibile|troppo presto|onrealistisch|"
    r"onmogelijk|te krap|te kort)\b"
)
"""After a date, these rule it out: "Bis übermorgen ist natürlich unrealistisch" names a day nobody asks for."""
_START = accent_blind(
    r"(?<![\w-])(?:after|from|starting|nach|ab|après|dès|à partir d[ue']|después de|a partir de|dopo|na|vanaf)"
    r"\s+(?:the\s+|dem\s+|le\s+|el\s+|il\s+|la\s+)?$"
)
"""Right before a date, these make it the day work may start, not the day it is due ("irgendwann nach Ostern")."""
_CORRECTED = accent_blind(
    r"(?:\bi mean|\bi meant|\bsorry|\bich meine|\bich meinte|\bje veux dire|\bpardon|\bquiero decir|"
    r"\bmejor dicho|\bintendo|\bvolevo dire|\bik bedoel)[,:]?\s+(?:\w+\s+){0,2}?$"
)
"""Right before a date, these correct the one said before it: "by Monday 8 March... I mean Monday 1 March"."""
_DRAFT = accent_blind(
    r"\b(draft|sketch\w*|entwurf|entwürfe|skizze\w*|premier jet|esquisse\w*|croquis|boceto\w*|borrador\w*|"
    r"bozz\w*|schizz\w*|schets\w*|eerste ontwerp)\b"
)


def find_deadline(text: str, anchor: dt.date, *, month_first: bool = False) -> FoundDate | None:
    """The deadline: the earliest of the dates with the strongest cue, once the dates that are none are set aside.

    "deadline", "by" and "need" beat "before" and "launch", which beat no cue; dates before the anchor are ignored.
    Among equally strong dates the earliest wins: a quote planned for it meets the later ones too (taking the latest
    was tried on the tuning sets, and read fewer deadlines right over all of them).
    """
    folded = fold(text)
    found = _corrected(folded, find_dates(text, anchor, month_first=month_first))
    dates, vague = _before_events(folded, found)
    if vague:
        return None  # "we'd need it a couple of weeks before": no one day was asked for
    dates = [d for d in dates if d.date >= anchor and not _vague(folded, d) and not _not_a_deadline(folded, d)]
    final = [d for d in dates if not _DRAFT.search(_sentence_before(folded, d))]
    dates = final or dates  # a draft's day counts only when no other day is given
    if not dates:
        return None
    best = max(d.cue for d in dates)
    return min((d for d in dates if d.cue == best), key=lambda d: d.date)


_VAGUE_START = accent_blind(r"(?:the |a )?(?:early|start|beginning|anfang|début|debut|principios|inizio|begin)\b")
_VAGUE_SPAN = accent_blind(
    r"\s+(?:circa|ca\.|or so|more or less|ungefähr|etwa|environ|aproximadamente|più o meno|ongeveer)\b"
)


def _vague(folded: str, found: FoundDate) -> bool:
    """A date that stands for no one day: "early March", "Anfang März", "next month", "tra due mesi circa".

    Every blind set labels these vague: the reply asks for the date instead of planning for a day nobody said.
    """
    return (
        (found.kind == "part_month" and bool(_VAGUE_START.match(fold(found.text))))
        or found.kind == "next_month"
        or (found.kind == "relative" and bool(_VAGUE_SPAN.match(folded[found.start + len(found.text) :])))
    )


def _sentence_before(folded: str, found: FoundDate) -> str:
    return re.split(r"[.!?\n]\s|[;:]\s|,\s+(?:and|und|et|y|e|en)\s", folded[max(0, found.start - 50) : found.start])[-1]


def _not_a_deadline(folded: str, found: FoundDate) -> bool:
    """A day to talk or to answer by, or one the client waives in the same sentence."""
    before = _sentence_before(folded, found)
    after = folded[found.start + len(found.text) :]
    if _TALK.search(before) or _REPLY_BY.search(before) or _TALK_AFTER.match(after) or _START.search(before):
        return True
    return bool(_WAIVED.search(after) or _REJECTED.search(after))


def _corrected(folded: str, found: list[FoundDate]) -> list[FoundDate]:
    """The dates with each one a client corrects replaced by the correction, which keeps the cue it corrects.

    "final art by Monday 8 March... sorry, I mean Monday 1 March": the first date had the cue ("by"), the second
    is the one meant. The dates said in the 160 characters before the correction are the ones it replaces.
    """
    dates = list(found)
    for date in found:
        if not _CORRECTED.search(folded[max(0, date.start - 40) : date.start]):
            continue
        replaced = [d for d in dates if d.start < date.start and date.start - d.start <= 160]
        if replaced:
            cue = max(d.cue for d in replaced)
            dates = [replace(d, cue=max(d.cue, cue)) if d is date else d for d in dates if d not in replaced]
    return dates


def _before_events(folded: str, found: list[FoundDate]) -> tuple[list[FoundDate], bool]:
    """The dates with each "N weeks before" resolved against its event, the event's own date dropped.

    Returns the dates and whether such a span was said only vaguely ("a couple of weeks before").
    """
    dates = list(found)
    for match in _BEFORE_EVENT.finditer(folded):
        event = _event_for(match, dates)
        if event is None:
            continue
        count = _span_count(match.group(1))
        dates.remove(event)
        if count is None:
            return dates, True
        unit = _unit(match.group(2))
        days = count * _DAYS[unit] if unit in _DAYS else 0
        date = event.date - dt.timedelta(days=days) if days else _months_before(event.date, count)
        dates.append(replace(event, date=date, text=match.group(0).strip(), start=match.start(), cue=2, kind="before"))
    return dates, False


def _event_for(match: re.Match[str], dates: list[FoundDate]) -> FoundDate | None:
    """The event a "two weeks before" counts back from: the last date before it nearby, else one right after."""
    earlier = [d for d in dates if d.start < match.start() and match.start() - d.start <= 200]
    if earlier:
        return max(earlier, key=lambda d: d.start)
    later = [d for d in dates if 0 <= d.start - match.end() <= 40]
    return min(later, key=lambda d: d.start) if later else None


def _span_count(words: str) -> int | None:
    """The count of "drei Wochen", "a month", "una settimana"; None when vague ("a couple of", "ein paar")."""
    if re.search(r"\b(couple|paar|few|peu|quelques|unas|unos|qualche|paio)\b", words):
        return None  # "a couple of weeks before", "ein paar Tage vorher": no one day
    tokens = words.split()
    for size in range(min(4, len(tokens)), 0, -1):
        phrase = " ".join(tokens[-size:])
        if phrase in FIXED:
            return FIXED[phrase] or None
        value = number_value(phrase)
        if value is not None and 0 < value <= 52:
            return value
    return None


def _unit(word: str) -> str:
    if re.match(r"(day|tag|jour|d[ií]a|giorn|dag)", word):
        return "day"
    if re.match(r"(week|woche|semaine|semana|settiman|weken)", word):
        return "week"
    return "month"


def _months_before(date: dt.date, count: int) -> dt.date:
    month_index = date.month - 1 - count
    year, month = date.year + month_index // 12, month_index % 12 + 1
    day = min(date.day, (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day)
    return dt.date(year, month, day)
