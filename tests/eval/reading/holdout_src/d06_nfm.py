from lib import M
N = "not_for_me"
M(N, "en", "2026-06-02 09:00", "Laura Jennings <laura.jennings@corvid-foods.example>", "Kickoff: packaging refresh - agenda for Thursday",
"""Hi all,

Ahead of Thursday's kickoff for the packaging refresh (8 SKUs, launch Q1), here's the agenda:
1. Scope and timeline (Mark)
2. Budget - we have 45k approved
3. Agency shortlist

Mara, can you book the big room?

Laura""", to=["Mark Hughes <mark.hughes@corvid-foods.example>", "Mara Lind <mara.lind@corvid-foods.example>"],
  cc="Mara Lindqvist <studio@lindqvist.example>",
  note="internal kickoff; wrong Mara in CC; has SKUs, budget and a timeline")

M(N, "en", "2026-06-16 17:30", "Finance Approvals <approvals@halden-group.example>", "APPROVED: Q3 brand budget (PO 77812)",
"""Your budget request has been approved.

Request: Q3 brand refresh - logo and packaging
Amount: EUR 28,000
Approver: C. Halden
PO number: 77812

Please attach the PO to all supplier invoices.""", to="m.lindqvist@halden-group.example",
  note="budget approval for someone else; contains logo/packaging and an amount")

M(N, "en", "2026-07-02 11:15", "People Team <people@brightwave.example>", "Your onboarding schedule - week 1",
"""Hi Mara,

Welcome to Brightwave! Here's your onboarding schedule for week 1. Your laptop will be ready at reception on
Monday 9am. Please bring your ID and tax number.

People Team""", note="HR onboarding for another Mara")

M(N, "en", "2026-07-15 14:20", "Daniel Cho <daniel.cho@ferro-partners.example>", "per our call",
"""Mara,

Per our call this morning - attaching the revised term sheet. Let's aim to sign by Friday. The board wants
the brand workstream folded into the main budget.

Best,
Daniel""", note="'per our call' to the wrong recipient; mentions brand and budget")

M(N, "en", "2026-07-29 08:00", "Penstroke Supplies <orders@penstroke.example>", "Your order #PS-44821 - invoice",
"""Hi Mara,

Thanks for your order! Invoice attached.

1 x Wacom pen nibs (pack of 10)      EUR 14.90
2 x Arches watercolour block A4      EUR 61.80
Shipping                             EUR 4.90
Total                                EUR 81.60 (paid by card)

Penstroke Art Supplies""", note="invoice for her own purchase (already paid)")

M(N, "en", "2026-08-06 07:30", "The Illustrators' Letter <letter@illo-letter.example>", "This week: pricing picture books, and a new risograph studio",
"""THE ILLUSTRATORS' LETTER - issue 212

* How to price a picture book in 2026 (spoiler: per spread)
* Poster calls: three festivals looking for artists
* New riso studio opens in Leipzig

You're receiving this because you subscribed at illo-letter.example. Unsubscribe: https://illo-letter.example/u""",
  html=True, note="newsletter with calls for posters")

M(N, "en", "2026-08-21 20:15", "Astrid Lindqvist <astrid.lindqvist@famlj.example>", "Mormor's birthday",
"""Hej Mara,

Don't forget mormor turns 90 on the 4th! We're doing lunch at hers. Could you draw her a card? She still has
the one with the cat you did when you were eight.

Kram, Astrid""", note="personal mail from family; 'draw her a card' is not a commission")

M(N, "en", "2026-09-04 10:10", "Stripe <notifications@stripe-payments.example>", "Payment received: EUR 2,380.00 from Hollow Oak Press",
"""You received a payment of EUR 2,380.00 from Hollow Oak Press.
Invoice: LS-2026-052
Payout expected: 8 Sep 2026

View in dashboard: https://dashboard.stripe-payments.example/p/89123""", note="payment notification (business event)")

M(N, "en", "2026-09-18 13:00", "Jules Park <jules@jules-park-illustration.example>", "studio share + riso day?",
"""Hey Mara!

Fancy a riso printing day at the community studio next Saturday? Also, I'm subletting my desk in the
Wedding studio for October, if you know anyone.

Jules""", note="colleague, no commission")

M(N, "en", "2026-10-02 09:45", "Calendar <calendar-noreply@calendarapp.example>", "Invitation: Call with Nordlicht Coffee @ Tue 6 Oct 2026 11:00 (CEST)",
"""You have been invited to the following event.

Call with Nordlicht Coffee
When: Tue 6 Oct 2026 11:00 - 11:30 (CEST)
Who: studio@lindqvist.example, jonas@nordlicht-coffee.example

Accept / Decline: https://calendarapp.example/e/771""", note="calendar invitation = business event notification")

