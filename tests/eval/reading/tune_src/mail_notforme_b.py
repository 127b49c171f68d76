# ruff: noqa: E501  (hand-written mail text: subjects, addresses and body lines are kept as written)
"""Hand-written ordinary mail that is not a request (batch b): tools, platforms, newsletters, recruiting."""

from mail_item import M

ITEMS = [
    M(
        "not_for_me",
        "en",
        "Behance <notifications@behance.example>",
        "A client is looking for a logo designer like you",
        "2026-10-18 06:30",
        """Hi Mara,

New projects on Behance Jobs match your skills:

- "Logo for an organic skincare brand" – Posted by Lumi Naturals – Budget $500–$1,000
- "Children's book illustrator needed (24 pages)" – Posted by StoryNest

Browse jobs: https://www.behance.example/joblist

You're receiving this because you turned on job alerts. Manage notifications in your settings.
""",
        headers=[("Precedence", "bulk")],
        note="platform job alert quoting a client who wants a logo; not written to Mara by the client",
    ),
    M(
        "not_for_me",
        "en",
        "Dribbble <hello@dribbble.example>",
        'Your shot "Otter Mascot" got 120 likes',
        "2026-09-21 07:00",
        """Your shot is getting noticed!

"Otter Mascot – Expression Sheet" got 120 likes and 14 saves this week.
3 people followed you. A studio in Lisbon viewed your profile.

See your stats: https://dribbble.example/stats

Dribbble, 1 Shot Street
""",
        note="platform stats about her mascot work",
    ),
    M(
        "not_for_me",
        "en",
        "LinkedIn <messages-noreply@linkedin.example>",
        "You appeared in 23 searches this week",
        "2026-11-02 05:45",
        """Mara, you appeared in 23 searches this week.

Searchers' titles: Brand Manager, Art Director, Founder.
Keywords: "logo designer Berlin", "children's book illustrator".

See all searches: https://www.linkedin.example/me/search-appearances

Unsubscribe | Help
""",
        note="platform notification naming logos and books",
    ),
    M(
        "not_for_me",
        "en",
        "Etsy <transaction@etsy.example>",
        "You made a sale on Etsy! Ship by Dec 4",
        "2026-11-29 20:12",
        """Congratulations, you made a sale!

Order #3318872091
Item: Risograph poster "Harbour at Dusk" (A3) x 2
Order total: €64.00
Ship by: 4 Dec 2026

Buyer note: "It's a gift, could you wrap it?"

View order: https://www.etsy.example/your/orders/3318872091
""",
        note="shop sale of her posters; a business event",
    ),
    M(
        "not_for_me",
        "en",
        "WorkMarket <jobs@workmarket-freelance.example>",
        'New project: "Mascot for a kids\' cereal brand" – 14 proposals',
        "2026-10-25 08:15",
        """New projects matching your profile

Mascot for a kids' cereal brand
Fixed price: $800 · 14 proposals · Client in USA · Payment verified
"We need a fun mascot character for our new cereal box. Please send samples."

Submit a proposal: https://workmarket-freelance.example/jobs/771202

You're getting this because you saved the search "mascot".
""",
        note="freelance-platform digest quoting a project; not an inquiry to her",
    ),
    M(
        "not_for_me",
        "de",
        "Calendly <notifications@calendly.example>",
        "Neuer Termin: Erstgespräch mit Jonas Albrecht",
        "2026-11-10 13:33",
        """Hallo Mara,

ein neuer Termin wurde gebucht.

Veranstaltung: Erstgespräch Logo (30 Min.)
Eingeladen: Jonas Albrecht (jonas@albrecht-gartenbau.example)
Datum: Donnerstag, 19. November 2026, 10:00 Uhr (Europe/Berlin)

Antworten auf Fragen:
Worum geht es? – Logo für unseren Gartenbaubetrieb

Termin verwalten: https://calendly.example/scheduled
""",
        note="booking notification that quotes a logo topic",
    ),
    M(
        "not_for_me",
        "en",
        "Sam Patel <sam@patel-design.example>",
        "Invitation: Co-working Friday @ Fri 11 Dec 2026 10am - 4pm",
        "2026-12-01 09:00",
        """You have been invited to the following event.

Co-working Friday
When: Fri 11 Dec 2026 10am – 4pm (CET)
Where: Studio Patel, Weserstraße 12, Berlin
Who: Sam Patel (organiser), Mara Lindqvist, Sophie Adler

Bring your laptop; we'll look at everyone's portfolio before the new year.

Going? Yes - Maybe - No
""",
        html="""<html><body><p>You have been invited to the following event.</p>
<p><b>Co-working Friday</b><br>When: Fri 11 Dec 2026 10am &ndash; 4pm (CET)<br>Where: Studio Patel, Weserstra&szlig;e 12, Berlin</p>
<p>Going? <a href="https://calendar.example/rsvp?y">Yes</a> - <a href="https://calendar.example/rsvp?m">Maybe</a> - <a href="https://calendar.example/rsvp?n">No</a></p></body></html>""",
        note="calendar invitation from a colleague",
    ),
    M(
        "not_for_me",
        "en",
        "Stripe <receipts@stripe.example>",
        "Payment received: €1,425.00 from Hollow Oak Press",
        "2026-11-19 14:02",
        """You received a payment.

Amount: €1,425.00
From: Hollow Oak Press
Description: Invoice 2026-038 – The Quiet Lighthouse, balance
Payout expected: 23 Nov 2026

View in Dashboard: https://dashboard.stripe.example/payments/py_93jd
""",
        note="payment notification naming a client and a project",
    ),
    M(
        "not_for_me",
        "fr",
        "Canva <marketing@canva.example>",
        "Nouveautés : des modèles de logos pour votre marque",
        "2026-09-29 10:00",
        """Bonjour Mara,

Découvrez nos nouveaux modèles : logos, affiches et couvertures de livres pour enfants, à
personnaliser en quelques clics. Plus de 2 000 nouveaux designs ce mois-ci !

Essayer maintenant : https://www.canva.example/templates

Vous recevez cet e-mail car vous avez un compte Canva.
""",
        note="newsletter without List-Id naming logos and posters",
    ),
    M(
        "not_for_me",
        "en",
        "Adobe <mail@mail.adobe.example>",
        "What's new in Illustrator: faster vectorising for logos",
        "2026-10-12 16:00",
        """Hi Mara,

Illustrator 2027 is here. Turn sketches into clean logos with the new Vector Trace, set type on
packaging mock-ups, and export posters straight to print.

Update now from the Creative Cloud app.

Adobe, 345 Park Avenue, San Jose
""",
        note="product newsletter",
    ),
    M(
        "not_for_me",
        "es",
        "Ilustrarte Newsletter <boletin@ilustrarte-revista.example>",
        "Boletín de diciembre: convocatorias para ilustradoras",
        "2026-12-01 08:00",
        """Hola, ilustradora:

En el boletín de este mes: la convocatoria del premio de álbum ilustrado, entrevistas con tres
ilustradoras de cuentos infantiles y una guía para presupuestar portadas de revista.

Leer el boletín: https://ilustrarte-revista.example/boletin/diciembre

Para darte de baja, responde con BAJA.
""",
        note="newsletter without List-Id; calls for entries are not inquiries",
    ),
    M(
        "not_for_me",
        "en",
        "Greta Holm <greta.holm@talentbridge-recruiting.example>",
        "Senior Brand Designer role – Stockholm (hybrid)",
        "2026-11-05 11:20",
        """Hi Mara,

I'm recruiting for a Senior Brand Designer at a fintech scale-up in Stockholm: permanent, hybrid,
logo and identity systems, some illustration. Salary range SEK 55–65k/month. Your portfolio is a
great fit. Open to a quick call this week?

Best,
Greta Holm
TalentBridge Recruiting
""",
        note="a recruiter offering a job, not a commission",
    ),
    M(
        "not_for_me",
        "de",
        "Personalabteilung Nordwind AG <karriere@nordwind-ag.example>",
        "Ihre Bewerbung als Illustratorin",
        "2026-09-18 10:45",
        """Sehr geehrte Frau Lindqvist,

vielen Dank für Ihr Interesse an einer Festanstellung als Illustratorin. Wir haben uns für eine andere
Kandidatin entschieden und wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Nordwind AG
""",
        note="reply about a job application",
    ),
    M(
        "not_for_me",
        "it",
        "PayPal <servizio@paypal.example>",
        "Hai ricevuto un pagamento",
        "2026-10-03 12:48",
        """Ciao Mara Lindqvist,

hai ricevuto 280,00 EUR da Chiara Gallo.
Nota: "Stampa del poster in edizione limitata, grazie!"

Il denaro è disponibile nel tuo conto PayPal.
""",
        note="payment notification quoting a poster",
    ),
    M(
        "not_for_me",
        "nl",
        "Upwerk <meldingen@upwerk-freelance.example>",
        "Nieuwe opdracht: logo voor bakkerij in Haarlem",
        "2026-11-16 07:55",
        """Hallo Mara,

Er is een nieuwe opdracht geplaatst die past bij je profiel:

Logo voor een bakkerij in Haarlem – vaste prijs € 400 – 9 reacties
"Wij zoeken een ontwerper voor een nieuw logo en een etiket voor onze broodzakken."

Bekijk de opdracht en reageer: https://upwerk-freelance.example/opdrachten/55102
""",
        note="platform alert quoting a bakery that wants a logo",
    ),
    M(
        "not_for_me",
        "fr",
        "Malt <notifications@malt.example>",
        "Vous avez reçu un avis 5 étoiles",
        "2026-10-26 18:20",
        """Bonjour Mara,

Spree Cycles vous a laissé un avis : « Un rebranding magnifique, livré en avance. »
Note : 5/5

Votre profil gagne en visibilité. Voir l'avis : https://www.malt.example/profile/reviews
""",
        note="platform review notification naming a rebrand",
    ),
    M(
        "not_for_me",
        "en",
        "DHL Express <noreply@dhl.example>",
        "Your shipment 4738 2201 93 is out for delivery",
        "2026-11-23 07:12",
        """Your parcel from Druckerei Wendler GmbH is on its way.

Shipment: 4738 2201 93
Contents: printed matter (posters)
Expected: today, 10:00 – 14:00

Track: https://www.dhl.example/track?id=4738220193
""",
        note="shipping notification",
    ),
    M(
        "not_for_me",
        "de",
        "Sparkasse Berlin <info@sparkasse-berlin.example>",
        "Zahlungseingang auf Ihrem Geschäftskonto",
        "2026-11-11 09:05",
        """Guten Tag Frau Lindqvist,

auf Ihrem Geschäftskonto ist eine Gutschrift eingegangen:
Betrag: 2.380,00 EUR
Auftraggeber: Museum am Ufer
Verwendungszweck: RE 2026-040 Ausstellungsidentitaet Anzahlung

Ihre Sparkasse Berlin
""",
        note="bank notice of a payment from a client; sent by the bank, not the client",
    ),
    M(
        "not_for_me",
        "it",
        "Bologna Children's Book Fair <info@bcbf-news.example>",
        "Mostra degli Illustratori 2027: iscrizioni aperte",
        "2026-10-15 10:00",
        """Gentile illustratrice,

sono aperte le iscrizioni alla Mostra degli Illustratori 2027. Potete inviare cinque tavole inedite
entro il 30 novembre. La fiera si terrà a Bologna dal 12 al 15 aprile 2027.

Cordiali saluti,
La segreteria
""",
        note="a fair announcement; a call for entries with a deadline",
    ),
    M(
        "not_for_me",
        "nl",
        "Nieuwsbrief Grafisch Nederland <redactie@grafischnl.example>",
        "Deze week: waarom huisstijlen duurder worden",
        "2026-11-27 06:00",
        """In deze nieuwsbrief:

- Waarom een huisstijl in 2027 meer kost dan je denkt
- Vijf prentenboeken met opvallende illustraties
- Vacatures: illustrator bij een uitgeverij in Amsterdam

Lees verder op grafischnl.example. Afmelden? Klik hier.
""",
        note="newsletter naming identities and picture books, without List-Id",
    ),
]
