"""German chat turns of the seventh blind set, typed by hand."""

from items import chat

# memory
chat("memory", "de", "was hab ich Brotzeit für die Brottüten berechnet?")
chat("memory", "de", "Wie lange hat das Kiezkind-Maskottchen damals gedauert?")
chat("memory", "de", "hab ich schon mal was für Atlas Weekly gemacht, außer dem Hitze-Artikel?")
chat("memory", "de", "such mir die Notizen zum Birkenhain Laternen-Buch raus")
chat("memory", "de", "wann hab ich das Zeitgeist-Cover abgegeben")
chat("memory", "de", "Welcher Stundensatz stand im Angebot für Lumen Yoga 2025?")
chat("memory", "de", "wie viele doppelseiten hatte das flussbuch nochmal")

# quote
chat(
    "quote",
    "de",
    "wie viel sollte ich für ein Bilderbuch mit 14 Doppelseiten verlangen?",
    service="book-illustration",
    quantity=14,
)
chat("quote", "de", "Preis für ein Logo für einen Fahrradkurier?", service="logo", quantity=1)
chat("quote", "de", "was kosten drei Honigetiketten bei mir", service="packaging", quantity=3)
chat("quote", "de", "Kostenvoranschlag: Maskottchen für eine Zahnarztpraxis", service="mascot")
chat("quote", "de", "rechne mal 8 Illustrationen für einen Jahresbericht", service="editorial-illustration", quantity=8)
chat("quote", "de", "was nehm ich für ein plakat fürs hoffest", service="poster", quantity=1)
chat("quote", "de", "Angebot für Logo + Geschenkschachtel, Eröffnung im April")

# brief
chat(
    "brief",
    "de",
    """Von: Katharina Vogel
Betreff: Etiketten für unseren Honig

Liebe Frau Lindqvist, wir brauchen neue Etiketten für drei Honigsorten, bis Ende Februar, ca. 3.000 Euro.""",
)
chat("brief", "de", "mach mir ein Briefing aus der Mail von der Stadtbibliothek")
chat(
    "brief",
    "de",
    "Was will der Kunde genau? 'hi, brauch n logo für meinen foodtruck, wie teuer, bis ende nächsten monat'",
)
chat("brief", "de", "fass die Anfrage vom Kleeblatt Verlag zusammen: Umfang, Termin, Honorar")
chat(
    "brief",
    "de",
    "Hallo Mara, wir sind ein Weingut an der Mosel und brauchen zwei Etiketten bis 31. März, "
    "1.500 pro Etikett. <- Briefing bitte",
)

# style
chat("style", "de", "zeig mir ein paar Biber-Skizzen in meinem Stil für die Zahnarztpraxis")
chat("style", "de", "Stilvorschau: Maulwurf im Dunkeln, Bilderbuch-Look")
chat("style", "de", "mach 2 Vorschauen von einem Weinetikett mit Reben, mein Stil")
chat("style", "de", "generier mal was im Lindqvist-Stil für die Eisdiele, Becher mit Eistüten")

# scope
chat("scope", "de", "Birkenhain will noch eine Doppelseite mehr – ist das im Vertrag drin?")
chat("scope", "de", "gehört die Schwarzweiß-Version vom Café-Logo zum vereinbarten Umfang?")
chat("scope", "de", "Nachtrag schreiben: Museum möchte zusätzlich ein Plakat im Querformat")
chat("scope", "de", "Ist eine dritte Korrekturrunde bei der Quitten-Dose noch inklusive?")
chat("scope", "de", "Brotzeit will jetzt auch noch eine Brezel-Figur, ist das Teil vom Café-Projekt oder neu?")

# reply
chat("reply", "de", "antworte Frau Vogel, dass ich gern die Etiketten mache, und frag nach den Glasgrößen")
chat("reply", "de", "Schreib dem Elternverein freundlich ab, 200 € reichen leider nicht")
chat("reply", "de", "sag Bernd, dass die korrigierte Rechnung heute kommt")
chat("reply", "de", "Antwort an Ruth: Ich schaue mir die Anmerkungen der Autorin bis Freitag an")
chat("reply", "de", "teil dem Kiezblatt mit, dass ich übermorgen schaffe, aber mit Eilzuschlag")

# sent
chat("sent", "de", "Angebot an die Imkerei ist raus")
chat("sent", "de", "hab das Angebot für die Stadtbibliothek gerade verschickt")
chat("sent", "de", "Q-2027-0019 als versendet markieren")
chat("sent", "de", "Kostenvoranschlag an Weber Feinkost gestern rausgeschickt, bitte eintragen")

# chat
chat("chat", "de", "moin")
chat("chat", "de", "danke dir!")
chat("chat", "de", "Wie markiere ich ein Angebot als verschickt?")
chat("chat", "de", "Ist es üblich, bei Verlagen Vorschuss zu verlangen?")
chat("chat", "de", "schreib mir einen kurzen Instagram-Text zum neuen Siebdruck")
chat("chat", "de", "was macht eigentlich der /memory befehl")
chat("chat", "de", "Erinnerung an mich selbst: Steuer nicht vergessen haha")
chat("chat", "de", "wie richte ich eine Druckdatei mit Beschnitt richtig an?")
