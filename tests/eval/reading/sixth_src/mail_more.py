"""Mixed batch: short mail, mixed languages, forwards and long threads (sixth blind set)."""

# ruff: noqa: E501 (hand-typed texts keep their own line lengths)

from items import mail

# --- inquiries -------------------------------------------------------------------------------------------
mail(
    "inquiry",
    "en",
    "Greta Holm <greta.holm@holmandhavn.example>",
    "Fwd: packaging for the new range",
    "2027-01-04 10:30 +0100",
    """
Hi Mara,

forwarding this from our founder, see below. Can you help? I'm the project lead on our side.

Greta

---------- Forwarded message ---------
From: Nils Holm <nils@holmandhavn.example>
Date: Mon, 28 Dec 2026
Subject: packaging for the new range

Greta, let's get an illustrator for the three new chocolate bars (sea salt, lingonberry, rye). 
Wrapper design for each. We have EUR 5400 for it. Must be at the printer by 19 February, launch is 
at the Stockholm fair on 10 March.
""",
    services=("packaging",),
    q={"packaging": 3},
    deadline="2027-02-19",
    budget="5400 EUR",
    note="forwarded brief; printer date is the deadline, not the fair",
)

mail(
    "inquiry",
    "de",
    "Ali Demir <ali@demir-doener.example>",
    "Logo + Speisekarte",
    "2027-02-12 12:40 +0100",
    """
Hallo Mara, ich eröffne einen Imbiss in Neukölln. Brauche ein Logo und ein Plakat fürs Fenster. 
Also zwei Sachen. Und die Speisekarte layouten, geht das auch? Budget so 2.000 €, Eröffnung ist am 
1. April, bis dahin muss alles fertig sein.

Danke, Ali
""",
    services=("logo", "poster"),
    q={"logo": 1, "poster": 1},
    deadline="2027-04-01",
    budget="2000 EUR",
    note="menu layout is off-card; opening date is the only date, so it is the deadline",
)

mail(
    "inquiry",
    "en",
    "Marie Schulz <marie@schulzundsoehne.example>",
    "Anfrage / inquiry: Maskottchen",
    "2027-03-05 09:20 +0100",
    """
Hi Mara, sorry for mixing languages, our team is half German half English.

Wir suchen ein Maskottchen für unseren Onlineshop (kids' rain gear): a little frog in a raincoat. 
Plus 5 Posen for the newsletter. Budget: 3,8k. Deadline: Ende April.

Danke + best,
Marie
""",
    services=("mascot", "mascot-poses"),
    q={"mascot": 1, "mascot-poses": 5},
    deadline="2027-04-30",
    budget="3800 EUR",
    note="mixed German and English, mostly English; '3,8k' = 3800",
)

mail(
    "inquiry",
    "es",
    "Isabel Prieto <isabel@prieto-libros.example>",
    "Consulta álbum ilustrado (long, sorry)",
    "2027-01-31 22:10 +0100",
    """
Hola Mara:

Perdona el correo tan largo. Soy maestra en Salamanca y llevo tres años escribiendo un cuento infantil sobre 
una niña que colecciona nubes en frascos. Al principio pensé en ilustrarlo yo misma, pero después de varios 
intentos me di cuenta de que no era lo mío (¡dibujo fatal!). Una amiga que trabaja en una librería me enseñó 
tu libro de la linterna y me enamoré de los colores.

He hablado con una pequeña editorial de aquí que está interesada en publicarlo si llego con las 
ilustraciones hechas. El libro tendría diez dobles páginas, sin contar la portada, que la haría la 
editorial. He ahorrado unos 4.000 euros para esto. No tengo mucha prisa: la editorial dice que lo ideal 
sería tenerlo todo para septiembre, pero si necesitas más tiempo podemos hablarlo.

También me gustaría saber si trabajas con personas que no son editoriales, porque nunca he hecho algo así 
y no sé cómo funciona lo de los derechos.

Muchas gracias por leerme,
Isabel Prieto
""",
    services=("book-illustration",),
    q={"book-illustration": 10},
    budget="4000 EUR",
    note="long mail; cover explicitly excluded so 10 spreads; 'para septiembre' vague",
)

