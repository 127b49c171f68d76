"""Chat turns for route `sent`: Mara records that a quote was sent or delivered to the client.

Written by hand, blind. Each item is (lang, text). Turns that ask whether a quote went out ("did X go out",
"what did I send") are questions about the past, so they are `memory` (README_chat.md), in chat_memory.py.
"""

ITEMS = [
    ("en", "sent the quote to Birchwood Cider just now"),
    ("en", "Q-2026-0041 went out to the tea shop this morning, mark it"),
    ("en", "ok, the kettlebell gym has their quote"),
    ("en", "/sent Q-2026-0038"),
    ("en", "I emailed the Harbourside Library quote from my phone, log it as sent"),
    ("en", "just handed over the estimate for the folk festival poster in person"),
    ("en", "mark the climate magazine quote as sent please"),
    ("en", "the picture book quote for Jo is out the door"),
    ("en", "gave the dentist the logo quote at our meeting, it's with him now"),
    ("en", "quote for the Cork festival: sent, finally"),
    ("en", "the board game studio got Q-2026-0046 an hour ago"),
    ("de", "Angebot an die Brauerei Keller ist raus"),
    ("de", "hab das Angebot Q-2026-0047 gerade an den Sportverein geschickt"),
    ("de", "trag bitte ein, dass der Kostenvoranschlag für Heike Sommer verschickt ist"),
    ("de", "/sent Q-2026-0050 Igel-Buch"),
    ("fr", "j'ai envoyé le devis à Claire pour l'affiche jazz"),
    ("fr", "devis Q-2026-0052 parti chez la savonnerie, note-le"),
    ("fr", "le devis de la brasserie de Nantes est envoyé"),
    ("es", "ya le mandé el presupuesto a Lucía para la panadería"),
    ("es", "presupuesto Q-2026-0055 enviado a la editorial de Bogotá"),
    ("es", "marca como enviado el presupuesto del cartel de cine"),
    ("it", "ho inviato il preventivo a Marco per le etichette dell'olio"),
    ("it", "preventivo Q-2026-0058 spedito alla rivista, segnalo"),
    ("it", "segna che il preventivo per la libreria di Torino è partito"),
    ("nl", "offerte naar Sanne gestuurd voor het prentenboek"),
    ("nl", "Q-2026-0061 is verstuurd naar de koffiebranderij"),
    ("nl", "zet de offerte voor het jaarverslag op verzonden"),
    # Near-miss batch: the same words as turns in chat_reply, chat_memory and chat_chat.
    ("en", "sent Nordlicht the quote for the new bag"),
    ("en", "the Acme poster quote is sent"),
    ("de", "Plakatangebot an den Kunstverein ist verschickt"),
    ("fr", "devis d'affiche envoyé au festival de Lyon"),
    ("es", "le envié a la tienda de bicis el presupuesto del logo"),
    ("it", "ho mandato il preventivo delle etichette al birrificio"),
    ("nl", "offerte voor de twee havenaffiches is verstuurd"),
]
