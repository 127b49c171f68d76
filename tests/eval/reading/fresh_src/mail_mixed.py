"""Top-up mails in de, fr, es, it, nl: mixed-language threads, newsletters, calendars, receipts, hand-written."""
from spec import mail

# --- German ---
mail("inquiry", "de", "Thomas Aebi <thomas.aebi@aebi-kaese.example>", "Fwd: Chäsi Aebi - packaging",
     "2027-01-19 10:15", """Grüezi Frau Lindqvist

Unsere Agentur in Zürich hat uns abgesagt, unten die Mail. Könnten Sie die Verpackung für unseren Bergkäse
übernehmen? Es ist eine Schachtel. Termin wie unten, Budget hätten wir CHF 2'500.

Freundliche Grüsse
Thomas Aebi

---------- Forwarded message ---------
From: Lisa Kern <lisa@kern-agency.example>
Subject: Re: Chäsi Aebi - packaging
Dear Thomas, unfortunately we can't take the cheese box project before your deadline of 15 March. Sorry!
""", services=["packaging"], q={"packaging": 1}, deadline="2027-03-15", budget="2500 CHF",
     note="Swiss German quoting an English thread; deadline only in the quote; 'eine Schachtel'")

mail("inquiry", "de", "Carla Jung <carla@jung-kaffeebar.example>", "Logo + Becher",
     "2027-01-20 18:30", """Hi Mara,

für meine Kaffeebar in Leipzig hätte ich gern ein Logo und ein Design für die Pappbecher. Zweitausend Euro
kann ich dafür ausgeben. Bis Ostern wäre super.

Carla""", services=["logo", "packaging"], q={"logo": 1, "packaging": 1}, deadline="2027-03-28", budget="2000 EUR",
     note="budget in words; 'bis Ostern' (28 March 2027); cup design as packaging, no count")

mail("not_for_me", "de", "Kalender <kalender@posteo-kalender.example>", "Einladung: Abstimmung Flussbuch-Druck, Mi 20. Jan 2027 11:00",
     "2027-01-15 09:00", """Petra Lenz hat Sie zu einem Termin eingeladen.

Abstimmung Flussbuch-Druck
Mittwoch, 20. Januar 2027, 11:00-11:45 (MEZ)
Ort: Videokonferenz

Annehmen - Vielleicht - Ablehnen""", note="calendar invitation (tool), about a client's book")

mail("not_for_me", "de", "Page Magazin <redaktion@page-newsletter.example>", "PAGE Weekly: Verpackungstrends 2027",
     "2027-01-21 07:00", """PAGE WEEKLY

+ Verpackungstrends 2027: Zurück zur Handzeichnung
+ Plakat der Woche: Siebdruck für das Jazzfest Bremen
+ Wettbewerb: Gestalten Sie das Logo für den Tag des Buches (Einsendeschluss 1. März)

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden""",
     note="newsletter without List-Id; contest call is not a request to Mara")

mail("automated", "de", "Lena Sommer <lena@sommer-grafik.example>", "Lesebestätigung: Anfrage Zusammenarbeit",
     "2027-01-22 10:00", None, report=dict(type="disposition-notification", ua="Thunderbird 128",
     rcpt="lena@sommer-grafik.example", orig_id="<lena-2027@lindqvist.example>",
     disposition="manual-action/MDN-sent-manually; displayed",
     text="Dies ist eine Lesebestätigung für Ihre Nachricht an lena@sommer-grafik.example.\n\nHinweis: Die Lesebestätigung bedeutet nur, dass die Nachricht angezeigt wurde.\n"),
     note="read receipt in German")

# --- French ---
mail("inquiry", "fr", "Amandine Claes <amandine@brasserie-claes.example>", "Re: affiche + étiquettes (suite de notre échange)",
     "2027-01-25 11:00", """Bonjour Mara,

Comme convenu au téléphone, voici le résumé : deux étiquettes pour nos bières de saison et une affiche pour
la fête du houblon. Délai : pour la fin du mois prochain. Budget : quatre mille euros.

> Le 22 janv. 2027, Kurt Claes a écrit :
> Amandine, n'oublie pas de lui dire que l'affiche est pour Poperinge, pas Bruxelles.

Amandine""", services=["packaging", "poster"], q={"packaging": 2, "poster": 1}, deadline="2027-02-28",
     budget="4000 EUR", note="Belgian; 'fin du mois prochain' from January; budget in words; 'as agreed on the phone' but new sender")

mail("not_for_me", "fr", "Étapes Magazine <lettre@etapes-magazine.example>", "La lettre d'Étapes : spécial affiches",
     "2027-01-26 07:30", """LA LETTRE D'ÉTAPES - n° 318

- Spécial affiches : dix ans de sérigraphie à Chaumont
- Portrait : une illustratrice jeunesse à Nantes
- Offres d'emploi : directeur artistique (H/F), Paris

Se désinscrire""", note="newsletter without List-Id")

