from lib import M
O = "off_card"
M(O, "en", "2026-06-12 21:10", "Jade Summers <jade.s@inbox.example>", "tattoo design??",
"""Hi Mara!! I'm obsessed with your otter drawings. Would you design a tattoo for me? A little otter holding a
moon, for my forearm. I'd pay whatever you think is fair. Thank youuu""", note="tattoo")

M(O, "en", "2026-07-03 10:30", "Greg Parsons <greg@parsons-plumbing.example>", "Website for my plumbing company",
"""Hello,

I need a new website for Parsons Plumbing - 5 pages, booking form, mobile friendly. Budget £3,000, need it live
by August. Do you do that?

Greg""", note="website only; quantity and budget irrelevant")

M(O, "en", "2026-07-27 18:45", "Emily & Josh <emilyandjosh@wedding-mail.example>", "Wedding photographer?",
"""Hi Mara,

We're getting married on 12 September 2026 in Potsdam and we're looking for a photographer for the whole
day. A friend said you're super creative. Are you free?

Emily & Josh""", note="wedding photography")

M(O, "en", "2026-08-17 09:05", "Arjun Mehta <arjun@mehta-motion.example>", "3D animated explainer",
"""Hi Mara,

We'd love a 60-second 3D animated explainer video for our fintech app, characters included (modelled and
rigged in Blender). Deadline end of October, budget 15k. Interested?

Arjun""", note="3D animation; 'characters' keyword but rigged 3D models")

M(O, "en", "2026-09-10 12:40", "Helen Brooks <helen@brooks-cafe.example>", "Mural for our cafe wall",
"""Hi Mara,

We've got a big brick wall (6 x 3 m) in our café and want a hand-painted mural of the neighbourhood. Would
you paint it? We're thinking October.

Helen""", note="mural")

M(O, "en", "2026-10-15 15:00", "Oscar Lind <oscar@lind-translations.example>", "Translation of a children's book",
"""Hello Mara,

We saw you're Swedish-German. Could you translate a picture book text (about 800 words) from Swedish into
German? It's for Fjordfolk Press. Budget 400 EUR.

Oscar""", note="translation; 'picture book' keyword but the work is translation")

M(O, "en", "2026-11-19 08:20", "Mia Torres <mia@torres-vlog.example>", "video editing help",
"""hey! i need someone to edit my youtube videos, ~2 a week, 10 min each. paying per video. you up for it?""",
  note="video editing")

M(O, "en", "2027-01-21 11:55", "Victor Hale <victor@hale-interiors.example>", "Interior design for a boutique hotel",
"""Dear Ms Lindqvist,

We are refurbishing a 12-room boutique hotel in Lisbon and are looking for an interior designer to do the
rooms and the lobby, including furniture selection. Your illustration style is exactly the mood we want.

Victor Hale""", note="interior design")

M(O, "en", "2027-03-18 14:10", "Kelly Owens <kelly@owens-apps.example>", "App UI design",
"""Hi Mara,

Need UI/UX design for our meditation app - about 30 screens in Figma, design system included. 6 weeks,
budget €8k. Let me know!

Kelly""", note="app UI design")

M(O, "en", "2027-05-25 19:30", "Pat Doyle <pat@doyle-vans.example>", "Van wrap",
"""Hi, could you design and install a vinyl wrap for our food truck? We want it full-on illustrated. Thanks, Pat""",
  note="vehicle wrap incl. installation")

M(O, "de", "2026-06-30 10:00", "Marlene Fuchs <marlene@fuchs-events.example>", "Hochzeitsfotografie 2027",
"""Hallo Mara,

wir suchen für unsere Hochzeit am 14. August 2027 eine Fotografin. Hast du da Zeit? Wir haben ca. 2.500 €
eingeplant.

Liebe Grüße
Marlene""", note="wedding photography")

M(O, "de", "2026-08-28 13:30", "Stefan Jung <stefan@jung-immobilien.example>", "Website-Relaunch",
"""Sehr geehrte Frau Lindqvist,

wir suchen eine Agentur oder Freelancerin für den Relaunch unserer Website (WordPress, ca. 20 Seiten,
Mehrsprachigkeit). Budget: 12.000 €.

Mit freundlichen Grüßen
Stefan Jung""", enc="qp", note="website")

