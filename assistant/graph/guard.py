"""Code that checks what the model wrote before anyone reads it: a sentence is shown only where it is grounded.

The context is what the model was given (the user's words, memory hits, tool results, the freelancer's own
profile). A sentence of the model's is dropped when it

- states a **number** that appears nowhere in the context (an invented price, date or hour count);
- **names** someone or something the context does not (a person, a company, a product, a place): a capitalised
  word inside the sentence, or a run of capitalised words anywhere ("Zorblax Ltd.", "the Zorblax Design
  Studio"), whose words the context does not hold;
- makes a **claim about the user** ("I'm sorry to hear that you've had to pay a lot of money") that the user's
  own words do not support, or about **itself** ("I'm a freelance writer") that the context does not;
- **repeats itself** ("a cover of a cover of a cover"), a small model's loop inside one sentence;
- or is mostly **unsupported content**: fewer than 60 % of its content words (not function words, not the
  words of greetings and offers of help) occur in the context, which is what an invented "team of designers"
  looks like. This check is made on English sentences only: the context (briefs, rate card) is mostly English,
  so a German or French sentence would fail it for its language alone; names, numbers and claims about the
  user are still checked in every language.

With a small model nearly every such sentence is invented; a bigger or remote model goes through the same guard.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from assistant.reading.words import SMALL_TALK, STOPWORDS, language_of, names_in, tokens

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
_CITATION = re.compile(r"\[\d+\]")
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:Ltd|Inc|Co|Corp|GmbH|Dr|Mr|Mrs|Ms|Prof|St|No|Nr|vs|etc|e\.g|i\.e|z\.B|ca|approx)\.$", re.IGNORECASE
)
_USER_CLAIM = re.compile(
    r"\b(sorry (to|that|you|for|about)|i apologi[sz]e|apologies|i understand (that|how|your)|"
    r"must (be|have been) (hard|difficult|frustrating|stressful)|that sounds|i can imagine|you('ve| have) had to|"
    r"es tut mir leid|tut mir leid|ich verstehe|ich kann mir vorstellen|das klingt|sie mussten|"
    r"d[ée]sol[ée]e?|je comprends|j'imagine|je suis navr[ée]|cela doit [êe]tre|vous avez d[ûu]|"
    r"lo siento|siento (que|mucho)|entiendo (que|tu|su)|me imagino|ha tenido que|has tenido que|"
    r"mi dispiace|capisco (che|la|il)|immagino|ha dovuto|hai dovuto|"
    r"het spijt me|sorry dat|ik begrijp|ik kan me voorstellen|dat klinkt|je hebt moeten|u heeft moeten)",
    re.IGNORECASE,
)
_SELF_CLAIM = re.compile(
    r"\b(?:I(?:'m|’m| am) (?:not )?(?:a|an|the|your)|ich bin (?:kein|keine|ein|eine|ihr|ihre)|"
    r"je (?:ne )?suis (?:pas )?(?:un|une|votre)|(?:no )?soy (?:un|una|tu|su)|(?:non )?sono (?:un|una|il suo|la sua)|"
    r"ik ben (?:geen |niet )?(?:een|uw|je))\b",
    re.IGNORECASE,
)
""""I'm a freelance writer", "I'm not a professional editor": who the assistant is, which the context must say."""

MIN_SUPPORT = 0.6
"""Share of a sentence's content words that the context must hold (with three or more content words).

At 0.5, "I'm not a professional graphic designer, but I can help with your business." (the bundled model, on a
question about past logos) got through."""
MIN_CONTENT_WORDS = 3
MIN_FRAGMENT_WORDS = 3
STEM = 5
"""Words are compared by their first five letters, so "designed" meets "design" and "projects" "project"."""

CONVERSATIONAL = frozenset(
    """
    here help happy glad let know ask asked question questions anything else want need like look looking find
    found show shows see records record memory sources source information details following below above summary
    list answer tell sure certainly course hope note notes mention mentioned based according say says said
    assistant today further provide provided share check checked hear understand imagine sounds
    """.split()
)
"""Words that offer help or point at the answer: they claim nothing, so they need no support."""


def numbers_in(text: str) -> set[str]:
    """Every reading of every number in ``text``: ``1,200.00``, ``1.200,00`` and ``1200`` all give ``1200``."""
    return {reading for match in _NUMBER.finditer(text) for reading in readings(match.group(0))}


def readings(raw: str) -> set[str]:
    """The values a written number can mean; ``1.200`` is both 1200 (German) and 1.2 (English)."""
    separators = [c for c in raw if c in ".,"]
    if not separators:
        return {_canonical(raw)}
    if len(set(separators)) == 2:  # both kinds: the last one is the decimal point
        decimal = separators[-1]
        return {_canonical(raw.replace("," if decimal == "." else ".", "").replace(decimal, "."))}
    mark = separators[0]
    found = set()
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", raw):
        found.add(_canonical(raw.replace(mark, "")))  # thousands separators
    if len(separators) == 1:
        found.add(_canonical(raw.replace(mark, ".")))  # a decimal point or comma
    else:
        found.update(_canonical(part) for part in raw.split(mark))  # a date or version: 2024.02.12
    return found


def _canonical(number: str) -> str:
    whole, _, fraction = number.partition(".")
    whole = whole.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole


NUMBER_WORDS = {
    word: str(value)
    for names in (
        "two three four five six seven eight nine ten eleven twelve",
        "zwei drei vier funf sechs sieben acht neun zehn elf zwolf",
        "deux trois quatre cinq six sept huit neuf dix onze douze",
        "dos - cuatro cinco seis siete ocho nueve diez - doce",
        "- tre quattro cinque - sette - nove dieci undici dodici",
        "twee drie vier vijf zes zeven acht negen tien elf twaalf",
    )
    for value, word in enumerate(names.split(), start=2)
    if word != "-"
}
"""Counts written in words, folded, with their value: "two projects" must be as grounded as "2 projects".
"One" is left out: it is as often a pronoun ("the one for Acme") or an article ("un logo") as a count; so are
words that mean something else in another of our languages once folded ("tres" is French "très", "once" and
"due" are English, "sei" is German, "otto" a name)."""

_SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "er", "ed", "es", "s", "ly", "en", "e")


def _stem(word: str) -> str:
    """A crude stem: one common suffix off, then the first :data:`STEM` letters ("worked" meets "work")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:STEM]


