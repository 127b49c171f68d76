"""German chat turns (sixth blind set)."""

# ruff: noqa: E501 (hand-typed texts keep their own line lengths)

from items import chat

chat("memory", "de", "was hab ich Spree Cycles fürs Sommerplakat berechnet?")
chat("memory", "de", "wann war nochmal das letzte Projekt mit Birkenhain")
chat("memory", "de", "wie lange hab ich für das Café-Logo von Brotzeit gebraucht")
chat("memory", "de", "hab ich schon mal was für eine Kita gemacht?")
chat("memory", "de", "zeig mir meine Notizen zum Museum am Ufer")

chat(
    "quote",
    "de",
    "wie viel sollte ich für ein Bilderbuch mit 12 Doppelseiten verlangen?",
    service="book-illustration",
    quantity=12,
)
chat("quote", "de", "was kostet ein Logo für eine Hebammenpraxis", service="logo", quantity=1)
chat("quote", "de", "Preis für fünf Plakate, 2 für Berlin 3 für Hamburg?", service="poster", quantity=5)
chat("quote", "de", "Kostenvoranschlag für ein Maskottchen plus zwölf Posen")
chat("quote", "de", "was verlang ich für drei Weinetiketten", service="packaging", quantity=3)
chat("quote", "de", "grobe Schätzung fürs neue Erscheinungsbild von Lehmann Holzbau", service="brand-identity")

chat(
    "brief",
    "de",
    """Von: Katrin Vogel
Betreff: Anfrage Logo und Kaffeetüten
Hallo Frau Lindqvist, wir brauchen ein neues Logo und zwei Kaffeetüten, Budget 5.000 €, bis Ende Februar. Viele Grüße""",
)
chat("brief", "de", "mach mir bitte ein Briefing aus der Mail von Dr. Krüger")
chat("brief", "de", "fass zusammen, was der Kleeblatt Verlag genau will")
chat("brief", "de", "kannst du aus Jörgs Plakatanfrage ein Briefing machen?")

chat("style", "de", "erstell mir zwei Stilproben für den Igel im Bilderbuch")
chat("style", "de", "zeig mal, wie ein Kaffeetüten-Motiv in meinem Stil aussehen würde")
chat("style", "de", "Stilvorschau fürs Bergfunk-Plakat bitte")
chat("style", "de", "mach ein paar Skizzen in meinem Stil für ein mutiges Tier-Maskottchen")

chat("scope", "de", "Birkenhain will eine dritte Korrekturrunde, ist das noch drin?")
chat("scope", "de", "das Museum will jetzt zwei Plakate extra, gehört das zum Auftrag?")
chat("scope", "de", "schreib einen Nachtrag für die Weihnachtstüte von Brotzeit")

chat("reply", "de", "antworte Katrin, dass Ende Februar klappt")
chat("reply", "de", "schreib Lukas, dass 350 € zu wenig sind, ich mach's ab 450")
chat("reply", "de", "sag Ute bitte, dass die Korrekturen bis Freitag kommen")
chat("reply", "de", "antworte Jonas von Brotzeit, dass die neue Rechnungsadresse drin ist")

chat("sent", "de", "Angebot an die Rösterei Vogel ist raus")
chat("sent", "de", "hab Jörg das Angebot geschickt")
chat("sent", "de", "Q-2027-0003 ist verschickt")

chat("chat", "de", "moin!")
chat("chat", "de", "danke dir, das war super")
chat("chat", "de", "wie exportiere ich ein PDF mit Beschnitt?")
chat("chat", "de", "was ist eigentlich der Unterschied zwischen Siebdruck und Riso")
chat("chat", "de", "bin heute echt müde, sorry wenn ich nerve")
