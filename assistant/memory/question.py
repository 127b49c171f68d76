"""Reading a memory question for what it names: clients, services, an outcome, a period, or nothing at all.

A freelancer asks "what did I charge for past logo projects?" and means every logo project, not the four chunks
that happen to sit nearest to the sentence in embedding space. So the names in a question become filters, and
they are resolved against the freelancer's own data: client names from memory (and the profile), service ids,
names and keywords from the rate card, with a small lexicon so that "Plakat", "affiche" or "Kinderbuch" find
the rate card's English words. Small talk ("Good morning!", "thanks") names nothing and asks for nothing, so it
is recognised here and retrieves nothing.

Everything here is pure: no store, no embedder, no clock (``today`` is a parameter).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from assistant.memory.scope import Filters
from assistant.reading.words import STOPWORDS, fold, is_small_talk, tokens

if TYPE_CHECKING:
    from assistant.profile import Profile

LEXICON: Mapping[str, str] = {
    # German
    "plakat": "poster",
    "maskottchen": "mascot",
    "figur": "character",
    "kinderbuch": "children's book",
    "kinderbucher": "children's book",
    "bilderbucher": "picture book",
    "verpackung": "packaging",
    "etikett": "label",
    "dose": "can",
    "markenidentitat": "brand identity",
    "erscheinungsbild": "corporate design",
    "zeitschrift": "magazine",
    "zeitung": "newspaper",
    "artikel": "article",
    "redaktionell": "editorial",
    "posen": "poses",
    "ausdrucke": "expressions",
    # French
    "affiche": "poster",
    "mascotte": "mascot",
    "personnage": "character",
    "livre pour enfants": "children's book",
    "livre jeunesse": "children's book",
    "album jeunesse": "picture book",
    "emballage": "packaging",
    "etiquette": "label",
    "identite visuelle": "visual identity",
    "charte graphique": "style guide",
    "magazine": "magazine",
    "journal": "newspaper",
    "editoriale": "editorial",
    "logotype": "logotype",
    # Spanish and Italian, the next most common languages of the demo's clients
    "cartel": "poster",
    "manifesto": "poster",
    "mascota": "mascot",
    "libro infantil": "children's book",
    "envase": "packaging",
    "etichetta": "label",
}
"""Words of other languages, folded (no accents, lower case), and the rate-card word each stands for."""

OUTCOMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("lost", ("lost", "lose", "not accepted", "didn't get", "did not get", "verloren", "nicht bekommen", "perdu")),
    ("declined", ("declined", "turned down", "i said no", "abgelehnt", "refuse", "decline")),
    ("cancelled", ("cancelled", "canceled", "abgesagt", "storniert", "abgebrochen", "annule")),
    ("completed", ("completed", "finished", "delivered", "abgeschlossen", "geliefert", "termine")),
    ("accepted", ("accepted", "angenommen", "accepte")),
)
"""Outcome values as the briefs' front matter writes them, and the words that name each (checked in order)."""

_MONTHS: Mapping[str, int] = {
    name: number
    for names in (
        "january february march april may june july august september october november december",
        "januar februar marz april mai juni juli august september oktober november dezember",
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    )
    for number, name in enumerate(names.split(), start=1)
}
_YEAR = re.compile(r"(?<![\w-])((?:19|20)\d{2})(?![\w-])")
_SINCE = re.compile(r"\b(?:since|after|seit|nach|depuis|apres)\s+(?:(\w+)\s+)?((?:19|20)\d{2})\b")
_BEFORE = re.compile(r"\b(?:before|until|vor|bis|avant|jusqu'en)\s+(?:(\w+)\s+)?((?:19|20)\d{2})\b")
_MONTH_YEAR = re.compile(r"\b([a-z]+)\s+((?:19|20)\d{2})\b")
_LAST_YEAR = re.compile(r"\b(last year|letztes jahr|letzten jahr|vergangenes jahr|annee derniere|an dernier)\b")
_THIS_YEAR = re.compile(r"\b(this year|dieses jahr|diesem jahr|cette annee)\b")


class Question(BaseModel):
    """What a memory question names. Empty fields name nothing."""

    model_config = ConfigDict(frozen=True)

    text: str
    clients: tuple[str, ...] = ()
    """Client names as memory (or the profile) spells them."""
    services: tuple[str, ...] = ()
    """Service ids from the rate card."""
    outcome: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    small_talk: bool = False
    """Greetings, thanks and other turns that ask nothing of memory."""

    @property
    def names_something(self) -> bool:
        """Whether the question names a client, a service, an outcome or a period (and so can list projects)."""
        return bool(self.clients or self.services or self.outcome or self.date_from or self.date_to)

    def filters(self) -> list[Filters]:
        """One :class:`Filters` per named client and service combination; several names of a kind are an OR."""
        return [
            Filters.of(
                client=client or None,
                service=service or None,
                outcome=self.outcome or None,
                date_from=self.date_from,
                date_to=self.date_to,
            )
            for client in (self.clients or ("",))
            for service in (self.services or ("",))
        ]


