"""Italian chat turns of the seventh blind set, typed by hand."""

from items import chat

chat("memory", "it", "quanto ho fatto pagare a Zeitgeist per l'illustrazione sul sonno?")
chat("memory", "it", "ho già lavorato con una cantina?")
chat("memory", "it", "trova i miei appunti sul progetto del museo")
chat("memory", "it", "quando ho consegnato il poster estivo di Spree Cycles")

chat("quote", "it", "quanto chiedo per un marchio per una scuola di musica?", service="logo", quantity=1)
chat("quote", "it", "preventivo per tre etichette di olio", service="packaging", quantity=3)
chat("quote", "it", "prezzo per quattro manifesti di un festival di cinema", service="poster", quantity=4)
chat("quote", "it", "stima per un albo di sedici doppie pagine", service="book-illustration", quantity=16)
chat("quote", "it", "quanto x un personaggio + 8 pose")

chat(
    "brief",
    "it",
    """Da: Giulia Rossi
Oggetto: Confezioni per i nostri biscotti

Ciao Mara, due scatole entro fine febbraio, budget circa 3.500 euro.""",
)
chat("brief", "it", "fammi un brief dalla mail delle Edizioni Girasole")
chat("brief", "it", "riassumi cosa vuole questo cliente: 'negozio bici a Bologna, mascotte gatto ciclista, 2.200 €'")

chat("style", "it", "fammi vedere qualche schizzo di un riccio esploratore nel mio stile")
chat("style", "it", "genera due anteprime di una scatola di cantucci, mio stile")
chat("style", "it", "anteprima nel mio stile: gatto ciclista")

chat("scope", "it", "Acme Italia vuole una quarta posa, è compresa?")
chat("scope", "it", "la gondola in un'altra versione rientra nella revisione concordata?")
chat("scope", "it", "scrivi una variante d'ordine per le due pose extra di Giorgia")

chat("reply", "it", "rispondi a Giulia che accetto e chiedi le misure delle scatole")
chat("reply", "it", "di' a Giorgia che la gondola sarà nera")
chat("reply", "it", "scrivi a Elisa che con 250 euro purtroppo non posso fare il logo")
chat("reply", "it", "rispondi a Chiara: venerdì prossimo va bene")

chat("sent", "it", "ho inviato il preventivo alla pasticceria")
chat("sent", "it", "segna il Q-2027-0028 come inviato")

chat("chat", "it", "ciao!")
chat("chat", "it", "grazie mille")
chat("chat", "it", "come segno un preventivo come inviato?")
chat("chat", "it", "è normale chiedere un acconto del 50%?")
chat("chat", "it", "scrivimi una didascalia per instagram sulla nuova stampa")
