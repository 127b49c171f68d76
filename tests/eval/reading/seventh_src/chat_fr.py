"""French chat turns of the seventh blind set, typed by hand."""

from items import chat

chat("memory", "fr", "combien j'ai facturé à Hollow Oak pour le livre du phare ?")
chat("memory", "fr", "j'ai déjà travaillé avec un festival de jazz ?")
chat("memory", "fr", "retrouve mes notes sur le projet Wolkenfrei")
chat("memory", "fr", "c'était quand, la dernière affiche pour Spree Cycles ?")

chat("quote", "fr", "combien demander pour une mascotte pour une boutique de vélos ?", service="mascot", quantity=1)
chat("quote", "fr", "devis pour trois boîtes de chocolats", service="packaging", quantity=3)
chat("quote", "fr", "prix d'une affiche de festival ?", service="poster", quantity=1)
chat("quote", "fr", "estimation : un album de douze doubles pages", service="book-illustration", quantity=12)
chat("quote", "fr", "tu me fais un chiffrage pour identité visuelle + étiquettes de bière ?")

chat(
    "brief",
    "fr",
    """De : Camille Dubois
Objet : Emballages pour nos chocolats

Bonjour Mara, trois boîtes pour Pâques, fichiers d'ici trois semaines, environ 4 500 €.""",
)
chat("brief", "fr", "fais-moi un brief à partir du mail des Éditions Luciole")
chat(
    "brief",
    "fr",
    "résume ce que veut ce client : « salut, boutique de vélos à Grenoble, une mascotte bouquetin, 1 800 €, fin mars »",
)

chat("style", "fr", "montre-moi des croquis d'un hérisson qui vole, dans mon style")
chat("style", "fr", "génère deux aperçus d'étiquette de miel de lavande, mon style habituel")
chat("style", "fr", "aperçu dans mon style : chat qui dort sur une théière")

chat("scope", "fr", "Acme France veut une deuxième affiche, c'est compris dans le devis ou pas ?")
chat("scope", "fr", "est-ce que la version bannière fait partie de ce qu'on a convenu avec le musée ?")
chat("scope", "fr", "rédige un avenant pour les deux poses en plus demandées par Acme")

chat("reply", "fr", "réponds à Camille que c'est d'accord pour les trois boîtes")
chat("reply", "fr", "dis à Élodie que la tour Eiffel sera plus petite dans la version finale")
chat("reply", "fr", "écris à Léa gentiment que 300 € c'est trop peu pour un logo")
chat("reply", "fr", "réponse à Antoine : vendredi prochain ça me va")

chat("sent", "fr", "j'ai envoyé le devis à la chocolaterie")
chat("sent", "fr", "devis Q-2027-0022 envoyé ce matin")

chat("chat", "fr", "salut !")
chat("chat", "fr", "merci beaucoup, parfait")
chat("chat", "fr", "comment on marque un devis comme envoyé ?")
chat("chat", "fr", "c'est normal de demander un acompte de 50 % ?")
chat("chat", "fr", "écris-moi une légende instagram pour ma nouvelle sérigraphie")
