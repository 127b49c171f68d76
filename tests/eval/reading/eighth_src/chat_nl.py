"""Dutch chat turns for the eighth blind set, typed by hand one by one."""

from items import chat

# ---------------------------------------------------------------- quote
chat("quote", "nl", "wat vraag ik voor twee bieretiketten?", "packaging", 2)
chat("quote", "nl", "offerte voor een prentenboek van veertien dubbele pagina's inclusief omslag", "book-illustration", None)
chat("quote", "nl", "hoeveel voor een nieuwe huisstijl voor een advocatenkantoor?", "brand-identity", 1)
chat("quote", "nl", "prijs voor twee posters voor het Fietsfestijn", "poster", 2)
chat("quote", "nl", "reken even uit: broodzakken en een logo voor De Korenaar", None, None)

# ---------------------------------------------------------------- memory
chat("memory", "nl", "wat heb ik Nordlicht gerekend voor de koffiezakken in 2025?")
chat("memory", "nl", "heb ik ooit voor een chocolatier gewerkt?")
chat("memory", "nl", "zoek mijn aantekeningen over het Wolkenfrei-project op")
chat("memory", "nl", "hoe lang duurde het Zeitgeist-slaapartikel?")

# ---------------------------------------------------------------- brief
chat("brief", "nl", """Van: Thijs Mulder
Onderwerp: Koffieverpakkingen

Beste Mara, vijf zakken, drie met haast voor de beurs, budget vijfduizend euro. Groet, Thijs""")
chat("brief", "nl", "maak een briefing van de mail van Uitgeverij Vlinder")
chat("brief", "nl", "vat samen wat Noor van de theewinkel wil")

# ---------------------------------------------------------------- style
chat("style", "nl", "maak een stijlvoorbeeld van het egeltje voor de kinderopvang")
chat("style", "nl", "laat zien hoe een theeblik in mijn stijl eruit zou zien")
chat("style", "nl", "genereer twee previews van de vos en de maan, met watermerk")

# ---------------------------------------------------------------- scope
chat("scope", "nl", "Greenleaf wil het rabarberblikje ook in 33 cl, valt dat binnen de opdracht?")
chat("scope", "nl", "Brotzeit wil na goedkeuring nog het logo kleiner, hoort dat bij de afspraak?")
chat("scope", "nl", "schrijf een meerwerkopdracht voor het extra blikje van Pieter")

# ---------------------------------------------------------------- reply
chat("reply", "nl", "antwoord Joost dat ik de etiketten binnen een maand kan leveren")
chat("reply", "nl", "laat Marloes weten dat ik geen muurschilderingen doe")
chat("reply", "nl", "schrijf Ruben terug dat dinsdag lukt")
chat("reply", "nl", "mail Femke dat 1.200 euro te krap is voor mascotte plus stickers")

# ---------------------------------------------------------------- sent
chat("sent", "nl", "offerte naar De Groot Advocaten gestuurd")
chat("sent", "nl", "de offerte voor Lien is verzonden, noteer dat")
chat("sent", "nl", "Q-2027-0071 is de deur uit")

# ---------------------------------------------------------------- chat
chat("chat", "nl", "hoi")
chat("chat", "nl", "top, dank je")
chat("chat", "nl", "hoe zet ik de automatische antwoorden uit?")
chat("chat", "nl", "moet ik btw rekenen aan een Belgische klant?")
chat("chat", "nl", "schrijf een korte bio voor mijn website")
chat("chat", "nl", "briefje voor de buren dat ik zaterdag verbouw, kun je dat schrijven?")
