"""Chat turns for route `brief`: Mara pastes a client's inquiry, or asks to turn one into a brief or summary.

Written by hand, blind. Each item is (lang, text). Senders are invented; a pasted mail that asks for a price
is still `brief`.
"""

ITEMS = [
    ("en", "From: Tomasz Wierzba <tomasz@kettlebell-collective.example>\n"
           "Subject: logo for our gym\n\n"
           "Hi Mara, we're opening a second location in March and need a logo that works on t-shirts and on "
           "the wall. Budget around 2k. Can you send a price?"),
    ("en", "can you turn this into a brief? 'Hello! I run a tiny tea shop in Glasgow and would love some "
           "illustrated labels for our five blends, nothing too cute.'"),
    ("en", "summarise what this client actually wants: Dear Ms Lindqvist, our foundation publishes an annual "
           "report each June and we would like three illustrations for the chapters on water, soil and air."),
    ("en", "Subject: Re: picture book?\n\nhey, my partner wrote a story for our daughter and we'd like it "
           "turned into a real book, maybe 12 pages?? no idea how this works. Jo"),
    ("en", "got this through the contact form, what do they need?\n> Name: Priya Raman\n> Message: Looking "
           "for a mascot for our coding school for kids, friendly robot or animal, has to work in 2D "
           "animation later."),
    ("en", "make a brief out of this one pls\n\nHi there, saw your Hafen poster on Instagram. We run a small "
           "folk festival in Cork in August and want a poster in that style. Print deadline is June 20."),
    ("en", "Hi Mara, I'm the marketing lead at Birchwood Cider (a new brand). We'd like a full identity: logo, "
           "colours, a pattern for the cans. Launch is in autumn. What's your availability? Best, Elin"),
    ("en", "what's the ask here? 'We are a small climate magazine and need a cover illustration for our "
           "winter issue, 230x300 mm, delivery by 10 Nov. Fee is 600 EUR flat.'"),
    ("en", "brief please. From: Ana Lúcia <ana@casa-doce.example>: 'we need packaging for our brigadeiros, "
           "a box of 6 and a box of 12, and maybe stickers'"),
    ("en", "/brief Subject: Character design for a board game. Hello, we're a two-person studio making a "
           "card game about foxes. We need one main character and 8 expressions for the cards."),
    ("en", "read this and give me the gist in bullet points: 'hi! do u do logos for podcasts? ours is about "
           "urban gardening, we launch in 3 weeks, very low budget sorry'"),
    ("en", "This came in, can you pull out the deliverables and the deadline? 'Dear Lindqvist Studio, the "
           "Harbourside Library invites you to quote for a series of four posters promoting our reading "
           "festival, printed A1, by 1 April.'"),
    ("de", "Von: Jonas Keller <jonas@brauerei-keller.example>\nBetreff: Etiketten\n\n"
           "Hallo Frau Lindqvist, wir brauchen neue Etiketten für drei Biersorten und würden gern mit Ihnen "
           "arbeiten. Was würde das kosten?"),
    ("de", "mach mir bitte ein Briefing daraus: 'Liebe Mara, unser Chorverein feiert 50 Jahre und wir hätten "
           "gern ein Plakat und vielleicht ein Logo fürs Jubiläum.'"),
    ("de", "fass zusammen, was die Kundin will: Hallo, ich schreibe ein Kinderbuch über einen Igel, der nicht "
           "schlafen kann, ungefähr 14 Doppelseiten, Selbstverlag, erscheinen soll es im Herbst."),
    ("de", "kam übers Kontaktformular, was braucht der?\n> Name: Dirk Baumann\n> Nachricht: Maskottchen für "
           "unseren Sportverein, soll auf Trikots und auf Social Media funktionieren."),
    ("de", "Betreff: Anfrage Illustration\n\nGuten Tag, für unsere Mitgliederzeitschrift suchen wir eine "
           "Illustration zum Thema Ehrenamt, Abgabe in zwei Wochen. Viele Grüße, Heike Sommer"),
    ("fr", "De : Claire Aubert\nObjet : affiche festival\n\nBonjour Mara, nous organisons un festival de jazz "
           "à Lyon en juillet et cherchons une illustratrice pour l'affiche. Quel serait votre tarif ?"),
    ("fr", "tu peux me faire un brief de ce message ? « Bonjour, je lance une marque de savons artisanaux et "
           "j'ai besoin d'un logo et d'étiquettes pour quatre parfums. »"),
    ("fr", "résume-moi la demande : Bonjour Madame, notre maison d'édition prépare un album jeunesse de 24 "
           "pages sur les abeilles, sortie prévue au printemps."),
    ("fr", "reçu via le formulaire : « Salut, on est une brasserie à Nantes, on voudrait un personnage pour "
           "nos canettes, vous faites ça ? Hugo »"),
    ("es", "De: Lucía Ferrer <lucia@horno-ferrer.example>\nAsunto: logo para panadería\n\n"
           "Hola Mara, abrimos una panadería en Sevilla y necesitamos logo y bolsas. ¿Cuánto costaría?"),
    ("es", "hazme un brief con esto: 'Buenas, somos una editorial pequeña de Bogotá y buscamos ilustradora "
           "para un libro infantil de 16 dobles páginas.'"),
    ("es", "¿qué pide exactamente este cliente? 'Hola, necesitamos un cartel para un ciclo de cine al aire "
           "libre, impresión en serigrafía, para finales de mayo.'"),
    ("es", "resume lo que quiere: «¡Hola Mara! Tenemos una app de meditación y queremos una mascota, algo "
           "tipo nube o gato, con varias expresiones.»"),
    ("it", "Da: Marco Rinaldi\nOggetto: etichette olio\n\nCiao Mara, produciamo olio in Puglia e vorremmo "
           "rifare le etichette di due bottiglie. Tempi e costi?"),
    ("it", "fammi un brief da questa mail: 'Buongiorno, la nostra rivista cerca un'illustrazione per un "
           "articolo sulla solitudine urbana, consegna entro venerdì prossimo.'"),
    ("it", "riassumi la richiesta: «Salve, apriamo una libreria per ragazzi a Torino e cerchiamo un logo e "
           "un'insegna illustrata.»"),
    ("it", "arrivata dal form del sito:\n> Nome: Giulia Conti\n> Messaggio: vorrei un poster illustrato "
           "della mia città da regalare, formato 50x70."),
    ("nl", "Van: Sanne de Wit\nOnderwerp: prentenboek\n\nHoi Mara, ik zoek een illustrator voor een "
           "prentenboek over een eend die niet kan zwemmen, 12 spreads. Wat zou dat kosten?"),
    ("nl", "maak hier een briefing van: 'Hallo, wij zijn een koffiebranderij in Gent en willen een nieuwe "
           "huisstijl, inclusief verpakking voor onze bonen.'"),
    ("nl", "vat samen wat deze klant wil: «Beste Mara, voor ons jaarverslag zoeken we vijf illustraties rond "
           "het thema water. Oplevering half maart.»"),
    ("nl", "via het contactformulier binnengekomen:\n> Naam: Pieter Jansen\n> Bericht: logo voor mijn "
           "klusbedrijf, liefst iets met een hamer, snel nodig"),
    # Near-miss batch: the same clients and words as turns in chat_quote, chat_style and chat_sent.
    ("en", "turn this into a brief: 'hi Mara, we need a mascot for our bakery, something with a pretzel, "
           "for the shop sign and the bags'"),
    ("de", "Von: Jule Hartmann <jule@kunstverein-pankow.example>\nBetreff: Plakat Sommerausstellung\n\n"
           "Liebe Frau Lindqvist, für unsere Sommerausstellung im Juli suchen wir ein Plakat in A1. "
           "Hätten Sie Zeit, und was würde es kosten?"),
    ("fr", "tu peux faire le point sur ce mail ? « Bonjour Mara, nous sommes une petite boulangerie bio à "
           "Rennes et cherchons une mascotte pour nos sacs et notre vitrine. »"),
    ("es", "resume esto: 'Hola, tengo una tienda de bicis en Zaragoza y quiero un logo que quede bien en "
           "las camisetas del equipo. ¿Para cuándo podría estar?'"),
    ("it", "riassumi questa: 'Ciao, siamo un birrificio di Trento e ci servono 2 etichette nuove per le "
           "lattine, entro marzo.'"),
    ("nl", "Van: Havenfeest Harlingen <info@havenfeest-harlingen.example>\nOnderwerp: affiches\n\n"
           "Beste Mara, voor ons havenfeest in juni zoeken we twee affiches. Kunt u een offerte sturen?"),
]
