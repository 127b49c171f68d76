"""Words of a text, folded for comparison, the words that carry no fact, and the words that name something.

Two readers need the same notion of "a word that says something" and of "a name": the memory-question reader
(a question made only of greetings and function words is small talk and retrieves nothing; a question about a
name memory has never seen gets nothing) and the grounding guard (a model's sentence whose content words or
names are absent from the context is invented). Keeping the word lists here gives both the same answer.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’&-]*")


def fold(text: str) -> str:
    """Lower case without accents: ``Plakät`` and ``plakat`` compare equal, so do ``annulé`` and ``annule``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def accent_blind(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled so that each accented letter also matches its folded form.

    The readers search folded text (:func:`fold`), while their word lists are written as people write ("möchte",
    "coût", "podríamos"): compiled as written, every accented cue was dead on the text it was meant for. With
    this, ``bräuchte`` matches the folded ``brauchte`` as well as itself. Only non-ASCII letters change (regex
    syntax is ASCII); a character class gets the folded letters added at its end, so its ranges stay as written.
    """
    out: list[str] = []
    extra: list[str] = []
    in_class = escaped = False
    for char in pattern:
        folded = fold(char)
        plain = char.isascii() or folded == char or not folded
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[" and not in_class:
            out.append(char)
            in_class, extra = True, []
        elif char == "]" and in_class:
            out.append("".join(dict.fromkeys(e for e in extra if e not in out)) + char)
            in_class = False
        elif plain:
            out.append(char)
        elif in_class:
            out.append(char)
            if len(folded) == 1:
                extra.append(folded)
        else:
            out.append(f"[{char}{folded}]" if len(folded) == 1 else f"(?:{char}|{re.escape(folded)})")
    return re.compile("".join(out), flags)


def tokens(text: str) -> list[str]:
    """The folded words of ``text``; a possessive ``'s`` is dropped ("Acme's" is "acme")."""
    return _WORD.findall(fold(_POSSESSIVE.sub("", text)))


STOPWORDS = frozenset(
    """
    a an the and or but nor so yet if then than that this these those there here of to in on at by for from with
    without about into onto over under after before between through during up down out off again once also too
    very just only even still already not no yes all any some each every both either neither more most less much
    many few other such own same i me my mine myself we us our ours you your yours he him his she her hers it its
    they them their theirs what which who whom whose when where why how whether is am are was were be been being
    have has had having do does did doing done can could will would shall should may might must ought let lets
    s t d ll m re ve don didn doesn isn wasn aren weren haven hasn hadn won wouldn couldn shouldn ever never now
    one ones something anything everything nothing someone anyone everyone
    der die das den dem des ein eine einen einem einer eines und oder aber doch wenn dann als ob dass da hier
    dort von zu zum zur im in an am auf aus bei mit nach seit ohne um uber unter vor fur durch gegen bis nicht
    kein keine keinen noch schon auch nur sehr ich mich mir mein meine meinen meinem meiner wir uns unser du dich
    dir dein er ihn ihm sein seine seiner seinen sie ihr ihre ihrer ihren ihrem ihnen unsere unserer unseren es man
    was wer wen wem wie wo wann warum welche welcher
    welches ist bin bist sind war waren wird werden wurde wurden hat habe haben hatte hatten kann konnen konnte
    soll sollte muss mussen darf will wollte gibt je
    le la les l un une des du de d et ou mais donc car ni si que qu qui quoi dont ce cet cette ces ca cela ici la
    en au aux dans sur sous chez par pour avec sans entre vers depuis avant apres pendant ne pas plus moins tres
    aussi deja encore je j me m moi mon ma mes nous notre nos tu te toi ton ta tes il elle ils elles lui leur leurs
    se s son sa ses on est suis es sont etait etaient ai as avons avez ont avait fait faire peut peux pouvez
    quel quelle quels quelles comment combien quand ou pourquoi y
    el los las lo una unos unas y o pero porque del al en con sin sobre para por entre desde hasta que quien
    cual como cuando donde este esta estos estas ese esa eso yo tu usted ustedes nosotros mi mis su sus nuestro
    nuestra es son fue era ser estar esta estan ha han hay tiene tengo puede muy mas tambien ya no si
    il gli i lo le uno una e ed o ma perche che chi cui come quando dove del della dei delle al alla ai nel
    nella con senza su per tra fra da di questo questa quello quella io lei noi voi loro mio mia suo sua nostro
    nostra sono era essere ha hanno ho puo molto piu anche gia non
    het een en of maar want dat die dit deze wie wat waar wanneer hoe van voor met zonder op aan bij naar uit
    over door tot om te ik jij je u wij we zij hij mijn jouw uw ons onze zijn haar hun is ben was waren heb
    hebt heeft hebben kan kunt wordt worden zal zou niet geen ook al nog heel meer
    """.split()
)
"""Function words of English, German, French, Spanish, Italian and Dutch, folded: they name nothing and claim
nothing."""

SMALL_TALK = frozenset(
    """
    hi hello hey hiya howdy yo good morning afternoon evening night day nice great cool awesome perfect fine ok
    okay alright sure thanks thank thx cheers ta welcome bye goodbye later see soon care well doing going today
    tonight how help please sorry excuse pardon lol haha wow hm hmm ah oh
    hallo moin servus gruss grussgott guten morgen tag abend nacht danke dankeschon bitte tschuss ciao super gut
    toll prima klar alles gute wiedersehen bis bald geht gehts
    bonjour bonsoir salut coucou merci beaucoup bien bonne journee soiree nuit revoir bientot ca va parfait
    hola buenos buenas dias tardes noches gracias adios luego vale genial
    buongiorno buonasera grazie mille arrivederci presto bene ottimo
    hoi goedemorgen goedemiddag goedenavond bedankt dank doei ziens fijn
    """.split()
)
"""Words of greetings, thanks and goodbyes, folded: a turn made only of these and function words is small talk."""


def is_small_talk(text: str) -> bool:
    """Whether ``text`` is made only of greetings, thanks and function words (or of nothing)."""
    return all(word in SMALL_TALK or word in STOPWORDS for word in tokens(text))


NOT_NAMES = frozenset({"i", "i m", "i ve", "i ll", "i d", "ok", "okay"})
"""Capitalised words that are never names ("I'm"), as folded words."""

_GERMAN = frozenset(
    "der die das und ist ich sie nicht ein eine mit fur von zu den dem ihr ihre wir mein meine meinen habe hat "
    "war wie welche sind auch oder aber noch nur".split()
)
_ENGLISH = frozenset("the and is a an you i to of for with it this that your".split())
_FRENCH = frozenset("le la les et est je vous pour avec une des du de que qui dans sur votre vos mes".split())
_SPANISH = frozenset("el los las y es que en con para por una del al su sus usted nuestro muy tambien".split())
_ITALIAN = frozenset("il gli e che di della del per con una nel sono lei suo sua anche molto non".split())
_DUTCH = frozenset("het een en van de is ik je u voor met op dat niet zijn ook uw onze wij".split())
_FUNCTION_WORDS = {"de": _GERMAN, "fr": _FRENCH, "es": _SPANISH, "it": _ITALIAN, "nl": _DUTCH}


def language_of(words: list[str]) -> str:
    """The language (``en``, ``de``, ``fr``, ``es``, ``it``, ``nl``) whose function words ``words`` holds most of.

    English when no other language beats it; ``words`` are folded.
    """
    counts = {"en": len(_ENGLISH.intersection(words))}
    counts.update({lang: len(known.intersection(words)) for lang, known in _FUNCTION_WORDS.items()})
    best = max(counts, key=lambda language: counts[language])
    return best if counts[best] > counts["en"] else "en"


def names_in(sentence: str) -> list[str]:
    """Names in a sentence: runs of capitalised words, and single ones that do not start the sentence.

    Capitalised function words ("The", "How", "Ihrer") and greetings are never part of a name. In a German
    sentence every noun is capitalised, so there only runs of two or more count.
    """
    body = sentence.lstrip(" \t-*•>#\"'“‘(")
    german = language_of(tokens(body)) == "de"
    names: list[str] = []
    run: list[tuple[int, str]] = []
    for match in [*_CAPITALISED.finditer(body), None]:
        if match is not None and _name_word(match.group(0)) and _joins(body, run, match):
            run.append((match.start(), match.group(0)))
            continue
        if run:
            starts_sentence = run[0][0] == 0 or body[: run[0][0]].rstrip().endswith((":", ".", "!", "?"))
            if len(run) >= 2 or (not starts_sentence and not german):
                names.append(body[run[0][0] : run[-1][0] + len(run[-1][1])])
        run = [(match.start(), match.group(0))] if match is not None and _name_word(match.group(0)) else []
    return names


def _name_word(word: str) -> bool:
    folded = " ".join(tokens(word))
    return folded not in NOT_NAMES and folded not in STOPWORDS and folded not in SMALL_TALK


def _joins(body: str, run: list[tuple[int, str]], match: re.Match[str]) -> bool:
    """Whether ``match`` continues the run of capitalised words (only spaces, "&" or "of" in between)."""
    if not run:
        return False
    start, word = run[-1]
    between = body[start + len(word) : match.start()]
    return re.fullmatch(r"\s+|\s*&\s*|\s+(of|de|am|von)\s+", between) is not None
