from lib import M, _hdr
A = "automated"
def dsn(action, status, rcpt, diag, extra=""):
    return f"""Reporting-MTA: dns; mx1.lindqvist.example

Final-Recipient: rfc822; {rcpt}
Action: {action}
Status: {status}
Diagnostic-Code: smtp; {diag}
{extra}"""
def orig(to, subj, date):
    return f"""From: Mara Lindqvist <studio@lindqvist.example>
To: {to}
Subject: {_hdr(subj)}
Date: {date}"""

M(A, "en", "2026-06-07 10:31", "Mail Delivery System <MAILER-DAEMON@mx1.lindqvist.example>", "Undelivered Mail Returned to Sender",
"""This is the mail system at host mx1.lindqvist.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<hannah@tidepool-tea.example>: host mx.tidepool-tea.example said: 550 5.1.1 User unknown""",
  report=("delivery-status", dsn("failed", "5.1.1", "hannah@tidepool-tea.example", "550 5.1.1 User unknown"),
          orig("hannah@tidepool-tea.example", "Re: Logo + labels for a small tea company", "Sun, 7 Jun 2026 10:30:02 +0200")),
  note="DSN bounce; the quoted subject is an inquiry thread")

M(A, "en", "2026-07-11 18:02", "Mail Delivery Subsystem <mailer-daemon@mx1.lindqvist.example>", "Delayed Mail (still being retried)",
"""This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed: rafael@ortiz-coffee.example
Will keep retrying for 4 more days.""",
  report=("delivery-status", dsn("delayed", "4.4.1", "rafael@ortiz-coffee.example", "421 4.4.1 Connection timed out", "Will-Retry-Until: Wed, 15 Jul 2026 18:02:00 +0200\n"),
          orig("rafael@ortiz-coffee.example", "Quote Q-2026-0031 - coffee bags", "Sat, 11 Jul 2026 14:02:00 +0200")),
  note="delayed DSN")

M(A, "en", "2026-08-10 09:00", "Rachel Stone <rachel.stone@acme.example>", "Automatic reply: Pip summer poses - final files",
"""Thank you for your email. I am out of the office until 24 August with limited access to email. For urgent
matters please contact brand@acme.example.

Rachel Stone""", extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")),
  note="out-of-office from an existing client address -> automated")

M(A, "en", "2026-09-01 12:00", "Priya Raman <priya@little-lanterns.example>", "Read: Quote for the bee picture book",
"""This is a receipt for the mail you sent to priya@little-lanterns.example at 01/09/2026 11:40.

This receipt verifies that the message has been displayed on the recipient's computer.""",
  report=("disposition-notification", """Reporting-UA: little-lanterns.example; Mailer 4.2
Final-Recipient: rfc822; priya@little-lanterns.example
Original-Message-ID: <q2026-0040@lindqvist.example>
Disposition: manual-action/MDN-sent-manually; displayed""",
          orig("priya@little-lanterns.example", "Quote for the bee picture book", "Tue, 1 Sep 2026 11:40:00 +0200")),
  note="MDN read receipt")

M(A, "en", "2026-09-30 07:00", "illustrators-list-request@lists.illo-forum.example", "Confirm your subscription to illustrators-list",
"""Mailing list subscription confirmation notice for mailing list illustrators-list

We have received a request for subscription of your email address, studio@lindqvist.example. To confirm,
reply to this message keeping the Subject header intact, or visit https://lists.illo-forum.example/confirm/ab12

If you do not wish to subscribe, please ignore this message.""", extra=(("Precedence", "bulk"), ("List-Id", "<illustrators-list.lists.illo-forum.example>")),
  note="list robot")

M(A, "en", "2026-10-21 16:45", "Spicebox Support <support@helpdesk.spicebox-kitchen.example>", "[Ticket #40213] We've received your request",
"""Hi Mara,

Thanks for contacting Spicebox Kitchen. Your request (#40213) has been received and a member of our team will
get back to you within 2 business days.

This is an automated message, please do not reply.""", extra=(("Auto-Submitted", "auto-replied"),),
  note="helpdesk auto-acknowledgement from a prospect's domain")