mail(
    "inquiry",
    "it",
    "Nicola Serra <nicola@serra-olio.example>",
    "Etichetta olio",
    "2027-04-27 08:00 +0200",
    """
Buongiorno, ci serve un'etichetta per il nostro olio extravergine. Una sola. Budget EUR 1.900. Grazie, Nicola
""",
    services=("packaging",),
    q={"packaging": 1},
    budget="1900 EUR",
)

# --- existing client -------------------------------------------------------------------------------------
mail(
    "existing_client",
    "de",
    "Ute Hartmann <lektorat@birkenhain-verlag.example>",
    "KB-2354: eine dritte Korrekturrunde?",
    "2027-01-14 10:00 +0100",
    """
Liebe Mara,

der Autor möchte nach der zweiten Runde doch noch einmal an die Doppelseiten 3 und 9. Ich weiß, dass zwei 
Runden vereinbart waren. Kannst du uns eine dritte Runde anbieten?

Herzlich, Ute
""",
    services=("book-illustration",),
    new=True,
    note="revision round beyond the agreed ones is new work",
)

# --- short not_for_me / automated ------------------------------------------------------------------------
mail(
    "not_for_me",
    "en",
    "Jess Carter <jess@jesscarter-illustration.example>",
    "lol",
    "2027-03-11 09:00 +0000",
    """
did you see the Creative Boom list?? you're on it!!! 🎉
""",
)

mail(
    "not_for_me",
    "de",
    "Papa <henrik.lindqvist@mailbox.example>",
    "Fotos",
    "2027-01-02 11:00 +0100",
    """
Hier die Fotos von Silvester. Papa
""",
    cte="b64",
)

mail(
    "not_for_me",
    "en",
    "Zoom <no-reply@zoom.example>",
    "Meeting invitation: Pocket Fox x Lindqvist",
    "2027-01-07 16:00 +0000",
    """
Clara Nguyen is inviting you to a scheduled Zoom meeting.
Topic: Pocket Fox x Lindqvist
Time: 12 Jan 2027 11:00 Berlin
""",
    html="""<html><body><p><b>Clara Nguyen</b> is inviting you to a scheduled Zoom meeting.</p>
<p>Topic: Pocket Fox x Lindqvist<br>Time: 12 Jan 2027 11:00 Berlin</p><p><a href="https://zoom.example/j/123">Join</a></p></body></html>""",
)

mail(
    "not_for_me",
    "fr",
    "Élodie <elodie.garnier@mailbox.example>",
    "Re: ce week-end",
    "2027-01-30 08:00 +0100",
    """
Mon train a 20 min de retard, désolée !! 
""",
)

mail(
    "not_for_me",
    "en",
    "Lexware Office <noreply@lexoffice.example>",
    "Rechnung LS-2027-004 wurde bezahlt",
    "2027-02-14 10:00 +0100",
    """
Invoice LS-2027-004 (Fernhill Review Ltd, 800.00 GBP) has been marked as paid.
""",
    cte="alt",
    note="accounting tool reports a business event; German subject, English body",
)

mail(
    "not_for_me",
    "es",
    "Javier Torres <javier@torres-ilustra.example>",
    "Re: pregunta rápida",
    "2027-02-12 10:00 +0100",
    """
gracias!! me la compro 😄
""",
)

mail(
    "not_for_me",
    "it",
    "Elisa Ferrara <elisa@ferrara-illustrazioni.example>",
    "Re: mostra collettiva",
    "2027-04-05 10:00 +0200",
    """
Perfetto, ti segno! Ci sentiamo a maggio per i dettagli.
""",
)

mail(
    "not_for_me",
    "nl",
    "Ruben Kok <ruben@kokillustratie.example>",
    "Re: Samen een stand?",
    "2027-04-15 09:00 +0200",
    """
Top, ik reserveer de stand. Factuur volgt.
""",
    note="colleague's invoice for a shared stand is not a request for her services",
)

mail(
    "not_for_me",
    "de",
    "Jonas Becker <jonas@brotzeit-bakery.example>",
    "Weiterleitung: Lieferung Brotzeit Mitte",
    "2027-03-02 07:00 +0100",
    """
Sorry, falsche Adresse! Bitte ignorieren. Jonas

---------- Weitergeleitete Nachricht ----------
Von: Großhandel Mehlwerk
Betreff: Lieferung Brotzeit Mitte
Ihre Lieferung 25 kg Roggenmehl kommt am Donnerstag.
""",
    note="client forwarding a supplier mail by mistake: no work, still from a directory domain but no business with Mara",
)

