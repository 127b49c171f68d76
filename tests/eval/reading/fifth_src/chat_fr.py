"""French chat turns, typed by hand."""

# ruff: noqa: E501
from items import chat as c

c("memory", "fr", "combien j'avais facturé à hollow oak pour le phare ?")
c("memory", "fr", "j'ai déjà bossé avec un musée à part museum am ufer ?")
c("memory", "fr", "retrouve mes notes sur la mascotte de la kita")
c("memory", "fr", "le projet nordlicht, ça m'a pris combien d'heures")
c("memory", "fr", "quand est-ce que j'ai livré l'affiche hafen 2024")
c("memory", "fr", "montre-moi tous mes projets de packaging")
c("memory", "fr", "le devis que j'ai envoyé à acme le mois dernier, c'était combien au total ?")
c("quote", "fr", "combien je demande pour un logo de salon de coiffure", service="logo", quantity=1)
c("quote", "fr", "devis pour un album de seize doubles pages", service="book-illustration", quantity=16)
c("quote", "fr", "prix pour une douzaine d'étiquettes de confiture", service="packaging", quantity=12)
c("quote", "fr", "une affiche sérigraphie pour le 15 mai, combien ?", service="poster", quantity=1)
c("quote", "fr", "/devis mascotte écureuil + 3 poses")
c("quote", "fr", "tarif pour une identité visuelle de fromagerie", service="brand-identity", quantity=1)
c(
    "quote",
    "fr",
    "combien pour une illustration de revue livrée en 5 jours",
    service="editorial-illustration",
    quantity=1,
)
c(
    "brief",
    "fr",
    "De : Camille Roux\nObjet : Étiquettes pour nos confitures\n\nBonjour Mara, une douzaine d'étiquettes pour fin janvier, budget 4 500 €.",
)
c("brief", "fr", "fais-moi un brief du mail du Studio Ardoise")
c("brief", "fr", "résume ce que veut Inès : logo, deux boîtes de thé, une affiche pour le salon du 20 mars")
c(
    "brief",
    "fr",
    "Bonjour Mara, je lance une marque de bougies et il me faut une boîte et un logo avant l'été. Merci ! Zoé",
)
c("style", "fr", "génère deux aperçus dans mon style pour l'album de la Lucarne")
c("style", "fr", "montre-moi un écureuil mascotte à ma façon")
c("style", "fr", "un échantillon de style pour l'affiche des Granges stp")
c("scope", "fr", "le musée veut une version française de l'affiche, c'est compris dans le contrat ?")
c("scope", "fr", "avenant pour birkenhain : trois doubles pages en plus")
c("scope", "fr", "une quatrième série de retouches pour acme, c'est inclus ?")
c("reply", "fr", "réponds à Claire que je lui envoie les fichiers HD demain")
c("reply", "fr", "écris à Thomas que je ne fais pas de vidéo, gentiment")
c("reply", "fr", "dis à Julien que le 15 mai c'est bon")
c("reply", "fr", "rédige une réponse à Hugo pour proposer un appel")
c("sent", "fr", "devis envoyé à Camille")
c("sent", "fr", "j'ai envoyé le devis Q-2026-0047 aux éditions de la Lucarne")
c("sent", "fr", "le devis pour Marc est parti ce matin")
c("chat", "fr", "bonjour !")
c("chat", "fr", "merci pour le devis")
c("chat", "fr", "c'est quoi un fond perdu déjà ?")
c("chat", "fr", "écris-moi une légende instagram pour l'album")
c("chat", "fr", "comment je change la langue de l'appli ?")
c("chat", "fr", "décris mon style en quelques mots")
c("chat", "fr", "les clients français paient-ils la TVA allemande ?")