M(A, "en", "2026-11-27 03:30", "GitForge <noreply@gitforge.example>", "[GitForge] A new SSH key was added to your account",
"""Hi mara-lindqvist,

A new public SSH key was added to your account:
  ed25519 SHA256:Kq3x...9Zp "studio-mac"

If you did this, you can ignore this email.""", note="account system mail (legit; compare the phishing 'mailbox full')")

M(A, "en", "2027-01-03 05:00", "Domains <no-reply@domainhost.example>", "Your domain lindqvist.example has been renewed",
"""Your domain lindqvist.example has been renewed automatically until 3 January 2028. Amount charged: EUR 14.00
to your card ending 4421. No action needed.""", note="domain renewed: account status mail")

M(A, "en", "2027-03-01 08:00", "Mara's Mailbox <postmaster@lindqvist.example>", "Mailbox almost full",
"""Your mailbox studio@lindqvist.example is 91% full (9.1 GB of 10 GB). Please delete old messages or archive
them. This message was sent automatically.""", note="genuine mailbox-full notice from her own domain")

M(A, "en", "2027-05-18 10:20", "Zoe Fischer <zoe@fischer-events.example>", "Out of office Re: Quote Q-2027-0012 festival posters",
"""I'm on leave until 1 June. Your message has not been forwarded.
Zoe""", extra=(("Auto-Submitted", "auto-replied"),), note="OOO from a prospect")

M(A, "de", "2026-07-24 14:00", "Lektorat Birkenhain <lektorat@birkenhain-verlag.example>", "Abwesenheitsnotiz: KB-2354 Skizzen",
"""Vielen Dank für Ihre Nachricht. Ich bin bis zum 10. August im Urlaub. In dringenden Fällen wenden Sie sich
bitte an verlag@birkenhain-verlag.example.

Ulrike Haas""", extra=(("Auto-Submitted", "auto-replied"),), enc="qp",
  note="OOO from the directory address -> automated")

M(A, "de", "2026-10-05 11:11", "MAILER-DAEMON@mx1.lindqvist.example", "Unzustellbar: Angebot Q-2026-0044",
"""Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: k.vogel@vogel-kaffee.example
Grund: Postfach voll (552 5.2.2)""",
  report=("delivery-status", dsn("failed", "5.2.2", "k.vogel@vogel-kaffee.example", "552 5.2.2 Mailbox full"),
          orig("k.vogel@vogel-kaffee.example", "Angebot Q-2026-0044", "Mon, 5 Oct 2026 11:10:00 +0200")),
  enc="8bit", note="German DSN")

M(A, "de", "2026-12-15 06:00", "Meine Bank <noreply@meinebank-online.example>", "Neues Dokument in Ihrem Postfach",
"""Guten Tag,

in Ihrem Online-Postfach liegt ein neues Dokument (Kontoauszug November) für Sie bereit. Bitte melden Sie
sich wie gewohnt in der App an. Diese E-Mail wurde automatisch erstellt.""",
  note="bank document waiting; no link, no business info")

M(A, "de", "2027-04-02 09:30", "Jana Petersen <j.petersen@museum-am-ufer.example>", "Gelesen: Rechnung LS-2027-019",
"""Ihre Nachricht wurde am 02.04.2027 09:29 gelesen.""",
  report=("disposition-notification", """Reporting-UA: museum-am-ufer.example; Outlook
Final-Recipient: rfc822; j.petersen@museum-am-ufer.example
Original-Message-ID: <ls2027019@lindqvist.example>
Disposition: manual-action/MDN-sent-manually; displayed""",
          orig("j.petersen@museum-am-ufer.example", "Rechnung LS-2027-019", "Fri, 2 Apr 2027 08:00:00 +0200")),
  enc="8bit", note="MDN from a client address -> automated")

M(A, "fr", "2026-08-03 09:00", "Camille Girard <camille@girard-confitures.example>", "Réponse automatique : Devis étiquettes",
"""Bonjour, je suis en congés jusqu'au 24 août. Je vous répondrai à mon retour. Camille""",
  extra=(("Auto-Submitted", "auto-replied"),), note="OOO")

