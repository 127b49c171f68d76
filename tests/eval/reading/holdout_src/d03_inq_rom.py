from lib import M
I = "inquiry"
# ---- fr
M(I, "fr", "2026-06-11 10:05", "Camille Girard <camille@girard-confitures.example>", "Demande de devis : étiquettes de confiture",
"""Bonjour Mara,

Je dirige une petite confiturerie artisanale en Bretagne. Nous aimerions refaire nos étiquettes : fraise,
abricot, figue, et deux éditions de Noël, donc cinq étiquettes au total.

Il nous faudrait les fichiers pour le 15 septembre. Notre budget est de 4 000 € HT.

Bien cordialement,
Camille Girard""",
  services=["packaging"], q={"packaging": 5}, deadline="2026-09-15", budget="4000 EUR",
  enc="qp", charset="iso-8859-1", note="3 + 2 = 5; space as thousands separator")

M(I, "fr", "2026-06-25 15:22", "Lucas Bernard <lucas.bernard@editions-lucane.example>", "Album jeunesse - recherche illustratrice",
"""Chère Madame Lindqvist,

Les Éditions Lucane préparent un album jeunesse sur une petite tortue qui traverse la ville. L'album compte
une douzaine de doubles pages. Remise des illustrations finales : le 30 novembre 2026.
Nous proposons un forfait de 6 500 euros.

Seriez-vous disponible ?

Bien à vous,
Lucas Bernard
Éditeur""",
  services=["book-illustration"], q={"book-illustration": 12}, deadline="2026-11-30", budget="6500 EUR",
  note="'une douzaine' = 12")

M(I, "fr", "2026-07-09 09:30", "Manon Lefèvre <manon@lefevre-velo.example>", "Logo + affiche pour un atelier vélo",
"""Salut Mara,

J'ouvre un atelier de réparation de vélos à Lyon. Il me faudrait un logo et une affiche pour l'ouverture.
L'ouverture est le 5 octobre, mais l'affiche doit être imprimée avant : j'ai besoin des fichiers pour le
20 septembre. J'ai environ 2k de budget.

Merci !
Manon""",
  services=["logo", "poster"], q={"poster": 1}, deadline="2026-09-20", budget="2000 EUR",
  enc="8bit", note="opening date vs file date; 'environ 2k' still the stated budget")

M(I, "fr", "2026-08-13 11:47", "Hugo Moreau <hugo@lemagazine-de-quartier.example>", "Illustrations pour notre revue",
"""Bonjour,

Notre revue trimestrielle cherche une illustratrice pour la couverture et deux articles du prochain numéro,
soit trois illustrations. Rendu dans trois semaines. Rémunération : 350 € par illustration.

Cordialement,
Hugo Moreau
Directeur artistique""",
  services=["editorial-illustration"], q={"editorial-illustration": 3}, deadline="+3w", budget="1050 EUR",
  note="magazine cover counts as editorial; per-piece x 3")

M(I, "fr", "2026-09-03 14:14", "Élodie Roux <elodie.roux@roux-cosmetiques.example>", "Identité visuelle et packaging",
"""Bonjour Mara,

Roux Cosmétiques lance une gamme de soins solides. Nous cherchons une identité visuelle complète (logo,
couleurs, typographies, charte graphique) et le design de nos boîtes : shampoing, après-shampoing,
savon visage, savon corps. Soit quatre boîtes.

Le budget global du lancement est de 60 000 € dont 14 000 € pour le design.
Date souhaitée : fin janvier 2027.

Élodie Roux
Fondatrice""",
  services=["brand-identity", "packaging"], q={"packaging": 4}, deadline="2027-01-31", budget="14000 EUR",
  enc="qp", html=True, note="design share of global budget")

M(I, "fr", "2026-09-30 18:05", "Antoine Dubois <antoine@dubois-jeux.example>", "Mascotte pour notre jeu de société",
"""Bonjour Mara,

Nous développons un jeu de société pour enfants. Il nous faudrait une mascotte (un petit renard) et huit
poses pour les cartes. Livraison souhaitée : le 15 décembre. Budget : 3 500 €.

Merci et à bientôt,
Antoine""",
  services=["mascot", "mascot-poses"], q={"mascot-poses": 8}, deadline="2026-12-15", budget="3500 EUR")

