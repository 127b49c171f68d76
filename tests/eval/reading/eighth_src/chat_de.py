"""German chat turns for the eighth blind set, typed by hand one by one."""

from items import chat

# ---------------------------------------------------------------- quote
chat("quote", "de", "was nehm ich für drei Kaffeetüten für die Rösterei in Leipzig?", "packaging", 3)
chat("quote", "de", "Kostenvoranschlag für ein Bilderbuch mit zwölf Doppelseiten, Cover macht der Verlag", "book-illustration", 12)
chat("quote", "de", "wie teuer wäre ein Maskottchen für eine Kita, grob?", "mascot", 1)
chat("quote", "de", "Preis für vier Siebdruckplakate fürs Sommerkino?", "poster", 4)
chat("quote", "de", "was kostet bei mir ein Corporate Design für eine Hausarztpraxis", "brand-identity", 1)
chat("quote", "de", "Angebot rechnen: Igel-Maskottchen plus ein Plakat fürs Sommerfest", None, None)
chat("quote", "de", "wieviel sollte ich für 6 Illus im Geschäftsbericht verlangen", "editorial-illustration", 6)
chat("quote", "de", "schnell: Etikettenentwurf für zwei Weine, was ruf ich auf?", "packaging", 2)

# ---------------------------------------------------------------- memory
chat("memory", "de", "was hab ich Brotzeit für die Brottüten 2024 berechnet?")
chat("memory", "de", "wie lange hab ich am Flussbuch für Birkenhain gesessen?")
chat("memory", "de", "hatte ich schon mal eine Brauerei als Kunden?")
chat("memory", "de", "wann war nochmal das Kiezkind-Sommerfestplakat?")
chat("memory", "de", "such mir die Notizen zum Museum-Identitätsprojekt raus")
chat("memory", "de", "welchen Stundensatz hatte ich bei Spree Cycles beim Rebrand?")
chat("memory", "de", "zeig mir das Angebot, das ich im März an Greenleaf für die Quittendose geschickt hab")

# ---------------------------------------------------------------- brief
chat("brief", "de", """Von: Johanna Reuter
Betreff: Kaffeeverpackungen für unsere Rösterei

Liebe Frau Lindqvist, wir möchten unsere Kaffeeverpackungen neu gestalten lassen, drei Sorten, Budget € 4.500,-, bis Ende Mai. Herzliche Grüße""")
chat("brief", "de", "mach mir aus der Anfrage von der Brauerei Neumann ein Briefing")
chat("brief", "de", "fass mal zusammen was die Kita Sonnenblume eigentlich will")
chat("brief", "de", """Hallo Mara, wir sind ein Teekontor in Bremen, brauchen ein Maskottchen und Schachteln (zwei Früchtetee, eine Kamille), in sechs Wochen, ca. 5.000 €. Greta

-> Briefing bitte""")
chat("brief", "de", "Briefing zur Geschäftsbericht-Anfrage der Stadtwerke, bitte")

# ---------------------------------------------------------------- style
chat("style", "de", "mach zwei Stilproben vom Igel für die Kita")
chat("style", "de", "zeig mir, wie ein Mosel-Rieslingetikett in meinem Stil aussehen könnte")
chat("style", "de", "generier ne Vorschau: Pilz mit Rucksack, mein Stil, für die Game-Jungs")
chat("style", "de", "kannst du ein Muster im Lindqvist-Look für die Senfgläser machen?")

# ---------------------------------------------------------------- scope
chat("scope", "de", "das Museum will jetzt noch eine dritte Korrekturrunde, ist die drin?")
chat("scope", "de", "Birkenhain möchte nach der Reinzeichnung noch das Boot umfärben – gehört das zum vereinbarten Umfang?")
chat("scope", "de", "Nachtrag für Brotzeit schreiben: zusätzliche kleine Tüte")
chat("scope", "de", "Acme hatte vier Posen, jetzt wollen sie fünf. Mehraufwand?")
chat("scope", "de", "zählt die Umstellung der Greenleaf-Dose auf Spanisch noch zum Auftrag oder ist das neu?")

# ---------------------------------------------------------------- reply
chat("reply", "de", "antworte Tobi von der Tischlerei, dass ich mehr Infos brauche")
chat("reply", "de", "schreib Frau Wolters, dass ich das Plakat bis 19. Juni schaffe")
chat("reply", "de", "sag Sandra und Timo freundlich ab, ich fotografiere nicht")
chat("reply", "de", "Antwort an Lotte vom Hofladen: wie viele Sorten genau?")
chat("reply", "de", "teil Katrin mit, dass die Korrekturen Freitag kommen")

# ---------------------------------------------------------------- sent
chat("sent", "de", "Angebot an die Rösterei Reuter ist raus")
chat("sent", "de", "hab das Angebot Q-2027-0052 gestern an Baumann geschickt")
chat("sent", "de", "markier das Angebot fürs Sommerkino als verschickt")
chat("sent", "de", "Kostenvoranschlag an die Stadtwerke Aue verschickt, bitte eintragen")

# ---------------------------------------------------------------- chat
chat("chat", "de", "moin")
chat("chat", "de", "danke dir, passt so")
chat("chat", "de", "wie funktioniert das mit der Künstlersozialkasse eigentlich?")
chat("chat", "de", "ist 19 % Umsatzsteuer auch für Kunden in der Schweiz fällig?")
chat("chat", "de", "schreib mir einen Instagram-Post über mein neues Atelier")
chat("chat", "de", "wo stell ich ein, dass Antworten nie automatisch rausgehen?")
chat("chat", "de", "Stilfrage: Grotesk oder Antiqua für eine Kanzlei?")
chat("chat", "de", "mir ist langweilig, erzähl nen Witz")
