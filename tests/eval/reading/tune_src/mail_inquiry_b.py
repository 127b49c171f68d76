# ruff: noqa: E501  (hand-written mail text: subjects, addresses and body lines are kept as written)
"""Hand-written genuine inquiries (batch b), across the six languages."""

from mail_item import M

ITEMS = [
    M(
        "inquiry",
        "en",
        "Ruth Ojo <ruth@ojo-dental.example>",
        "We connected on LinkedIn – brand identity",
        "2026-11-06 09:40",
        """Hi Mara,

we connected on LinkedIn after the guild panel. I'm opening a children's dental practice in Hamburg
next spring and I need the whole visual identity: logo, colours, a friendly illustration style for
the waiting room and a brand guide for the team. Budget 6,000 EUR, and I'd like it finished by
26 February.

Ruth Ojo
""",
        services=("brand-identity",),
        deadline="2027-02-26",
        budget="6000 EUR",
        note="opens like a networking mail",
    ),
    M(
        "inquiry",
        "en",
        "Leo Brandt <leo@brandt-bikes-shop.example>",
        "Not a sales email, promise",
        "2026-09-10 14:10",
        """Hi Mara,

not selling anything, I promise. I need two posters for my bike shop's 10th anniversary, one for the
window and one for the party flyer. Party is 17 October, I'd need the files by 5 October.

Leo
""",
        services=("poster",),
        quantities={"poster": 2},
        deadline="2026-10-05",
        note="a disclaimer line that reads like sales; the party date is not the deadline",
    ),
    M(
        "inquiry",
        "en",
        "Grace Kim <grace@smallhours-agency.example>",
        "Subcontract: mascot for a dental clinic",
        "2026-10-26 11:05",
        """Hello Mara,

I run a two-person agency. One of our clients, a dental clinic chain, wants a mascot (a tooth with
personality, please don't laugh). We'd like to subcontract the character design to you and handle
the client side ourselves. Budget for your part is 2,800 EUR. Deadline for final turnaround:
4 December.

Grace Kim
Small Hours Agency
""",
        services=("mascot",),
        deadline="2026-12-04",
        budget="2800 EUR",
        note="an agency, but asking her for work, not selling her leads",
    ),
    M(
        "inquiry",
        "en",
        "Isaac Novak <isaac@thequietpost.example>",
        "Column illustrations – and about invoicing",
        "2026-11-17 10:30",
        """Hi Mara,

I edit The Quiet Post, a small weekly newsletter about urban nature. We'd like illustrations for our
Sunday column: 4 pieces for January, one per week, at 250 EUR each. Our previous illustrator
invoiced through an agency, which was a mess; can you invoice us directly as a business?

We'd need all four by 28 December so we can schedule them over the holidays.

Isaac
""",
        services=("editorial-illustration",),
        quantities={"editorial-illustration": 4},
        deadline="2026-12-28",
        budget="1000 EUR",
        note="per-piece fee multiplied out; an invoicing question inside an inquiry",
    ),
    M(
        "inquiry",
        "en",
        "Finn Murphy <finn.murphy@mailbox.example>",
        "logo for my band",
        "2026-10-31 23:48",
        """hey, need a logo for my band (Low Tide Choir). we play folk-punk. how much? cheers finn
""",
        services=("logo",),
        note="very short, lower-case",
    ),
    M(
        "inquiry",
        "en",
        "Hollow Oak Press <editorial@hollowoakpress.example>",
        "New picture book for autumn 2027",
        "2026-11-23 15:15",
        """Dear Mara,

after The Quiet Lighthouse did so well, we would love you to illustrate our next picture book, "The
Bear Who Collected Rain". It's 12 spreads plus a cover. Manuscript is final. We'd need print-ready
files by 31 May 2027. Our fee is 5,400 GBP.

Warm wishes,
Eleanor Price
Hollow Oak Press
""",
        services=("book-illustration",),
        quantities={"book-illustration": 12},
        deadline="2027-05-31",
        budget="5400 GBP",
        note="a past client by history, not in the directory",
    ),
    M(
        "inquiry",
        "en",
        "Kate Sullivan <kate@sullivan-candles.example>",
        "Fwd: candle boxes – can you help?",
        "2026-10-15 12:20",
        """Hi Mara, my printer (Fischer Letterpress) gave me your name. See below, that's what I sent them.

---------- Forwarded message ---------
From: Kate Sullivan
To: Noah Fischer
Subject: candle boxes

Noah, I need the boxes for my three candle scents designed before we print: lavender, cedar and fig.
Do you know a designer? I'd want files by 20 November. I have 4,500 EUR for design.
""",
        services=("packaging",),
        quantities={"packaging": 3},
        deadline="2026-11-20",
        budget="4500 EUR",
        note="a forwarded request originally written to a printer",
    ),
    M(
        "inquiry",
        "de",
        "Kontaktformular <wordpress@lindqvist.example>",
        "[Lindqvist Studio] Neue Nachricht über das Kontaktformular",
        "2026-10-10 07:55",
        """Von: Heike Brandl <heike@brandl-gartenbau.example>
Betreff: Logo

Nachricht:
Guten Tag, wir sind ein Gartenbaubetrieb in Brandenburg und brauchen ein neues Logo mit
Wortmarke. Budget 1.600 €. Fertig bis 15. Dezember wäre schön.

--
Diese E-Mail wurde von einem Kontaktformular auf Lindqvist Studio gesendet.
""",
        services=("logo",),
        budget="1600 EUR",
        deadline="2026-12-15",
        note="form relay sent from her own domain",
        headers=[("Reply-To", "heike@brandl-gartenbau.example")],
    ),
    M(
        "inquiry",
        "de",
        "Kiezverein Wrangelkiez <vorstand@wrangelkiez-verein.example>",
        "Plakat fürs Straßenfest",
        "2026-09-03 19:20",
        """Hallo Mara,

wir vom Kiezverein organisieren wieder das Straßenfest am 3. Oktober. Könntest du uns ein Plakat
illustrieren? Wir haben 500 Euro aus der Vereinskasse. Druck bis spätestens 20. September.

Viele Grüße
Ole vom Vorstand
""",
        services=("poster",),
        quantities={"poster": 1},
        deadline="2026-09-20",
        budget="500 EUR",
        note="community request with a small budget",
    ),
    M(
        "inquiry",
        "de",
        "Bäckerei Kornfeld <info@baeckerei-kornfeld.example>",
        "Maskottchen für unsere Bäckerei",
        "2026-11-09 06:15",
        """Hallo Frau Lindqvist,

wir hätten gern ein Maskottchen für unsere drei Filialen, am liebsten ein Eichhörnchen mit
Bäckermütze. Dazu vier Posen für Tüten und Aufsteller. Bis zum 12. Februar sollte alles fertig sein.
Budget: 3.000 Euro.

Freundliche Grüße
Familie Kornfeld
""",
        services=("mascot", "mascot-poses"),
        quantities={"mascot-poses": 4},
        deadline="2027-02-12",
        budget="3000 EUR",
        note="'drei Filialen' is not a quantity",
    ),
    M(
        "inquiry",
        "de",
        "Stadtwerke Süd <kommunikation@stadtwerke-sued.example>",
        "Illustrationen Geschäftsbericht + Website",
        "2026-10-19 13:40",
        """Sehr geehrte Frau Lindqvist,

für unseren Geschäftsbericht 2026 suchen wir sechs Illustrationen. Außerdem überarbeiten wir unsere
Website und bräuchten jemanden für das Webdesign, falls Sie das auch anbieten.

Abgabe der Illustrationen: 22. Januar 2027. Budget für die Illustrationen: 2.400 €.

Mit freundlichen Grüßen
Martina Roth
""",
        services=("editorial-illustration",),
        quantities={"editorial-illustration": 6},
        deadline="2027-01-22",
        budget="2400 EUR",
        note="on-card plus off-card work; an inquiry for the on-card part",
    ),
    M(
        "inquiry",
        "de",
        "Spree Cycles <hallo@spreecycles.example>",
        "Frühlingsplakat?",
        "2026-12-01 16:20",
        """Hi Mara,

nach dem Rebrand läuft alles super. Für die Frühlingsaktion hätten wir gern wieder ein Plakat im
neuen Look, A1. Wäre Mitte Februar okay, sagen wir der 15.?

Grüße
Kai
""",
        services=("poster",),
        quantities={"poster": 1},
        deadline="2027-02-15",
        note="a past client by history who is not in the directory",
    ),
    M(
        "inquiry",
        "fr",
        "Domaine des Aubiers <contact@domaine-aubiers.example>",
        "Étiquettes pour nos cuvées",
        "2026-10-03 10:50",
        """Bonjour Madame,

nous sommes un petit domaine viticole en Touraine et souhaitons refaire les étiquettes de nos quatre
cuvées. Le budget global du projet est de 9 000 €, dont 4 000 € pour le design des étiquettes ; le
reste concerne l'impression. Nous aimerions recevoir les fichiers avant le 15 janvier.

Bien à vous,
Étienne Garnier
""",
        services=("packaging",),
        quantities={"packaging": 4},
        deadline="2027-01-15",
        budget="4000 EUR",
        note="design figure under a whole-project figure",
    ),
    M(
        "inquiry",
        "fr",
        "Festival Jazz en Loire <prog@jazzenloire.example>",
        "Affiche édition 2027",
        "2026-11-25 14:05",
        """Bonjour Mara,

le festival Jazz en Loire aura lieu du 2 au 5 juillet 2027. Nous cherchons une illustratrice pour
l'affiche officielle. Nous aurions besoin des fichiers le 1er mars, l'annonce de la programmation
étant prévue le 15 mars. Rémunération : 1 200 €.

Cordialement,
Inès Lambert
""",
        services=("poster",),
        quantities={"poster": 1},
        deadline="2027-03-01",
        budget="1200 EUR",
        note="festival and announcement dates are not the deadline",
    ),
    M(
        "inquiry",
        "fr",
        "Thomas Girard <t.girard@rcjeunes-annecy.example>",
        "Mascotte pour notre école de rugby",
        "2026-09-08 20:30",
        """Bonjour,

notre école de rugby voudrait une mascotte, un bouquetin si possible, pour les maillots et les
réseaux. Nous sommes une association, budget 1 500 €. Pas de date précise, avant la fin de la saison.

Thomas Girard
""",
        services=("mascot",),
        budget="1500 EUR",
        note="vague deadline, no date",
    ),
    M(
        "inquiry",
        "fr",
        "Revue Terrains <redaction@revue-terrains.example>",
        "Trois illustrations pour un dossier",
        "2026-10-29 09:10",
        """Bonjour,

pour notre prochain dossier sur les jardins partagés, nous aimerions trois illustrations pleine page.
Remise le 20 novembre. Nous proposons 400 € par illustration.

La rédaction de Terrains
""",
        services=("editorial-illustration",),
        quantities={"editorial-illustration": 3},
        deadline="2026-11-20",
        budget="1200 EUR",
        note="per-piece fee",
    ),
    M(
        "inquiry",
        "fr",
        "Agathe Morel <agathe@morel-chocolats.example>",
        "Boîtes de Noël – urgent",
        "2026-11-02 08:30",
        """Bonjour Mara,

je sais que c'est court : il me faudrait une boîte de chocolats illustrée pour Noël, une seule
référence, fichiers pour le 20 novembre au plus tard. Budget : 2 000 €.

Agathe Morel
""",
        services=("packaging",),
        quantities={"packaging": 1},
        deadline="2026-11-20",
        budget="2000 EUR",
        note="a rush inquiry",
    ),
    M(
        "inquiry",
        "es",
        "Revista Brote <redaccion@revistabrote.example>",
        "Portada para el número de enero",
        "2026-12-01 11:45",
        """Hola Mara:

somos una revista de agricultura urbana. ¿Te interesaría ilustrar la portada del número de enero?
Necesitaríamos la ilustración el 14 de diciembre. Pagamos 500 €.

Un saludo,
Nuria Campos
""",
        services=("editorial-illustration",),
        quantities={"editorial-illustration": 1},
        deadline="2026-12-14",
        budget="500 EUR",
    ),
    M(
        "inquiry",
        "es",
        "Editorial Caracol <editorial@caracol-libros.example>",
        "Cuento infantil de diez dobles páginas",
        "2026-10-13 16:25",
        """Estimada Mara:

preparamos un cuento infantil sobre una tortuga que quiere volar. Serían diez dobles páginas y la
portada. El texto está cerrado. Plazo de entrega: 30 de marzo de 2027. Presupuesto: 5.000 €.

Atentamente,
Rocío Herrera
""",
        services=("book-illustration",),
        quantities={"book-illustration": 10},
        deadline="2027-03-30",
        budget="5000 EUR",
        note="count in words plus a cover",
    ),
    M(
        "inquiry",
        "es",
        "Sala Ritmo <booking@salaritmo.example>",
        "Cartel y web para el ciclo de conciertos",
        "2026-09-22 18:00",
        """Hola:

organizamos un ciclo de conciertos en Sevilla en noviembre. Necesitamos un cartel y también una web
sencilla para vender entradas. ¿Haces las dos cosas? El cartel lo necesitaríamos el 15 de octubre.

Gracias,
Álvaro
""",
        services=("poster",),
        quantities={"poster": 1},
        deadline="2026-10-15",
        note="poster plus an off-card website",
    ),
    M(
        "inquiry",
        "es",
        "Bodega Las Encinas <info@bodegalasencinas.example>",
        "Identidad de marca para nuestra bodega",
        "2026-11-04 12:35",
        """Buenos días:

queremos renovar la identidad de marca de la bodega: logotipo, colores, tipografías y un manual.
Tenemos 8.000 € y nos gustaría tenerlo todo antes del 1 de abril de 2027.

Saludos cordiales,
Inés Romero
""",
        services=("brand-identity",),
        deadline="2027-04-01",
        budget="8000 EUR",
    ),
    M(
        "inquiry",
        "es",
        "Pablo Ortega <pablo@ortegafisio.example>",
        "Logotipo y factura a nombre de la empresa",
        "2026-10-07 09:30",
        """Hola Mara:

necesito un logotipo para mi clínica de fisioterapia. Una pregunta antes: ¿puedes hacerme la factura
a nombre de la empresa con el IVA intracomunitario? Presupuesto: 1.300 €. Lo necesito para el
30 de noviembre.

Gracias,
Pablo
""",
        services=("logo",),
        budget="1300 EUR",
        deadline="2026-11-30",
        note="an inquiry that talks about invoicing",
    ),
    M(
        "inquiry",
        "it",
        "Birrificio Valle Scura <info@birrificiovallescura.example>",
        "Etichette per tre birre",
        "2026-09-16 11:00",
        """Ciao Mara,

siamo un birrificio artigianale in Trentino e vorremmo tre etichette nuove (una bionda, una rossa e
una stout). Budget: 4.500 euro. Ci servono entro il 30 novembre.

Saluti,
Matteo
""",
        services=("packaging",),
        quantities={"packaging": 3},
        deadline="2026-11-30",
        budget="4500 EUR",
    ),
    M(
        "inquiry",
        "it",
        "Dott.ssa Paola Serra <paola.serra@studioserra.example>",
        "Logo per studio dentistico",
        "2026-10-05 15:50",
        """Buongiorno,

apro uno studio dentistico a Torino e mi serve un logo. Lo vorrei entro la fine del mese, se possibile.
Budget 1.200 euro.

Cordiali saluti,
Paola Serra
""",
        services=("logo",),
        deadline="2026-10-31",
        budget="1200 EUR",
        note="'fine del mese' resolved against the Date header",
    ),
    M(
        "inquiry",
        "it",
        "Andrea Fabbri <andrea@sveglia-app.example>",
        "Mascotte per la nostra app + espressioni",
        "2026-11-10 10:20",
        """Ciao Mara,

stiamo lanciando un'app per svegliarsi meglio e vorremmo una mascotte, un gufo, più dieci espressioni
da usare nelle notifiche. Budget complessivo 3.500 euro, consegna entro il 29 gennaio.

Andrea
""",
        services=("mascot", "mascot-poses"),
        quantities={"mascot-poses": 10},
        deadline="2027-01-29",
        budget="3500 EUR",
    ),
    M(
        "inquiry",
        "it",
        "Teatro delle Briciole <organizzazione@teatrobriciole.example>",
        "Locandina per lo spettacolo di Natale",
        "2026-11-03 17:40",
        """Buonasera,

avremmo bisogno di una locandina illustrata per il nostro spettacolo di Natale, che debutta il
19 dicembre. Ci servirebbe il file entro il 27 novembre per la stampa. Compenso: 800 euro.

Grazie,
Silvia
""",
        services=("poster",),
        quantities={"poster": 1},
        deadline="2026-11-27",
        budget="800 EUR",
        note="premiere date is not the deadline",
    ),
    M(
        "inquiry",
        "it",
        "Edizioni Girasole <redazione@edizionigirasole.example>",
        "Albo illustrato, 16 doppie pagine",
        "2026-10-21 09:55",
        """Gentile Mara,

vorremmo affidarle le illustrazioni di un albo illustrato: 16 doppie pagine più copertina. Il testo è
definitivo. Consegna entro il 15 aprile 2027. Il compenso previsto è di 8.000 euro.

Cordiali saluti,
Elisa Marchi
""",
        services=("book-illustration",),
        quantities={"book-illustration": 16},
        deadline="2027-04-15",
        budget="8000 EUR",
    ),
    M(
        "inquiry",
        "it",
        "Rivista Passi <grafica@rivistapassi.example>",
        "Una dozzina di illustrazioni per la rubrica",
        "2026-11-30 12:10",
        """Ciao Mara,

per la nostra rubrica mensile sul camminare in città ci servirebbe una dozzina di illustrazioni, una
per numero del 2027. Le vorremmo tutte entro il 10 gennaio, per programmarle. Pagheremmo 300 euro a illustrazione.

Un saluto,
Giorgio
""",
        services=("editorial-illustration",),
        quantities={"editorial-illustration": 12},
        deadline="2027-01-10",
        budget="3600 EUR",
        note="'una dozzina' counts as 12; per-piece fee multiplied out",
    ),
    M(
        "inquiry",
        "nl",
        "Bloemenwinkel De Tulp <info@bloemendetulp.example>",
        "Nieuw logo voor onze bloemenwinkel",
        "2026-09-24 10:05",
        """Hallo Mara,

Wij hebben een bloemenwinkel in Leiden en willen een nieuw logo, liefst met een beeldmerk van een
tulp. Budget € 1.250. Graag klaar voor 1 november.

Groetjes,
Femke
""",
        services=("logo",),
        budget="1250 EUR",
        deadline="2026-11-01",
    ),
    M(
        "inquiry",
        "nl",
        "Studio Verbeek Architecten <office@verbeek-architecten.example>",
        "Huisstijl architectenbureau",
        "2026-10-16 14:45",
        """Beste Mara,

Na twintig jaar toe aan een nieuwe huisstijl: logo, kleuren, lettertypes en een korte huisstijlgids.
We hebben € 7.500 gereserveerd. Oplevering graag voor 1 maart 2027.

Met vriendelijke groet,
Jeroen Verbeek
""",
        services=("brand-identity",),
        deadline="2027-03-01",
        budget="7500 EUR",
    ),
    M(
        "inquiry",
        "nl",
        "Jam van Oma <hallo@jamvanoma.example>",
        "Etiketten voor onze potjes jam",
        "2026-11-12 20:05",
        """Hoi,

we maken jam op de markt en willen mooie etiketten voor een stuk of vijf smaken. We weten het nog
niet precies. Kun je laten weten wat dat ongeveer kost?

Lotte
""",
        services=("packaging",),
        note="approximate count left out",
    ),
    M(
        "inquiry",
        "nl",
        "Stichting Jazz aan Zee <info@jazzaanzee.example>",
        "Twee posters voor het festival",
        "2026-12-01 09:25",
        """Hallo Mara,

Voor Jazz aan Zee 2027 zoeken we een illustrator voor twee posters: één voor het festival zelf en
één voor het kinderprogramma. Aanleveren voor 15 februari. Budget € 1.800 voor beide.

Groet,
Willem
""",
        services=("poster",),
        quantities={"poster": 2},
        deadline="2027-02-15",
        budget="1800 EUR",
    ),
    M(
        "inquiry",
        "nl",
        "Zwembad De Golf <communicatie@zwembaddegolf.example>",
        "Mascotte voor ons zwembad",
        "2026-10-01 11:15",
        """Beste Mara,

Ons zwembad wil een mascotte voor de zwemlessen, een zeehond. Budget € 2.400. Graag voor
15 december, dan starten de nieuwe lessen in januari.

Met vriendelijke groet,
Anouk
""",
        services=("mascot",),
        budget="2400 EUR",
        deadline="2026-12-15",
    ),
    M(
        "inquiry",
        "nl",
        "Tijdschrift Buiten <redactie@tijdschriftbuiten.example>",
        "Cover voor ons voorjaarsnummer",
        "2026-11-18 13:50",
        """Hoi Mara,

Zou je de cover van ons voorjaarsnummer willen illustreren? Deadline 11 januari, honorarium € 650.

Groet,
Marit
Tijdschrift Buiten
""",
        services=("editorial-illustration",),
        quantities={"editorial-illustration": 1},
        deadline="2027-01-11",
        budget="650 EUR",
    ),
]
