"""A third batch, non-English, to bring English nearer a third of the set. Typed by hand."""

# ruff: noqa: E501
from items import mail as m

# French
m(
    "inquiry",
    "fr",
    "Romain Perrin <romain@perrin-cidre.example>",
    "Étiquettes cidre",
    "2027-02-19 10:00 +0100",
    "Bonjour, cidrerie normande. Il nous faut deux étiquettes (brut et doux) et une pour le poiré, donc trois. Pour Pâques si possible. Budget 3 000 €.",
    services=("packaging",),
    q={"packaging": 3},
    deadline="2027-03-28",
    budget="3000 EUR",
    note="'pour Pâques' = Easter Sunday 2027-03-28",
)
m(
    "inquiry",
    "fr",
    "Léon <leon.duval@boite-postale.example>",
    "affiche concert",
    "2027-02-20 22:00 +0100",
    "yo, une affiche pour notre concert le 2 avril ? 400 balles",
    services=("poster",),
    q={"poster": 1},
    budget="400 EUR",
    deadline="2027-04-02",
    note="short; slang for euros; the concert is the only date, so it is the deadline",
)
m(
    "inquiry",
    "fr",
    "Bibliothèque de Vannes <mediation@biblio-vannes.example>",
    "Illustrations pour notre magazine",
    "2027-02-22 09:30 +0100",
    "Madame, notre magazine trimestriel souhaite vous commander trois illustrations pour le numéro d'été. Remise au plus tard dans un mois. Rémunération : 450 € par illustration.",
    services=("editorial-illustration",),
    q={"editorial-illustration": 3},
    deadline="2027-03-22",
    budget="1350 EUR",
)
m(
    "existing_client",
    "fr",
    "Claire Petit <claire.petit@museum-am-ufer.example>",
    "Nouvelle affiche pour Lyon",
    "2027-02-23 11:00 +0100",
    "Bonjour Mara, l'exposition part en tournée à Lyon. Nous aurions besoin d'une nouvelle affiche adaptée, pour le 15 avril. Pourriez-vous nous faire un devis ?",
    services=("poster",),
    q={"poster": 1},
    deadline="2027-04-15",
    new=True,
)
m(
    "off_card",
    "fr",
    "Élodie Faure <elodie@faure-deco.example>",
    "Papier peint",
    "2027-02-24 14:00 +0100",
    "Bonjour, nous aimerions un papier peint panoramique pour une chambre d'enfant, dans votre style. Vous faites de la décoration intérieure ?",
    note="interior/wallpaper design",
)
m(
    "not_for_me",
    "fr",
    "Maman <ingrid.lindqvist@postbox.example>",
    "Recette",
    "2027-02-25 19:00 +0100",
    "Voilà la recette de la tarte que tu voulais. Bisous",
    note="short; family",
)
m(
    "not_for_me",
    "fr",
    "Salon du Livre Jeunesse <inscriptions@salon-jeunesse.example>",
    "Votre inscription est confirmée",
    "2027-02-26 10:00 +0100",
    "Votre stand au Salon du Livre Jeunesse (12-14 novembre) est confirmé. Facture à suivre.",
    note="booking confirmation",
)
m(
    "sales_phishing",
    "fr",
    "Support Messagerie <admin@messagerie-verif.example>",
    "Votre boîte mail sera supprimée",
    "2027-02-27 03:00 +0100",
    "Dernier avertissement : confirmez votre mot de passe sous 24 h pour éviter la suppression de studio@lindqvist.example.",
    html_only=True,
    cte="b64",
    note="HTML-only, base64 phishing",
)
m(
    "sales_phishing",
    "fr",
    "Annuaire Pro <facturation@annuaire-createurs.example>",
    "Renouvellement de votre annonce",
    "2027-03-01 05:00 +0100",
    "Votre annonce « illustratrice, logos, affiches » est renouvelée pour 3 ans : 1 290 € HT. Merci de régler sous 8 jours.",
    note="fake directory renewal",
)
m(
    "automated",
    "fr",
    "Robot liste <sympa@listes-graphistes.example>",
    "Confirmation d'abonnement",
    "2027-03-02 08:00 +0100",
    "Pour confirmer votre abonnement à la liste graphistes-fr, répondez à ce message.",
    note="mailing-list robot",
)

