"""French chat turns for the eighth blind set, typed by hand one by one."""

from items import chat

# ---------------------------------------------------------------- quote
chat("quote", "fr", "combien je demande pour un album de 16 doubles pages ?", "book-illustration", 16)
chat("quote", "fr", "devis pour l'affiche du festival La Source + deux déclinaisons", "poster", None)
chat("quote", "fr", "prix pour une mascotte pour une mairie ?", "mascot", 1)
chat("quote", "fr", "tu peux m'estimer quatre sachets de café ?", "packaging", 4)
chat("quote", "fr", "combien je facture une illustration de revue pleine page ?", "editorial-illustration", 1)

# ---------------------------------------------------------------- memory
chat("memory", "fr", "combien j'avais facturé à Zeitgeist pour la couverture de septembre ?")
chat("memory", "fr", "j'ai déjà bossé avec une cidrerie ?")
chat("memory", "fr", "retrouve mes notes sur le livre de la baleine (Fjord and Fable)")
chat("memory", "fr", "c'était quand le projet Lumen Yoga, la première fois ?")

# ---------------------------------------------------------------- brief
chat("brief", "fr", """De : Camille Roux
Objet : Étiquettes pour nos confitures

Bonjour Mara, abricot et figue, plus trois parfums de Noël, 3 600 €, les deux premières d'ici fin juin. Bien à vous""")
chat("brief", "fr", "fais-moi un brief de la demande des Éditions de la Lucarne")
chat("brief", "fr", "résume ce que veut Baptiste pour son jeu de société")

# ---------------------------------------------------------------- style
chat("style", "fr", "génère deux aperçus dans mon style pour la mascotte de Saint-Lys")
chat("style", "fr", "montre-moi une étiquette de cidre à ma façon, juste pour voir")
chat("style", "fr", "un essai de style : phoque dans la tempête, pour l'album")

# ---------------------------------------------------------------- scope
chat("scope", "fr", "Acme France veut une quatrième pose en plus des trois, c'est hors périmètre ?")
chat("scope", "fr", "le musée demande une version anglaise des affiches, c'est compris dans le devis signé ?")
chat("scope", "fr", "rédige un avenant pour la pose supplémentaire d'Acme")

# ---------------------------------------------------------------- reply
chat("reply", "fr", "réponds à Inès de la boulangerie que je fais le logo mais pas l'enseigne")
chat("reply", "fr", "écris à Sophie Lambert que vendredi prochain c'est bon")
chat("reply", "fr", "dis à Maxime et Léa que je ne fais pas de montage vidéo")
chat("reply", "fr", "une réponse pour Julien : je peux livrer l'affiche en trois semaines")

# ---------------------------------------------------------------- sent
chat("sent", "fr", "j'ai envoyé le devis à la cidrerie Girard")
chat("sent", "fr", "devis Lucarne parti ce matin, note-le")
chat("sent", "fr", "le devis pour Olivier est envoyé")

# ---------------------------------------------------------------- chat
chat("chat", "fr", "salut !")
chat("chat", "fr", "merci, c'est parfait")
chat("chat", "fr", "comment on change la langue de l'interface ?")
chat("chat", "fr", "c'est quoi la différence entre HT et TTC pour un client allemand ?")
chat("chat", "fr", "écris-moi un petit texte pour ma page « à propos »")
chat("chat", "fr", "devis de la journée : je suis crevée")