M(A, "fr", "2026-11-23 10:15", "Support Ondes <support@festival-ondes.example>", "Accusé de réception de votre demande #5521",
"""Bonjour, nous avons bien reçu votre message. Notre équipe vous répondra sous 48 h. Ceci est un message automatique.""",
  extra=(("Auto-Submitted", "auto-replied"),), note="helpdesk auto-ack")

M(A, "fr", "2027-02-20 13:40", "MAILER-DAEMON@mx1.lindqvist.example", "Échec de la remise du message",
"""Votre message n'a pas pu être remis à claire@fontaine-the.example : adresse introuvable.""",
  report=("delivery-status", dsn("failed", "5.1.2", "claire@fontaine-the.example", "550 5.1.2 Host unknown"),
          orig("claire@fontaine-the.example", "Devis boîtes de thé", "Sat, 20 Feb 2027 13:39:00 +0100")),
  enc="8bit", note="French DSN")

M(A, "es", "2026-09-11 08:30", "Lucía Fernández <lucia@fernandez-cafe.example>", "Respuesta automática: Presupuesto logotipo",
"""Estoy de vacaciones hasta el 21 de septiembre. Responderé a tu correo a mi vuelta. Lucía""",
  extra=(("Auto-Submitted", "auto-replied"),), note="OOO")

M(A, "es", "2027-04-19 12:00", "Lista Ilustradores <lista-bounces@ilustradores-madrid.example>", "Recordatorio mensual de la lista",
"""Este es un recordatorio mensual sobre su suscripción a la lista ilustradores@ilustradores-madrid.example.
Su contraseña de la lista es visible en la web de gestión.""", extra=(("Precedence", "list"),),
  note="list robot reminder")

M(A, "it", "2026-10-09 10:00", "Giulia Rossi <giulia@rossi-pasta.example>", "Risposta automatica: Preventivo confezioni",
"""Sono fuori ufficio fino al 19 ottobre. Per urgenze: info@rossi-pasta.example. Giulia""",
  extra=(("Auto-Submitted", "auto-replied"),), note="OOO")

M(A, "it", "2027-03-15 07:30", "Archivio Cloud <noreply@cloudarchivio.example>", "Spazio di archiviazione quasi esaurito",
"""Il tuo spazio di archiviazione è al 95%. Questa è una notifica automatica del sistema.""", note="account status")

M(A, "nl", "2026-07-07 15:00", "Sanne de Vries <sanne@devries-koffie.example>", "Afwezig: Offerte logo",
"""Ik ben afwezig tot en met 20 juli. Uw bericht wordt niet doorgestuurd. Sanne""",
  extra=(("Auto-Submitted", "auto-replied"),), note="OOO")

M(A, "nl", "2026-12-21 09:45", "Postmaster <postmaster@mx1.lindqvist.example>", "Vertraagde bezorging",
"""Uw bericht aan pieter@jansen-uitgeverij.example is nog niet bezorgd. We blijven het proberen.""",
  report=("delivery-status", dsn("delayed", "4.2.0", "pieter@jansen-uitgeverij.example", "451 4.2.0 Try again later"),
          orig("pieter@jansen-uitgeverij.example", "Offerte prentenboek", "Mon, 21 Dec 2026 05:45:00 +0100")),
  note="Dutch delayed DSN")

M(A, "nl", "2027-06-25 11:30", "Bram de Jong <bram@dejong-speelgoed.example>", "Gelezen: Offerte mascotte",
"""Uw bericht is gelezen op 25-06-2027 11:29.""",
  report=("disposition-notification", """Reporting-UA: dejong-speelgoed.example; Mail
Final-Recipient: rfc822; bram@dejong-speelgoed.example
Original-Message-ID: <q2027-0051@lindqvist.example>
Disposition: manual-action/MDN-sent-manually; displayed""",
          orig("bram@dejong-speelgoed.example", "Offerte mascotte", "Fri, 25 Jun 2027 09:00:00 +0200")),
  note="Dutch MDN")
