"""Dutch chat turns (incl. Flemish), hand-written."""
from spec import chat

chat("memory", "nl", "hoeveel heb ik atlas weekly gerekend voor de ai-illustratie")
chat("memory", "nl", "wanneer was het fjord and fable boek af")
chat("memory", "nl", "heb ik ooit voor een theater gewerkt")
chat("memory", "nl", "zoek mijn aantekeningen over de brotzeit zakken")
chat("memory", "nl", "hoe lang duurde de spree cycles rebrand eigenlijk")

chat("quote", "nl", "wat vraag ik voor vijf kaasetiketten", "packaging", 5)
chat("quote", "nl", "prijs voor een logo voor een frituur", "logo", 1)
chat("quote", "nl", "offerte voor een prentenboek van 12 dubbele pagina's", "book-illustration", 12)
chat("quote", "nl", "huisstijl plus pralinedoos, wat kost dat")
chat("quote", "nl", "vier theateraffiches, wat reken ik", "poster", 4)

chat("brief", "nl", """Van: Sanne de Vries
Onderwerp: Etiketten voor onze kaas
Hoi Mara, vijf etiketten voor 1 december, budget € 7.500. Wat zou dat kosten?""")
chat("brief", "nl", "vat samen wat brouwerij bakker wil")
chat("brief", "nl", "maak een briefing van de mail van pieter claes")
chat("brief", "nl", "dag mara, ik zoek een logo voor mijn frituur in gent, tegen eind november. wouter")
chat("brief", "nl", "wat ontbreekt er nog in de aanvraag van inge")

chat("style", "nl", "maak twee voorbeelden in mijn stijl van een zeehond")
chat("style", "nl", "laat een preview zien in mijn stijl voor de kaasetiketten")
chat("style", "nl", "stijlproef: theepot met pootjes")
chat("style", "nl", "genereer een schets in mijn stijl voor de theateraffiche")
chat("style", "nl", "voorbeeldje in mijn stijl van een fiets met bloemen")

chat("scope", "nl", "acme wil nog twee extra stickers, valt dat binnen de afspraak?")
chat("scope", "nl", "is een extra correctieronde voor het museum inbegrepen")
chat("scope", "nl", "schrijf een meerwerkopdracht voor greenleaf, extra blikformaat")
chat("scope", "nl", "lumen yoga wil ook een icoon, hoort dat bij de opdracht?")
chat("scope", "nl", "valt een engelse versie van het kiezkind plakkaat binnen de scope")

chat("reply", "nl", "antwoord sanne dat 1 december lukt")
chat("reply", "nl", "laat daan weten dat de kaas geler wordt")
chat("reply", "nl", "schrijf bram dat ik geen muurschilderingen doe")
chat("reply", "nl", "zeg tegen hollow oak dat de factuur verstuurd is")
chat("reply", "nl", "mail martijn terug: akkoord met 8 januari")

chat("sent", "nl", "offerte naar de kaasboerderij gestuurd")
chat("sent", "nl", "Q-2026-0025 is de deur uit naar joris")
chat("sent", "nl", "noteer dat de offerte voor pieter verstuurd is")
chat("sent", "nl", "offerte voor femke is verzonden gisteren")
chat("sent", "nl", "heb de offerte aan wouter gemaild")

chat("chat", "nl", "bedankt voor de offerte!")
chat("chat", "nl", "hoe markeer ik een offerte als verstuurd?")
chat("chat", "nl", "goeiemorgen")
chat("chat", "nl", "welk papier voor zeefdruk raad je aan")
chat("chat", "nl", "beschrijf mijn stijl in jouw woorden")