M(N, "en", "2026-10-16 15:30", "DHL Express <noreply@dhl-tracking.example>", "Your parcel is on its way",
"""Your shipment 0034 5592 1188 from Risograph Berlin is on its way and will be delivered tomorrow between
10:00 and 14:00.

Track: https://dhl-tracking.example/t/0034559211""", note="shipping notification")

M(N, "en", "2026-11-06 11:05", "Printworks Berlin <jobs@printworks-berlin.example>", "Job confirmation #PW-9921: 50 x A2 screenprint",
"""Hi Mara,

Confirming your print job:
50 x A2 screenprint, 3 colours, Munken Pure 300g
Files received: OK
Ready for pickup: 13 November

Printworks Berlin""", note="printer confirming her job; '50 x A2' is not a request to her")

M(N, "en", "2026-11-20 16:40", "Sven Ekdahl <sven@ekdahl-tax.example>", "Q3 VAT return - documents needed",
"""Hi Mara,

for your Q3 VAT return I still need the receipts for September and the Hollow Oak invoice. Could you upload
them by 30 November?

Sven Ekdahl
Ekdahl Steuerberatung""", note="tax advisor; has a date that is not a client deadline")

M(N, "en", "2026-12-11 09:00", "Rosa Mendes <rosa.mendes@kilnworks.example>", "Meeting notes - brand sync 10 Dec",
"""Notes from yesterday's brand sync:

- Logo: option B approved, Mara to send final files (Mara = Mara Okonkwo, our in-house designer)
- Packaging: 3 SKUs delayed to February
- Next sync: 17 Dec

Rosa""", note="internal meeting notes sent to the wrong Mara")

M(N, "en", "2027-01-08 12:30", "Ben Harlow <ben.harlow@harlow-press.example>", "Re: Re: panel at the illustration fair",
"""Hi Mara,

Great, you're confirmed for the panel "Drawing for children" on 6 March, 14:00. We cover travel and
one night in the hotel. Fee for panellists is 250 EUR.

Ben

> Sounds lovely, count me in.
> Mara""", note="collaborator/event organiser; a fee for a panel, not a design service")

M(N, "en", "2027-02-12 18:00", "Nina Okoro <nina.okoro@friendmail.example>", "dinner saturday?",
"""mara!!! are you still free saturday? thinking that ramen place in wedding. 8pm? bring leo if he's around x""",
  note="personal")

M(N, "en", "2027-03-12 10:00", "Creative Guild Berlin <members@creative-guild.example>", "Members' newsletter - March",
"""Creative Guild Berlin - March

- Workshop: contracts for freelancers (24 March)
- Portfolio review evening
- Member spotlight: Mara Lindqvist's Hafen Festival posters

Manage your subscription: https://creative-guild.example/prefs""", html=True, enc="qp", note="newsletter mentions her")

M(N, "en", "2027-04-09 08:15", "PayPal <service@paypal-mail.example>", "You've got money",
"""Zeitgeist Magazin sent you EUR 475.00.

Note: Invoice LS-2027-011 illustration

Transaction ID: 8GH12345XY""", note="payment notification; domain is an .example stand-in")

M(N, "en", "2027-05-14 13:45", "Harbour Coworking <bookings@harbour-cowork.example>", "Booking confirmed: Meeting room B, 20 May",
"""Your booking is confirmed.
Meeting room B - Thu 20 May 2027, 10:00-12:00
Booked by: Mara Lindqvist""", note="booking confirmation")

M(N, "en", "2027-06-18 17:05", "Greta Holm <greta.holm@corvid-foods.example>", "FW: invoice approval needed - Lindqvist Studio?",
"""Mara - is this you? I think finance forwarded this to the wrong Mara again. Ignore if not.

---------- Forwarded message ---------
From: AP Corvid <ap@corvid-foods.example>
Subject: invoice approval needed

Please approve invoice INV-5521 from Studio Rhein (packaging design, EUR 6,200).""",
  note="forwarded corporate approval about another studio's invoice")

M(N, "de", "2026-06-10 09:30", "Petra Lorenz <p.lorenz@stadtwerke-halle.example>", "Kick-off Relaunch Kundenmagazin – Protokoll",
"""Hallo zusammen,

anbei das Protokoll vom Kick-off:
- Relaunch Kundenmagazin, 4 Ausgaben pro Jahr
- Illustrationen: Ausschreibung bis 30.06.
- Budget 2027: 60.000 € freigegeben

Viele Grüße
Petra""", to="Mara Lindner <m.lindner@stadtwerke-halle.example>", cc="studio@lindqvist.example",
  enc="qp", note="internal minutes; wrong CC")

