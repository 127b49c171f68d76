"""French chat turns (sixth blind set)."""

from items import chat

chat("memory", "fr", "combien j'avais facturé à Atlas Weekly pour la canicule ?")
chat("memory", "fr", "j'ai déjà bossé avec Lumen Yoga deux fois non ?")
chat("memory", "fr", "retrouve mes notes sur le livre de la baleine")
chat("memory", "fr", "c'était quand le dernier projet pour Greenleaf")

chat("quote", "fr", "combien demander pour un album de 12 doubles pages ?", service="book-illustration", quantity=12)
chat("quote", "fr", "tarif pour une mascotte de goéland", service="mascot", quantity=1)
chat("quote", "fr", "devis pour trois étiquettes de fromage", service="packaging", quantity=3)
chat("quote", "fr", "/devis affiche concert", service="poster")
chat("quote", "fr", "je demande combien pour un logo et 3 étiquettes ?")

chat(
    "brief",
    "fr",
    """De : Camille Durand
Objet : Demande de devis : logo + étiquettes
Bonjour Mara, j'aimerais un nouveau logo et trois étiquettes, budget 4 000 €, pour fin janvier.""",
)
chat("brief", "fr", "fais-moi un brief à partir du mail des Éditions Petit Nuage")
chat("brief", "fr", "résume ce que veut la Fondation Lumière")
chat("brief", "fr", "brief de la demande de Nadia pour l'atelier céramique stp")

chat("style", "fr", "génère deux aperçus dans mon style pour la baleine qui chante")
chat("style", "fr", "montre-moi une boîte à biscuits dans mon style")
chat("style", "fr", "des esquisses de style pour le food truck de crêpes ?")

chat("scope", "fr", "le musée veut les affiches en français, c'est inclus ou pas ?")
chat("scope", "fr", "est-ce qu'un troisième aller-retour est compris pour Birkenhain ?")
chat("scope", "fr", "prépare un avenant pour les deux affiches en plus")

chat("reply", "fr", "réponds à Camille que fin janvier c'est bon")
chat("reply", "fr", "écris à Pierre que je ne fais pas de traduction")
chat("reply", "fr", "dis à Amélie merci pour le retour")
chat("reply", "fr", "réponds à Sophie du Magazine des Villes que vendredi prochain ça marche")

chat("sent", "fr", "j'ai envoyé le devis à la fromagerie")
chat("sent", "fr", "devis Q-2027-0011 envoyé à Thomas")
chat("sent", "fr", "c'est bon, l'offre pour Petit Nuage est partie")

chat("chat", "fr", "salut ça va ?")
chat("chat", "fr", "merci beaucoup !")
chat("chat", "fr", "c'est quoi un fond perdu exactement")
chat("chat", "fr", "t'as des conseils pour gérer un client qui répond jamais ?")
