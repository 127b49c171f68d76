"""Italian chat turns for the eighth blind set, typed by hand one by one."""

from items import chat

# ---------------------------------------------------------------- quote
chat("quote", "it", "quanto chiedo per quattro confezioni di pasta?", "packaging", 4)
chat("quote", "it", "preventivo per un albo di quindici doppie pagine, copertina esclusa", "book-illustration", 15)
chat("quote", "it", "prezzo per una copertina di rivista, consegna in 10 giorni", "editorial-illustration", 1)
chat("quote", "it", "marchio + tre etichette vino, quanto?", None, None)
chat("quote", "it", "quanto costerebbe una mascotte per una gelateria", "mascot", 1)

# ---------------------------------------------------------------- memory
chat("memory", "it", "quanto avevo fatto pagare a Hollow Oak per il faro?")
chat("memory", "it", "ho già lavorato per un teatro?")
chat("memory", "it", "trovami gli appunti sul progetto Kiezkind")
chat("memory", "it", "quando ho consegnato le lattine di Greenleaf l'anno scorso?")

# ---------------------------------------------------------------- brief
chat("brief", "it", """Da: Giulia Bernardi
Oggetto: Confezioni per la nostra pasta

Buongiorno Mara, quattro formati, stessa grafica, budget 5.000 euro, entro fine giugno.""")
chat("brief", "it", "fammi un brief della richiesta del Teatro del Porto")
chat("brief", "it", "riassumi cosa vuole Davide per le lattine d'olio")

# ---------------------------------------------------------------- style
chat("style", "it", "generami un'anteprima nel mio stile dell'orsetto polare per la gelateria")
chat("style", "it", "due bozze di stile per la tartaruga marina, con filigrana")
chat("style", "it", "fammi vedere un'etichetta di Nebbiolo come la disegnerei io")

# ---------------------------------------------------------------- scope
chat("scope", "it", "Marco di Acme chiede una quarta posa, rientra nell'accordo?")
chat("scope", "it", "Greenleaf vuole cambiare il colore dopo l'approvazione finale: è fuori scope?")
chat("scope", "it", "preparami una variante d'ordine per la posa in più di Acme Italia")

# ---------------------------------------------------------------- reply
chat("reply", "it", "rispondi a Luca che la copertina va bene per giugno")
chat("reply", "it", "scrivi a Federica che non faccio tatuaggi")
chat("reply", "it", "di' a Chiara che gli adesivi li possiamo fare dopo")
chat("reply", "it", "una risposta gentile per Sara del b&b, chiedendo quando le serve")

# ---------------------------------------------------------------- sent
chat("sent", "it", "ho mandato il preventivo alla cantina Ferri")
chat("sent", "it", "preventivo per le confezioni di pasta inviato, segnalo")
chat("sent", "it", "il preventivo Q-2027-0064 è partito ieri sera")

# ---------------------------------------------------------------- chat
chat("chat", "it", "ciao!")
chat("chat", "it", "grazie mille")
chat("chat", "it", "come imposto le mie tariffe nel profilo?")
chat("chat", "it", "che differenza c'è tra albo illustrato e libro illustrato?")
chat("chat", "it", "scrivimi una didascalia per instagram sul nuovo poster")
chat("chat", "it", "preventivo di giornata: tre caffè e zero disegni")
