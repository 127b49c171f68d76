"""Chat turns for route `sent`: Mara records that a quote was sent or delivered to the client.

Written by hand, blind. Each item is (lang, text). Following the tuning brief, a few turns ask whether a
quote went out ("did X go out", "what did I send"); README_tune_chat.md lists them so the lead can relabel.
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
    ("en", "did the Birchwood quote actually go out yesterday?"),
    ("en", "what did I send the coding school in the end, was it Q-2026-0044?"),
    ("en", "gave the dentist the logo quote at our meeting, it's with him now"),
    ("en", "quote for the Cork festival: sent, finally"),
    ("en", "the board game studio got Q-2026-0046 an hour ago"),
    ("de", "Angebot an die Brauerei Keller ist raus"),
    ("de", "hab das Angebot Q-2026-0047 gerade an den Sportverein geschickt"),
    ("de", "trag bitte ein, dass der Kostenvoranschlag für Heike Sommer verschickt ist"),
    ("de", "ist das Angebot an den Chorverein schon rausgegangen?"),
    ("de", "/sent Q-2026-0050 Igel-Buch"),
    ("fr", "j'ai envoyé le devis à Claire pour l'affiche jazz"),
    ("fr", "devis Q-2026-0052 parti chez la savonnerie, note-le"),
    ("fr", "le devis de la brasserie de Nantes est envoyé"),
    ("fr", "est-ce que le devis pour la maison d'édition est bien parti ?"),
    ("es", "ya le mandé el presupuesto a Lucía para la panadería"),
    ("es", "presupuesto Q-2026-0055 enviado a la editorial de Bogotá"),
    ("es", "marca como enviado el presupuesto del cartel de cine"),
    ("es", "¿salió ya el presupuesto para la app de meditación?"),
    ("it", "ho inviato il preventivo a Marco per le etichette dell'olio"),
    ("it", "preventivo Q-2026-0058 spedito alla rivista, segnalo"),
    ("it", "segna che il preventivo per la libreria di Torino è partito"),
    ("it", "cosa ho mandato oggi a Giulia, il preventivo del poster?"),
    ("nl", "offerte naar Sanne gestuurd voor het prentenboek"),
    ("nl", "Q-2026-0061 is verstuurd naar de koffiebranderij"),
    ("nl", "zet de offerte voor het jaarverslag op verzonden"),
    ("nl", "is de offerte voor Pieter de klusser al de deur uit?"),
]
