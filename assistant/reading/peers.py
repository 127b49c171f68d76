"""A colleague's mail: a favour, an opinion, price advice, a referral or a student's interview, and no commission.

Colleagues write like clients ("a client asked me for a logo, what would you charge?"), so the rules of
:mod:`assistant.reading.triage` would read a request for a service. These phrases say who is asking, in English,
German, French, Spanish, Italian and Dutch.
"""

from __future__ import annotations

import re

from assistant.reading.words import accent_blind

_PEER_PRICE = accent_blind(
    r"\b(what (?:would|do) you (?:charge|ask|quote)|how much (?:would|do) you (?:charge|ask)|"
    r"(?:tú|tu|usted) cuánto (?:pedirías|cobras|cobrarías)|cuánto (?:pedirías|cobrarías)|"
    r"was (?:würdest|nimmst|verlangst) du|combien (?:tu |vous )?(?:prendrais|demanderais|facturerais)|"
    r"quanto (?:chiederesti|prenderesti|faresti pagare)|wat (?:zou|vraag) jij|hoeveel (?:reken|vraag)\w* (?:jij|je)|"
    r"comment (?:tu )?(?:chiffrer|facturer|chiffres|factures)|wie viel (?:nimmst|verlangst|berechnest) du|"
    r"quanto (?:chiedi|fai pagare))"
)
_ASKED_ME = accent_blind(
    r"\b((?:asked|offered) me (?:for|to|\d|£|€|\$)|me han (?:pedido|ofrecido)|me ofrecen|"
    r"mi hanno (?:chiesto|offerto)|on m'a (?:demandé|proposé)|ich (?:wurde|bin) (?:gefragt|angefragt)|"
    r"(?:hat|haben) mich (?:gefragt|angefragt)|(?:heeft|hebben) mij (?:gevraagd|aangeboden)|"
    r"mij (?:gevraagd|aangeboden)|"
    r"si estoy cobrando|(?:if|whether) i'?m (?:charging|asking) (?:too|enough)|"
    r"ob ich (?:zu wenig|genug) (?:nehme|verlange)|"
    r"si je (?:facture|demande) (?:assez|trop)|se (?:sto chiedendo|chiedo) (?:troppo|abbastanza)|"
    r"of ik (?:te weinig|genoeg) (?:vraag|reken))"
)
"""A colleague asking what the freelancer would charge for a job someone offered them, or to see whether they charge
too little themselves: price advice, not an order. Both are needed: "what would you charge for a logo?" alone is a
client's first question."""
_FAVOUR = accent_blind(
    r"\b(your (?:honest )?opinion|tell me honestly|quick favou?r|take a look at|have a look at|"
    r"ton avis|jeter un (?:œil|oeil)|qué te parece|dime la verdad|consiglio|even sparren|willen kijken|"
    r"as a colleague|da collega|entre collègues|unter kollegen|portfolio review|review swap|"
    r"share a (?:stall|stand|table|booth)|(?:kraam|stand|tafel) (?:te )?delen|stand teilen|partager (?:un|notre) stand|"
    r"compartir (?:un |el )?(?:puesto|stand)|condividere (?:uno |il )?stand|"
    r"colleague to colleague|fellow (?:illustrator|designer)|(?:illustrator|designer) to (?:illustrator|designer)|"
    r"de (?:ilustrador|diseñador)a? a (?:ilustrador|diseñador)a?|d'illustratrice à illustratrice|"
    r"von illustratorin zu illustratorin|da illustratrice a illustratrice|"
    r"(?:if|whether) (?:that'?s|this is|it'?s) fair|"
    r"ist das fair|est-ce correct|c'est correct|es justo|è giusto|is dat redelijk|"
    r"(?:a client|a publisher|an agency|someone) (?:offered|asked) me|"
    r"(?:ein kunde|ein verlag|eine agentur) (?:hat )?mir|un client m'a|un client me|un cliente mi|un cliente me|"
    r"een klant (?:vroeg|bood) mij|een klant vraagt|compartir stand|compartimos stand)"
)
_REFERRAL = accent_blind(
    r"\b((?:can|may|could|shall) i (?:send|pass|refer|give|forward) (?:them|her|him)\b[^.?!]{0,20}"
    r"(?:your way|to you|your (?:details|address|contact|e-?mail|number))|"
    r"darf ich (?:ihr|ihm|ihnen) (?:deine|ihre) (?:adresse|kontaktdaten|kontakt|nummer|mail\w*) geben|"
    r"(?:je peux|puis-je) (?:lui|leur) (?:donner|transmettre|passer) (?:ton|tes|votre|vos) "
    r"(?:contact|coordonnées|adresse)|"
    r"(?:puedo|te puedo) (?:pasarle|darle|pasarles|darles) (?:tu|tus) (?:contacto|datos|correo)|"
    r"(?:posso|ti posso) (?:dargli|darle|passargli|passarle) (?:il tuo|i tuoi) (?:contatto|contatti|indirizzo)|"
    r"mag ik (?:haar|hem|hen) (?:jouw|je) (?:gegevens|adres|nummer|mail\w*) (?:geven|doorgeven|sturen))"
)
"""A colleague passing on a client they cannot take ("Can I send them your way?"): the client will write
themselves; this mail asks for nothing."""


_RESEARCH = accent_blind(
    r"\b(thesis|dissertation|mémoire|tesi|tesis|bachelorarbeit|masterarbeit|abschlussarbeit|doktorarbeit|"
    r"scriptie|afstudeer\w*|proefschrift)\b[^\n]{0,120}\b(interview\w*|entretien|intervista|entrevista\w*|"
    r"questionnaire|fragebogen|cuestionario|questionario|vragenlijst|survey|umfrage|enquête|encuesta|sondaggio)|"
    r"\b(interview\w*|entretien|intervista|entrevista\w*|questionnaire|fragebogen|cuestionario|questionario|"
    r"vragenlijst|survey|umfrage|encuesta|sondaggio)\b[^\n]{0,120}\b(thesis|dissertation|mémoire|tesi|tesis|"
    r"bachelorarbeit|masterarbeit|abschlussarbeit|scriptie|proefschrift)\b"
)
"""A student asking for an interview or a survey for a thesis: it names illustration and prices, and orders nothing."""


def colleague_favour(folded: str) -> re.Match[str] | None:
    """The phrase that makes a folded mail a colleague's favour, advice or referral, if any.

    The mail's line breaks are read as spaces: a phrase wrapped over two lines is still the phrase.
    """
    flat = " ".join(folded.split())
    peer = _PEER_PRICE.search(flat) if _ASKED_ME.search(flat) else None
    return _FAVOUR.search(flat) or peer or _REFERRAL.search(flat) or _RESEARCH.search(flat)