mail("not_for_me", "fr", "Calendrier Zoho <agenda@zoho-calendar.example>", "Invitation : Point étiquettes Cidrerie Marchand - jeu. 28 janv. 10:00",
     "2027-01-25 15:00", """Élodie Marchand vous invite à un événement.

Point étiquettes - tirage 2027
jeudi 28 janvier 2027, 10:00 - 10:30 (heure de Paris)

Accepter | Peut-être | Refuser""", note="calendar invitation in French")

mail("automated", "fr", "Claire Fontaine <claire@revue-lisiere.example>", "Accusé de lecture : Illustration loups",
     "2026-11-06 09:00", None, report=dict(type="disposition-notification", ua="Outlook 16.0",
     rcpt="claire@revue-lisiere.example", orig_id="<lisiere-loups@lindqvist.example>",
     text="Votre message a été lu le 06/11/2026 09:00.\n"), note="read receipt in French")

# --- Spanish ---
mail("inquiry", "es", "Sebastián Quiroga <seba@quiroga-vinos.example>", "etiquetas vino - Mendoza",
     "2027-01-27 21:00", """Hola Mara, qué tal? Te escribo desde Mendoza. Tenemos una bodega chica y queremos etiquetas
para tres vinos: malbec, bonarda y un torrontés. La cosecha es en marzo pero las etiquetas las necesitamos
recién para el 30 de junio. Te podemos pagar US$ 2.700.

Saludos!
Seba""", services=["packaging"], q={"packaging": 3}, deadline="2027-06-30", budget="2700 USD",
     note="Argentine Spanish; harvest date vs delivery")

mail("inquiry", "es", "Lorena Díaz <lorena@diaz-panaderia.example>", "Re: cotización",
     "2027-01-28 08:45", """Buenos días Mara,

Perdón, en mi correo anterior no puse los datos. Somos una panadería en Guadalajara y queremos un
personaje (un bolillo con sombrero) y un cartel para la reapertura. Para el personaje tenemos 40,000 pesos y
para el cartel 10,000. La reapertura es el 15 de marzo, necesitamos todo una semana antes.

Lorena""", services=["mascot", "poster"], q={"poster": 1, "mascot": 1}, deadline="2027-03-08", budget="50000 MXN",
     note="Mexican number format; two figures summed; 'una semana antes'")

mail("not_for_me", "es", "Ilustradores Asociados <boletin@ilustradores-asociados.example>", "Boletín de enero: tarifas orientativas 2027",
     "2027-01-29 07:00", """BOLETÍN DE ENERO

- Publicamos las tarifas orientativas 2027 para libro infantil y cartel
- Taller: cómo negociar derechos de autor
- Convocatoria: cartel del Día del Libro

Para darte de baja, responde BAJA.""", note="association newsletter mentioning rates")

mail("not_for_me", "es", "Mercado Pago <notificaciones@mercadopago.example>", "Recibiste un pago",
     "2027-02-02 10:00", """Recibiste un pago de US$ 1.350 de Bodega Quiroga.
Concepto: anticipo 50 % etiquetas.""", note="payment received (deposit)", headers=[("Auto-Submitted", "auto-generated")])

mail("automated", "es", "Camila Rojas <camila@rojas-chocolates.example>", "Confirmación de lectura: Re: Hola! mascota?",
     "2026-11-12 16:00", None, report=dict(type="disposition-notification", ua="Gmail",
     rcpt="camila@rojas-chocolates.example", orig_id="<rojas-mascota@lindqvist.example>",
     text="Este es un acuse de recibo del mensaje que enviaste a camila@rojas-chocolates.example.\n"),
     note="read receipt in Spanish")

# --- Italian ---
mail("inquiry", "it", "Federica Monti <federica@monti-olio.example>", "Quotation request / richiesta preventivo",
     "2027-02-03 10:00", """Dear Mara, scusi il mio inglese, continuo in italiano.

Siamo un frantoio in Puglia. Ci serve l'etichetta per il nostro olio nuovo e una scatola regalo da tre
bottiglie: quindi due progetti. Entro fine aprile. Budget 3.000 euro + IVA.

Grazie mille,
Federica""", services=["packaging"], q={"packaging": 2}, deadline="2027-04-30", budget="3000 EUR",
     note="starts in English, continues in Italian; '+ IVA' net budget")

mail("inquiry", "it", "Giacomo Serra <giacomo@serra-fumetti.example>", "personaggio per fumetteria",
     "2027-02-04 19:00", """ciao mara, ho una fumetteria a torino e vorrei una mascotte, un gatto nerd con gli occhiali. niente
fretta. ho visto che fai anche le pose... magari dopo. budget tipo 2000

giacomo""", services=["mascot"], q={"mascot": 1}, deadline=None, budget="2000 EUR",
     note="'tipo 2000' is a stated figure; poses 'magari dopo' not asked")

