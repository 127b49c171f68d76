"""The words the gate and the screen look for, in every language a reply can be written in (en, de, fr, es, it, nl).

Every pattern is matched against :func:`assistant.mail.text.folded` text (NFKC, invisibles gone, case-folded,
look-alike letters as Latin), so the patterns are written in that form: lower case, ``ß`` as ``ss``, accents
kept. A word list that knows only English lets a hijacked model write "kostenlos … übermorgen, abgemacht"
into a draft, and lets a client's "dringend" past the rush rule; so each list below has every language, and
``tests/unit/daemon/test_triggers.py`` checks each one in each language.

Words that are ordinary in another language are left out on purpose (German "morgen" is also "morning",
Spanish "mañana" also, French "mes" is "my"): the multi-word forms ("bis morgen", "para mañana") stand in.
"""

from __future__ import annotations

import re


def _words(*alternatives: str) -> re.Pattern[str]:
    """One pattern matching any of the alternatives as whole words (each may itself be a regex)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


# --- the inquiry: hand-off triggers ----------------------------------------------------------------------------

ANGRY = _words(
    # en
    r"unacceptable", r"disappointed", r"disappointing", r"furious", r"angry", r"outrageous", r"ridiculous", r"scam",
    r"rip[- ]?off", r"lawyer", r"legal action", r"sue", r"refund", r"complain(?:t)?", r"worst", r"terrible",
    r"awful", r"never again", r"wtf", r"frustrat\w*", r"not ok(?:ay)?", r"expected better", r"not paying",
    r"won'?t pay", r"fed up", r"sick of",
    # de
    r"verärgert", r"enttäuscht", r"unverschämt", r"frechheit", r"inakzeptabel", r"unzumutbar", r"betrug",
    r"anwalt", r"beschwerde", r"wütend", r"nie wieder", r"reklamation", r"zahle nicht",
    # fr
    r"inacceptable", r"déçue?s?", r"furieux", r"furieuse", r"scandaleux", r"arnaque", r"avocat", r"plainte",
    r"honteux", r"en colère", r"remboursement",
    # es
    r"inaceptable", r"decepcionad[oa]s?", r"furios[oa]s?", r"estafa", r"abogado", r"queja", r"vergonzoso",
    r"indignad[oa]", r"reembolso",
    # it
    r"inaccettabile", r"delus[oaie]", r"furios[oaie]", r"truffa", r"avvocato", r"reclamo", r"vergognoso",
    r"arrabbiat[oaie]", r"rimborso",
    # nl
    r"onacceptabel", r"teleurgesteld", r"woedend", r"oplichting", r"advocaat", r"klacht", r"schandalig", r"boos",
    r"terugbetaling",
)
RUSH = _words(
    r"asap", r"urgent(?:ly)?", r"rush", r"as soon as possible", r"tomorrow", r"by monday", r"this week",
    r"eilig", r"dringend", r"sofort", r"schnellstmöglich", r"umgehend", r"bis morgen", r"übermorgen",
    r"diese woche", r"urgente?s?", r"au plus vite", r"dès que possible", r"demain", r"cette semaine",
    r"immédiatement", r"lo antes posible", r"cuanto antes", r"para mañana", r"esta semana", r"inmediatamente",
    r"al più presto", r"prima possibile", r"domani", r"questa settimana", r"subito", r"immediatamente",
    r"spoed", r"zo snel mogelijk", r"tot morgen", r"voor morgen", r"deze week", r"meteen",
)
CUSTOM_PRICING = _words(
    r"discount", r"cheaper", r"lower (?:price|rate)", r"negotiat\w*", r"equity", r"revenue share",
    r"royalt(?:y|ies)", r"exposure", r"unpaid", r"for free", r"free sample", r"spec work", r"barter", r"retainer",
    r"flat fee", r"custom pric\w*", r"buy-?out", r"exclusive rights",
    r"rabatt", r"nachlass", r"günstiger", r"billiger", r"verhandel\w*", r"verhandl\w*", r"kostenlos", r"umsonst",
    r"unentgeltlich", r"probearbeit", r"pauschal\w*", r"exklusivrechte", r"beteiligung",
    r"remise", r"réduction", r"rabais", r"moins cher", r"négoci\w*", r"gratuit\w*", r"forfait", r"exclusivité",
    r"descuento", r"rebaja", r"más barato", r"negoci\w*", r"tarifa plana", r"exclusividad",
    r"sconto", r"più economico", r"trattabile", r"esclusiva",
    r"korting", r"goedkoper", r"onderhandel\w*", r"kosteloos", r"vaste prijs", r"exclusieve rechten",
    r"gratis",
)
BUDGET_WORDS = (
    r"budget|pay|spend|offer|afford|etat|kostenrahmen|preisvorstellung|zahlen|ausgeben|bieten|enveloppe|payer|"
    r"dépenser|offrir|presupuesto|pagar|gastar|ofrecer|bilancio|pagare|spendere|offrire|betalen|uitgeven|bieden"
)
"""Words after which a figure is a budget even without a currency ("budget: 2 Mio.")."""

# --- the model's opening paragraph: what it may not say ----------------------------------------------------------

MONEY = _words(
    r"eur", r"euros?", r"usd", r"dollars?", r"gbp", r"pounds?", r"chf", r"sek", r"nok", r"dkk", r"cents?",
    r"price[ds]?", r"pricing", r"fees?", r"costs?", r"charges?", r"rates?", r"discount\w*", r"free", r"gratis",
    r"invoice\w*", r"deposit\w*", r"payments?", r"pay", r"paid", r"budget\w*", r"quote[ds]?", r"refund\w*",
    r"cheap\w*", r"bargain",
    r"preis\w*", r"kosten\w*", r"umsonst", r"rabatt\w*", r"rechnung\w*", r"zahl\w*", r"anzahlung", r"honorar\w*",
    r"gebühr\w*", r"günstig\w*", r"billig\w*", r"angebot\w*",
    r"prix", r"coût\w*", r"gratuit\w*", r"remise", r"réduction", r"factur\w*", r"paiement\w*", r"acompte",
    r"tarif\w*", r"honoraires", r"devis",
    r"precio\w*", r"coste\w*", r"costo\w*", r"descuento\w*", r"pago\w*", r"presupuesto\w*",
    r"prezz\w*", r"scont\w*", r"fattur\w*", r"pagament\w*", r"acconto", r"tariff\w*", r"preventiv\w*",
    r"prijs\w*", r"korting", r"factuur\w*", r"betal\w*", r"aanbetaling", r"offerte\w*",
)
TIME = _words(
    r"days?", r"weeks?", r"months?", r"years?", r"hours?", r"tomorrow", r"tonight", r"today", r"weekend",
    r"deadline\w*", r"deliver\w*", r"due", r"asap", r"urgent\w*", r"soon", r"until", r"schedul\w*",
    r"tage?n?", r"wochen?", r"monate?n?", r"jahre?n?", r"stunden?", r"morgen", r"übermorgen", r"heute",
    r"wochenende", r"frist\w*", r"liefer\w*", r"termin\w*", r"bald", r"eilig", r"dringend",
    r"jours?", r"semaines?", r"mois", r"années?", r"heures?", r"demain", r"après-demain", r"aujourd'hui",
    r"délai\w*", r"livr\w*", r"jusqu'\w*", r"bientôt",
    r"días?", r"semanas?", r"meses", r"años?", r"horas?", r"mañana", r"hoy", r"plazo\w*", r"entreg\w*", r"hasta",
    r"pronto",
    r"giorn[oi]", r"settiman[ae]", r"mesi", r"ann[oi]", r"ore", r"domani", r"dopodomani", r"oggi", r"scadenz\w*",
    r"consegn\w*", r"entro", r"presto",
    r"dagen", r"weken", r"maand\w*", r"jaar", r"uur", r"overmorgen", r"vandaag", r"lever\w*", r"binnenkort",
)
PROMISE = _words(
    r"accept\w*", r"agree\w*", r"deal", r"booked", r"book", r"reserve\w*", r"guarantee\w*", r"promise\w*",
    r"confirm\w*", r"commit\w*", r"contract\w*", r"sign\w*", r"approved?",
    r"abgemacht", r"einverstanden", r"zusage\w*", r"zugesagt", r"versprech\w*", r"versproch\w*", r"garantier\w*",
    r"bestätig\w*", r"vertrag\w*", r"unterschr\w*", r"gebucht", r"reserviert", r"verbindlich",
    r"d'accord", r"accord", r"promet\w*", r"promis\w*", r"promesse\w*", r"garanti\w*", r"contrat\w*",
    r"réserv\w*", r"marché conclu", r"entendu",
    r"de acuerdo", r"trato hecho", r"acept\w*", r"prometo", r"promesa\w*", r"garantiz\w*", r"contrato\w*",
    r"firmar\w*", r"firmad[oa]", r"reservad[oa]",
    r"affare fatto", r"accett\w*", r"promett\w*", r"promessa", r"garantisc\w*", r"conferm\w*", r"contratt\w*",
    r"prenotat\w*", r"firmat[oa]", r"firmare",
    r"akkoord", r"afgesproken", r"accepteer\w*", r"beloof\w*", r"belofte\w*", r"beloven", r"garandeer\w*", r"garantie\w*", r"bevestig\w*",
    r"ondertek\w*", r"geboekt", r"gereserveerd",
)
CONTACT = re.compile(
    r"@|https?://|www\.|(?<!\w)(?:cc|bcc|copy(?:ing)?|forward\w*|kopie|weiterleit\w*|copie|transfér\w*|copia|"
    r"reenv\w*|inoltr\w*|doorstur\w*)(?!\w)"
)
