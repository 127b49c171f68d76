# ruff: noqa: E501  (hand-written mail text: subjects, addresses and body lines are kept as written)
"""Hand-written automated mail (batch a): bounces, read receipts, out-of-office."""

from mail_item import M

DSN_FAIL = """Reporting-MTA: dns; mx1.lindqvist.example
Arrival-Date: {arr}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
"""

DSN_DELAY = """Reporting-MTA: dns; mx1.lindqvist.example

Final-Recipient: rfc822; {rcpt}
Action: delayed
Status: 4.4.7
Will-Retry-Until: {until}
"""

MDN = """Reporting-UA: {ua}
Original-Recipient: rfc822;{rcpt}
Final-Recipient: rfc822;{rcpt}
Original-Message-ID: {mid}
Disposition: manual-action/MDN-sent-manually; displayed
"""

ITEMS = [
    M(
        "automated",
        "en",
        "Mail Delivery System <MAILER-DAEMON@mx1.lindqvist.example>",
        "Undelivered Mail Returned to Sender",
        "2026-10-06 09:01",
        """This is the mail system at host mx1.lindqvist.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<priya@kettle-and-kiln.example>: host mx.kettle-and-kiln.example said: 550 5.1.1 User unknown

The subject of your message was: Re: Logo for Kettle & Kiln – quote
""",
        report=(
            "delivery-status",
            DSN_FAIL.format(arr="Tue, 6 Oct 2026 09:00:58 +0200", rcpt="priya@kettle-and-kiln.example"),
        ),
        returned="From: studio@lindqvist.example\nTo: priya@kettle-and-kiln.example\nSubject: Re: Logo for Kettle & Kiln - quote\n",
        headers=[("Auto-Submitted", "auto-replied")],
        note="bounce of her own quote; quotes logo wording",
    ),
    M(
        "automated",
        "de",
        "Mail Delivery Subsystem <mailer-daemon@mail.provider.example>",
        "Warnung: Nachricht verzögert",
        "2026-11-12 14:30",
        """Dies ist eine automatisch erzeugte Nachricht.

Ihre Nachricht an <info@imkerei-hoffmann.example> konnte seit 4 Stunden nicht zugestellt werden.
Der Server versucht es bis zum 16.11.2026 weiter. Sie müssen nichts tun.

Betreff: Angebot Honigetiketten
""",
        report=(
            "delivery-status",
            DSN_DELAY.format(rcpt="info@imkerei-hoffmann.example", until="Mon, 16 Nov 2026 14:30:00 +0100"),
        ),
        note="delayed DSN in German; mentions a quote for labels",
    ),
    M(
        "automated",
        "fr",
        "Postmaster <postmaster@editions-du-phare.example>",
        "Non remis : Album jeunesse – devis",
        "2026-10-20 08:10",
        """Votre message n'a pas pu être remis à helene.b@editions-du-phare.example.

La boîte aux lettres du destinataire est pleine. Veuillez réessayer plus tard.
""",
        report=(
            "delivery-status",
            DSN_FAIL.format(arr="Tue, 20 Oct 2026 08:09:40 +0200", rcpt="helene.b@editions-du-phare.example")
            .replace("Status: 5.1.1", "Status: 5.2.2")
            .replace("User unknown", "Mailbox full"),
        ),
        note="bounce in French",
    ),
    M(
        "automated",
        "en",
        "Tom Reyes <tom.reyes@acme.example>",
        "Read: Pip – sticker quote",
        "2026-11-25 09:12",
        """Your message

  To: tom.reyes@acme.example
  Subject: Pip – sticker quote
  Sent: Wednesday, 25 November 2026 08:40

was read on Wednesday, 25 November 2026 09:12.
""",
        report=(
            "disposition-notification",
            MDN.format(ua="Microsoft Outlook", rcpt="tom.reyes@acme.example", mid="<q-2291@lindqvist.example>"),
        ),
        note="read receipt from a client address is automated",
    ),
    M(
        "automated",
        "es",
        "Lucía Ferrer <lucia@cafeterialaola.example>",
        "Leído: Logotipo para cafetería – presupuesto",
        "2026-10-05 12:00",
        """Su mensaje

  Para: lucia@cafeterialaola.example
  Asunto: Logotipo para cafetería – presupuesto

se ha leído el lunes, 5 de octubre de 2026 12:00.
""",
        report=(
            "disposition-notification",
            MDN.format(ua="Thunderbird", rcpt="lucia@cafeterialaola.example", mid="<q-2288@lindqvist.example>"),
        ),
        note="read receipt in Spanish quoting a logo quote",
    ),
    M(
        "automated",
        "de",
        "Dr. Lena Haas <l.haas@museum-am-ufer.example>",
        "Abwesenheitsnotiz: Ausstellungsidentität – Entwürfe",
        "2026-10-21 09:00",
        """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30. Oktober nicht im Büro und habe
keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
kommunikation@museum-am-ufer.example.

Mit freundlichen Grüßen
Lena Haas
""",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        note="out-of-office from a client address",
    ),
    M(
        "automated",
        "en",
        "Nadia Osei <nadia@greenleaf-kombucha.example>",
        "Re: Elderflower label – first sketches",
        "2026-12-01 13:30",
        """Hi, thanks for your email! I'm on parental leave until March 2027. For anything about
packaging or labels please write to marta.ruiz@greenleaf-kombucha.example, who will get back to you.

Nadia
""",
        note="out-of-office from a client without any auto headers; Re: subject and packaging words",
    ),
    M(
        "automated",
        "fr",
        "Claire Fontaine <claire.fontaine@acme.example>",
        "Réponse automatique : Affiche Pip pour le salon de Lyon",
        "2026-12-02 08:00",
        """Bonjour,

je suis absente du bureau jusqu'au 4 janvier, avec un accès limité à mes e-mails. Pour toute
question urgente concernant le salon, contactez evenements@acme.example.

Claire Fontaine
""",
        headers=[("Auto-Submitted", "auto-replied")],
        note="French OOO from a client",
    ),
    M(
        "automated",
        "it",
        "Marco Bellini <marco.bellini@pastificiobellini.example>",
        "Risposta automatica: Confezioni per la nostra pasta",
        "2026-09-29 09:00",
        """Grazie per il messaggio. Sono in fiera a Colonia fino al 7 ottobre e rispondo al mio ritorno.

Marco Bellini
""",
        headers=[("X-Autoreply", "yes")],
        note="Italian OOO with a non-standard header",
    ),
    M(
        "automated",
        "nl",
        "Bram Peeters <bram@peeters-interieur.example>",
        "Automatisch antwoord: Re: Inrichting van onze winkel",
        "2026-10-12 07:45",
        """Bedankt voor je bericht. Ik ben op vakantie tot en met 19 oktober en lees mijn mail niet.
Voor dringende zaken: bel de winkel.

Bram
""",
        headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
        note="Dutch OOO",
    ),
    M(
        "automated",
        "es",
        "Javier Soto <javier@sotoeditores.example>",
        "Fuera de la oficina",
        "2026-11-30 18:00",
        """Estoy fuera de la oficina hasta el 9 de diciembre. Si tu consulta es sobre portadas o
ilustraciones para la colección infantil, escribe a produccion@sotoeditores.example.
""",
        note="Spanish OOO without auto headers; mentions covers and illustration",
    ),
    M(
        "automated",
        "en",
        "Amelia Brooks <amelia.brooks@northgate-univ.example>",
        "Automatic reply: Annual report illustrations – quote",
        "2026-10-22 17:30",
        """I am out of the office until Monday 2 November with no access to email. Your message has not
been forwarded. For urgent matters about the annual report, please contact comms@northgate-univ.example.
""",
        headers=[
            ("Auto-Submitted", "auto-generated"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "amelia.brooks@northgate-univ.example"),
        ],
        note="Exchange auto-reply quoting an annual report",
    ),
    M(
        "automated",
        "de",
        "Lektorat Birkenhain <lektorat@birkenhain-verlag.example>",
        "Automatische Antwort: KB 2354 – Dateien Runde 2",
        "2026-10-23 16:00",
        """Sehr geehrte Damen und Herren,

das Lektorat ist vom 24.10. bis 1.11. wegen der Buchmesse nicht besetzt. Ihre Nachricht wird nach
unserer Rückkehr bearbeitet.

Birkenhain Verlag – Lektorat Kinderbuch
""",
        headers=[("Auto-Submitted", "auto-replied")],
        note="auto-reply from the listed client address",
    ),
    M(
        "automated",
        "it",
        "Postmaster <postmaster@mail.rivacomunicazione.example>",
        "Messaggio non recapitato",
        "2026-11-25 10:05",
        """Il messaggio inviato a francesca.riva@rivacomunicazione.example non è stato recapitato.

Motivo: indirizzo del destinatario inesistente.
""",
        report=(
            "delivery-status",
            DSN_FAIL.format(arr="Wed, 25 Nov 2026 10:04:50 +0100", rcpt="francesca.riva@rivacomunicazione.example"),
        ),
        note="Italian bounce",
    ),
    M(
        "automated",
        "nl",
        "Mailer-Daemon <mailer-daemon@smtp.klaproos.example>",
        "Onbestelbaar: Re: Prentenboek Klaproos",
        "2026-10-28 11:20",
        """Je bericht aan pieter@klaproos.example kon niet worden afgeleverd.

De ontvangende server meldde: 550 Mailbox unavailable.
""",
        note="Dutch bounce without multipart/report",
    ),
]
