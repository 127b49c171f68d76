"""Words of a text, folded for comparison, and the words that carry no fact in the languages Atelier reads.

Two readers need the same notion of "a word that says something": the memory-question reader (a question made
only of greetings and function words is small talk and retrieves nothing) and the grounding guard (a model's
sentence whose content words are absent from the context is an invented claim). Keeping the word lists here
gives both the same answer.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def fold(text: str) -> str:
    """Lower case without accents: ``Plakät`` and ``plakat`` compare equal, so do ``annulé`` and ``annule``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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
    dir dein er ihn ihm sein seine seiner seinen sie ihr ihre ihrer ihren ihrem ihnen unsere unserer unseren es man was wer wen wem wie wo wann warum welche welcher
    welches ist bin bist sind war waren wird werden wurde wurden hat habe haben hatte hatten kann konnen konnte
    soll sollte muss mussen darf will wollte gibt je
    le la les l un une des du de d et ou mais donc car ni si que qu qui quoi dont ce cet cette ces ca cela ici la
    en au aux dans sur sous chez par pour avec sans entre vers depuis avant apres pendant ne pas plus moins tres
    aussi deja encore je j me m moi mon ma mes nous notre nos tu te toi ton ta tes il elle ils elles lui leur leurs
    se s son sa ses on est suis es sont etait etaient ai as avons avez ont avait fait faire peut peux pouvez
    quel quelle quels quelles comment combien quand ou pourquoi y
    """.split()
)
"""Function words of English, German and French, folded: they name nothing and claim nothing."""

SMALL_TALK = frozenset(
    """
    hi hello hey hiya howdy yo good morning afternoon evening night day nice great cool awesome perfect fine ok
    okay alright sure thanks thank thx cheers ta welcome bye goodbye later see soon care well doing going today
    tonight how help please sorry excuse pardon lol haha wow hm hmm ah oh
    hallo moin servus gruss grussgott guten morgen tag abend nacht danke dankeschon bitte tschuss ciao super gut
    toll prima klar alles gute wiedersehen bis bald geht gehts
    bonjour bonsoir salut coucou merci beaucoup bien bonne journee soiree nuit revoir bientot ca va parfait
    """.split()
)
"""Words of greetings, thanks and goodbyes, folded: a turn made only of these and function words is small talk."""


def is_small_talk(text: str) -> bool:
    """Whether ``text`` is made only of greetings, thanks and function words (or of nothing)."""
    return all(word in SMALL_TALK or word in STOPWORDS for word in tokens(text))
