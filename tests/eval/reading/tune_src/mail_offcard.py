# ruff: noqa: E501  (hand-written mail text: subjects, addresses and body lines are kept as written)
"""Hand-written genuine requests for work that is not on the rate card."""

from mail_item import M

ITEMS = [
    M(
        "off_card",
        "en",
        "Chris Hollis <chris.hollis@hollisphysio.example>",
        "Website for my physio practice",
        "2026-10-05 20:14",
        """Hi Mara,

a friend said you designed her bakery's logo. I already have a logo I'm happy with, but I need a
website built: four pages, booking form, mobile friendly. Is that something you do? Budget 3,000.

Chris
""",
        note="mentions a logo but asks only for a website",
    ),
    M(
        "off_card",
        "de",
        "Paula Winter <paula.winter@mailbox.example>",
        "Tattoo-Motiv",
        "2026-11-02 22:31",
        """Hallo Mara,

ich liebe deine Füchse aus dem Bilderbuch! Könntest du mir ein Tattoo-Motiv zeichnen, einen kleinen
Fuchs für den Unterarm? Ich würde 300 Euro zahlen.

Liebe Grüße
Paula
""",
    ),
    M(
        "off_card",
        "fr",
        "Antoine Leroy <antoine@leroy-immobilier.example>",
        "Fresque murale pour nos bureaux",
        "2026-09-17 10:02",
        """Bonjour,

nous aimerions faire peindre une fresque murale de 12 mètres dans le hall de nos bureaux à Bordeaux,
avec un style illustré proche du vôtre. Réalisez-vous ce type de travail sur place ?

Cordialement,
Antoine Leroy
""",
    ),
    M(
        "off_card",
        "es",
        "Diego Navarro <diego@navarrofilms.example>",
        "Animación 3D de una mascota",
        "2026-10-23 18:40",
        """Hola,

ya tenemos la mascota de nuestra marca, diseñada por otro estudio. Lo que buscamos es alguien que la
anime en 3D para un anuncio de 30 segundos. ¿Trabajas con animación 3D?

Gracias,
Diego
""",
        note="mascot is mentioned but the request is 3D animation",
    ),
    M(
        "off_card",
        "it",
        "Sara Greco <sara.greco@grecoeventi.example>",
        "Foto per il nostro matrimonio",
        "2026-11-14 09:37",
        """Ciao Mara,

mi hanno consigliato il tuo nome per le foto del nostro matrimonio a Berlino il 12 giugno. Fai anche
servizi fotografici? Saremmo circa ottanta invitati.

Sara
""",
    ),
    M(
        "off_card",
        "nl",
        "Bram Peeters <bram@peeters-interieur.example>",
        "Inrichting van onze winkel",
        "2026-10-09 15:15",
        """Hallo Mara,

wij openen een conceptstore in Gent en zoeken iemand voor het interieurontwerp: kasten, verlichting,
kleuren. Ons logo hebben we al. Doe jij ook interieurontwerp?

Groeten,
Bram Peeters
""",
    ),
    M(
        "off_card",
        "en",
        "Hannah Cole <hannah@colekids.example>",
        "Translation of a picture book",
        "2026-09-30 11:48",
        """Hi Mara,

we publish picture books in English and want to bring out a German edition of one of our titles.
Would you be able to translate the text (about 800 words)? The illustrations stay as they are.

Best,
Hannah Cole
""",
        note="a picture book, but the work asked for is translation",
    ),
    M(
        "off_card",
        "de",
        "Mehmet Aydın <mehmet@aydin-media.example>",
        "Videoschnitt Imagefilm",
        "2026-11-19 13:05",
        """Hallo Frau Lindqvist,

wir haben einen Imagefilm gedreht und suchen jemanden für Schnitt und Farbkorrektur, ca. 4 Minuten.
Machen Sie auch Videoschnitt?

Viele Grüße
Mehmet Aydın
""",
    ),
    M(
        "off_card",
        "en",
        "Tariq Hassan <tariq@hassan-events.example>",
        "Printing 500 posters",
        "2026-11-09 15:35",
        """Hi Mara,

we already have the poster design from our in-house team. Could you print 500 copies in A2 for us
by next Friday and deliver them to Kreuzberg? Please send a price.

Tariq
""",
        note="the word poster, but the request is printing, not design",
    ),
    M(
        "off_card",
        "fr",
        "Élodie Blanc <elodie@blanc-ceramique.example>",
        "Site internet avec notre logo",
        "2026-10-11 10:25",
        """Bonjour Mara,

nous avons déjà notre logo et notre charte graphique. Il nous faudrait maintenant un site vitrine
avec une boutique en ligne. Est-ce que vous proposez la création de sites ?

Élodie
""",
        note="names the logo and the style guide she already has",
    ),
    M(
        "off_card",
        "es",
        "Rubén Castro <ruben@castroaceites.example>",
        "Fotografía de producto",
        "2026-09-25 12:50",
        """Hola Mara:

acabamos de estrenar etiquetas nuevas para nuestro aceite y necesitamos fotos de producto para la
tienda online: unas veinte botellas, fondo blanco. ¿Haces fotografía de producto?

Rubén
""",
        note="labels are mentioned, the request is product photography",
    ),
    M(
        "off_card",
        "it",
        "Chiara Gallo <chiara@gallo-social.example>",
        "Animazione del logo per i social",
        "2026-11-18 16:15",
        """Ciao Mara,

il nostro logo è già pronto; vorremmo un'animazione di cinque secondi per Instagram e TikTok, con il
marchio che si compone pezzo per pezzo. Fai anche motion design?

Chiara
""",
        note="logo animation is video work",
    ),
    M(
        "off_card",
        "nl",
        "Gemeente Zuidkwartier <wijkbudget@zuidkwartier.example>",
        "Muurschildering speeltuin",
        "2026-10-22 09:40",
        """Beste Mara,

Vanuit het wijkbudget willen we de muur bij de speeltuin laten beschilderen met een vrolijke
illustratie, ongeveer 8 bij 3 meter. Zou jij dat willen doen? Budget € 4.000.

Met vriendelijke groet,
Wijkteam Zuidkwartier
""",
        note="an illustration, but painted on a wall: a mural",
    ),
]