# Spanish
m(
    "inquiry",
    "es",
    "Marta Fuentes <marta@fuentes-chocolates.example>",
    "Cajas de bombones",
    "2027-02-19 11:00 +0100",
    "Hola Mara:\n\nQueremos rediseñar nuestras cajas de bombones: una caja pequeña, una mediana y una grande, y además una lata para Navidad. Para el 1 de septiembre. Presupuesto unos 8.000 €.\n\nSaludos,\nMarta",
    services=("packaging",),
    q={"packaging": 4},
    deadline="2027-09-01",
    budget="8000 EUR",
    note="split count summed; approximate budget still stated",
    cte="alt",
)
m(
    "inquiry",
    "es",
    "Revista Mirador <arte@revista-mirador.example>",
    "Encargo ilustración",
    "2027-02-22 10:00 +0100",
    "Buenos días, buscamos una ilustración editorial para un reportaje sobre la sequía. Entrega en una semana. Pagamos 350 €.",
    services=("editorial-illustration",),
    q={"editorial-illustration": 1},
    deadline="2027-03-01",
    budget="350 EUR",
    note="'en una semana'",
)
m(
    "inquiry",
    "es",
    "Javier <javi.lopez@correo.example>",
    "personaje",
    "2027-02-24 23:00 +0100",
    "hola, necesito un personaje para mi canal de youtube y unas cuantas poses. cuanto seria?",
    services=("mascot", "mascot-poses"),
    note="vague count",
)
m(
    "existing_client",
    "es",
    "Ana Torres <ana.torres@greenleaf-kombucha.example>",
    "Lata para España",
    "2027-02-25 12:00 +0100",
    "Hola Mara, vamos a lanzar Greenleaf en España y necesitamos adaptar la lata de membrillo con textos en castellano. ¿Nos haces un presupuesto? La necesitamos para el 30 de abril.",
    services=("packaging",),
    q={"packaging": 1},
    deadline="2027-04-30",
    new=True,
    note="adaptation of an existing can as new packaging work",
)
m(
    "existing_client",
    "es",
    "Ana Torres <ana.torres@greenleaf-kombucha.example>",
    "Re: Lata para España",
    "2027-03-03 09:00 +0100",
    "¡Gracias Mara! El presupuesto está aprobado. Te pagamos el anticipo esta semana.",
    new=False,
    note="approval and deposit",
)
m(
    "not_for_me",
    "es",
    "Carlos Rey <carlos@rey-estudio.example>",
    "Recomendación",
    "2027-02-26 17:00 +0100",
    "Hola Mara, ¿me recomiendas una imprenta en Berlín para serigrafía? Voy a imprimir unos carteles allí.",
    note="colleague advice",
)
m(
    "not_for_me",
    "es",
    "Envíos Rápidos <tracking@envios-rapidos.example>",
    "Tu paquete ha sido entregado",
    "2027-03-01 15:00 +0100",
    "Tu paquete ER-55821 ha sido entregado.",
    note="short; shipping",
)
m(
    "sales_phishing",
    "es",
    "Marketplace Diseño <pedidos@disenia-market.example>",
    "Tienes un pedido nuevo",
    "2027-03-02 02:00 +0100",
    "¡Enhorabuena! Un cliente ha comprado tu servicio «Logotipo premium» (450 €). Para cobrar, confirma tu tarjeta en el enlace.",
    enc_subject=True,
    note="fake marketplace order",
)
m(
    "automated",
    "es",
    "Diego Ruiz <diego@editorial-brisa.example>",
    "Fuera de la oficina",
    "2027-03-03 10:00 +0100",
    "Estoy de vacaciones hasta el 15 de marzo. Para temas urgentes escribe a info@editorial-brisa.example.",
    headers={"Auto-Submitted": "auto-replied"},
    note="out-of-office",
)

