"""Dutch chat turns (sixth blind set)."""

from items import chat

chat("memory", "nl", "wat heb ik Fjord and Fable gerekend voor het walvisboek?")
chat("memory", "nl", "wanneer deed ik voor het laatst iets voor Lumen Yoga")
chat("memory", "nl", "zoek mijn notities over Atlas Weekly")
chat("memory", "nl", "heb ik ooit een prentenboek van 14 spreads gedaan?")

chat(
    "quote",
    "nl",
    "wat vraag ik voor een prentenboek van veertien dubbele pagina's",
    service="book-illustration",
    quantity=14,
)
chat("quote", "nl", "prijs voor 4 posters voor een fietsenwinkel", service="poster", quantity=4)
chat("quote", "nl", "offerte voor een huisstijl plus drie blikken")
chat("quote", "nl", "hoeveel voor een logo voor een skateshop", service="logo", quantity=1)
chat("quote", "nl", "schatting voor vijf jaarverslag illustraties", service="editorial-illustration", quantity=5)

chat(
    "brief",
    "nl",
    """Van: Sanne de Vries
Onderwerp: Offerte logo en broodzakken
Hoi Mara, een nieuw logo en twee broodzakken, budget € 3.000, klaar voor 1 maart. Groetjes""",
)
chat("brief", "nl", "maak een briefing van de mail van Uitgeverij Zeester")
chat("brief", "nl", "vat samen wat Lotte wil voor haar theemerk")

chat("style", "nl", "maak twee stijlvoorbeelden voor de vuurtorenwachter en zijn kat")
chat("style", "nl", "laat zien hoe een egel-mascotte eruit ziet in mijn stijl")
chat("style", "nl", "stijlpreview voor de bieretiketten graag")

chat("scope", "nl", "Brotzeit wil de broodzak in het Nederlands, valt dat binnen de afspraak?")
chat("scope", "nl", "zit een extra correctieronde nog in de prijs voor het museum?")
chat("scope", "nl", "maak een meerwerkopdracht voor de extra Pip poses")

chat("reply", "nl", "antwoord Sanne dat 1 maart lukt")
chat("reply", "nl", "schrijf Kim dat ik geen websites bouw")
chat("reply", "nl", "zeg tegen Fenna dat de egel volgende week klaar is")
chat("reply", "nl", "mail Jeroen dat de illustratie dinsdag binnen is")

chat("sent", "nl", "offerte naar de bakkerij gestuurd")
chat("sent", "nl", "ik heb Bram de prijs voor de posters gemaild")
chat("sent", "nl", "Q-2027-0006 is verstuurd")

chat("chat", "nl", "hoi!")
chat("chat", "nl", "dankjewel, top")
chat("chat", "nl", "welk papier gebruik ik het best voor zeefdruk?")
chat("chat", "nl", "kan ik de app ook in het Nederlands zetten?")
chat("chat", "nl", "pfff lange dag")
