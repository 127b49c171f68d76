"""What kind of mail this is, read the way the freelancer would read it, with a reason and a confidence.

Header rules (RFC 3834, bulk, bounces, reports) run before this in :mod:`assistant.daemon.triage`; what is left
is a person's mail, and this reader sorts it into:

- ``inquiry``: someone asks for work that is on the rate card (only this, and new work from a client, is drafted);
- ``existing_client``: the sender is in the profile's client directory (never because the mail says so);
- ``off_card``: someone asks for work the freelancer does not offer (a tattoo, a website, wedding photos);
- ``not_for_me``: friends, colleagues asking a favour, internal corporate mail, notifications, newsletters;
- ``sales_phishing``: cold sales, credential lures, fake invoices and prompt injection.

Three readers agree or not: the example bank of mail kinds (:mod:`assistant.reading.mail_examples`) over the
bundled embedder, exact signals (a request for work, attacker patterns), and the service reader (does it name
a service of the rate card?). The confidence is the bank's, raised when the signals agree and lowered when not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from assistant import locations
from assistant.reading.attacks import LINK, LURE, PHISHING, RISKY_ATTACHMENT, RISKY_LINK, injection
from assistant.reading.mail_examples import mail_examples
from assistant.reading.mail_kind import MailKindReader, shared_reader
from assistant.reading.off_card import OFF_CARD
from assistant.reading.peers import colleague_favour
from assistant.reading.quantities import fold
from assistant.reading.replies import defers
from assistant.reading.scope import MoreReading, asks_for_more, mask_merch
from assistant.reading.second_opinion import overrules, reads_inquiry, reads_off_card
from assistant.reading.semantic import Embed, ExampleBank, Reading
from assistant.reading.services import REQUEST_CUES, ServiceReader, keyword_hits, request_sentences
from assistant.reading.words import accent_blind

if TYPE_CHECKING:
    from assistant.profile import Profile

_CORRECTION = accent_blind(
    r"\b(correction\w*|revision\w*|révision\w*|feedback|tweak|adjust\w*|change\w*|fix|korrektur\w*|änder\w*|anpass\w*|"
    r"retouche\w*|modifi\w*|corrig\w*|correcci\w*|cambi\w*|correzion\w*|aanpass\w*|correctie\w*|wijzig\w*|"
    r"remarque\w*|agrandi\w*|vergrößer\w*|verkleiner\w*|réduire|ingrandi\w*|agrand\w*|vergro\w*)\b"
)
_ADMIN = accent_blind(
    r"\b(invoices?|rechnung\w*|factures?|facturas?|fattur[ae]|factu(?:u|ren)r?|vat(?: id| number)?|ust-?idnr\w*|"
    r"mwst|tva|iva|btw|iban|purchase order|po number|bestellnummer|bon de commande|remittance|zahlungsavis)\b"
)
"""Invoice and payment words: a client fixing an invoice ("bitte die neue USt-IdNr. ergänzen") asks no new work."""
_FILES = accent_blind(
    r"\b(?:(?:re)?send|schick\w*|senden|envoy\w*|renvoy\w*|transmett\w*|mand\w*|envi[aá]\w*|invi[ao]\w*|stuur\w*)\b"
    r"[^.?!]{0,60}\b(?:files?|dateien?|pdfs?|fichiers?|archivos?|bestand(?:en)?|druckdaten|haute définition|"
    r"high[- ]res\w*|alta (?:resolución|risoluzione)|hoge resolutie)\b|"
    r"\b(?:files?|dateien?|datei|pdfs?|fichiers?|archivos?|bestand(?:en)?|druckdaten)\b[^.?!]{0,40}"
    r"\b(?:schick\w*|senden|send|envoy\w*|mand\w*|stur\w*)\b"
)
"""A client asking for the files of delivered work ("die Dose noch als PDF mit Beschnitt schicken", "envoyer les
fichiers de l'affiche en haute définition"): delivery, not more work, unless the mail also says "new"."""
_NEW = accent_blind(
    r"\b(new|another|neue[mnrs]?|weitere[mnrs]?|nouve(?:au|aux|lle|lles)|autre|nuev[oa]s?|otr[oa]s?|nuov[aeio]|"
    r"altr[aeio]|nieuwe?)\b"
)
_NEXT_JOB = accent_blind(
    rf"{_NEW.pattern}|\b(next|nächste[nrs]?|prochaine?s?|próxim[oa]s?|prossim[oa]|volgende)\b|neues projekt|new project"
)
_NOT_A_JOB = accent_blind(
    r"\b(versions?|versión|versione|versie|drafts?|entw[uü]rfe?|skizze\w*|sketch\w*|esquisses?|bocetos?|bozz[ae]|"
    r"schets\w*|files?|dateien?|datei|fichiers?|archivos?|proofs?|colou?rs?|farben?|couleurs?|week|woche|semaine)\b"
)
"""In a client's sentence with "new" or "next", these make it about work under way ("the new version of the
poster"), not a new job ("four new poses", "unser nächstes Bilderbuch")."""
_WANTS = accent_blind(r"\b(wants?|would love|würden [^.]{0,40}gern|servirebber[oa]|ci servirebbe\w*)\b")
"""Besides the request cues, how a client says they want the new thing ("Marketing now wants four new poses")."""
_NOTICE = accent_blind(
    r"(you(?: are|'re|’re) receiving this|you received this|vous recevez ce|sie erhalten diese|recibes este|"
    r"ricevi questo|u ontvangt deze|^\s*(?:reminder|rappel|erinnerung|recordatorio|promemoria|herinnering)\s*:|"
    r"\bunsubscribe\b|darse de baja|\bdar(?:te|se) de baja|\babmelden\b|\babbestellen\b|"
    r"se désinscrire|se désabonner|désinscription|disiscriviti|cancella(?:re)? (?:l')?iscrizione|"
    r"uitschrijven|afmelden voor (?:de|deze) nieuwsbrief|"
    r"manage (?:your |my |email )?(?:preferences|subscription)|update your (?:email )?preferences|"
    r"e-?mail-?einstellungen|einstellungen verwalten|gérer (?:vos|mes) préférences|"
    r"gestionar (?:tus |mis )?preferencias|"
    r"gestisci (?:le )?(?:tue )?preferenze|voorkeuren beheren|"
    r"(?:your|the) (?:weekly|daily|monthly) (?:digest|roundup|newsletter)|\bnewsletter\s*(?:#|n[o°º.]\s*)\d+|"
    r"(?:projects?|jobs?|opdrachte?n?|projekte?|projets?|proyectos?|progett[oi]|offres?) (?:that |qui |die |que |che )?"
    r"(?:match(?:es|ing)?|pass(?:t|en) bij|correspond\w*|passend\w*|coincid\w*) (?:to |à |zu |a |con )?"
    r"(?:your|je|jouw|votre|ton|ihr\w*|dein\w*|tu|su|il tuo) (?:profile?|skills|profiel|profil|perfil|profilo)|"
    r"(?:submit|send) (?:a|your) proposal|\d+ (?:proposals|propuestas|propositions|angebote|reacties|proposte)\b|"
    r"(?:designers|freelancers|illustrators) have already (?:sent|submitted)|"
    r"(?:log in|sign in|go) to your dashboard|"
    r"has invited you to|hat sie zu .{0,60} eingeladen|vous a invité|te ha invitado|ti ha invitato|"
    r"heeft je uitgenodigd|accept\s*\|\s*decline|annehmen\s*\|\s*ablehnen|accepter\s*\|\s*refuser|"
    r"aceptar\s*\|\s*rechazar|accetta\s*\|\s*rifiuta|accepteren\s*\|\s*weigeren|"
    r"meeting notes|minutes of the|notes from (?:yesterday|today|this morning|the|our)[\w' ]{0,20}"
    r"(?:meeting|sync|call|standup|workshop|review)|besprechungsprotokoll|protokoll (?:der|vom|des) |"
    r"compte[- ]rendu de (?:la )?réunion|verbale della riunione|acta de la reunión|notulen)",
    re.M,
)
"""Newsletters (an unsubscribe or manage-preferences footer, a digest), calendar invitations and meeting notes: mail
to read, never to answer."""
_OPEN_CALL = accent_blind(
    r"\b(open calls?|call for (?:entries|submissions|artists|illustrators|proposals)|bando|bandi|ausschreibung|"
    r"appel à (?:candidatures|projets|artistes)|appel d'offres|convocatoria|open oproep)\b"
)
"""An open call or a tender passed on (a festival's "bando per il manifesto"): a competition anyone may enter,
not a commission to the freelancer, however much it names a poster and a fee."""
_AWAY = accent_blind(
    r"\b((?:i'?ll|i will) (?:reply|respond|answer|get back)[^.\n]{0,30}(?:when|once) i(?:'m| am) back|"
    r"(?:i am|i'm) (?:out of (?:the )?office|away|on (?:holiday|leave|vacation))[^.\n]{0,40}"
    r"(?:until|till|returning|back on)|with no (?:signal|internet|e-?mail access)|"
    r"rispondo al (?:mio )?rientro|sono (?:fuori (?:sede|ufficio)|in ferie|assente)[^.\n]{0,40}fino al|"
    r"(?:ich bin|bin) (?:bis|vom) [^\n]{0,40}(?:nicht (?:im büro|erreichbar)|abwesend|im urlaub)|"
    r"(?:ich )?(?:antworte|melde mich) (?:nach meiner rückkehr|wenn ich zurück bin)|"
    r"(?:je suis|je serai) (?:absente?|en congés?|en vacances)[^.\n]{0,40}jusqu'|je (?:vous )?répondrai à mon retour|"
    r"(?:estoy|estaré) (?:fuera de la oficina|de vacaciones|ausente)[^.\n]{0,40}hasta|responderé a mi regreso|"
    r"(?:ik ben|ben) (?:tot en met|tot|afwezig|met vakantie)[^.\n]{0,40}(?:afwezig|vakantie|terug)|"
    r"ik antwoord (?:zodra|als) ik terug ben|"
    r"(?:weer|wieder|de nouveau|di nuovo|de nuevo|again) (?:bereikbaar|erreichbar|joignable|raggiungibile|localizable|"
    r"reachable))"
)
"""An out-of-office a person's mail program sent without the RFC 3834 headers: a robot's mail, never answered. Only
in a mail that asks for nothing: "I'm back in the office on Monday, could you quote the poster?" is a person's."""
_SALES = accent_blind(
    r"\b(seo|backlinks?|guest posts?|rank (?:higher|first)|lead generation|qualified leads|book (?:a|15|20|30) "
    r"(?:minutes?|call|demo)|free (?:trial|audit|consultation)|special offer|limited time|unsubscribe|"
    r"grow your (?:business|agency|studio)|more clients|sichtbarkeit|référencement|posicionamiento|"
    r"(?:your|je|jouw|ihre|deine|votre|ton|tu|su|il tuo|il suo) (?:website|site|webseite|sito|web)\b[^.?!]{0,40}"
    r"(?:slow|traag|langsam|lent|lenta|lento|outdated|veraltet|rank|ranking)|"
    r"(?:shall we|zullen we|sollen wir|on s'appelle|hablamos|sentiamoci)[^.?!]{0,15}(?:call|bellen|telefonieren))"
)
_STRONG_SALES = accent_blind(
    r"\b((?:clients|leads|customers|kunden|clientes|clienti|klanten|anfragen|aanvragen|opdrachten|aufträge|requests|"
    r"inquiries|enquiries|commissions|demandes|richieste|solicitudes|pedidos|encargos|incarichi)\s+"
    r"(?:a|per|each|pro|par|al|per|al mese|"
    r"im|every)\s+(?:month|monat|mois|mes|mese|maand)|outreach (?:system|campaign)|cold outreach|"
    r"(?:send|show) you a (?:short|quick) (?:video|loom)|white[- ]label|dropshipping|"
    r"(?:lists?|listes?|listas?|liste|lijsten?) (?:of|de|di|van|mit|met)? ?[\d.,  ]+ (?:qualified |qualifizierten |)"
    r"(?:contacts|leads|e-?mails|kontakten|adressen|contactos|contatti|contacten)|contacts qualifiés|"
    r"qualified contacts|qualifizierte kontakte|contactos cualificados|contatti qualificati|"
    r"gekwalificeerde contacten|lead lists?|(?:e-?mail|kontakt)listen|[\w-]*-leads\b|"
    r"(?:starting (?:at|from)|from only|ab nur|à partir de|desde|a partire da|vanaf)\s*(?:€\s*)?\d[\d.,]*"
    r"(?=\s*(?:€|eur))|"
    r"(?:kostet|costs?|coûte|cuesta|costa|kost) (?:nur|only|just|seulement|solo|sólo|slechts)|"
    r"(?:inscription|registration|sign-?up|membership|mitgliedschaft|anmeldung|iscrizione|inscripción|lidmaatschap|"
    r"aanmelding)[^.\n]{0,40}\d[\d.,]*\s*(?:€|eur|£|\$|chf)\s*(?:par|per|pro|al|a|/)\s*"
    r"(?:mois|month|monat|mes|mese|maand)|"
    r"(?:seite 1|page one|first page|première page|primera página|prima pagina|eerste pagina) "
    r"(?:bei|of|on|de|di|van|op) google)\b"
)
"""Cold sales even when the pitch names the freelancer's own services ("20 new logo clients a month")."""
_PRICE_ASK = accent_blind(
    r"\b(quote|price|prices|pricing|rate|rates|fee|cost|costs|charge|budget|how much|available|availability|interested|"
    r"kosten|kostet|preis|preise|honorar|angebot|budget|zeit|interesse|"
    r"devis|tarif|prix|coût|budget|disponible|intéress\w*|"
    r"presupuesto|precio|tarifa|cuánto|disponible|interesad\w*|"
    r"preventivo|prezzo|tariffa|compenso|quanto|disponibile|interessat\w*|"
    r"offerte|prijs|kosten|tarief|beschikbaar|interesse)\b"
)


def asks_something(folded: str) -> bool:
    """Whether folded text asks for something, or about a price or availability, in any supported language.

    The one reading of "asks" for every reader of a person's mail, with or without the embedder.
    """
    return bool(REQUEST_CUES.search(folded) or _PRICE_ASK.search(folded))


_MINE = accent_blind(
    r"\b(my (?:poster|logo|illustration|drawing|design|sketch|book)|mein(?:e|en)? (?:plakat|poster|logo|zeichnung)|"
    r"mon affiche|mon logo|mi cartel|mi logo|il mio (?:poster|logo)|mijn (?:poster|logo))\b"
)
"""A colleague's own work shown for an opinion ("my poster"), unless the mail names money (:data:`_MONEY`):
"retravailler mon logo ... Budget logo : CHF 1'500" is a client's commission for their own logo."""
_MONEY = accent_blind(
    r"\b(budget|presupuesto|preventivo|devis|angebot|offerte|quote|honorar|compenso)\b|"
    r"\d[\d.,' ]*\s*(?:€|eur\b|chf\b|£|\$|gbp\b|usd\b)|(?:€|\beur|\bchf|£|\$|\bgbp|\busd)\s*\d"
)
_GROUP_GREETING = accent_blind(
    r"^\s*(hi (?:all|team|everyone|folks)|hello (?:all|team|everyone)|hey (?:all|team|everyone)|"
    r"dear (?:all|colleagues|team)|team(?=,)|hallo (?:zusammen|team|alle)|liebe kolleg\w*|liebe alle|"
    r"liebes (?:\w+)?team|bonjour à tous|bonjour l'équipe|chers collègues|hola (?:a todos|equipo)|"
    r"ciao a tutti|buongiorno a tutti|cari colleghi|beste collega's|hallo allemaal|hoi allemaal)\b",
    re.M,
)
_GREETING = accent_blind(
    r"^\s*(?i:hi|hello|hey|dear|hallo|liebe|lieber|moin|servus|bonjour|salut|cher|chère|hola|querid[oa]|"
    r"estimad[oa]|ciao|car[oa]|gentile|buongiorno|hoi|beste|dag|goedemorgen)\s+"
    r"(?:(?i:frau|herr|mrs?\.?|ms\.?|madame|monsieur|señora?|signora?|mevrouw|meneer|dr\.?)\s+)?"
    r"([A-ZÀ-Ý][\w'’-]+)\s*[,!\n]",
    re.M,
)
"""The opening greeting and the name it greets: "Hello Claudia," greets someone who is not the freelancer."""
_NOT_A_NAME = frozenset(
    "team there all everyone folks sir madam friends studio kollegen colleagues équipe equipo squadra"
    " allemaal zusammen madame monsieur mesdames messieurs frau herr signora signore señora señor"
    " mevrouw meneer heer grüße grusse grüsse gruß gruss groeten groet wensen saluti regards wishes".split()
)
"""Words a greeting may address that are no one's name: a group, a title alone ("Bonjour Madame,"), or the
closing a greeting word also starts ("Liebe Grüße,", "Beste groeten,")."""
_FORWARDED = accent_blind(
    r"^(?:-{2,}\s*(?:forwarded|original|weitergeleitete|ursprüngliche|message transféré|mensaje (?:reenviado|original)|"
    r"messaggio (?:inoltrato|originale)|doorgestuurd|oorspronkelijk)|>|(?:on|am|le|el|il|op) [^\n]{4,80}"
    r"(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef):)",
    re.M | re.I,
)
"""Where the sender's own words end: a forwarded or quoted mail below greets someone else, not the freelancer."""


def _own_words(body: str) -> str:
    """The sender's own words: the body above a forwarded or quoted mail."""
    return body[: m.start()] if (m := _FORWARDED.search(body)) else body


OFF_CARD_CONFIDENCE = 0.4
"""Without a word for off-card work, the bank alone must be this sure to call a request off the rate card."""
CLOSE_INQUIRY = 0.45
"""An inquiry example this similar makes a mail inquiry-like even when the vote went elsewhere."""
INQUIRY_CONFIDENCE = 0.25
"""A request that names no service is work only if the bank reads an inquiry at least this surely."""
NOT_WORK_CONFIDENCE = 0.3
"""A request that names a service is work unless the bank reads a notification or a favour at least this surely."""


class MailKind(StrEnum):
    """What a person's mail is, as the freelancer would sort it."""

    INQUIRY = "inquiry"
    EXISTING_CLIENT = "existing_client"
    OFF_CARD = "off_card"
    NOT_FOR_ME = "not_for_me"
    SALES_PHISHING = "sales_phishing"
    AUTOMATED = "automated"


_KIND_OF_LABEL = {
    "inquiry": MailKind.INQUIRY,
    "off_card": MailKind.OFF_CARD,
    "client_update": MailKind.NOT_FOR_ME,
    "personal": MailKind.NOT_FOR_ME,
    "notification": MailKind.NOT_FOR_ME,
    "sales": MailKind.SALES_PHISHING,
    "phishing": MailKind.SALES_PHISHING,
}


@dataclass(frozen=True)
class MailReading:
    """The kind of one mail, how sure the reader is, and the reason a person can check."""

    kind: MailKind
    confidence: float
    reason: str
    asks_new_work: bool = False
    """The mail asks for new work on the rate card (for a client: draft it like an inquiry)."""
    services: tuple[str, ...] = ()


class MailReader:
    """Reads the kind of a person's mail from the example bank, exact signals and the rate card."""

    def __init__(
        self,
        profile: Profile,
        embed: Embed | None,
        services: ServiceReader | None = None,
        kinds: MailKindReader | None = None,
    ) -> None:
        """Embed the mail examples once; ``embed=None`` reads by signals alone (tests, no embedder).

        ``kinds`` is the learned reader of :mod:`assistant.reading.mail_kind` (default: the shipped bank's, its
        weights cached in Atelier's cache dir).
        """
        self.profile = profile
        shared = locations.cache_dir() / "reading"  # shipped examples only: no client's text is kept there
        self.bank = ExampleBank(mail_examples(), embed, k=7, cache_dir=shared) if embed is not None else None
        self.services = services or ServiceReader(profile, embed)
        if kinds is None and embed is not None:
            kinds = shared_reader(embed, shared)
        self.kinds = kinds

    def read(
        self,
        subject: str,
        body: str,
        *,
        known_client: bool = False,
        attachments: Sequence[str] = (),
        unseen: Sequence[str] = (),
    ) -> MailReading:
        """The kind of the mail ``subject``/``body``; ``known_client`` comes from the client directory.

        ``attachments`` are the file names: an executable, a script, a macro document or a web page from a
        stranger is how malware and credential pages arrive, never how a brief does (archives and images can be).
        ``unseen`` are the texts a person does not read first (the HTML alternative, text attachments): an
        instruction to the assistant hidden there (``display:none``) is an attack like one in the body.
        """
        text = f"{subject}\n{body[:3000]}".strip()
        folded = fold(text)
        risky = [name for name in attachments if RISKY_ATTACHMENT.search(fold(name))]
        if risky and not known_client:
            return MailReading(MailKind.SALES_PHISHING, 0.9, f"risky attachment: {risky[0][:40]!r}")
        link = RISKY_LINK.search(folded)
        if link and not known_client:
            return MailReading(MailKind.SALES_PHISHING, 0.9, f"link to a program: {link.group(0)[-40:]!r}")
        attack = injection(folded) or PHISHING.search(folded)
        attack = attack or next((m for m in (injection(fold(t[:20_000])) for t in unseen) if m), None)
        lure = LURE.search(folded) if LINK.search(folded) and not _NOTICE.search(folded) else None
        found = attack or lure  # a lure word next to a newsletter's unsubscribe link is news, not a lure
        if found:
            return MailReading(MailKind.SALES_PHISHING, 0.95, f"phishing or injection: {found.group(0)[:40]!r}")
        bank = self.bank.read(text[:1500]) if self.bank is not None else None
        label = bank.label if bank is not None else ""
        hits = keyword_hits(text, self.profile, requests_only=True)
        asks = asks_something(folded)
        away = _AWAY.search(folded) if not REQUEST_CUES.search(fold(body)) else None  # "Re: quote" is no ask
        if away:
            return MailReading(MailKind.AUTOMATED, 0.85, f"an out-of-office: {away.group(0)[:50]!r}")
        mine = _MINE.search(folded) if not _MONEY.search(folded) else None
        favour = colleague_favour(folded) or mine or _OPEN_CALL.search(folded)
        group = _GROUP_GREETING.search(folded)
        off = OFF_CARD.search(folded)
        why_bank = f"; {bank.reason}" if bank is not None else ""
        if label in ("sales", "phishing") and bank is not None and bank.confidence >= self._phishing_threshold():
            return MailReading(MailKind.SALES_PHISHING, bank.confidence, f"reads as {label}{why_bank}")
        strong = _STRONG_SALES.search(folded)
        if strong and not known_client:
            return MailReading(MailKind.SALES_PHISHING, 0.8, f"cold sales: {strong.group(0)!r}{why_bank}")
        sales = _SALES.search(folded)
        if sales and not hits:
            return MailReading(MailKind.SALES_PHISHING, 0.8, f"cold sales: {sales.group(0)!r}{why_bank}")
        notice = _NOTICE.search(folded)
        if notice and not known_client:
            return MailReading(MailKind.NOT_FOR_ME, 0.8, f"a notification: {notice.group(0).strip()!r}{why_bank}")
        other = self._greets_someone_else(body)
        if other and not known_client:
            return MailReading(MailKind.NOT_FOR_ME, 0.8, f"greets someone else: {other!r}{why_bank}")
        if favour or group:
            cue = (favour or group).group(0)  # type: ignore[union-attr]
            kind = MailKind.EXISTING_CLIENT if known_client else MailKind.NOT_FOR_ME
            return MailReading(kind, 0.8, f"not a commission: {cue.strip()!r}{why_bank}")
        own = _own_words(body)
        deferral = defers(subject, fold(own), len(own) < len(body))
        if deferral:
            kind = MailKind.EXISTING_CLIENT if known_client else MailKind.NOT_FOR_ME
            return MailReading(kind, 0.8, f"a reply that asks nothing: {deferral.group(0)!r}{why_bank}")
        work = self._asks_for_work(bank, asks, bool(hits)) or (asks and self._named_anywhere(text, bank))
        if known_client:
            return self._client_mail(subject, body, folded, work, why_bank)
        learned = self.kinds.read(subject, body) if self.kinds is not None else None
        if learned and overrules(learned, len(body.split()), self.profile):
            return MailReading(MailKind(learned.kind), learned.confidence, learned.reason)  # second_opinion.py
        asks_off = asks or label in ("inquiry", "off_card")  # "Lust?", "Would you paint it?": the bank reads a request
        if off and asks_off and (not hits or label == "off_card"):
            return MailReading(
                MailKind.OFF_CARD, 0.85, f"asks for work not on the rate card: {off.group(0)!r}{why_bank}"
            )
        sure_inquiry = learned is not None and reads_inquiry(learned, self.profile)
        learned_inquiry = not work and sure_inquiry
        if not work and not learned_inquiry:
            confidence = bank.confidence if bank is not None else 0.5
            return MailReading(MailKind.NOT_FOR_ME, confidence, f"no request for work{why_bank}")
        if label == "off_card" and not hits and bank is not None and bank.confidence >= OFF_CARD_CONFIDENCE:
            return MailReading(MailKind.OFF_CARD, bank.confidence if bank else 0.5, f"off the rate card{why_bank}")
        if learned and reads_off_card(learned, body, self.profile):
            return MailReading(
                MailKind.OFF_CARD, learned.confidence, f"asks only for work off the card: {learned.reason}"
            )
        reading = self.services.read(body, subject)
        confidence = self._inquiry_confidence(bank, bool(hits), asks)
        if sure_inquiry and learned is not None:  # both read an inquiry: the surer one says how sure
            confidence = max(confidence, learned.confidence)
            why_bank = f"; {learned.reason}{why_bank}"
        if not reading.services:
            return MailReading(MailKind.INQUIRY, confidence * 0.7, f"asks for work; service unclear{why_bank}", True)
        reason = f"asks for {', '.join(reading.services)}: {reading.reason}"
        return MailReading(MailKind.INQUIRY, confidence, reason, True, reading.services)

    def _client_mail(self, subject: str, body: str, folded: str, work: bool, why_bank: str) -> MailReading:
        """A client's mail asks for new work: more than agreed (:mod:`assistant.reading.scope`), or a new job.

        More is an addition, extra rounds or merch; a new job names a service in a request, or next to "new" or
        "next" ("four new poses", "unser nächstes Bilderbuch"), that is not a correction. Merch is new work that no
        service fits, so it names none.
        """
        more = asks_for_more(body, self.profile)
        correction = bool(_CORRECTION.search(folded)) and not _NEW.search(folded)
        files = bool(_FILES.search(" ".join(folded.split()))) and not _NEW.search(folded)
        if (correction or files) and not (more.rounds or more.merch):
            more = MoreReading()  # "could you also fix the colour on the poster" is feedback, not more work
        asked = keyword_hits(mask_merch(body), self.profile, requests_only=True, first_line=False)  # not the subject
        named_new = [
            s
            for s in request_sentences(mask_merch(body))
            if _NEXT_JOB.search(s) and not _NOT_A_JOB.search(s) and (REQUEST_CUES.search(s) or _WANTS.search(s))
        ]
        asked = asked or {sid: 1 for s in named_new for sid in keyword_hits(s, self.profile, first_line=False)}
        admin = bool(_ADMIN.search(folded)) and not more.asks_more
        job = bool(asked) and not (correction or files or admin) and (work or bool(_NEW.search(folded)))
        new = more.asks_more or job
        services = self.services.read(mask_merch(body), subject).services if (job or more.services) else ()
        reason = "existing client (client directory)"
        if more.asks_more:
            reason += "; asks for more: " + ", ".join(
                [*more.services, *([f"{more.rounds} revision round(s)"] if more.rounds else []), *more.merch]
            )
        elif job:
            reason += "; asks for new work"
        return MailReading(MailKind.EXISTING_CLIENT, 1.0, reason + why_bank, new, services)

    def _greets_someone_else(self, body: str) -> str:
        """The name the mail's greeting addresses when it is not the freelancer's ("Hello Claudia"), else "".

        Mail that greets another person by name was meant for them: internal corporate mail sent to the wrong
        address, a colleague's thread. A first name that shares its first three letters with one of the
        freelancer's names counts as theirs ("Maria" for "Mara"), so a misspelling is not turned away.
        """
        match = _GREETING.search(_own_words(body)[:400])
        if match is None:
            return ""
        name = match.group(1)
        folded = fold(name)
        if folded in _NOT_A_NAME:
            return ""
        own = fold(f"{self.profile.name} {self.profile.business} {self.profile.email.split('@')[0]}")
        if any(word[:3] == folded[:3] for word in re.findall(r"\w+", own) if len(word) >= 3):
            return ""
        return name

    def _named_anywhere(self, text: str, bank: Reading | None) -> bool:
        """A request somewhere, and a service of the rate card named somewhere, unless the bank reads a favour."""
        if bank is not None and bank.label in ("personal", "notification", "client_update", "sales", "phishing"):
            if bank.confidence >= NOT_WORK_CONFIDENCE / 2:
                return False
        return bool(keyword_hits(text, self.profile))

    def _phishing_threshold(self) -> float:
        return self.profile.triage.phishing_confidence

    @staticmethod
    def _asks_for_work(bank: Reading | None, asks: bool, named: bool) -> bool:
        """A request cue plus a named service, or the bank reading an inquiry with a request cue."""
        if bank is None:
            return asks and named
        closest = bank.nearest[0] if bank.nearest else None
        inquiry_like = bank.label in ("inquiry", "off_card") or (
            closest is not None and closest[0].label == "inquiry" and closest[1] >= CLOSE_INQUIRY
        )
        not_work = (
            bank.label in ("notification", "personal", "client_update") and bank.confidence >= NOT_WORK_CONFIDENCE
        )
        sure = bank.confidence >= INQUIRY_CONFIDENCE or (closest is not None and closest[0].label == "inquiry")
        return (asks and named and not not_work) or (inquiry_like and (named or (asks and sure)))

    @staticmethod
    def _inquiry_confidence(bank: Reading | None, named: bool, asks: bool) -> float:
        """The bank's confidence in "inquiry" (or 0.6 x the closest inquiry example's similarity), plus signals."""
        base = 0.3
        if bank is not None:
            base = bank.confidence if bank.label == "inquiry" else 0.0
            similar = [score for example, score in bank.nearest if example.label == "inquiry"]
            base = max(base, 0.6 * max(similar, default=0.0))
        return min(1.0, base + (0.3 if named else 0.0) + (0.15 if asks else 0.0))
