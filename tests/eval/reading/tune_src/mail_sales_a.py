# ruff: noqa: E501  (hand-written mail text: subjects, addresses and body lines are kept as written)
"""Hand-written cold sales, lead agencies and partnership offers (batch a)."""

from mail_item import M

ITEMS = [
    M(
        "sales_phishing",
        "en",
        "Kevin Marsh <kevin@leadflow-creative.example>",
        "10 logo clients a month, guaranteed",
        "2026-10-08 10:14",
        """Hi Mara,

I came across your logo work and I think you deserve more clients. We run a lead agency for designers:
we send you pre-qualified businesses that need a logo or branding, 10 a month guaranteed, for a small
monthly fee of $299.

Can I send you a free sample lead this week?

Kevin Marsh
LeadFlow Creative
""",
        note="agency offering to send leads; mentions logos and branding",
    ),
    M(
        "sales_phishing",
        "de",
        "Sven Köhler <sven.koehler@topseo-agentur.example>",
        "Ihre Website lindqvist.example – Platz 1 bei Google für „Logo Designer Berlin“",
        "2026-09-23 08:30",
        """Hallo Frau Lindqvist,

ich habe mir Ihre Seite angesehen. Bei „Logo Designer Berlin“ und „Kinderbuch Illustratorin“ stehen
Sie nur auf Seite 3. Mit unserem SEO-Paket bringen wir Sie in 90 Tagen auf Platz 1 – für nur 490 €
im Monat.

Darf ich Ihnen eine kostenlose Analyse schicken?

Beste Grüße
Sven Köhler
""",
        note="SEO pitch naming her services",
    ),
    M(
        "sales_phishing",
        "en",
        "Partnerships <partners@printify-pro.example>",
        "Partnership: put your posters on 10,000 products",
        "2026-11-03 12:00",
        """Hi Mara,

We love your poster illustrations! We'd like to invite you to our Creator Partnership: upload your
designs and we print them on mugs, tees and posters worldwide. You earn 8% on every sale. There's a
one-time onboarding fee of €149.

Join here: https://printify-pro.example/creators/join

The Printify Pro team
""",
        note="partnership offer with a fee; mentions posters",
    ),
    M(
        "sales_phishing",
        "fr",
        "Julie Perrin <julie@boostportfolio.example>",
        "Votre portfolio mérite plus de clients",
        "2026-10-20 09:15",
        """Bonjour Mara,

Vos illustrations de livres pour enfants sont superbes. Notre agence aide les illustratrices à
trouver des éditeurs : nous envoyons votre portfolio à 300 maisons d'édition pour 390 €.

Voulez-vous que je vous envoie notre brochure ?

Julie Perrin
Boost Portfolio
""",
        note="agency selling outreach; mentions children's books",
    ),
    M(
        "sales_phishing",
        "es",
        "Carlos Méndez <carlos@webrapida.example>",
        "¿Una web nueva para tu estudio?",
        "2026-11-12 11:30",
        """Hola Mara:

He visto tu portfolio de logotipos e ilustración. Tu web podría convertir mucho más. Te hacemos una
web nueva en 7 días por 599 €, con tienda para vender tus carteles.

¿Hablamos?

Carlos Méndez
WebRápida
""",
        note="cold pitch for a website, addressed to her as a seller",
    ),
    M(
        "sales_phishing",
        "it",
        "Davide Rinaldi <davide@ai-illustra.example>",
        "Collaborazione: la tua arte con l'intelligenza artificiale",
        "2026-10-07 14:40",
        """Ciao Mara,

stiamo costruendo un modello di intelligenza artificiale per illustrazioni di libri per bambini e
vorremmo addestrarlo sul tuo stile. Ti offriamo 500 euro una tantum per l'accesso al tuo portfolio
completo.

Fammi sapere!

Davide Rinaldi
AI Illustra
""",
        note="offer to buy her style for AI training",
    ),
    M(
        "sales_phishing",
        "nl",
        "Ruud Jacobs <ruud@klantenmagneet.example>",
        "Meer opdrachten voor je huisstijlwerk?",
        "2026-09-30 09:00",
        """Hallo Mara,

Wij helpen ontwerpers aan vaste opdrachtgevers voor logo's en huisstijlen. Je betaalt alleen per
doorgestuurde lead: € 45 per contact. Zin in een proefperiode van een maand?

Met vriendelijke groet,
Ruud Jacobs
Klantenmagneet
""",
        note="pay-per-lead agency",
    ),
    M(
        "sales_phishing",
        "en",
        "Emily Carter <emily.c@guestpost-hub.example>",
        "Quick collaboration idea",
        "2026-11-18 15:20",
        """Hi there,

I'm a content writer and I'd love to contribute a guest post to your blog on "How to choose the right
logo for your small business". In return I'd just include one link. Would you be open to it?

Thanks,
Emily
""",
        note="link-building pitch disguised as a collaboration",
    ),
    M(
        "sales_phishing",
        "de",
        "Awards Team <nominierung@design-award-europa.example>",
        "Glückwunsch: Ihr Logo ist für den European Design Star nominiert",
        "2026-10-30 10:00",
        """Sehr geehrte Frau Lindqvist,

Ihr Logo für Spree Cycles wurde von unserer Jury für den European Design Star 2027 nominiert!
Um die Nominierung anzunehmen, zahlen Sie bitte die Teilnahmegebühr von 650 € bis zum 15.11.

Nominierung annehmen: https://design-award-europa.example/accept

Ihr Awards Team
""",
        note="pay-to-win award scam naming a real project",
    ),
    M(
        "sales_phishing",
        "en",
        "Rachel Kim <rachel@printbuyers-network.example>",
        "Exclusive printing rates for illustrators",
        "2026-09-16 13:45",
        """Hi Mara,

We negotiate bulk printing rates for poster and packaging designers. Members save up to 40% on
risograph and screenprint jobs. Membership is €19/month. Attached: our 2027 rate card.

Rachel Kim
Print Buyers Network
""",
        note="a cold sales mail with a 'rate card' and poster words",
    ),
    M(
        "sales_phishing",
        "fr",
        "Marc Dubois <marc@dubois-conseil.example>",
        "Optimisez votre fiscalité d'indépendante",
        "2026-11-09 08:20",
        """Madame Lindqvist,

Saviez-vous que les illustratrices indépendantes paient en moyenne 23 % d'impôts en trop ? Notre
cabinet vous propose un audit gratuit. Répondez simplement OUI à ce message.

Marc Dubois
""",
        note="cold pitch on tax",
    ),
    M(
        "sales_phishing",
        "es",
        "Ana Beltrán <ana@mascotas-digitales.example>",
        "Tu mascota en NFT",
        "2026-10-04 17:10",
        """¡Hola Mara!

Vimos tu nutria mascota y creemos que sería un éxito como colección NFT. Nosotros nos encargamos de
todo; tú solo pagas la acuñación inicial de 0,3 ETH. ¡Las plazas son limitadas!

Ana
""",
        note="crypto pitch naming her mascot",
    ),
    M(
        "sales_phishing",
        "it",
        "Roberta Sala <roberta@listalavoro-creativi.example>",
        "Inserisci il tuo profilo: clienti che cercano logo e packaging",
        "2026-11-22 09:50",
        """Gentile Mara,

ogni mese centinaia di aziende cercano sul nostro portale designer per logo, packaging e poster.
Con il profilo Premium (29 €/mese) ricevi le richieste prima degli altri.

Attiva ora: https://listalavoro-creativi.example/premium

Roberta Sala
""",
        note="directory selling premium access to leads",
    ),
    M(
        "sales_phishing",
        "nl",
        "Thomas de Boer <thomas@fotomatic-ai.example>",
        "Laat AI je kinderboekillustraties maken",
        "2026-10-17 12:30",
        """Hoi Mara,

Met Fotomatic maak je in minuten prentenboekillustraties in je eigen stijl. Scheelt je weken werk!
Start vandaag je gratis proefperiode van 14 dagen.

Groet,
Thomas
""",
        note="AI tool pitch",
    ),
    M(
        "sales_phishing",
        "en",
        "Alex Romero <alex@brandsprint-agency.example>",
        "White-label logo work – we need a designer",
        "2026-11-26 10:35",
        """Hi Mara,

We're a branding agency with more logo orders than designers. We'd like to send you white-label logo
jobs at $120 per logo, 3 concepts, 48-hour turnaround. To join the roster there is a one-time
verification fee of $49: https://brandsprint-agency.example/roster

Alex
""",
        note="sounds like work but is a paid roster sign-up",
    ),
]