class Ground(BaseModel):
    """What a sentence may rest on: the numbers and word stems of the context, and the user's own words."""

    model_config = ConfigDict(frozen=True)

    numbers: frozenset[str]
    stems: frozenset[str]
    user_stems: frozenset[str]

    @classmethod
    def of(cls, context: str, user: str = "") -> Ground:
        """The ground of ``context`` (which should include the user's words) and of the user's words alone."""
        return cls(
            numbers=frozenset(numbers_in(f"{context}\n{user}")),
            stems=frozenset(_stem(w) for w in tokens(f"{context}\n{user}")),
            user_stems=frozenset(_stem(w) for w in tokens(user)),
        )


def unsupported(sentence: str, ground: Ground) -> str:
    """Why ``sentence`` is not grounded (``""`` when it is): the number, name or claim that nothing supports."""
    text = _CITATION.sub("", sentence).replace("**", "").replace("__", "")
    for match in _NUMBER.finditer(text):
        if not readings(match.group(0)) & ground.numbers:
            return f"number {match.group(0)}"
    words = tokens(text)
    for word in words:
        if word in NUMBER_WORDS and NUMBER_WORDS[word] not in ground.numbers:
            return f"number {word}"
    for name in names_in(text):
        if any(_stem(word) not in ground.stems for word in tokens(name)):
            return f"name {name}"
    content = [w for w in words if _is_content(w)]
    if _USER_CLAIM.search(text):
        if any(_stem(w) not in ground.user_stems for w in content):
            return "a claim about the user that the user did not make"
    if _SELF_CLAIM.search(text) and any(_stem(w) not in ground.stems for w in content):
        return "a claim about itself that the context does not make"
    if _repeats(words):
        return "a sentence that repeats itself"
    if len(content) >= MIN_CONTENT_WORDS and language_of(words) == "en":
        share = sum(_stem(w) in ground.stems for w in content) / len(content)
        if share < MIN_SUPPORT:
            return f"unsupported content ({share:.0%} of its words are in the context)"
    return ""


def _repeats(words: list[str]) -> bool:
    """Whether some three words follow each other three times or more ("a cover of a cover of a cover")."""
    counts: dict[tuple[str, ...], int] = {}
    for start in range(len(words) - 2):
        gram = tuple(words[start : start + 3])
        counts[gram] = counts.get(gram, 0) + 1
    return any(n >= 3 for n in counts.values())


def _is_content(word: str) -> bool:
    return (
        len(word) >= 3
        and word not in NUMBER_WORDS
        and not word.isdigit()
        and word not in STOPWORDS
        and word not in SMALL_TALK
        and word not in CONVERSATIONAL
    )


class Guard:
    """Filters a token stream sentence by sentence.

    Each sentence is released when it ends, or dropped if :func:`unsupported` finds a reason. Releasing whole
    sentences (rather than tokens) is what keeps a half-shown sentence from ever reaching the screen.
    """

    def __init__(self, context: str, user: str = "") -> None:
        """Allow what ``context`` and the user's words ``user`` support."""
        self.ground = Ground.of(context, user)
        self._held = ""
        self.dropped: list[tuple[str, str]] = []
        """Each dropped sentence with the reason, for logs and tests."""
        self._seen: set[str] = set()
        self.looping = False
        """True once the model repeats a sentence: small models then loop until the token limit."""

    def feed(self, token: str) -> Iterator[str]:
        """Give the parts of the stream that are safe to show now."""
        self._held += token
        start = 0
        while True:
            match = _SENTENCE_END.search(self._held, start)
            if match is None:
                break
            if _ABBREVIATION.search(self._held[: match.start()]):
                start = match.end()  # "Zorblax Ltd. is ...": the sentence goes on
                continue
            sentence, self._held = self._held[: match.end()], self._held[match.end() :]
            start = 0
            yield from self._release(sentence)

    def finish(self) -> Iterator[str]:
        """Release or drop whatever is still held at the end of the stream.

        A fragment of fewer than :data:`MIN_FRAGMENT_WORDS` words without an end mark is the model stopping
        mid-sentence ("The"), and is dropped; so is everything held after the model started to loop.
        """
        rest, self._held = self._held, ""
        if not rest.strip():
            return
        if self.looping or (len(rest.split()) < MIN_FRAGMENT_WORDS and not rest.rstrip().endswith((".", "!", "?"))):
            self.dropped.append((rest.strip(), "an unfinished fragment"))
            return
        yield from self._release(rest)

    def _release(self, sentence: str) -> Iterator[str]:
        key = " ".join(sentence.split()).casefold()
        if key in self._seen and len(key) > 12:
            self.looping = True
            return
        self._seen.add(key)
        reason = unsupported(sentence, self.ground) if sentence.strip() else ""
        if reason:
            self.dropped.append((sentence.strip(), reason))
        else:
            yield sentence
