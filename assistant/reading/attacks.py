"""What an attack looks like in mail: instructions to the assistant, credential and payment lures, fake invoices.

Each pattern is exact enough to act on alone (a mail that matches is never answered), and reads English, German,
French, Spanish, Italian and Dutch. Triage (:mod:`assistant.reading.triage`) runs these first, on the text a
person sees and on what they do not (the HTML alternative, text attachments), where an injection hides.
"""

from __future__ import annotations

import re

from assistant.reading.words import accent_blind

_INJECTION = accent_blind(
    r"((?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+|of\s+)*(?:previous\s+|prior\s+|"
    r"above\s+|earlier\s+|existing\s+|other\s+)?(?:instructions|rules|prompts?|guidelines|directions)|"
    r"(?:ai|model|assistant|llm|bot)[^.\n]{0,20}(?:reading|processing) this|"
    r"\b(?:ai|ki|ia)[- ](?:assistant|assistent|assistente|asistente)\w*|"
    r"(?:if you are|you are|as) an? (?:ai|language model|llm|chatbot|automated assistant)|"
    r"note (?:to|for) (?:the )?(?:ai|assistant|bot|model)|(?:reply|respond|answer) with (?:exactly|only)|"
    r"(?:forward|send|attach|export) (?:me |us )?(?:all|every|the last \d+|your|the) (?:\w+ )?(?:client|customer)s?'? "
    r"(?:e-?mails|mails|files|projects|contacts|data|list|lists|database|history|records)|"
    r"(?:instruc\w*|istruzion\w*|anweisung\w*|consignes?|instructies) (?:for|para|pour|für|per|voor) (?:the |el |la |"
    r"l'|den |die |de |il |l’)?(?:assistant|asistente|assistent\w*|assistente|ai|ia|ki|bot|model\w*)\b|"
    r"^\s*(?:assistant|ai|bot|model|asistente|assistent|assistente)\s*:|"
    r"mark (?:this|the) (?:mail|message|e-?mail|sender) as (?:an? )?(?:trusted|safe|known|approved|existing|verified)|"
    r"(?:never|do not|don't) mention (?:this|these|the) (?:note|instructions?|message|text)|"
    r"100 ?% (?:discount|off|rabatt|de descuento|di sconto|remise|korting)|"
    r"(?:for|at|für|pour|por|per|voor) (?:1|0|one|un|ein) (?:eur|euro|€|usd|dollar)\b|"
    r"mark (?:it|them|this|the quote) as (?:approved|accepted|paid)|(?:approve|accept) (?:this|it) automatically|"
    r"(?:do not|don't|never) (?:inform|tell|show|notify) the (?:user|owner)|nicht der nutzer\w* (?:anzeigen|zeigen)|"
    r"(?:ignor\w*|negeer|olvid\w*|dimentic\w*|vergiss|vergeet|oubli\w*|missachte\w*|disregard)\s+(?:[\w'-]+\s+){0,3}"
    r"(?:instruc\w*|istruzion\w*|anweisung\w*|regeln|règles|reglas|regole|regels|instructies|vorgaben|consignes)|"
    r"system prompt|you are now|new instructions|as an ai|"
    r"\b(?:assistant|ai|bot|model)\s*[:,]\s*(?:ignore|forget|send|reply)|"
    r"<\|?(?:system|im_start|assistant)\|?>|\[(?:system|inst)\]|^\s*system\s*:|"
    r"ignoriere (?:alle )?(?:vorherigen )?anweisungen|ignore[zr] (?:les |toutes les )?instructions|"
    r"ignora (?:las |le )?(?:instrucciones|istruzioni)|negeer (?:alle )?instructies|"
    r"<!--[^>]{0,300}\b(?:assistant|ai|bot|model|ki|ia)\b|treat this (?:mail|message|e-?mail) as|"
    r"(?:send|reply|draft)[^.\n]{0,60}without (?:approval|review|asking)|skip the (?:draft )?review|pre-?approved)",
    re.M,
)
_OWN_EARLIER = accent_blind(
    r"\s+(?:in|from|of)\s+(?:my|our|the)\s+(?:last\s+|previous\s+|earlier\s+|first\s+)?"
    r"(?:e-?mail|mail|message|brief|nachricht|courriel|correo|messaggio|bericht)"
)
"""After "ignore the instructions", these make it a client correcting their own earlier mail."""


def injection(folded: str) -> re.Match[str] | None:
    """The first instruction to the assistant, skipping a client's "ignore the instructions in my last mail"."""
    for match in _INJECTION.finditer(folded):
        if not _OWN_EARLIER.match(folded, match.end()):
            return match
    return None