# Italian
m(
    "inquiry",
    "it",
    "Federica Russo <federica@russo-olio.example>",
    "Etichette olio",
    "2027-02-19 09:00 +0100",
    "Buongiorno Mara,\n\nproduciamo olio in Puglia. Vorremmo tre etichette per le bottiglie e una latta. Ci servirebbe tutto fra sei settimane. Budget: quattromila euro.\n\nGrazie,\nFederica",
    services=("packaging",),
    q={"packaging": 4},
    deadline="2027-04-02",
    budget="4000 EUR",
    note="budget in words; 'fra sei settimane'",
    cte="alt",
)
m(
    "inquiry",
    "it",
    "Comune di Lecco <cultura@comune-lecco.example>",
    "Manifesti rassegna estiva",
    "2027-02-23 10:00 +0100",
    "Gentile illustratrice, per la rassegna estiva cerchiamo un manifesto principale e tre locandine per i singoli concerti. Consegna il 30 aprile. Importo massimo 3.500 €.",
    services=("poster",),
    q={"poster": 4},
    deadline="2027-04-30",
    budget="3500 EUR",
    note="main poster plus three locandine summed",
)
m(
    "inquiry",
    "it",
    "Tommaso <tommaso.v@posta.example>",
    "logo + sito",
    "2027-02-25 21:00 +0100",
    "ciao, mi servirebbe un logo e un sito per la mia palestra. fattibile?",
    services=("logo",),
    note="short; site off-card",
)
m(
    "off_card",
    "it",
    "Valentina Greco <valentina@greco-murales.example>",
    "Murale",
    "2027-02-26 11:00 +0100",
    "Ciao Mara, la scuola di mio figlio vorrebbe trasformare il tuo poster della balena in un murale nel cortile. Ti interessa dipingerlo?",
    note="mural of a poster",
)
m(
    "not_for_me",
    "it",
    "Fattura Elettronica <noreply@fatture-sdi.example>",
    "Fattura pagata",
    "2027-02-27 08:00 +0100",
    "La fattura n. 2027-007 emessa a Edizioni Girasole risulta pagata.",
    note="short; invoice paid notification",
)
m(
    "not_for_me",
    "it",
    "Lorenzo Ricci <lorenzo@scuola-design.example>",
    "Intervista",
    "2027-03-01 10:00 +0100",
    "Buongiorno, sono uno studente di design. Posso farle qualche domanda sul suo lavoro di illustratrice per la mia tesi?",
    note="student",
)
m(
    "sales_phishing",
    "it",
    "PayPaI Sicurezza <conto@paypal-sicurezza.example>",
    "Il tuo conto è limitato",
    "2027-03-02 04:00 +0100",
    "Abbiamo limitato il tuo conto. Accedi per ripristinarlo: https://paypal-sicurezza.example",
    note="lookalike brand",
)
m(
    "automated",
    "it",
    "Helpdesk Tipografia <assistenza@tipografia-rossi.example>",
    "[Ticket 4412] Richiesta ricevuta",
    "2027-03-03 09:00 +0100",
    "Abbiamo ricevuto la tua richiesta. Ti risponderemo entro 48 ore.",
    headers={"Auto-Submitted": "auto-generated"},
    note="helpdesk auto-ack",
)
m(
    "automated",
    "it",
    "Casella Posta <no-reply@posta-servizi.example>",
    "Nuovo accesso",
    "2027-03-04 07:00 +0100",
    "Nuovo accesso al tuo account da Berlino.",
    note="short; account notice",
)

