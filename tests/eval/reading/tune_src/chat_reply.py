"""Chat turns for route `reply`: Mara wants a reply written to a client, or wants to tell a client something.

Written by hand, blind. Each item is (lang, text). Most name a past client and paste no inquiry; telling a
client that something was sent is still `reply`.
"""

ITEMS = [
    ("en", "write back to Birkenhain that the thumbnails for the river book will be a week late"),
    ("en", "let Hollow Oak know the invoice went out this morning"),
    ("en", "draft a reply to Greenleaf thanking them for the feedback, next round comes Friday"),
    ("en", "answer the museum: yes, I can come to the opening on the 14th"),
    ("en", "reply to Acme and ask whether Pip's scarf should be red or green"),
    ("en", "can you write Nordlicht a short note that the bag files are in the shared folder?"),
    ("en", "respond to Zeitgeist, politely, that I can't do a 24-hour turnaround this time"),
    ("en", "let Spree Cycles know I'm away until the 20th"),
    ("en", "email Lumen Yoga and ask if they're happy with the final logo files"),
    ("en", "write to Kiezkind that the poster is at the printer and should arrive Tuesday"),
    ("en", "help me say no to Pixelhaus nicely, they want a free spec sketch"),
    ("en", "tell Atlas Weekly thanks, and that the invoice for the heatwave piece is attached"),
    ("en", "get back to Fjord and Fable: the quote I sent still stands until the end of the month"),
    ("de", "schreib Birkenhain, dass ich die Korrekturen bis Montag schicke"),
    ("de", "antworte dem Museum am Ufer, dass der Termin am Donnerstag passt"),
    ("de", "sag Brotzeit Bescheid, dass die Brottüten in Druck sind"),
    ("de", "formulier eine Antwort an Acme: das Angebot gilt noch bis Ende des Monats"),
    ("de", "schreib Wolkenfrei kurz, dass der Styleguide fertig ist und morgen kommt"),
    ("fr", "réponds à Fjord and Fable que je suis dispo pour un appel mardi"),
    ("fr", "écris à Greenleaf pour leur dire que les fichiers finaux partent demain"),
    ("fr", "dis au Museum am Ufer que j'ai bien reçu l'acompte, merci à eux"),
    ("fr", "rédige une réponse à Zeitgeist pour refuser la commande, le délai est trop court"),
    ("es", "contesta a Acme que el set de expresiones estará listo el viernes"),
    ("es", "escríbele a Hollow Oak que me encantó el manuscrito nuevo"),
    ("es", "dile a Nordlicht que necesito el troquel de la imprenta antes de empezar"),
    ("es", "redacta una respuesta a Lumen Yoga agradeciendo el pago"),
    ("it", "rispondi a Birkenhain che le bozze arrivano entro giovedì"),
    ("it", "scrivi a Spree Cycles che il nuovo logo è pronto da vedere"),
    ("it", "di' a Greenleaf che la fattura è partita"),
    ("it", "prepara una risposta per il museo: accetto l'invito alla riunione"),
    ("nl", "schrijf Atlas Weekly terug dat ik de schets vanavond stuur"),
    ("nl", "laat Kiezkind weten dat de factuur in de bijlage zit"),
    ("nl", "antwoord Pixelhaus dat ik in januari weer tijd heb"),
    ("nl", "stuur Fjord and Fable een bedankje voor de fijne samenwerking"),
]