PHISHING = accent_blind(
    r"\b(verify your (?:account|identity|mailbox)|confirm your (?:password|account|identity|details)|"
    r"account (?:will be |has been )?(?:suspended|locked|closed|deactivated)|unusual sign-in|mailbox (?:is )?full|"
    r"update your (?:payment|billing|bank) (?:details|information)|bank details|wire transfer|gift cards?|"
    r"invoice (?:is )?overdue|payment overdue|pay (?:now|today|immediately)|password (?:expires|expired)|"
    r"konto (?:wurde |wird )?(?:gesperrt|deaktiviert)|bestätigen sie ihre (?:daten|identität)|"
    r"compte (?:sera |a été )?(?:suspendu|bloqué)|vérifier vos informations|"
    r"cuenta (?:ha sido )?(?:bloqueada|suspendida)|"
    r"(?:account|conto) è stato (?:sospeso|bloccato)|account is (?:geblokkeerd|opgeschort)|"
    r"bitcoin|crypto(?:currency)?|seed phrase|abmahnung|western union|moneygram|"
    r"(?:certified|cashier'?s?|bank) (?:check|cheque)|money order|refund the (?:difference|excess|balance|rest)|"
    r"overpa(?:y|id|yment)|(?:shipping|transport|moving) agent|my (?:agent|assistant|accountant) will (?:send|pay)|"
    r"shared (?:a |the )?(?:document|file|folder) with you|(?:docusign|sharepoint|onedrive|wetransfer|dropbox)\b"
    r"[^.\n]{0,60}(?:sign in|log ?in|verify|password|credentials)|"
    r"(?:log ?in|sign ?in|connexion|anmeld\w*|inicia sesión|accedi|inloggen)[^.\n]{0,40}"
    r"(?:required|requise|erforderlich|necesari[oa]|richiest[oa]|vereist|to view|pour (?:voir|consulter))|"
    r"(?:log ?in|sign ?in|connexion|anmelden|accedi|inloggen) (?:with|avec|mit|con|met) "
    r"(?:your|votre|ihrer|su|il suo|uw)|bestätigen sie ihre (?:iban|kontodaten|bankdaten)|confirm your iban|"
    r"bearbeitungsgebühr|processing fee|frais de dossier|tasa de gestión|(?:you have|you've) won|sie haben [^.]{0,40}"
    r"gewonnen|vous avez gagné|ha ganado|hai vinto|"
    r"(?:directory|verzeichnis|annuaire|directorio|elenco|handelsregister|bedrijvenregister|business register|"
    r"gewerbe\w*)[^\n]{0,120}(?:invoice|rechnung|berechnen|facture|factura|fattura|factuur|in rekening|überweisen|"
    r"régler)|"
    r"(?:invoice|rechnung|facture|factura|fattura|factuur)[^\n]{0,120}(?:listing|eintragung|inscription|anuncio|"
    r"registratie|directory|verzeichnis|annuaire|directorio)|"
    r"(?:new|changed) (?:bank account|account number|bank details|iban)|new account (?:below|attached|shown)|"
    r"neue[nrs]? (?:bankverbindung|kontoverbindung|bankkonto|kontonummer|iban)|"
    r"nouve(?:au|l|lle)s? (?:compte (?:bancaire|indiqué)|rib|iban|coordonnées bancaires)|"
    r"nuev[oa] (?:cuenta|número de cuenta|iban)|nuovo (?:conto|iban)|nuove coordinate bancarie|"
    r"nieuwe? (?:rekening(?:nummer)?|bankrekening|iban)|"
    r"(?:update|aggiorn\w*|actualic\w*|aktualisier\w*|ändern sie|mett\w* à jour|wijzig\w*) (?:the |your |our |l'|el |"
    r"su |il |die |ihre |votre |het |uw )?iban)"
)
"""Besides account and credential lures: fake invoices from lookalike domains that ask to pay, or to send the next
invoice, to new bank details ("bitte schick die nächste Rechnung an unsere neue Bankverbindung")."""
LURE = accent_blind(
    r"\b(verif\w*|vérifi\w*|überprüf\w*|aktualisier\w*|update your|actualice|aggiorn\w*|suspen\w*|sperrung|gesperrt|"
    r"desactivad\w*|deactivat\w*|bloccat\w*|bloquead\w*|geblokkeerd|overdue|unpaid|impayé\w*|non pagat\w*|"
    r"nicht abgebucht|pay now|paga ora|payez|pague|betaal nu|zahlen sie|within (?:24|48|72) hours|"
    r"(?:24|48|72) (?:heures|stunden|ore|horas|uur)|régler les frais|frais de (?:livraison|douane)|paghi|"
    r"versandgebühr|zollgebühr|customs fee|redelivery|in giacenza|bloqué au centre|retenido en|iban|"
    r"e-?mail-?passw\w*|mail password|mot de passe de (?:votre|ta) messagerie)\b"
)
"""Urgency, suspension and payment words: with a link, the shape of a phishing mail in any of our languages."""
LINK = accent_blind(r"https?://|www\.")
RISKY_LINK = accent_blind(
    r"(?:https?://|www\.)\S+\.(?:exe|scr|bat|cmd|pif|js|jse|vbs|vbe|wsf|hta|msi|jar|ps1|lnk|iso|img|docm|xlsm|pptm)"
    r"(?![\w/-]|\.\w)"
)
"""A link straight to a program or a macro document: how malware arrives when no file is attached."""
RISKY_ATTACHMENT = accent_blind(
    r"\.(?:exe|scr|bat|cmd|com|pif|js|jse|vbs|vbe|wsf|hta|msi|jar|ps1|lnk|iso|img|html?|shtml|docm|xlsm|pptm)$"
)
