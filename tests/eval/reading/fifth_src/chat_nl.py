"""Dutch chat turns, typed by hand."""

# ruff: noqa: E501
from items import chat as c

c("memory", "nl", "wat heb ik hafen festival gerekend voor de poster van 2025?")
c("memory", "nl", "heb ik ooit voor een kaasmakerij gewerkt")
c("memory", "nl", "zoek mijn notities van het pixelhaus gesprek")
c("memory", "nl", "hoeveel uur kostte het lantern night boek")
c("memory", "nl", "wanneer leverde ik de zeitgeist cover op")
c("memory", "nl", "de offerte voor spree cycles, wat was het totaal?")
c("quote", "nl", "hoeveel vraag ik voor een logo voor een fietsenwinkel", service="logo", quantity=1)
c("quote", "nl", "offerte voor vier kaasetiketten", service="packaging", quantity=4)
c("quote", "nl", "prentenboek twaalf dubbele pagina's, prijs?", service="book-illustration", quantity=12)
c("quote", "nl", "huisstijl voor een brouwerij, wat reken ik", service="brand-identity")
c("quote", "nl", "mascotte + poster voor zeewind, hoeveel")
c("quote", "nl", "een illustratie voor een tijdschrift, wat kost dat", service="editorial-illustration", quantity=1)
c(
    "brief",
    "nl",
    "Van: Sanne de Vries\nOnderwerp: Etiketten voor onze kaas\n\nHoi Mara, twee voor de jonge en twee voor de belegen kaas, klaar voor 1 maart, budget € 4.000.",
)
c("brief", "nl", "maak een briefing van de mail van uitgeverij duin")
c("brief", "nl", "vat samen wat joost wil: huisstijl en drie blikjes")
c("brief", "nl", "hoi, heb je tijd voor een logo voor mijn fietsenwinkel? budget 1200 - Bram")
c("style", "nl", "maak twee stijlvoorbeelden voor het prentenboek van Duin")
c("style", "nl", "laat zien hoe een meeuw mascotte eruit zou zien in mijn stijl")
c("style", "nl", "een preview van het kaasetiket in mijn stijl graag")
c("scope", "nl", "het museum wil ook een Nederlandse versie, valt dat binnen de opdracht?")
c("scope", "nl", "meerwerk voor acme: een extra correctieronde, maak een wijzigingsopdracht")
c("scope", "nl", "valt een extra blikje voor greenleaf binnen de afspraak?")
c("reply", "nl", "antwoord Sanne dat de offerte morgen komt")
c("reply", "nl", "laat Eva weten dat ik geen tattoos ontwerp")
c("reply", "nl", "schrijf daan terug dat ik geen webshops bouw maar wel illustraties doe")
c("reply", "nl", "zeg tegen Femke dat 25 januari lukt")
c("sent", "nl", "offerte naar Sanne gestuurd")
c("sent", "nl", "Q-2027-0002 is verstuurd naar de brouwerij")
c("sent", "nl", "prijs voor Bram is de deur uit")
c("chat", "nl", "hoi")
c("chat", "nl", "dank je wel!")
c("chat", "nl", "wat is het verschil tussen pantone en cmyk")
c("chat", "nl", "hoe verwijder ik een klant helemaal")
c("chat", "nl", "maak een instagram tekst voor de nieuwe poster")
