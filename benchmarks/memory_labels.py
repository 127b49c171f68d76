"""A small labelled query set over the demo workspace (examples/briefs), for recall and hybrid-search checks.

Each query lists substrings of the brief file names that count as relevant. It mixes exact terms a pure vector
search tends to miss (project codes, client names) with descriptive, semantic queries.
"""

from __future__ import annotations

LABELLED: list[tuple[str, tuple[str, ...]]] = [
    # exact terms: project codes and client names
    ("KB-2291", ("kb-2291",)),
    ("KB-2188", ("kb-2188",)),
    ("KB-2354", ("kb-2354",)),
    ("Birkenhain Verlag", ("birkenhain",)),
    ("Acme", ("acme",)),
    ("Nordlicht Coffee", ("nordlicht",)),
    ("Zeitgeist Magazin", ("zeitgeist",)),
    ("Hollow Oak Press", ("hollow-oak",)),
    ("Spree Cycles", ("spree-cycles",)),
    ("Greenleaf Kombucha", ("greenleaf",)),
    ("Pixelhaus Games", ("pixelhaus",)),
    ("Museum am Ufer", ("museum-am-ufer",)),
    # descriptive queries
    ("children's book", ("hollow-oak", "birkenhain", "fjord-and-fable")),
    ("poster for a music festival", ("hafen-festival",)),
    ("logo for a yoga studio", ("lumen-yoga",)),
    ("labels for kombucha cans", ("greenleaf",)),
    ("bicycle shop rebrand", ("spree-cycles",)),
    ("a whale who sings", ("fjord-and-fable",)),
    ("bread bags for a bakery", ("brotzeit",)),
    ("video game character design", ("pixelhaus",)),
    ("mascot for a kindergarten", ("kiezkind",)),
    ("exhibition posters for a museum", ("museum-am-ufer",)),
    ("editorial illustration about heat in cities", ("heatwave",)),
    ("coffee bag series", ("nordlicht",)),
    ("otter mascot expressions", ("acme-pip",)),
    ("magazine illustration about sleep", ("zeitgeist-magazin-sleep",)),
]
