"""Italian chat turns (sixth blind set)."""

from items import chat

chat("memory", "it", "quanto avevo chiesto a Zeitgeist per la copertina?")
chat("memory", "it", "quando ho lavorato con Pixelhaus l'ultima volta")
chat("memory", "it", "trova le note sul progetto Wolkenfrei")
chat("memory", "it", "ho mai fatto etichette per una birra?")

chat("quote", "it", "quanto chiedo per dodici confezioni di pasta?", service="packaging", quantity=12)
chat("quote", "it", "preventivo per un logo per una pizzeria", service="logo", quantity=1)
chat("quote", "it", "prezzo per 10 emote di un gatto già esistente", service="mascot-poses", quantity=10)
chat("quote", "it", "quanto costa una mascotte più 4 etichette")
chat("quote", "it", "stima per un manifesto per un festival jazz", service="poster", quantity=1)

chat(
    "brief",
    "it",
    """Da: Giulia Romano
Oggetto: Richiesta preventivo confezioni pasta
Buongiorno Mara, dodici formati di pasta, budget cinquemila euro, entro fine marzo.""",
)
chat("brief", "it", "fammi un brief dalla mail delle Edizioni Lucciola")
chat("brief", "it", "riassumi cosa vuole Chiara per la bottega")

chat("style", "it", "genera due anteprime nel mio stile per il luppolo con gli occhiali")
chat("style", "it", "fammi vedere un'etichetta d'olio nel mio stile")
chat("style", "it", "anteprima di stile per il manifesto jazz")

chat("scope", "it", "Acme vuole anche un secondo poster, è nel contratto?")
chat("scope", "it", "è incluso un terzo giro di correzioni per Birkenhain?")
chat("scope", "it", "prepara una variante d'ordine per i poster extra del museo")

chat("reply", "it", "rispondi a Marco che 800 € vanno bene")
chat("reply", "it", "scrivi a Sofia che non faccio foto di matrimonio")
chat("reply", "it", "di' a Luca del birrificio che le bozze arrivano lunedì")
chat("reply", "it", "rispondi a Roberta del festival jazz che accetto i 1.000 euro")

chat("sent", "it", "ho mandato il preventivo al Pastificio Romano")
chat("sent", "it", "preventivo inviato al birrificio")
chat("sent", "it", "Q-2027-0015 spedito a Nicola")

chat("chat", "it", "ciao!")
chat("chat", "it", "grazie mille, perfetto")
chat("chat", "it", "come si fa un file con abbondanza in Affinity?")
chat("chat", "it", "che noia le tasse")
chat("chat", "it", "consigli per un portfolio review a Bologna?")
