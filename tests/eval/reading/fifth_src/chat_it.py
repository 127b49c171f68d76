"""Italian chat turns, typed by hand."""

# ruff: noqa: E501
from items import chat as c

c("memory", "it", "quanto ho chiesto a fjord and fable per la balena?")
c("memory", "it", "ho mai lavorato per un pastificio?")
c("memory", "it", "trova le note del progetto wolkenfrei")
c("memory", "it", "quante ore ho messo nel poster spree cycles estate 2024")
c("memory", "it", "quando ho consegnato il logo di lumen yoga")
c("memory", "it", "il preventivo mandato a zeitgeist per la copertina, quanto era?")
c("quote", "it", "quanto chiedo per un logo di un birrificio", service="logo", quantity=1)
c("quote", "it", "preventivo per quattro confezioni di pasta", service="packaging", quantity=4)
c("quote", "it", "albo illustrato di venti doppie pagine, prezzo?", service="book-illustration", quantity=20)
c("quote", "it", "due illustrazioni per un articolo, entro 10 giorni", service="editorial-illustration", quantity=2)
c("quote", "it", "mascotte gelato più sei espressioni, quanto")
c("quote", "it", "un manifesto per una sagra, quanto chiedo?", service="poster", quantity=1)
c(
    "brief",
    "it",
    "Da: Giulia Conti\nOggetto: Confezioni per la nostra pasta\n\nBuongiorno Mara, quattro formati, consegna entro fine febbraio, budget 6.000 euro.",
)
c("brief", "it", "fammi un brief dalla mail di Paolo Riva")
c("brief", "it", "riassumi cosa vuole edizioni girasole")
c("brief", "it", "ciao! ci faresti un manifesto per la sagra del paese? è a luglio. Sara")
c("style", "it", "genera due anteprime nel mio stile per l'albo di Girasole")
c("style", "it", "fammi vedere un cono gelato mascotte nel mio stile")
c("style", "it", "campione di stile per l'etichetta della pasta")
c("scope", "it", "il museo chiede anche un banner, rientra nel contratto?")
c("scope", "it", "modifica d'ordine per greenleaf: una lattina in più")
c("scope", "it", "un quarto giro di revisioni per acme è compreso?")
c("reply", "it", "rispondi a Giulia che mando il preventivo entro venerdì")
c("reply", "it", "scrivi a Chiara che non faccio foto di matrimonio")
c("reply", "it", "di' a Elisa che sì, può passare il mio contatto")
c("sent", "it", "preventivo inviato a Giulia Conti")
c("sent", "it", "ho mandato il Q-2026-0049 a Luca del birrificio")
c("sent", "it", "il preventivo per Marta è partito")
c("chat", "it", "ciao")
c("chat", "it", "grazie mille")
c("chat", "it", "che differenza c'è tra serigrafia e risografia?")
c("chat", "it", "come si cambia la tariffa oraria?")
c("chat", "it", "scrivimi una didascalia per instagram")
c("chat", "it", "che giornata...")