M(I, "fr", "2026-10-21 08:50", "Sophie Laurent <sophie.laurent@festival-ondes.example>", "Affiches festival Ondes 2027",
"""Bonjour,

Le festival Ondes (Nantes) cherche une illustratrice pour son affiche 2027 et deux déclinaisons (affiche
jeune public et affiche conférences). Trois affiches en tout. Le festival a lieu en mai ; nous devons recevoir
les fichiers avant le 1er mars 2027. Enveloppe : 2 400 €.

Sophie Laurent
Chargée de communication""",
  services=["poster"], q={"poster": 3}, deadline="2027-03-01", budget="2400 EUR")

M(I, "fr", "2026-11-18 13:33", "Julien Petit <julien@petit-boulangerie.example>", "logo boulangerie",
"""bonjour, je reprends la boulangerie de mon père et je voudrais un nouveau logo. pas de date précise, dans
l'année. budget à voir. vous faites aussi les enseignes lumineuses ? merci julien""",
  services=["logo"], note="no deadline, no budget; illuminated sign is off-card")

M(I, "fr", "2027-01-07 10:00", "Claire Fontaine <c.fontaine@fontaine-the.example>", "=?iso-8859-1?q?Bo=EEtes_de_th=E9?=",
"""Bonjour Madame,

La maison Fontaine souhaite illustrer ses boîtes de thé. Dix parfums, dix boîtes, une illustration par boîte.
Nous aimerions recevoir le tout pour le 30 avril. Nous avons prévu 1 000 € par boîte.

Avec mes salutations distinguées,
Claire Fontaine""",
  services=["packaging"], q={"packaging": 10}, deadline="2027-04-30", budget="10000 EUR",
  enc="qp", charset="iso-8859-1", note="encoded subject; per-piece x 10")

M(I, "fr", "2027-02-11 16:16", "Mathieu Garnier <mathieu@garnier-bd.example>", "Personnage pour une appli",
"""Bonjour Mara,

Nous sommes une start-up qui fait une appli d'apprentissage de la lecture. Il nous faudrait un personnage
(mascotte) et ensuite une série d'expressions : content, triste, surpris, fier, endormi. Livraison dans six
semaines. Budget : 3,2 k€.

Mathieu Garnier""",
  services=["mascot", "mascot-poses"], q={"mascot-poses": 5}, deadline="+6w", budget="3200 EUR",
  note="expressions listed = 5; '3,2 k€'")

M(I, "fr", "2027-03-16 09:41", "Inès Mercier <ines@mercier-vins.example>", "Étiquettes vin + identité",
"""Bonjour Mara,

Petit domaine dans le Jura. Nous voudrions une identité visuelle et des étiquettes pour deux vins blancs et
un rouge. Mise en bouteille début juillet, donc étiquettes validées au plus tard le 15 juin 2027.
Budget design : 7 500 €.

Inès""",
  services=["brand-identity", "packaging"], q={"packaging": 3}, deadline="2027-06-15", budget="7500 EUR")

M(I, "fr", "2027-04-22 12:00", "Pierre Lambert <pierre@lambert-architecture.example>", "Rapport annuel : illustrations",
"""Madame,

Pour notre rapport annuel, nous recherchons une dizaine d'illustrations. Remise souhaitée : 31 mai.
Budget : 4 000 €.

Cordialement,
Pierre Lambert""",
  services=["editorial-illustration"], deadline="2027-05-31", budget="4000 EUR",
  note="'une dizaine' is approximate -> no quantity")

M(I, "fr", "2027-06-08 17:25", "Nathalie Chevalier <nathalie@chevalier-chocolat.example>", "Emballages de Noël",
"""Bonjour,

La chocolaterie Chevalier cherche quelqu'un pour ses emballages de Noël : un coffret, deux ballotins et une
tablette, quatre emballages. Nous avons besoin des fichiers pour le 1er septembre 2027. Budget 6 000 € HT.

Nathalie Chevalier""",
  services=["packaging"], q={"packaging": 4}, deadline="2027-09-01", budget="6000 EUR",
  note="1 + 2 + 1 = 4")

