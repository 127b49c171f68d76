"""Italian chat turns, hand-written."""
from spec import chat

chat("memory", "it", "quanto avevo chiesto a greenleaf per la identità nel 2024")
chat("memory", "it", "quando ho consegnato il poster per hafen festival 2025")
chat("memory", "it", "ho mai lavorato con una gelateria?")
chat("memory", "it", "trova le note su kiezkind")
chat("memory", "it", "il preventivo Q-2026-0005 a quanto ammontava")

chat("quote", "it", "quanto chiedo per quattro etichette di vino", "packaging", 4)
chat("quote", "it", "prezzo per un marchio per una pizzeria", "logo", 1)
chat("quote", "it", "preventivo per un albo di sedici doppie pagine", "book-illustration", 16)
chat("quote", "it", "quanto costa un personaggio più tre pose")
chat("quote", "it", "due manifesti per un festival a ferrara, che cifra?", "poster", 2)

chat("brief", "it", """Da: Giulia Bianchi
Oggetto: Etichette per il nostro vino
Buongiorno Mara, quattro etichette entro il 20 novembre, budget 6.000 euro.""")
chat("brief", "it", "riassumi cosa vuole la torrefazione di bologna")
chat("brief", "it", "fammi un brief dalla mail di sara (lucciole)")
chat("brief", "it", "ciao mara, birrificio a bergamo, 2 lattine e un manifesto entro il 10 gennaio. quanto? matteo")
chat("brief", "it", "cosa manca nella richiesta di chiara per fare un preventivo")

chat("style", "it", "genera due anteprime nel mio stile di un orsetto polare")
chat("style", "it", "fammi vedere un campione nel mio stile per le etichette del vino")
chat("style", "it", "anteprima nel mio stile: riccio sotto la pioggia")
chat("style", "it", "un bozzetto nel mio stile per il manifesto delle lucciole")
chat("style", "it", "prova di stile per la lattina ipa")

chat("scope", "it", "greenleaf vuole i file aperti per l'italia, è nel contratto?")
chat("scope", "it", "un altro giro di correzioni per il museo è incluso?")
chat("scope", "it", "fai una variante d'ordine per acme: pip anche sugli zaini")
chat("scope", "it", "pixelhaus chiede un personaggio secondario, fuori dall'accordo giusto?")
chat("scope", "it", "zeitgeist vuole anche la versione per i social, rientra?")

chat("reply", "it", "rispondi a giulia che va bene il 20")
chat("reply", "it", "scrivi a marco che mi serve sapere il nome della pizzeria")
chat("reply", "it", "di' a roberta che non faccio fotografie di matrimonio")
chat("reply", "it", "rispondi a paolo che gli mando i file aperti domani")
chat("reply", "it", "comunica a elena che l'illustrazione arriva martedì")

chat("sent", "it", "preventivo inviato alla cantina")
chat("sent", "it", "ho mandato il Q-2026-0024 a luca stamattina")
chat("sent", "it", "segna che il preventivo per alessandro è partito")
chat("sent", "it", "fatto, preventivo a sara spedito")
chat("sent", "it", "il preventivo di matteo è stato consegnato")

chat("chat", "it", "grazie per il preventivo!")
chat("chat", "it", "come segno un preventivo come inviato?")
chat("chat", "it", "ciao! buongiorno")
chat("chat", "it", "descrivi il mio stile con parole tue")
chat("chat", "it", "consigli per una fiera come bologna?")
