"""Dutch chat turns of the seventh blind set, typed by hand."""

from items import chat

chat("memory", "nl", "wat heb ik Fjord and Fable gerekend voor het walvisboek?")
chat("memory", "nl", "heb ik ooit voor een koffiebar gewerkt, behalve Nordlicht?")
chat("memory", "nl", "zoek mijn aantekeningen van het Kiezkind-zomerfeest")
chat("memory", "nl", "wanneer heb ik de Atlas Weekly illustratie over AI ingeleverd")

chat("quote", "nl", "wat vraag ik voor een logo voor een bakkerij?", service="logo", quantity=1)
chat("quote", "nl", "offerte voor vier theeblikken", service="packaging", quantity=4)
chat("quote", "nl", "prijs voor drie festivalposters", service="poster", quantity=3)
chat("quote", "nl", "schatting voor een volledige huisstijl voor een koffiebar", service="brand-identity", quantity=1)
chat("quote", "nl", "wat kost een mascotte + tien uitdrukkingen ongeveer")

chat(
    "brief",
    "nl",
    """Van: Emma Jansen
Onderwerp: Verpakking thee

Hallo Mara, vier theeblikken, drukbestanden uiterlijk 1 april, ongeveer € 6.000.""",
)
chat("brief", "nl", "maak een briefing van de mail van Uitgeverij Bakker")
chat(
    "brief", "nl", "vat samen wat deze klant wil: 'fietsenwinkel Groningen, mascotte reiger op fiets, 2500, eind maart'"
)

chat("style", "nl", "laat me wat schetsen zien van een reiger op een fiets in mijn stijl")
chat("style", "nl", "maak twee previews van een bieretiket, mijn stijl")
chat("style", "nl", "stijlvoorbeeld: vos met een lantaarn")

chat("scope", "nl", "Eva wil een extra correctieronde op de poster, valt dat binnen de afspraak?")
chat("scope", "nl", "hoort een staande versie van de poster bij wat we met Greenleaf hebben afgesproken?")
chat("scope", "nl", "schrijf een meerwerkopdracht voor de extra ronde van Greenleaf")

chat("reply", "nl", "antwoord Sanne dat ik het logo graag doe")
chat("reply", "nl", "laat Eva weten dat het logo groter wordt")
chat("reply", "nl", "schrijf Anouk vriendelijk terug dat 200 euro te weinig is")
chat("reply", "nl", "mail Bram dat de posters voor 15 april klaar zijn")

chat("sent", "nl", "offerte naar de theewinkel gestuurd")
chat("sent", "nl", "zet Q-2027-0031 op verstuurd")

chat("chat", "nl", "hoi")
chat("chat", "nl", "top, dank je")
chat("chat", "nl", "hoe zet ik een offerte op verstuurd?")
chat("chat", "nl", "is het normaal om 50% vooraf te vragen?")
chat("chat", "nl", "haha oké")