M(N, "de", "2026-07-22 08:45", "Personalabteilung <personal@nordbank.example>", "Ihre Gehaltsabrechnung Juli",
"""Sehr geehrte Frau Lindqvist,

Ihre Gehaltsabrechnung für Juli steht im Mitarbeiterportal bereit.

Ihre Personalabteilung""", note="HR mail for a different person")

M(N, "de", "2026-08-14 11:00", "Steuerbüro Kramer <kanzlei@kramer-steuer.example>", "Umsatzsteuer-Voranmeldung Juli",
"""Hallo Frau Lindqvist,

die Voranmeldung für Juli ist übermittelt. Zahllast: 1.243,17 €, Abbuchung am 10.09.

Mit freundlichen Grüßen
Steuerbüro Kramer""", enc="8bit", note="tax advisor")

M(N, "de", "2026-09-25 14:10", "Druckerei Heller <auftrag@druckerei-heller.example>", "Auftragsbestätigung 2026-1188",
"""Guten Tag Frau Lindqvist,

wir bestätigen Ihren Auftrag:
200 Postkarten A6, 4/4-farbig, 350 g Bilderdruck
Liefertermin: 2. Oktober 2026

Druckerei Heller""", note="printer confirming her order")

M(N, "de", "2026-10-27 19:00", "Oma Ingeborg <ingeborg.b@senioren-mail.example>", "Weihnachten",
"""Liebe Mara,

kommst du Weihnachten nach Lübeck? Bring bitte die schönen Bilder mit, die du für das Buch gemalt hast.

Deine Oma""", note="personal")

M(N, "de", "2026-11-30 09:20", "Kalender <kalender@kalender-dienst.example>", "Einladung: Abstimmung Museum am Ufer – Do 3. Dez. 10:00",
"""Sie wurden zu folgendem Termin eingeladen:

Abstimmung Ausstellungsidentität
Do 3. Dez. 2026, 10:00–11:00
Ort: Museum am Ufer, Raum 2.04
Teilnehmer: s.adler@museum-am-ufer.example, studio@lindqvist.example""",
  note="calendar tool notification about a client meeting; not from the client domain")

M(N, "de", "2027-01-19 10:40", "Verena Koch <verena.koch@koch-grafik.example>", "Ateliergemeinschaft – Nebenkosten",
"""Hi Mara,

die Nebenkostenabrechnung fürs Atelier ist da: auf jede von uns entfallen 186,40 €. Kannst du bis Monatsende
überweisen?

Verena""", note="studio-mate")

M(N, "de", "2027-02-23 07:50", "Bahn Buchung <buchung@bahn-tickets.example>", "Ihre Buchung: Berlin – Leipzig, 14.03.2027",
"""Vielen Dank für Ihre Buchung.
Berlin Hbf 08:28 – Leipzig Hbf 09:42, Sitzplatz 63
Auftragsnummer: X7Q2LM""", note="booking confirmation")

M(N, "de", "2027-04-15 16:00", "Illustratoren Organisation <info@io-verband.example>", "IO-Newsletter April: Honorarumfrage 2027",
"""Liebe Mitglieder,

die Honorarumfrage 2027 ist online. Außerdem: Musterverträge für Bilderbuch-Illustration aktualisiert.

Abmelden: https://io-verband.example/abmelden""", html=True, note="newsletter")

M(N, "de", "2027-06-03 12:25", "Frank Wendt <frank.wendt@wendt-holding.example>", "wie telefonisch besprochen",
"""Hallo Mara,

wie telefonisch besprochen, hier die Unterlagen für die Aufsichtsratssitzung. Bitte bis Montag an alle
verteilen.

Frank""", note="'wie telefonisch besprochen' to the wrong person")

M(N, "fr", "2026-06-24 10:30", "Sandrine Picard <s.picard@groupe-alba.example>", "Compte rendu réunion marketing",
"""Bonjour à tous,

Voici le compte rendu de la réunion :
- nouveau logo : validation par la direction le 15/07
- budget packaging : 30 k€ accordés

Sandrine""", to="mara.lefort@groupe-alba.example", note="internal notes to wrong Mara")

M(N, "fr", "2026-08-25 09:15", "Librairie du Canal <commandes@librairie-canal.example>", "Votre commande est prête",
"""Bonjour Mara,

Votre commande (2 livres) est disponible en retrait à la librairie.

Librairie du Canal""", note="her own purchase")

M(N, "fr", "2026-10-13 18:30", "Chloé Vidal <chloe.vidal@amis-mail.example>", "Ton anniversaire !",
"""Coucou Mara, on fête ton anniversaire samedi chez moi, apporte juste toi-même ! Bises, Chloé""", note="personal")

M(N, "fr", "2026-12-07 11:45", "Salon du Livre Jeunesse <info@salon-jeunesse.example>", "Lettre d'information – décembre",
"""Salon du Livre Jeunesse – décembre

Appel à illustrateurs pour l'affiche 2027 : dépôt des candidatures avant le 15 janvier.

Se désabonner : https://salon-jeunesse.example/desabo""", html=True, enc="qp", note="newsletter with an open call, not a request to her")

