# ruff: noqa: E501  (hand-written mail text: subjects, addresses and body lines are kept as written)
"""Hand-written genuine inquiries, many close to a negative (batch a)."""

from mail_item import M

ITEMS = [
    M(
        "inquiry",
        "en",
        "Website contact form <forms@relay.sitepost.example>",
        "New message from lindqvist.example",
        "2026-10-06 08:12",
        """You have a new form submission.

Name: Priya Raman
Email: priya@kettleandkiln.example
Subject: Logo

Message:
Hi Mara, I run a small pottery studio in Neukölln (Kettle & Kiln) and finally want a proper logo instead of
the clip art on my sign. Something that works stamped into clay as well. My budget is 1,400 euros. No rush,
but before the Christmas market on 12 December would be lovely.

--
This message was sent through the contact form on lindqvist.example.
""",
        services=("logo",),
        budget="1400 EUR",
        deadline="2026-12-12",
        note="contact-form relay from a no-reply style sender; the inquirer is in the body",
        headers=[("Reply-To", "priya@kettleandkiln.example")],
    ),
    M(
        "inquiry",
        "de",
        "Druckerei Wendler <auftrag@druckerei-wendler.example>",
        "Kundenanfrage weitergeleitet: Etiketten Honig",
        "2026-09-15 10:40",
        """Hallo Frau Lindqvist,

wir drucken seit Jahren für die Imkerei Hoffmann aus Bernau. Frau Hoffmann sucht jemanden, der ihr neue
Etiketten für ihre Honiggläser gestaltet, drei Sorten (Raps, Linde, Waldhonig). Sie hat Ihre Arbeiten für
die Bäckerei Brotzeit gesehen und mich gebeten, den Kontakt herzustellen. Ich setze sie in CC.

Die Etiketten sollen bis Ende Oktober druckfertig sein, damit wir im November drucken können.
Die Stanzform liefern wir.

Schöne Grüße
Tobias Wendler
Druckerei Wendler GmbH
""",
        services=("packaging",),
        quantities={"packaging": 3},
        deadline="2026-10-31",
        note="a printer relaying a real customer's request",
        headers=[("Cc", "Imkerei Hoffmann <info@imkerei-hoffmann.example>")],
    ),
    M(
        "inquiry",
        "en",
        "Dan Whitfield <dan@whitfieldbrewing.example>",
        "Re: invoice",
        "2026-11-03 16:05",
        """Hi Mara,

sorry for the confusing subject, I replied to the wrong thread. The invoice question is sorted, my
accountant paid the old agency.

What I actually wanted to ask: we're launching a winter stout and need a label for the can. One design,
16 oz can, the dieline comes from our can supplier. Could you do it by 20 December? We have 2,500 GBP set aside.

Cheers,
Dan Whitfield
Whitfield Brewing Co.
""",
        services=("packaging",),
        quantities={"packaging": 1},
        deadline="2026-12-20",
        budget="2500 GBP",
        note="subject says invoice; body is a new packaging inquiry",
    ),
    M(
        "inquiry",
        "fr",
        "Hélène Baptiste <helene.baptiste@editions-du-phare.example>",
        "Album jeunesse – illustrations",
        "2026-10-19 11:30",
        """Bonjour Madame Lindqvist,

je suis éditrice aux Éditions du Phare, à Nantes. Nous préparons un album jeunesse sur une petite
mouette qui a peur de l'eau, texte de Lucie Arnaud. Il compterait quatorze doubles pages, plus la
couverture, que nous voudrions vous confier.

Le manuscrit est terminé. Nous visons une remise des fichiers au 15 mars 2027 pour une parution à la
rentrée. Notre enveloppe pour l'illustration est de 6 000 euros.

Pourriez-vous nous dire si cela vous intéresse ?

Bien cordialement,
Hélène Baptiste
""",
        services=("book-illustration",),
        quantities={"book-illustration": 14},
        deadline="2027-03-15",
        budget="6000 EUR",
        note="fourteen spreads in words plus a cover; the count states the spreads",
    ),
    M(
        "inquiry",
        "en",
        "Rosa Lindgren <rosa@hafenfestival.example>",
        "Poster 2027?",
        "2026-11-20 09:02",
        """Hi Mara,

it's Rosa from Hafen Festival again. New year, new poster, if you're up for it. Same deal as the last
three years: one main poster, A1, screenprinted. We'd need print files by 1 March because the festival
announcement goes out mid-March.

Let me know and I'll send the line-up draft.

Rosa
""",
        services=("poster",),
        quantities={"poster": 1},
        deadline="2027-03-01",
        note="a past client by history but not in the client directory, so an inquiry",
    ),
    M(
        "inquiry",
        "de",
        "Jana Vogt <j.vogt@zeitgeist-magazin.example>",
        "Illustration für die Februar-Ausgabe",
        "2026-12-01 14:22",
        """Liebe Mara,

wir hätten wieder etwas für dich: ein Essay über das Alleinsein im Homeoffice, ca. 9.000 Zeichen,
erscheint in der Februar-Ausgabe. Wir brauchen eine Illustration für den Aufmacher, Format eine
ganze Seite. Abgabe wäre der 18. Dezember. Honorar wie üblich 600 Euro.

Hast du Zeit?

Herzlich
Jana
""",
        services=("editorial-illustration",),
        quantities={"editorial-illustration": 1},
        deadline="2026-12-18",
        budget="600 EUR",
        note="magazine she worked for, not in the client directory; 'wie üblich' sounds like a client",
    ),
    M(
        "inquiry",
        "es",
        "Lucía Ferrer <lucia@cafeterialaola.example>",
        "Logotipo para cafetería",
        "2026-10-02 19:47",
        """Hola Mara:

Te escribo desde Valencia. Vamos a abrir una cafetería pequeña junto a la playa, "La Ola", en
primavera. Necesitamos un logotipo que funcione en tazas, en el toldo y en Instagram. Vi tu trabajo
para Nordlicht Coffee y me encantó.

Tenemos un presupuesto de 1.500 € para el logo. Lo ideal sería tenerlo antes del 30 de noviembre.

Un saludo,
Lucía Ferrer
""",
        services=("logo",),
        budget="1500 EUR",
        deadline="2026-11-30",
    ),
    M(
        "inquiry",
        "it",
        "Marco Bellini <marco.bellini@pastificiobellini.example>",
        "Confezioni per la nostra pasta",
        "2026-09-28 08:55",
        """Buongiorno Mara,

siamo un piccolo pastificio artigianale vicino a Parma. Vorremmo rinnovare le confezioni della nostra
pasta: cinque formati (spaghetti, fusilli, pappardelle, orecchiette e paccheri), ciascuno con la sua
illustrazione. La fustella ce la fornisce la tipografia.

Il budget complessivo del progetto è di 15.000 euro, di cui 9.000 per la parte di design; il resto va
in stampa. Ci servirebbero i file entro il 15 gennaio 2027.

Cordiali saluti,
Marco Bellini
""",
        services=("packaging",),
        quantities={"packaging": 5},
        deadline="2027-01-15",
        budget="9000 EUR",
        note="whole-project figure and a smaller design figure; five named formats",
    ),
    M(
        "inquiry",
        "nl",
        "Sanne de Wit <sanne@dewitdrukt.example>",
        "Klant zoekt illustrator voor kinderboek",
        "2026-10-27 13:10",
        """Hoi Mara,

Wij drukken de boeken van een kleine uitgeverij in Utrecht, Uitgeverij Klaproos. De uitgever, Pieter
Jansen, zoekt een illustrator voor een prentenboek van 12 spreads en vroeg of ik iemand wist. Ik heb
jouw naam genoemd en hem in de cc gezet. Hij schrijft je zelf nog over de planning.

Groet,
Sanne de Wit
De Wit Drukt
""",
        services=("book-illustration",),
        quantities={"book-illustration": 12},
        note="printer introducing a publisher; the request itself is real",
        headers=[("Cc", "Pieter Jansen <pieter@klaproos.example>")],
    ),
    M(
        "inquiry",
        "en",
        "Oliver Grant <ogrant@brightside-apps.example>",
        "Saw your Behance – mascot for our app",
        "2026-11-11 12:41",
        """Hello Mara,

I found your Pixelhaus character on Behance and showed it around the office. We're a small team building
a budgeting app for students and we want a mascot: friendly, a bit cheeky, works tiny as an app icon.
On top of the main character we'd like 6 extra poses for in-app moments (saving, overspending, etc.).

We have 4,000 EUR for all of it. Ideally done by end of January.

Best,
Oliver Grant
Brightside Apps
""",
        services=("mascot", "mascot-poses"),
        quantities={"mascot-poses": 6},
        deadline="2027-01-31",
        budget="4000 EUR",
        note="mentions Behance but is written directly by the client, not a platform notification",
    ),
    M(
        "inquiry",
        "de",
        "Birkenhain Verlag Presse <presse@birkenhain-verlag.example>",
        "Plakat für die Lesereise",
        "2026-11-05 15:30",
        """Hallo Frau Lindqvist,

ich bin neu in der Presseabteilung des Birkenhain Verlags. Für die Lesereise unserer Autorin Helga Brandt
im Frühjahr suchen wir ein illustriertes Plakat (A2). Das Lektorat hat Sie empfohlen.

Wir bräuchten die Druckdaten bis zum 15. Januar. Budget: 900 Euro.

Mit freundlichen Grüßen
Katrin Sommer
Presse & Veranstaltungen
""",
        services=("poster",),
        quantities={"poster": 1},
        deadline="2027-01-15",
        budget="900 EUR",
        note="Birkenhain is in the directory by one address only (lektorat@); presse@ is not listed",
    ),
    M(
        "inquiry",
        "en",
        "Mei Tanaka <mei@tanaka-tea.example>",
        "Quick question (and maybe a project)",
        "2026-10-14 07:20",
        """Hi,

quick one: do you also do packaging, or only illustration? If yes: I need two tea tins designed, a
green tea and a hojicha, for a launch in March. Budget is around what a freelancer charges, I don't
really know. Let me know what you'd need from me.

Mei
""",
        services=("packaging",),
        quantities={"packaging": 2},
        note="starts as a question, is an inquiry; no budget figure",
    ),
    M(
        "inquiry",
        "fr",
        "Julien Marchand <julien@velo-atelier-marchand.example>",
        "Identité visuelle pour notre atelier vélo",
        "2026-09-09 17:03",
        """Bonjour,

Nous ouvrons un atelier de réparation de vélos à Lyon et cherchons une identité visuelle complète :
logo, couleurs, typographies et une charte graphique simple pour l'équipe. Nous aimerions tout avoir
avant l'ouverture, prévue le 1er décembre.

Notre budget est de 5 500 €.

Merci d'avance,
Julien Marchand
""",
        services=("brand-identity",),
        deadline="2026-12-01",
        budget="5500 EUR",
        note="lists a logo as part of the identity; one service",
    ),
    M(
        "inquiry",
        "en",
        "Amelia Brooks <amelia.brooks@northgate-univ.example>",
        "Annual report illustrations",
        "2026-10-21 10:15",
        """Dear Ms Lindqvist,

Our communications office is putting together the university's annual report for 2026 and we'd like
a set of editorial illustrations, one per chapter. There are eight chapters. Files are due on
8 January 2027; the report goes to print on the 20th.

We have £3,200 for illustration.

Kind regards,
Amelia Brooks
Communications Office, Northgate University
""",
        services=("editorial-illustration",),
        quantities={"editorial-illustration": 8},
        deadline="2027-01-08",
        budget="3200 GBP",
        note="print date after the delivery date is not the deadline",
    ),
    M(
        "inquiry",
        "de",
        "Felix Arnold <felix@arnold-kaffeeroesterei.example>",
        "Re: Newsletter November – Frage",
        "2026-11-18 09:45",
        """Hallo Mara,

ich habe deinen Newsletter bekommen (danke!) und dabei gesehen, dass du auch Verpackungen machst.
Wir sind eine kleine Rösterei in Potsdam und brauchen für unsere neue Espressomischung eine Tüte,
also ein Design. Geht das bis zum 31. Januar? Wir hatten an 2.000 Euro gedacht.

Grüße
Felix

> Lindqvist Studio – Neuigkeiten im November
> Neue Arbeiten: Dosenetiketten, ein Bilderbuch, ein Festivalplakat ...
""",
        services=("packaging",),
        quantities={"packaging": 1},
        deadline="2027-01-31",
        budget="2000 EUR",
        note="reply to her own newsletter, with the newsletter quoted below",
    ),
]
