# ruff: noqa: E501  (hand-written mail text: subjects, addresses and body lines are kept as written)
"""Hand-written automated mail (batch b): tickets, account notices, list robots, do-not-reply mail."""

from mail_item import M

ITEMS = [
    M(
        "automated",
        "en",
        "Northgate Helpdesk <helpdesk@northgate-univ.example>",
        "[Ticket #48213] Re: Annual report illustrations",
        "2026-10-22 17:31",
        """Thank you for contacting Northgate University. Your request has been received and a ticket
(#48213) has been created. A member of our team will respond within 3 working days.

Please do not reply to this message. To add information, use the ticket portal.
""",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Ticket-ID", "48213")],
        note="helpdesk auto-acknowledgement quoting an illustration subject",
    ),
    M(
        "automated",
        "de",
        "Support Druckhaus24 <noreply@druckhaus24.example>",
        "Ihre Anfrage [#DH-77120] ist bei uns eingegangen",
        "2026-11-03 10:02",
        """Guten Tag,

vielen Dank für Ihre Anfrage zum Plakatdruck. Wir haben sie unter der Nummer DH-77120 erfasst und
melden uns innerhalb von 24 Stunden.

Dies ist eine automatisch versendete Nachricht. Bitte antworten Sie nicht darauf.
""",
        note="ticket acknowledgement without auto headers",
    ),
    M(
        "automated",
        "fr",
        "Assistance Ulule <no-reply@ulule.example>",
        "Nous avons bien reçu votre demande",
        "2026-09-20 21:15",
        """Bonjour,

votre demande n°551902 a bien été enregistrée. Notre équipe vous répondra dans les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre.
""",
        headers=[("Auto-Submitted", "auto-generated")],
        note="French ticket acknowledgement",
    ),
    M(
        "automated",
        "en",
        "GitHub <noreply@github.example>",
        "[GitHub] A new SSH key was added to your account",
        "2026-11-14 22:40",
        """Hey maralindqvist!

A new public SSH key was added to your account:
  Title: studio-laptop
  Fingerprint: SHA256:3f1b...e9

If you did not add this key, remove it from your settings.
""",
        note="account security notice",
    ),
    M(
        "automated",
        "de",
        "Domainverwaltung <no-reply@domainhafen.example>",
        "Ihre Domain lindqvist.example wurde verlängert",
        "2026-10-01 03:00",
        """Guten Tag Frau Lindqvist,

Ihre Domain lindqvist.example wurde automatisch um ein Jahr verlängert (bis 01.10.2027).
Die Rechnung finden Sie in Ihrem Kundenkonto.

Diese E-Mail wurde automatisch erstellt.
""",
        headers=[("Auto-Submitted", "auto-generated")],
        note="domain renewed notice",
    ),
    M(
        "automated",
        "es",
        "Banco Azul <no-responder@bancoazul.example>",
        "Tienes un nuevo documento en tu buzón",
        "2026-11-02 07:00",
        """Hola, Mara:

Tienes un nuevo documento disponible en tu buzón de Banco Azul. Accede a la aplicación para
consultarlo.

Este mensaje se ha generado automáticamente. Por favor, no respondas.
""",
        note="bank document waiting, Spanish",
    ),
    M(
        "automated",
        "it",
        "Aruba PEC <comunicazioni@pec-aruba.example>",
        "Casella quasi piena",
        "2026-10-18 04:10",
        """Gentile cliente,

la casella studio@lindqvist.example ha raggiunto il 90% dello spazio disponibile. Elimina alcuni
messaggi o acquista spazio aggiuntivo dal pannello di controllo.

Messaggio generato automaticamente, non rispondere.
""",
        note="mailbox nearly full (genuine, no link)",
    ),
    M(
        "automated",
        "nl",
        "Mailinglijst Illustratoren-NL <illustratoren-nl-request@lists.grafischnl.example>",
        "Bevestig je aanmelding voor illustratoren-nl",
        "2026-09-12 12:00",
        """Iemand (hopelijk jij) heeft studio@lindqvist.example aangemeld voor de lijst illustratoren-nl.
Beantwoord dit bericht om de aanmelding te bevestigen, of negeer het.
""",
        headers=[("Auto-Submitted", "auto-generated"), ("List-Id", "<illustratoren-nl.lists.grafischnl.example>")],
        note="mailing-list robot confirmation",
    ),
    M(
        "automated",
        "en",
        "Majordomo <majordomo@lists.illustratorsguild.example>",
        "Welcome to guild-members",
        "2026-09-13 12:05",
        """Welcome to the guild-members mailing list.

To unsubscribe, send "unsubscribe guild-members" to majordomo@lists.illustratorsguild.example.
Posting address: guild-members@lists.illustratorsguild.example
""",
        note="list robot welcome",
    ),
    M(
        "automated",
        "de",
        "Ulrike Franke <u.franke@stadtwerke-nord.example>",
        "Automatische Antwort: Jahresbericht Illustrationen",
        "2026-11-19 08:00",
        """Ich bin ab dem 1. Dezember nicht mehr bei den Stadtwerken Nord tätig. Ihre E-Mail wird nicht
weitergeleitet. Bitte wenden Sie sich an presse@stadtwerke-nord.example.
""",
        headers=[("Auto-Submitted", "auto-replied")],
        note="left-the-company auto-reply mentioning an annual report",
    ),
    M(
        "automated",
        "en",
        "Google Workspace <workspace-noreply@google.example>",
        "Your storage is 95% full",
        "2026-11-20 02:30",
        """Your Google Workspace storage for lindqvist.example is 95% full. When it's full, you won't be able
to receive new email. Manage storage in the Admin console.
""",
        note="genuine storage notice",
    ),
    M(
        "automated",
        "fr",
        "Adobe <no-reply@adobe.example>",
        "Votre abonnement a été renouvelé",
        "2026-11-21 05:12",
        """Bonjour Mara,

votre abonnement Creative Cloud a été renouvelé. Vous pouvez consulter votre facture dans votre compte
Adobe. Aucune action n'est nécessaire.

Ne répondez pas à cet e-mail.
""",
        note="genuine renewal notice, no link to sign in",
    ),
    M(
        "automated",
        "es",
        "Sistema de tickets <soporte@imprentaluz.example>",
        "[#IL-2031] Hemos recibido tu solicitud de presupuesto",
        "2026-10-08 11:11",
        """Gracias por escribirnos. Tu solicitud de presupuesto de impresión de carteles ha quedado
registrada con el número IL-2031. Te contestaremos en 48 horas laborables.

Mensaje automático: no respondas a este correo.
""",
        headers=[("Auto-Submitted", "auto-replied")],
        note="printer ticket system acknowledging her own print request",
    ),
    M(
        "automated",
        "it",
        "Luca Moretti <luca@morettistudio.example>",
        "Fuori sede",
        "2026-12-01 19:00",
        """Sono in viaggio fino al 10 dicembre, rispondo appena possibile. Per lavori urgenti di
illustrazione o logo contattate lo studio allo 02 000 0000.
""",
        note="Italian OOO without headers, naming illustration and logos",
    ),
    M(
        "automated",
        "nl",
        "Klantenservice Drukwerkdeal <noreply@drukwerkdeal.example>",
        "Je wachtwoord is gewijzigd",
        "2026-10-29 23:59",
        """Hallo Mara,

het wachtwoord van je account is zojuist gewijzigd. Was jij dit niet? Neem dan contact op met onze
klantenservice via de website.

Dit is een automatisch bericht.
""",
        note="password changed notice",
    ),
    M(
        "automated",
        "de",
        "Finanzamt Berlin-Neukölln <poststelle@fa-neukoelln.example>",
        "Ihr Bescheid über Umsatzsteuer 2025 ist in ELSTER abrufbar",
        "2026-10-28 07:30",
        """Sehr geehrte Frau Lindqvist,

für Sie liegt ein neuer Bescheid im ELSTER-Postfach bereit: Bescheid über Umsatzsteuer 2025.
Bitte melden Sie sich mit Ihrem Zertifikat an, um ihn abzurufen.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""",
        note="a document-waiting notice from the tax office, like a bank's; no business information in the mail",
    ),
]
