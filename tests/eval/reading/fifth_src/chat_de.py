"""German chat turns, typed by hand."""

# ruff: noqa: E501
from items import chat as c

c("memory", "de", "was hab ich birkenhain für fox in the snow berechnet?")
c("memory", "de", "wie lange hat das kiezkind maskottchen gedauert")
c("memory", "de", "hab ich schon mal für eine bäckerei gearbeitet außer brotzeit?")
c("memory", "de", "zeig mir die notizen zum pixelhaus call")
c("memory", "de", "Wann war nochmal das Hafen Festival Plakat 2025 fertig?")
c("memory", "de", "wieviel stunden hatte ich beim museum projekt geschätzt und wieviel waren es")
c("memory", "de", "was stand im angebot für spree cycles rebrand, gesamtsumme?")
c("memory", "de", "welche zeitgeist cover hab ich gemacht")
c("memory", "de", "lumen yoga – war das 2023 oder 2025 das logo?")
c("memory", "de", "hat greenleaf damals pünktlich gezahlt")
c(
    "quote",
    "de",
    "wie viel sollte ich für ein Bilderbuch mit 24 Doppelseiten verlangen?",
    service="book-illustration",
    quantity=24,
)
c("quote", "de", "preis für ein logo für eine zimmerei", service="logo", quantity=1)
c("quote", "de", "was kostet ein plakat in siebdruck optik, bis nächste woche", service="poster", quantity=1)
c("quote", "de", "angebot für 5 etiketten senf", service="packaging", quantity=5)
c("quote", "de", "was nehm ich für ein maskottchen für ne kita", service="mascot", quantity=1)
c("quote", "de", "kalkulier mal markenidentität für eine physiopraxis", service="brand-identity")
c("quote", "de", "sechs illustrationen jahresbericht, was verlangen?", service="editorial-illustration", quantity=6)
c("quote", "de", "logo plus visitenkarten für den ruderverein, preis?")
c("quote", "de", "brotzeit will zwei neue brottüten, was soll ich nehmen", service="packaging", quantity=2)
c("quote", "de", "zehn posen für die möwe, kostenvoranschlag bitte", service="mascot-poses", quantity=10)
c(
    "brief",
    "de",
    "Von: Katrin Albers\nBetreff: Etiketten für unsere Senfe\n\nHallo Frau Lindqvist, wir brauchen fünf Etiketten bis vor Ostern, Budget ca. 5.000 €.",
)
c("brief", "de", "mach mir ein briefing aus der mail von der agentur kranich")
c(
    "brief",
    "de",
    "fass zusammen was die praxis moll will: erscheinungsbild komplett, website macht agentur, bis 1.3., 7,5k netto",
)
c(
    "brief",
    "de",
    "Hallo Mara, wir rösten in Kiel und brauchen neue Tüten, vier Sorten, und vier Sticker mit unserer Möwe. Bis 15.3. – Ole",
)
c("brief", "de", "/brief kita sonnenblume igel maskottchen + 2 plakate sommerfest")
c("style", "de", "mach zwei stilproben für den spreewald kahn")
c("style", "de", "zeig mal wie ein igel maskottchen in meinem stil aussehen würde")
c("style", "de", "generier eine vorschau fürs senf etikett in meinem look")
c("style", "de", "stilmuster: fuchs mit laterne, nacht, für paul")
c("scope", "de", "ist die zusätzliche doppelseite für birkenhain im vertrag drin?")
c("scope", "de", "das museum will jetzt noch ein banner, gehört das zum auftrag?")
c("scope", "de", "änderungsauftrag für acme: zwei zusätzliche posen")
c("scope", "de", "greenleaf will ne dritte korrekturrunde, ist die inklusive?")
c("reply", "de", "schreib ines dass doppelseite 7 bis freitag korrigiert ist")
c("reply", "de", "antworte der agentur kranich dass ich die dosen gern mache")
c("reply", "de", "sag der praxis moll zu, angebot kommt bis montag")
c("reply", "de", "antwort an tom: ja, gleiches budget wie letztes mal geht nicht, ich schick ein angebot")
c("reply", "de", "schreib lena, mittwoch 14 uhr passt")
c("sent", "de", "angebot an katrin albers ist raus")
c("sent", "de", "hab das angebot Q-2026-0044 an die praxis geschickt")
c("sent", "de", "kostenvoranschlag für ole verschickt, bitte eintragen")
c("sent", "de", "angebot für den ruderverein gerade gesendet")
c("chat", "de", "hallo")
c("chat", "de", "danke dir!")
c("chat", "de", "wie markiere ich ein angebot als gesendet?")
c("chat", "de", "schreib mir eine instagram caption fürs neue plakat")
c("chat", "de", "was ist der unterschied zwischen beschnitt und anschnitt")
c("chat", "de", "muss ich auf rechnungen an niederländische kunden umsatzsteuer ausweisen?")
c("chat", "de", "puh, montag.")
c("chat", "de", "wie lösche ich einen kunden komplett")
c("chat", "de", "ist es normal dass kunden gratis skizzen wollen?")
c("chat", "de", "gute nacht")