# ---- es
M(I, "es", "2026-06-17 12:30 +0200", "Lucía Fernández <lucia@fernandez-cafe.example>", "Logotipo y bolsas de café",
"""Hola Mara:

Tenemos una pequeña tostadora de café en Valencia. Necesitamos un logotipo nuevo y el diseño de las bolsas
para tres cafés de origen. Nos gustaría tenerlo todo para el 30 de septiembre. Presupuesto: 4.500 €.

Un saludo,
Lucía Fernández""",
  services=["logo", "packaging"], q={"packaging": 3}, deadline="2026-09-30", budget="4500 EUR")

M(I, "es", "2026-08-20 10:10", "Diego Martín <diego@editorial-nube.example>", "Ilustración de libro infantil",
"""Estimada Mara:

Editorial Nube busca ilustradora para un álbum ilustrado de dieciséis dobles páginas sobre un pulpo que
colecciona botones. Entrega final: 15 de enero de 2027. Honorarios: 7.000 euros.

Atentamente,
Diego Martín""",
  services=["book-illustration"], q={"book-illustration": 16}, deadline="2027-01-15", budget="7000 EUR",
  enc="qp", charset="iso-8859-1")

M(I, "es", "2026-10-08 19:45 -0600", "Valentina Cruz <vale@cruz-mezcal.example>", "etiquetas mezcal",
"""hola! somos una marca de mezcal de Oaxaca. queremos 2 etiquetas (espadín y tobalá) y tal vez una caja de
regalo. para finales de noviembre. presupuesto 3000 USD.

gracias!!
vale""",
  services=["packaging"], q={"packaging": 2}, deadline="2026-11-30", budget="3000 USD",
  note="'tal vez una caja' is unsure -> count stays 2")

M(I, "es", "2026-12-02 09:00", "Javier Ortega <javier@revista-trama.example>", "Encargo: ilustraciones para revista",
"""Hola Mara,

Desde la revista Trama te queremos encargar la portada y cuatro ilustraciones interiores para el número de
primavera. Cinco en total. Necesitamos los originales en dos semanas. Pagamos 250 € por ilustración.

Saludos,
Javier Ortega
Director de arte""",
  services=["editorial-illustration"], q={"editorial-illustration": 5}, deadline="+2w", budget="1250 EUR")

M(I, "es", "2027-01-25 11:30", "Marta Gil <marta@gil-juguetes.example>", "Mascota para tienda de juguetes",
"""Hola,

Tenemos una juguetería en Madrid y queremos una mascota (un oso) para la tienda y la web. Además seis
expresiones para redes sociales. Presupuesto: 2.800 €. Fecha: para el 1 de abril.

Marta""",
  services=["mascot", "mascot-poses"], q={"mascot-poses": 6}, deadline="2027-04-01", budget="2800 EUR",
  note="poses as social-media expressions")

M(I, "es", "2027-03-29 14:20", "Pablo Navarro <pablo@navarro-festival.example>", "Cartel festival de cine",
"""Buenas tardes:

El Festival de Cine de Huesca busca cartel para su edición de octubre. Un cartel, más una versión
horizontal para redes que no cuenta como diseño aparte. Entrega: 15 de junio. Presupuesto 1.500 €.

Pablo Navarro""",
  services=["poster"], q={"poster": 1}, deadline="2027-06-15", budget="1500 EUR",
  enc="b64")

M(I, "es", "2027-05-19 16:00", "Sofía Romero <sofia@romero-aceite.example>", "Identidad de marca aceite de oliva",
"""Hola Mara:

Somos productores de aceite de oliva en Jaén. Queremos crear nuestra identidad de marca (logotipo, colores,
manual) y la etiqueta de la botella. Presupuesto total del proyecto 30.000 €, de los cuales 8.000 € son para
diseño. Plazo: en ocho semanas.

Sofía Romero""",
  services=["brand-identity", "packaging"], q={"packaging": 1}, deadline="+8w", budget="8000 EUR",
  enc="qp", html=True)