mail("not_for_me", "it", "Google Calendar <calendar-notification@google.example>", "Invito: Revisione bozze Cantina Bianchi - ven 5 feb 2027 15:00",
     "2027-02-01 09:00", """Giulia Bianchi ti ha invitato a un evento.

Revisione bozze etichette
venerdì 5 febbraio 2027, 15:00 - 15:30 (Ora dell'Europa centrale)

Partecipi? Sì - Forse - No""", note="calendar invitation in Italian")

mail("not_for_me", "it", "Laura Vitale <laura@vitale-illustra.example>", "fwd: bando manifesto",
     "2027-02-05 12:00", """Ciao Mara, ti giro questo bando per il manifesto del festival di Pordenone, magari ti interessa!
Scade il 15 marzo. Un abbraccio, Laura

> Bando: il festival cerca un'illustratrice per il manifesto 2027, compenso 1.500 €.""",
     note="colleague forwarding an open call; not a commission")

mail("automated", "it", "Matteo Galli <matteo@galli-birra.example>", "Fuori sede: Re: Lattine + manifesto",
     "2026-11-20 09:00", """Ciao, sono al Beer Attraction di Rimini fino al 24 novembre. Rispondo al rientro. Matteo""",
     note="out-of-office without auto headers")

# --- Dutch ---
mail("inquiry", "nl", "Hanneke Bos <hanneke@bos-bakkerij.example>", "Fwd: logo & verpakking (English below)",
     "2027-02-08 09:30", """Hoi Mara,

Zie hieronder de mail van onze Engelse partner. Wij willen graag een nieuw logo en de verpakking voor onze
stroopwafels (één doos). Graag binnen zes weken. Budget € 3.500.

Groet, Hanneke

---------- Forwarded message ---------
From: James Reid <james@reid-imports.example>
Hanneke, the UK stores need the new stroopwafel box in shelves by April, so please get the design sorted.
""", services=["logo", "packaging"], q={"packaging": 1, "logo": 1}, deadline="+42d", budget="3500 EUR",
     note="Dutch with forwarded English; 'binnen zes weken'")

mail("inquiry", "nl", "Jeroen Wuyts <jeroen@wuyts-festival.example>", "affiche + mascotte festival",
     "2027-02-09 14:00", """Dag Mara,

Voor ons zomerfestival in Hasselt zoeken we een mascotte (een vrolijke mol) en twee affiches. Het festival
is eind juli; we hebben de affiches nodig tegen 1 mei en de mascotte liefst nog vroeger. Budget: 4.200 euro,
alles inbegrepen.

Groetjes,
Jeroen""", services=["mascot", "poster"], q={"poster": 2, "mascot": 1}, deadline="2027-05-01", budget="4200 EUR",
     note="Flemish; festival date is the event")

mail("not_for_me", "nl", "Frankwatching <nieuwsbrief@frankwatching-mail.example>", "Deze week: branding voor kleine ondernemers",
     "2027-02-10 07:00", """NIEUWSBRIEF

* Branding voor kleine ondernemers: zo pak je je huisstijl aan
* Zeefdruk is terug
* Vacature: grafisch ontwerper (32 uur)

Afmelden""", note="newsletter without List-Id")

mail("not_for_me", "nl", "Moneybird <noreply@moneybird.example>", "Factuur 2027-006 is betaald",
     "2027-02-11 06:00", """Goed nieuws! Factuur 2027-006 aan Theater De Kade (€ 2.400,00) is betaald.""",
     note="invoice paid notification", headers=[("Auto-Submitted", "auto-generated")])

mail("automated", "nl", "Martijn Hendriks <martijn@hendriks-theater.example>", "Gelezen: Offerte affiches",
     "2026-11-23 11:00", None, report=dict(type="disposition-notification", ua="Apple Mail",
     rcpt="martijn@hendriks-theater.example", orig_id="<kade-offerte@lindqvist.example>",
     text="Uw bericht aan martijn@hendriks-theater.example is gelezen.\n"), note="read receipt in Dutch")

mail("sales_phishing", "nl", "Behance Team <no-reply@behance-support.example>", "Je project is gerapporteerd",
     "2027-02-12 04:00", """Hoi Mara, je project "Kaasetiketten" is gemeld wegens auteursrechtschending. Log binnen 24 uur in om
bezwaar te maken, anders wordt je account verwijderd: http://behance-support.example/login""",
     note="fake platform message in Dutch")

mail("existing_client", "nl", "Daan Vermeer <daan.vermeer@acme.example>", "Factuur stickers",
     "2027-01-04 10:00", """Hoi Mara, de factuur voor de stickers is goedgekeurd en wordt deze week betaald. Fijne jaarstart!
Daan""", asks=False, note="invoice status")
