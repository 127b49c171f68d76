"""Chat turns for route `scope`: is a client's new request inside the agreed brief, or a change order for it.

Written by hand, blind. Each item is (lang, text). Past clients from the brief file names; general questions
about revisions are `chat`.
"""

ITEMS = [
    ("en", "Acme now wants Pip in a scarf for the winter poster, is that covered by what we agreed?"),
    ("en", "the museum asked for a fifth exhibition poster, that's outside the brief right? draft a change order"),
    ("en", "is a third revision round still included for the Greenleaf quince can?"),
    ("en", "Birkenhain wants the river book cover redone in landscape, does that fall under the original scope?"),
    ("en", "Zeitgeist is asking me to also do spot illustrations for the cover story. in scope or extra?"),
    ("en", "write a change order for Spree Cycles: they want the new logo animated for Instagram"),
    ("en", "Kiezkind want the summer party poster as a 3 m banner too. is that part of the deal?"),
    ("en", "the museum identity: now they want a signage system as well, can you check that against the brief?"),
    ("en", "Greenleaf sent a second lot of feedback on the quince can, does that use up our last included round?"),
    ("en", "Atlas Weekly wants a square version of the AI and artists piece for social. covered or not?"),
    ("en", "change order please: Acme adds 3 more Pip expressions to the set"),
    ("en", "Brotzeit want the café logo in a vertical version too, extra or already included?"),
    ("en", "Hollow Oak now wants a map on the endpapers of the lighthouse book, was that ever in the brief?"),
    ("de", "Birkenhain möchte jetzt auch eine Karte fürs Vorsatzpapier im Flussbuch, ist das im Auftrag drin?"),
    ("de", "das Museum will noch ein zusätzliches Plakatformat, schreib bitte einen Nachtrag für den Mehraufwand"),
    ("de", "gehört die dritte Korrekturrunde bei Greenleaf noch zum vereinbarten Umfang?"),
    ("de", "Acme fragt, ob ich Pip auch als 3D-Figur liefern kann. Fällt das unter das Briefing?"),
    ("de", "Kiezkind will das Plakat jetzt auch als Einladungskarte, ist das abgedeckt?"),
    ("fr", "le Museum am Ufer veut ajouter des déclinaisons pour les réseaux sociaux, c'est dans le périmètre ?"),
    ("fr", "fais-moi un avenant pour Acme : ils veulent deux affiches de plus pour l'hiver"),
    ("fr", "Zeitgeist veut changer toute la palette de la couverture, ça reste dans le brief ?"),
    ("fr", "Greenleaf demande une version sans alcool de l'étiquette, c'est compris dans ce qu'on a signé ?"),
    ("es", "Acme quiere añadir una versión animada de Pip al set de expresiones, ¿entra en lo acordado?"),
    ("es", "¿el cartel extra que pide ahora el museo está dentro del alcance?"),
    ("es", "prepara una orden de cambio para Birkenhain: quieren dos ilustraciones más en el libro del río"),
    ("es", "Greenleaf pide otra ronda de cambios en la lata de membrillo, ¿está incluida?"),
    ("it", "il museo vuole anche un catalogo, rientra nel brief dell'identità della mostra?"),
    ("it", "prepara una variante d'ordine per Acme: chiedono Pip in versione estiva"),
    ("it", "Birkenhain chiede di cambiare il formato del libro del fiume, è nel perimetro concordato?"),
    ("it", "la terza revisione per Greenleaf è ancora compresa?"),
    ("nl", "Museum am Ufer wil nu ook de bewegwijzering in de nieuwe stijl, valt dat binnen de afspraak?"),
    ("nl", "maak een meerwerkopdracht voor Acme: drie extra poses van Pip"),
    ("nl", "Greenleaf vraagt nog een correctieronde voor het kweeperenblik, zit die er nog in?"),
    ("nl", "Zeitgeist wil de cover ook als poster gebruiken, hoort dat bij de opdracht?"),
]