mail(
    "not_for_me",
    "en",
    "Shopify <mailer@shopify.example>",
    "Order #1042 placed: 2 prints",
    "2027-03-21 14:00 +0100",
    """
You have a new order! #1042: 2 x 'Fox in the snow' print A3. Ship by 24 March.
""",
    cte="alt",
    note="shop order notification is a business event",
)

mail(
    "automated",
    "en",
    "Apple <no_reply@email.apple.example>",
    "Your Apple ID was used to sign in",
    "2027-01-10 21:00 +0100",
    """
Your Apple ID was used to sign in to iCloud on a Mac. If this was you, you can ignore this email.
""",
    cte="alt",
)

mail(
    "automated",
    "de",
    "Lena Fischer <lena.fischer@acme.example>",
    "Automatische Antwort: Re: Pip für Ostern",
    "2027-03-25 08:00 +0100",
    """
Ich bin in Elternzeit. Bitte wende dich an marketing@acme.example.
""",
    headers={"Auto-Submitted": "auto-replied"},
)

mail(
    "automated",
    "fr",
    "Mailer-Daemon <MAILER-DAEMON@mx.lindqvist.example>",
    "Avis de retard de distribution",
    "2027-04-16 09:00 +0200",
    """
Votre message à hugo@martin-studio.example n'a pas encore été distribué. Nouvel essai dans 4 heures.
""",
    report={
        "type": "delivery-status",
        "Reporting-MTA": "dns; mx.lindqvist.example",
        "Final-Recipient": "rfc822; hugo@martin-studio.example",
        "Action": "delayed",
        "Status": "4.4.7",
        "orig_to": "hugo@martin-studio.example",
        "orig_subject": "Re: Montage vidéo",
    },
)

mail(
    "automated",
    "nl",
    "Google <no-reply@accounts.google.example>",
    "Beveiligingsmelding",
    "2027-02-20 02:00 +0100",
    """
Nieuwe aanmelding op een Windows-apparaat. Als jij dit was, hoef je niets te doen.
""",
    cte="alt",
)

mail(
    "automated",
    "es",
    "Sara Castillo <sara.castillo@mailbox.example>",
    "Fuera de la oficina",
    "2027-03-23 10:00 +0100",
    """
Estoy de vacaciones hasta el 2 de abril. ¡Gracias!
""",
    headers={"Auto-Submitted": "auto-replied"},
)

mail(
    "automated",
    "it",
    "Chiara Esposito <chiara@espositoceramiche.example>",
    "Letto: preventivo immagine coordinata",
    "2027-04-09 18:00 +0200",
    """
Il messaggio è stato letto il 09/04/2027.
""",
    report={
        "type": "disposition-notification",
        "Final-Recipient": "rfc822; chiara@espositoceramiche.example",
        "Disposition": "manual-action/MDN-sent-automatically; displayed",
        "orig_to": "chiara@espositoceramiche.example",
        "orig_subject": "preventivo immagine coordinata",
    },
)

mail(
    "automated",
    "en",
    "Adobe <mail@mail.adobe.example>",
    "Your storage is 98% full",
    "2027-04-28 06:00 +0200",
    """
Your Creative Cloud storage is 98% full. Upgrade or free up space.
""",
    html_only=True,
)

mail(
    "not_for_me",
    "en",
    "Tom Aldous <tom.aldous@mailbox.example>",
    "Re: Re: picture book",
    "2027-02-04 19:00 +0000",
    """
hey mara, sorry, decided to draw it myself after all. thanks anyway and good luck!
""",
    note="thread reply declining; no new work",
)

mail(
    "not_for_me",
    "en",
    "Berlin Illustrators Meetup <hello@berlin-illustrators.example>",
    "Meetup: Thursday at Café Kranich",
    "2027-04-19 12:00 +0200",
    """
Next meetup Thursday 29 April, 19:00 at Café Kranich. Bring sketchbooks!
""",
    html="""<html><body><p>Next meetup <b>Thursday 29 April, 19:00</b> at Caf&eacute; Kranich. Bring sketchbooks!</p></body></html>""",
)
