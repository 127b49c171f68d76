"""French chat turns, hand-written."""
from spec import chat

chat("memory", "fr", "combien j'avais facturé à greenleaf pour les canettes")
chat("memory", "fr", "c'était quand déjà le livre de la baleine ?")
chat("memory", "fr", "j'ai déjà bossé avec un musée ?")
chat("memory", "fr", "retrouve mes notes sur l'appel pixelhaus stp")
chat("memory", "fr", "le devis Q-2026-0009, c'était combien au total ?")
chat("memory", "fr", "combien d'heures pour le logo lumen yoga la deuxième fois")

chat("quote", "fr", "combien je demande pour une affiche de festival ?", "poster", 1)
chat("quote", "fr", "tarif pour un album jeunesse de 12 doubles pages", "book-illustration", 12)
chat("quote", "fr", "fais-moi un devis pour deux étiquettes de cidre", "packaging", 2)
chat("quote", "fr", "/devis mascotte castor", "mascot")
chat("quote", "fr", "prix d'une identité visuelle + sachets de café pour maxime")
chat("quote", "fr", "ça vaut combien, une illustration pleine page pour une revue ?", "editorial-illustration", 1)

chat("brief", "fr", """De : Élodie Marchand
Objet : Étiquettes pour notre cidre
Bonjour Mara, deux étiquettes (brut et doux) pour le 30 octobre, budget 3 200 €. Combien ça coûterait ?""")
chat("brief", "fr", "résume-moi ce que veut la brasserie delvaux")
chat("brief", "fr", "fais un brief à partir du mail des éditions petit pois")
chat("brief", "fr", "Bonjour, je suis céramiste à Genève, je voudrais retravailler mon logo avant le 1er décembre. Lucie")
chat("brief", "fr", "qu'est-ce qui manque dans la demande du festival des lanternes ?")
chat("brief", "fr", "liste les livrables de la torréfaction de lyon")

chat("style", "fr", "génère deux aperçus dans mon style : une baleine qui a peur de l'eau")
chat("style", "fr", "montre-moi un échantillon de mon style pour l'affiche de la fête de la bière")
chat("style", "fr", "un aperçu de castor avec une tuque, à ma façon")
chat("style", "fr", "tu peux faire un visuel test dans mon style pour la revue lisière (loups)")
chat("style", "fr", "aperçu style pour les boîtes de chocolat perrin")
chat("style", "fr", "fais une prévisualisation filigranée de l'étiquette cidre")

chat("scope", "fr", "le musée veut des affiches en français, c'est dans le contrat ou en plus ?")
chat("scope", "fr", "une cinquième série de corrections pour birkenhain, c'est compris ?")
chat("scope", "fr", "rédige un avenant pour acme : trois poses de plus")
chat("scope", "fr", "greenleaf demande les fichiers pour des tote bags, ça rentre dans le brief ?")
chat("scope", "fr", "est-ce que la déclinaison web est incluse pour hafen festival ?")
chat("scope", "fr", "wolkenfrei veut un pictogramme en plus, hors périmètre non ?")

chat("reply", "fr", "réponds à élodie que c'est bon pour le 30")
chat("reply", "fr", "dis à claire dubois que les affiches partent demain")
chat("reply", "fr", "écris une réponse polie à thomas, je ne fais pas de traduction")
chat("reply", "fr", "préviens hollow oak que la facture est envoyée")
chat("reply", "fr", "réponds à baptiste : trois semaines c'est serré mais ok")
chat("reply", "fr", "envoie un mot à julien pour dire que je viens à montreuil")

chat("sent", "fr", "devis envoyé à la cidrerie")
chat("sent", "fr", "j'ai envoyé le Q-2026-0018 à pauline ce matin")
chat("sent", "fr", "note que le devis pour maxime est parti")
chat("sent", "fr", "c'est fait, devis mascotte envoyé à jean-marc")
chat("sent", "fr", "le devis pour lucie est dans sa boîte mail")
chat("sent", "fr", "devis affiche livré à anne-sophie hier")

chat("chat", "fr", "merci pour le devis !")
chat("chat", "fr", "comment je marque un devis comme envoyé ?")
chat("chat", "fr", "salut ça va")
chat("chat", "fr", "c'est quoi la différence entre CMJN et RVB déjà")
chat("chat", "fr", "décris mon style avec tes mots")
chat("chat", "fr", "écris-moi une légende instagram pour le castor")