M(N, "fr", "2027-02-04 14:00", "Anaïs Roy <anais@roy-illustration.example>", "Collab ?",
"""Salut Mara ! On fait un fanzine collectif sur le thème de la mer, chacun fait une page, pas payé mais
sympa. Tu en es ?

Anaïs""", enc="8bit", note="colleague's unpaid collective zine")

M(N, "fr", "2027-03-22 10:10", "RH Groupe Sorel <rh@groupe-sorel.example>", "Entretien annuel",
"""Bonjour Mara,

Votre entretien annuel est planifié le 2 avril à 14h avec votre manager.

Service RH""", note="HR, wrong person")

M(N, "fr", "2027-05-28 09:00", "Imprimerie Martin <devis@imprimerie-martin.example>", "Confirmation de votre commande",
"""Bonjour Madame Lindqvist,

Nous confirmons l'impression de 100 affiches A2 pour votre exposition. Livraison le 4 juin.

Imprimerie Martin""", note="printer confirmation")

M(N, "es", "2026-07-10 12:00", "Elena Suárez <elena.suarez@grupo-iris.example>", "Reunión de lanzamiento – notas",
"""Hola equipo:

Notas de la reunión de lanzamiento: el nuevo envase sale en marzo, presupuesto aprobado 20.000 €.
Mara, ¿puedes reservar la sala?

Elena""", to="mara.s@grupo-iris.example", note="internal")

M(N, "es", "2026-09-30 09:30", "Pedidos Papelería Sol <pedidos@papeleria-sol.example>", "Factura de su pedido",
"""Gracias por su compra. Factura F-2026-889: 3 cuadernos de acuarela, 42,00 € (pagado).""", note="own purchase")

M(N, "es", "2027-01-26 20:00", "Pilar <pilar.lindqvist@familia.example>", "fotos de navidad",
"""Hola Mara, aquí te mando las fotos de Navidad. ¡Besos a Leo! Tía Pilar""", note="personal")

M(N, "es", "2027-04-30 10:20", "Ilustradores Madrid <boletin@ilustradores-madrid.example>", "Boletín de mayo",
"""Boletín de mayo: taller de serigrafía, convocatoria de carteles y nuevas tarifas orientativas.

Darse de baja: https://ilustradores-madrid.example/baja""", html=True, note="newsletter")

M(N, "it", "2026-07-30 11:30", "Ufficio Personale <hr@gruppo-vela.example>", "Ferie estive",
"""Gentile Mara,

ti ricordiamo di inserire le ferie estive nel portale entro venerdì.

Ufficio Personale""", note="HR, wrong person")

M(N, "it", "2026-10-22 15:15", "Tipografia Gialla <ordini@tipografia-gialla.example>", "Conferma ordine stampa",
"""Buongiorno, confermiamo la stampa di 300 cartoline. Consegna prevista: 29 ottobre. Tipografia Gialla""",
  note="printer confirmation")

M(N, "it", "2027-02-15 09:40", "Giorgio Sala <giorgio.sala@sala-consulting.example>", "come d'accordo al telefono",
"""Ciao Mara, come d'accordo al telefono ti mando la bozza del contratto di affitto. Fammi sapere. Giorgio""",
  note="'as agreed on the phone', unrelated to her work")

M(N, "it", "2027-05-20 18:00", "Bea <bea.f@amici-mail.example>", "Berlino a giugno!",
"""Mara!! Vengo a Berlino a giugno, ci vediamo? Ti porto il caffè buono. Bea""", note="personal")

M(N, "nl", "2026-08-04 10:00", "Mollie Betalingen <noreply@mollie-pay.example>", "Betaling ontvangen",
"""U heeft een betaling ontvangen van € 950,00 van Hafen Festival e.V. Uitbetaling op 6 augustus.""",
  note="payment notification")

M(N, "nl", "2026-11-11 13:20", "Anouk Meijer <anouk.meijer@deltagroep.example>", "Kick-off nieuwe huisstijl",
"""Hoi allemaal,

Morgen kick-off van de nieuwe huisstijl. Budget is goedgekeurd (€ 35.000). Mara, neem jij de notulen?

Anouk""", to="mara.dekker@deltagroep.example", cc="studio@lindqvist.example", note="internal kickoff, wrong CC")

M(N, "nl", "2027-03-31 08:30", "Tekenclub Amsterdam <nieuws@tekenclub.example>", "Nieuwsbrief april",
"""Nieuwsbrief april: modeltekenen op dinsdag, expositie in mei.

Afmelden: https://tekenclub.example/afmelden""", html=True, note="newsletter")
