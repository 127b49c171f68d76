"""Near-misses, typos and mixed-language turns (sixth blind set)."""

# ruff: noqa: E501 (hand-typed texts keep their own line lengths)

from items import chat

chat("memory", "en", "the acme quote I sent last week, what was the total?")
chat("quote", "en", "hw much 4 a logo", service="logo", quantity=1)
chat("chat", "en", "how much do illustrators usually charge per hour in berlin?")
chat("memory", "en", "how much did I charge per hour in 2024?")
chat("reply", "en", "can u tell greenleaf the files r on the way")
chat("sent", "en", "quote's out to the brewery, fyi")
chat("chat", "en", "how do i send a quote from the app?")
chat("scope", "en", "is it normal... no wait, is the museum's 3rd round actually included in our contract?")
chat(
    "brief",
    "de",
    "kannst du mir die Anfrage von Marie (Frosch im Regenmantel) als Briefing aufschreiben, mixed Deutsch/Englisch ist ok",
)
chat(
    "quote", "de", "wie viel für ne Illu für die Zeitung, so halbe Seite", service="editorial-illustration", quantity=1
)
chat("chat", "de", "Sag mal, findest du Honorare unter 300 € für eine Doppelseite unseriös?")
chat("memory", "fr", "le devis que j'ai envoyé à Thomas, il faisait combien déjà ?")
chat("style", "en", "can you do a preview in my style? like the fox book but with a goéland")
chat("chat", "es", "escribe un post para instagram sobre mi nuevo cartel")
chat("quote", "it", "quanto chiedere per un logo e un manifesto per un imbiss a berlino")
chat("reply", "nl", "laat Bram weten dat de posters binnen een maand kunnen, thx")
chat("chat", "en", "you're the best 🙏")
chat(
    "scope",
    "de",
    "Greenleaf will jetzt auch eine Dose für Blutorange – Nachtrag oder neues Projekt? ist das im alten Auftrag drin?",
)
