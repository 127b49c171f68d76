"""French mails, typed by hand."""

# ruff: noqa: E501
from items import mail as m

m(
    "inquiry",
    "fr",
    "Camille Roux <camille@roux-confitures.example>",
    "Étiquettes pour nos confitures",
    "2026-12-03 10:00 +0100",
    "Bonjour Mara,\n\nNous sommes une petite confiturerie en Bretagne et nous aimerions refaire nos étiquettes : une douzaine de parfums, une étiquette par parfum. Idéalement pour fin janvier. Budget : 4 500 €.\n\nBien à vous,\nCamille",
    services=("packaging",),
    q={"packaging": 12},
    deadline="2027-01-31",
    budget="4500 EUR",
    enc_subject=True,
    cte="qp",
)
m(
    "inquiry",
    "fr",
    "Hugo Lefèvre <hugo@editions-lucarne.example>",
    "Album jeunesse",
    "2026-12-07 14:00 +0100",
    "Chère Madame Lindqvist,\n\nLes éditions de la Lucarne préparent un album jeunesse de seize doubles pages. Remise des illustrations : le 30 avril 2027. Notre enveloppe est de 8 000 euros.\n\nCordialement,\nHugo Lefèvre",
    services=("book-illustration",),
    q={"book-illustration": 16},
    deadline="2027-04-30",
    budget="8000 EUR",
    enc_from=True,
    cte="alt",
)
m(
    "inquiry",
    "fr",
    "Léa Martin <lea.martin@boite-postale.example>",
    "logo",
    "2026-12-09 21:30 +0100",
    "salut, tu fais des logos ? j'ouvre un salon de coiffure à Lyon",
    services=("logo",),
    note="short",
)
m(
    "inquiry",
    "fr",
    "Studio Ardoise <contact@studio-ardoise.example>",
    "Pour notre client : identité visuelle d'une fromagerie",
    "2026-12-11 09:15 +0100",
    "Bonjour,\n\nNous sommes une agence à Nantes. Notre client, une fromagerie artisanale, souhaite une nouvelle identité visuelle complète (logo, couleurs, charte graphique). Livraison souhaitée dans six semaines. Budget création : 5 500 € HT.\n\nCordialement,\nÉmilie, Studio Ardoise",
    services=("brand-identity",),
    deadline="2027-01-22",
    budget="5500 EUR",
    note="agency for client; 'dans six semaines'",
    cte="alt",
)
m(
    "inquiry",
    "fr",
    "Julien Bernard <julien@festival-les-granges.example>",
    "Affiche festival",
    "2026-12-14 11:30 +0100",
    "Bonjour Mara, le festival Les Granges aura lieu le 12 juin. Il nous faut l'affiche (sérigraphie) pour le 15 mai au plus tard. On a 1 200 euros.",
    services=("poster",),
    q={"poster": 1},
    deadline="2027-05-15",
    budget="1200 EUR",
)
m(
    "inquiry",
    "fr",
    "Sophie Garnier <s.garnier@revue-horizons.example>",
    "Illustration pour un article",
    "2027-01-06 10:10 +0100",
    "Bonjour, nous cherchons une illustration pour un article sur la forêt urbaine, pour notre revue. Livraison le 20 janvier. Tarif proposé : 500 €.",
    services=("editorial-illustration",),
    q={"editorial-illustration": 1},
    deadline="2027-01-20",
    budget="500 EUR",
)
m(
    "inquiry",
    "fr",
    "Marc Dubois <marc@dubois-velos.example>",
    "Mascotte + poses",
    "2027-01-12 16:00 +0100",
    "Bonjour,\n\nPour notre atelier vélo nous voulons une mascotte (un écureuil) et ensuite trois poses pour les réseaux sociaux. Pas de date précise. Budget : deux mille cinq cents euros.\n\nMarc",
    services=("mascot", "mascot-poses"),
    q={"mascot-poses": 3},
    budget="2500 EUR",
    note="budget in words",
)
m(
    "inquiry",
    "fr",
    "Inès Haddad <ines@the-et-sel.example>",
    "Boîtes de thé + logo",
    "2027-01-19 13:20 +0100",
    "Bonjour Mara, je lance une marque de thé. J'ai besoin d'un logo et de deux boîtes, plus une affiche pour le salon du 20 mars. Tout doit être prêt 10 jours avant le salon.",
    services=("logo", "packaging", "poster"),
    q={"packaging": 2, "poster": 1},
    deadline="2027-03-10",
    cte="qp",
)

m(
    "existing_client",
    "fr",
    "Claire Petit <claire.petit@museum-am-ufer.example>",
    "Visuel pour la version française de l'exposition",
    "2027-01-08 10:00 +0100",
    "Bonjour Mara, je m'occupe de la version française du catalogue. Pourriez-vous nous envoyer les fichiers de l'affiche en haute définition ? Merci beaucoup.",
    new=False,
    note="files that are part of the delivery",
)