# ---- it
M(I, "it", "2026-06-29 10:40", "Giulia Rossi <giulia@rossi-pasta.example>", "Richiesta preventivo: confezioni pasta",
"""Buongiorno Mara,

il pastificio Rossi (Bologna) vorrebbe rinnovare le confezioni: sei formati di pasta, ciascuno con la sua
illustrazione. Ci servirebbero i file entro il 30 settembre. Budget: 7.200 euro.

Cordiali saluti,
Giulia Rossi""",
  services=["packaging"], q={"packaging": 6}, deadline="2026-09-30", budget="7200 EUR",
  enc="qp", charset="iso-8859-1")

M(I, "it", "2026-08-06 15:15", "Marco Bianchi <marco@bianchi-editore.example>", "Albo illustrato",
"""Gentile Mara,

la casa editrice Bianchi cerca un'illustratrice per un albo illustrato di quindici doppie pagine. Consegna:
28 febbraio 2027. Compenso: 6.000 €.

Un saluto,
Marco Bianchi""",
  services=["book-illustration"], q={"book-illustration": 15}, deadline="2027-02-28", budget="6000 EUR")

M(I, "it", "2026-09-24 09:55", "Chiara Greco <chiara@greco-gelato.example>", "Logo e locandina gelateria",
"""Ciao Mara!

Apro una gelateria a Torino e mi servono un logo e una locandina per l'inaugurazione del 14 novembre.
La locandina deve essere pronta una settimana prima, il logo anche. Budget 2.000 €.

Chiara""",
  services=["logo", "poster"], q={"poster": 1}, deadline="2026-11-07", budget="2000 EUR",
  note="'una settimana prima' of 14 Nov -> 7 Nov")

M(I, "it", "2026-11-05 12:12", "Luca Ferrari <luca.ferrari@rivista-orbite.example>", "Illustrazioni per la rivista",
"""Buongiorno,

la rivista Orbite cerca due illustrazioni per un articolo sul clima e la copertina del numero di gennaio.
Tre illustrazioni in tutto, entro il 10 dicembre. 400 € ciascuna.

Luca Ferrari""",
  services=["editorial-illustration"], q={"editorial-illustration": 3}, deadline="2026-12-10", budget="1200 EUR")

M(I, "it", "2027-01-28 08:30", "Francesca Conti <francesca@conti-vini.example>", "Immagine coordinata cantina",
"""Gentile Mara,

la cantina Conti vorrebbe una nuova immagine coordinata (marchio, colori, manuale) e le etichette per
tre vini. Budget per la parte di design: 9.500 €. Consegna entro fine maggio 2027.

Francesca Conti""",
  services=["brand-identity", "packaging"], q={"packaging": 3}, deadline="2027-05-31", budget="9500 EUR",
  enc="qp", html=True)

M(I, "it", "2027-03-08 17:40", "Alessandro Ricci <ale@ricci-giochi.example>", "personaggio per videogioco",
"""ciao mara, siamo uno studio indie di Milano. ci serve un personaggio per il nostro videogioco e una decina di
pose. budget 4k. consegna tra due mesi circa. grazie! ale""",
  services=["mascot", "mascot-poses"], budget="4000 EUR",
  note="'una decina' approximate -> no quantity; 'circa due mesi' vague -> no deadline")

M(I, "it", "2027-05-04 10:20", "Elena Marino <elena@marino-festival.example>", "Manifesti festival jazz",
"""Buongiorno Mara,

per il festival jazz di Ravenna (settembre) ci servono due manifesti: uno per il festival e uno per la serata
finale. File entro il 15 luglio. Budget complessivo 1.900 €.

Elena Marino""",
  services=["poster"], q={"poster": 2}, deadline="2027-07-15", budget="1900 EUR")