def service_vocabulary(profile: Profile) -> dict[str, tuple[str, ...]]:
    """Each service id of the rate card with the words that name it: the id, the name and the keywords."""
    return {s.id: (s.id.replace("-", " "), s.name, *s.keywords) for s in profile.services}


def read_question(
    text: str,
    *,
    clients: Iterable[str],
    services: Mapping[str, Sequence[str]],
    today: dt.date | None = None,
) -> Question:
    """Read ``text`` for the clients, services, outcome and period it names.

    Args:
        text: the freelancer's question.
        clients: every client name memory knows (and those of the profile).
        services: service id to the words that name it (see :func:`service_vocabulary`).
        today: the freelancer's today, for "last year"; without it relative periods are not read.
    """
    if is_small_talk(text):
        return Question(text=text, small_talk=True)
    words = tokens(text)
    folded = " ".join(words)
    date_from, date_to = _period(fold(text), today)
    return Question(
        text=text,
        clients=_clients(words, clients),
        services=_services(words, services),
        outcome=_outcome(folded),
        date_from=date_from,
        date_to=date_to,
    )


def _clients(words: list[str], clients: Iterable[str]) -> tuple[str, ...]:
    """Clients named in full, or by the first word of their name when it is distinctive (``Spree``, ``Acme``)."""
    found: list[str] = []
    for name in sorted(set(clients), key=str.casefold):
        parts = tokens(name)
        if not parts:
            continue
        first = parts[0]
        by_first = len(first) >= 4 and first not in STOPWORDS and first in words
        if _find(words, parts) or by_first:
            found.append(name)
    return tuple(found)


def _services(words: list[str], services: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """Services whose words occur in the question; a match inside a longer one ("mascot" in "mascot poses") loses."""
    translated = _translate(words)
    spans: list[tuple[int, int, str]] = []
    for service_id, names in services.items():
        for name in names:
            phrase = [w for w in tokens(name) if w]
            if not phrase or (len(phrase) == 1 and phrase[0] in STOPWORDS):
                continue  # "can" on a packaging card must not turn "can you" into a filter
            for start in _find_all(translated, phrase):
                spans.append((start, start + len(phrase), service_id))
    kept = {
        service
        for start, end, service in spans
        if not any(s <= start and end <= e and (e - s) > (end - start) and o != service for s, e, o in spans)
    }
    return tuple(sorted(kept))


def _translate(words: list[str]) -> list[str]:
    """Replace lexicon words and phrases (longest first) by the rate-card words they stand for."""
    out: list[str] = []
    index = 0
    entries = sorted(((tokens(k), tokens(v)) for k, v in LEXICON.items()), key=lambda kv: -len(kv[0]))
    while index < len(words):
        for source, target in entries:
            if _matches_at(words, index, source):
                out.extend(target)
                index += len(source)
                break
        else:
            out.append(words[index])
            index += 1
    return out


def _outcome(folded: str) -> str:
    named = [
        value
        for value, phrases in OUTCOMES
        if any(re.search(rf"\b{re.escape(' '.join(tokens(p)))}\b", folded) for p in phrases)
    ]
    if "lost" in named and "accepted" in named:  # "not accepted" is a lost quote, not an accepted one
        named.remove("accepted")
    return named[0] if len(named) == 1 else ""


def _period(folded: str, today: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day the question's dates cover, or (None, None); ``folded`` keeps its punctuation."""
    if (since := _SINCE.search(folded)) is not None:
        return _month_start(since.group(1), int(since.group(2))), None
    if (before := _BEFORE.search(folded)) is not None:
        start = _month_start(before.group(1), int(before.group(2)))
        return None, start - dt.timedelta(days=1)
    for match in _MONTH_YEAR.finditer(folded):
        month = _MONTHS.get(match.group(1))
        if month is not None:
            year = int(match.group(2))
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return dt.date(year, month, 1), following - dt.timedelta(days=1)
    years = [int(y) for y in _YEAR.findall(folded)]
    if years:
        return dt.date(min(years), 1, 1), dt.date(max(years), 12, 31)
    if today is not None and _LAST_YEAR.search(folded):
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    if today is not None and _THIS_YEAR.search(folded):
        return dt.date(today.year, 1, 1), today
    return None, None


def _month_start(word: str | None, year: int) -> dt.date:
    month = _MONTHS.get(word or "", 1)
    return dt.date(year, month, 1)


def _matches_at(words: list[str], index: int, phrase: list[str]) -> bool:
    if index + len(phrase) > len(words):
        return False
    return all(_same(words[index + i], part) for i, part in enumerate(phrase))


def _find(words: list[str], phrase: list[str]) -> bool:
    return any(True for _ in _find_all(words, phrase))


def _find_all(words: list[str], phrase: list[str]) -> Iterable[int]:
    return (i for i in range(len(words) - len(phrase) + 1) if _matches_at(words, i, phrase))


def _same(word: str, wanted: str) -> bool:
    """Equal, or a plural of it: logos, posters, plakate, affiches, kinderbuchern."""
    if word == wanted:
        return True
    return (
        len(wanted) >= 4 and word.startswith(wanted) and word[len(wanted) :] in {"s", "es", "e", "en", "n", "er", "ern"}
    )