# Dutch
m(
    "inquiry",
    "nl",
    "Tessa Kok <tessa@kok-chocolade.example>",
    "Verpakking repen",
    "2027-02-19 10:00 +0100",
    "Hoi Mara,\n\nWe maken chocoladerepen in Gent. Vijf smaken, per smaak een wikkel. Graag vóór Pasen klaar. Budget rond de 6000 euro.\n\nGroetjes, Tessa",
    services=("packaging",),
    q={"packaging": 5},
    deadline="2027-03-28",
    budget="6000 EUR",
    note="'vóór Pasen' resolved to Easter Sunday; approximate budget stated",
    cte="alt",
)
m(
    "inquiry",
    "nl",
    "Gemeente Zwolle <communicatie@zwolle-gemeente.example>",
    "Illustraties jaarverslag",
    "2027-02-22 09:00 +0100",
    "Beste mevrouw Lindqvist, voor ons jaarverslag zoeken wij acht illustraties. Aanleveren uiterlijk 15 april. Budget € 4.000 excl. btw.",
    services=("editorial-illustration",),
    q={"editorial-illustration": 8},
    deadline="2027-04-15",
    budget="4000 EUR",
)
m(
    "inquiry",
    "nl",
    "Ruben <ruben.b@postbus.example>",
    "mascotte",
    "2027-02-24 20:00 +0100",
    "hee, mijn esportsteam zoekt een mascotte. kan dat?",
    services=("mascot",),
    note="short",
)
m(
    "off_card",
    "nl",
    "Iris Peeters <iris@peeters-film.example>",
    "Animatie",
    "2027-02-25 13:00 +0100",
    "Hallo, wij zoeken iemand om onze mascotte te animeren voor een reclamefilmpje van 30 seconden.",
    note="animation of a mascot",
)
m(
    "not_for_me",
    "nl",
    "Boekhouder Jansen <info@jansen-boekhouding.example>",
    "BTW-aangifte",
    "2027-02-26 09:00 +0100",
    "Hoi Mara, je Nederlandse klanten staan goed in de aangifte. Even checken: factuur 2027-004 is verlegd?",
    note="accountant",
)
m(
    "not_for_me",
    "nl",
    "Kim de Boer <kim@illustratie-kim.example>",
    "Bedankt!",
    "2027-03-01 18:00 +0100",
    "Dank voor je tip over de posterprijzen, de klant ging akkoord!",
    note="short; colleague",
)
m(
    "sales_phishing",
    "nl",
    "Design Leads NL <info@designleads-nl.example>",
    "10 nieuwe klanten per maand",
    "2027-03-02 06:00 +0100",
    "Hoi Mara, wij leveren gegarandeerd 10 klanten per maand voor logo's en huisstijlen. Proefmaand € 99.",
    note="cold sales",
)
m(
    "automated",
    "nl",
    "Mail Systeem <mailer-daemon@mx.lindqvist.example>",
    "Onbestelbaar",
    "2027-03-03 11:00 +0100",
    "Uw bericht aan ruben.b@postbus.example kon niet worden afgeleverd.",
    report={
        "type": "delivery-status",
        "Reporting-MTA": "dns; mx.lindqvist.example",
        "Final-Recipient": "rfc822; ruben.b@postbus.example",
        "Action": "failed",
        "Status": "5.1.1",
        "orig_to": "ruben.b@postbus.example",
        "orig_subject": "Re: mascotte",
    },
    note="bounce",
)

# German
m(
    "inquiry",
    "de",
    "Frieda Haas <frieda@haas-kaese.example>",
    "Käseschachtel",
    "2027-02-20 10:00 +0100",
    "<p>Hallo Mara,</p><p>wir brauchen eine Geschenkschachtel für unseren Bergkäse. Bis <b>Ende April</b>. Budget <b>2.200 €</b>.</p>",
    html_only=True,
    html="<html><body><p>Hallo Mara,</p><p>wir brauchen eine Geschenkschachtel für unseren Bergkäse. Bis <b>Ende April</b>. Budget <b>2.200&nbsp;&euro;</b>.</p></body></html>",
    services=("packaging",),
    q={"packaging": 1},
    deadline="2027-04-30",
    budget="2200 EUR",
    note="HTML-only inquiry",
    cte="qp",
)
m(
    "existing_client",
    "de",
    "Dr. Anna Weiss <a.weiss@museum-am-ufer.example>",
    "Vierte Runde?",
    "2027-02-24 10:00 +0100",
    "Liebe Mara, die Direktorin hätte gern noch eine vierte Korrekturrunde für das Ausstellungsplakat. Wir wissen, dass drei vereinbart waren – bitte schicken Sie uns dafür ein Angebot.",
    services=("poster",),
    new=True,
    note="extra round beyond agreed",
)
m(
    "sales_phishing",
    "de",
    "Microsoft 365 <konto@ms365-verifizierung.example>",
    "Ungelesene Nachrichten",
    "2027-02-26 04:00 +0100",
    'Sie haben 4 ungelesene Nachrichten, darunter "Anfrage Logo Budget 5.000 €". Melden Sie sich an, um sie zu lesen.',
    note="phishing baited with an inquiry",
)