# ---- nl
M(I, "nl", "2026-06-08 09:25", "Sanne de Vries <sanne@devries-koffie.example>", "Logo en verpakking koffiebranderij",
"""Hoi Mara,

Wij zijn een kleine koffiebranderij in Utrecht. We zoeken een nieuw logo en ontwerpen voor onze
koffiezakken: vier soorten. Graag klaar voor 1 september. Budget: € 5.000.

Groetjes,
Sanne de Vries""",
  services=["logo", "packaging"], q={"packaging": 4}, deadline="2026-09-01", budget="5000 EUR")

M(I, "nl", "2026-07-23 14:50", "Pieter Jansen <pieter@jansen-uitgeverij.example>", "Prentenboek illustraties",
"""Beste Mara,

Uitgeverij Jansen zoekt een illustrator voor een prentenboek van dertien spreads. Aanleveren uiterlijk
15 januari 2027. Honorarium € 6.500.

Met vriendelijke groet,
Pieter Jansen""",
  services=["book-illustration"], q={"book-illustration": 13}, deadline="2027-01-15", budget="6500 EUR")

M(I, "nl", "2026-09-16 11:00", "Lotte Bakker <lotte@bakker-bier.example>", "Etiketten voor ons bier",
"""Hallo Mara,

Brouwerij Bakker brengt drie nieuwe bieren uit en een kerstbier. Vier etiketten dus. Deadline over vijf
weken. We betalen € 1.200 per etiket.

Proost,
Lotte""",
  services=["packaging"], q={"packaging": 4}, deadline="+5w", budget="4800 EUR",
  enc="qp", charset="iso-8859-1")

M(I, "nl", "2026-10-26 16:30", "Daan Visser <daan@visser-fietsen.example>", "huisstijl fietsenwinkel",
"""Hoi,

Wij willen een nieuwe huisstijl voor onze fietsenwinkel, met logo en een korte stijlgids. En een poster voor
de etalage. Klaar voor eind januari. Budget ongeveer 6000 euro.

Daan""",
  services=["brand-identity", "poster"], q={"poster": 1}, deadline="2027-01-31", budget="6000 EUR",
  note="'ongeveer 6000' still the stated budget figure")

M(I, "nl", "2026-12-14 10:05", "Emma Mulder <emma@mulder-magazine.example>", "Illustraties tijdschrift",
"""Beste Mara,

Voor ons tijdschrift zoeken we een illustratie voor de cover en twee voor een lang artikel. Aanleveren voor
8 januari. Fee: € 350 per stuk.

Groet,
Emma Mulder
Art director""",
  services=["editorial-illustration"], q={"editorial-illustration": 3}, deadline="2027-01-08", budget="1050 EUR")

M(I, "nl", "2027-02-22 09:45", "Bram de Jong <bram@dejong-speelgoed.example>", "Mascotte + stickers",
"""Hallo Mara,

Wij zoeken een mascotte voor onze speelgoedwinkel (een uil) en twaalf stickers met verschillende
uitdrukkingen. Budget 3.500 euro, klaar voor 15 april.

Bram""",
  services=["mascot", "mascot-poses"], q={"mascot-poses": 12}, deadline="2027-04-15", budget="3500 EUR")

M(I, "nl", "2027-04-06 13:00", "Femke Smit <femke@smit-thee.example>", "Theeblikken",
"""Beste Mara,

Wij willen onze theeblikken laten illustreren: vijf smaken. Het hele project (productie, drukwerk, ontwerp) is
begroot op € 20.000, waarvan € 6.000 voor het ontwerp. Graag binnen acht weken.

Hartelijke groet,
Femke Smit""",
  services=["packaging"], q={"packaging": 5}, deadline="+8w", budget="6000 EUR",
  enc="qp", html=True)

M(I, "nl", "2027-06-14 15:35", "Ruben Peters <ruben@peters-festival.example>", "Festivalposters",
"""Hoi Mara,

Voor ons zomerfestival in Groningen (eind augustus) willen we drie posters. Bestanden uiterlijk 20 juli.
Budget 2.400.

Ruben""",
  services=["poster"], q={"poster": 3}, deadline="2027-07-20", budget="2400 EUR",
  note="no currency -> EUR")