M(O, "de", "2026-10-09 17:20", "Nils Baumann <nils@baumann-tattoo.example>", "Gastspot im Studio / Tattoo-Flash",
"""Hey Mara,

wir sind ein Tattoostudio in Friedrichshain und würden gern ein Flash-Sheet mit deinen Motiven
tätowieren – sprich: du zeichnest Tattoo-Vorlagen, wir stechen sie. Lust?

Nils""", enc="8bit", note="tattoo flash")

M(O, "de", "2027-02-25 09:50", "Ingrid Schulz <ingrid.schulz@schulz-gmbh.example>", "Wandgestaltung Kantine",
"""Guten Tag Frau Lindqvist,

für unsere Kantine suchen wir eine Künstlerin, die eine Wand (ca. 12 m) bemalt. Zeitraum Mai 2027.

Freundliche Grüße
Ingrid Schulz""", note="mural")

M(O, "de", "2027-04-28 15:40", "Kevin Franke <kevin@franke-film.example>", "Videoschnitt Imagefilm",
"""Hallo,

wir bräuchten Unterstützung beim Schnitt eines Imagefilms, 3 Minuten, Rohmaterial liegt vor. Bis Ende Mai.

Gruß Kevin""", note="video editing")

M(O, "fr", "2026-07-20 11:11", "Léa Fabre <lea@fabre-mariage.example>", "Photographe de mariage",
"""Bonjour Mara,

Nous nous marions le 5 juin 2027 près de Bordeaux et nous cherchons une photographe. Êtes-vous disponible ?

Léa et Thomas""", note="wedding photography")

M(O, "fr", "2026-09-22 09:35", "Romain Blanc <romain@blanc-studio3d.example>", "Animation 3D pour une pub",
"""Bonjour,

Nous cherchons une animatrice 3D pour un spot de 30 secondes, avec un personnage modélisé. Budget 10 000 €.

Romain""", note="3D animation; 'personnage' keyword")

M(O, "fr", "2026-12-16 14:45", "Amélie Roussel <amelie@roussel-deco.example>", "Décoration intérieure",
"""Bonjour Mara,

Je rénove un appartement à Paris et je cherche quelqu'un pour l'aménagement intérieur complet (choix des
couleurs, mobilier). Vous faites ça ?

Amélie""", enc="qp", charset="iso-8859-1", note="interior design")

M(O, "fr", "2027-05-13 10:20", "Bastien Morel <bastien@morel-site.example>", "Création site web + logo ?",
"""Bonjour,

Il me faudrait un site vitrine pour mon restaurant. Le logo, je l'ai déjà. Prix ?

Bastien""", note="mentions logo but says he already has one -> off_card")

M(O, "es", "2026-08-31 16:30", "Andrea Molina <andrea@molina-tatuajes.example>", "Diseño de tatuaje",
"""Hola Mara, me encantaría que me diseñaras un tatuaje de una ballena para la espalda. ¿Cuánto cobrarías?
Andrea""", note="tattoo")

M(O, "es", "2027-03-04 12:15", "Raúl Castillo <raul@castillo-murales.example>", "Mural para colegio",
"""Buenos días,

El colegio San Jorge quiere un mural en el patio (20 metros de pared). ¿Podría pintarlo en junio?

Raúl Castillo""", note="mural")

M(O, "it", "2026-11-02 10:50", "Sara Moretti <sara@moretti-video.example>", "montaggio video",
"""Ciao Mara, cerco qualcuno per il montaggio di un documentario di 20 minuti. Ti interessa? Sara""",
  note="video editing")

M(O, "it", "2027-06-21 09:10", "Davide Gallo <davide@gallo-web.example>", "Sito web per agriturismo",
"""Buongiorno,

ci serve un sito web per il nostro agriturismo, con prenotazioni online. Budget 4.000 €.

Davide Gallo""", note="website")

M(O, "nl", "2026-10-01 13:05", "Kees Vos <kees@vos-bruiloft.example>", "Trouwfotograaf gezocht",
"""Hoi Mara, wij trouwen in mei 2027 in Haarlem en zoeken een fotograaf. Ben je beschikbaar? Groet, Kees""",
  note="wedding photography")