m(
    "off_card",
    "fr",
    "Thomas Girard <thomas@girard-mariage.example>",
    "Faire-part animé",
    "2026-12-10 12:00 +0100",
    "Bonjour, nous voudrions une vidéo animée pour notre faire-part de mariage, avec notre logo de mariage. Est-ce possible ?",
    note="video animation",
)
m(
    "off_card",
    "fr",
    "Nathalie <nathalie.b@boite-postale.example>",
    "Fresque",
    "2027-01-14 09:30 +0100",
    "Bonjour, votre affiche pour le festival du port m'a beaucoup plu. Pourriez-vous la peindre en fresque sur le mur de notre école ?",
    note="mural of a poster",
)

m(
    "not_for_me",
    "fr",
    "Imprimerie Lumière <commandes@imprimerie-lumiere.example>",
    "Votre commande est expédiée",
    "2026-12-08 15:00 +0100",
    "Votre commande n° 55120 (100 affiches A2) a été expédiée. Livraison prévue le 11 décembre.",
    note="printer shipping",
)
m(
    "not_for_me",
    "fr",
    "Agathe Moreau <agathe@atelier-agathe.example>",
    "Un conseil",
    "2026-12-16 19:00 +0100",
    "Coucou Mara, un client me demande une mascotte et 20 stickers. Je ne sais pas comment chiffrer les poses. Tu as un conseil ?",
    note="colleague asking for pricing advice",
)
m(
    "not_for_me",
    "fr",
    "Canva Actus <bonjour@canva-news.example>",
    "Nouveautés de janvier",
    "2027-01-05 08:00 +0100",
    "Découvrez nos nouveaux modèles d'affiches et de logos pour 2027.",
    html_only=True,
    note="short; HTML-only newsletter",
)
m(
    "not_for_me",
    "fr",
    "Pauline Simon <pauline.simon@ecole-estienne.example>",
    "Entretien pour mon mémoire",
    "2027-01-11 11:00 +0100",
    "Bonjour Madame, je suis étudiante en illustration et j'écris un mémoire sur les illustratrices indépendantes. Accepteriez-vous un court entretien ?",
    note="student",
)

m(
    "sales_phishing",
    "fr",
    "Service Facturation <facture@logo-depot-officiel.example>",
    "Facture impayée - dépôt de logo",
    "2026-12-12 05:00 +0100",
    "Madame, votre logo n'est pas protégé. Réglez la facture n° 33-2026 de 490 € pour l'enregistrement auprès de notre registre.",
    note="fake invoice",
)
m(
    "sales_phishing",
    "fr",
    "Malt Support <support@malt-missions.example>",
    "Nouvelle mission : identité de marque",
    "2027-01-07 04:00 +0100",
    "Une nouvelle mission vous attend (8 000 €). Connectez-vous pour accepter avant ce soir : https://malt-missions.example/connexion",
    cte="b64",
    note="fake marketplace, base64 body",
)
m(
    "sales_phishing",
    "fr",
    "Growth Partners <hello@growthpartners-fr.example>",
    "Plus de clients pour votre studio",
    "2027-01-15 09:00 +0100",
    "Bonjour Mara, nous aidons les designers à trouver 10 nouveaux clients par mois grâce à la publicité ciblée. Un appel de 15 minutes ?",
    note="cold sales",
    cte="alt",
)

m(
    "automated",
    "fr",
    "Hugo Lefèvre <hugo@editions-lucarne.example>",
    "Réponse automatique : Album jeunesse",
    "2026-12-24 09:00 +0100",
    "Je suis absent jusqu'au 4 janvier. Votre message sera traité à mon retour.",
    headers={"Auto-Submitted": "auto-replied"},
    note="out-of-office",
)
m(
    "automated",
    "fr",
    "Système de messagerie <mailer-daemon@mx.lindqvist.example>",
    "Échec de remise du message",
    "2027-01-13 10:00 +0100",
    "Votre message n'a pas pu être remis à contact@salon-lea.example : domaine introuvable.",
    report={
        "type": "delivery-status",
        "Reporting-MTA": "dns; mx.lindqvist.example",
        "Final-Recipient": "rfc822; contact@salon-lea.example",
        "Action": "failed",
        "Status": "5.4.4",
        "orig_to": "contact@salon-lea.example",
        "orig_subject": "Re: logo",
    },
    enc_subject=True,
    note="bounce",
)
m(
    "automated",
    "fr",
    "Nuage Stockage <no-reply@nuage-stockage.example>",
    "Votre espace est presque plein",
    "2027-01-21 02:00 +0100",
    "Vous utilisez 98 % de votre espace de stockage.",
    note="short; system notice",
)
