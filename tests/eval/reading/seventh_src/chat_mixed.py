"""Near-misses, look-alike commands, typos and mixed-language turns of the seventh blind set."""

from items import chat

chat("chat", "en", "quote of the day: done is better than perfect")
chat("memory", "en", "/memory what did Acme pay for the snack packaging")
chat("memory", "nl", "wat heb ik Brotzeit gerekend voor het café-logo, the rush one")
chat("memory", "de", "zeig mir nochmal das Angebot für Spree Cycles, das ich letzte Woche geschickt hab")
chat("chat", "en", "thx for the quote!!")
chat("chat", "en", "is a 4th revision round normal in the industry?")
chat("sent", "en", "ok so I just sent off the Hafen Festival quote")
chat("chat", "en", "brief me on what's new in the app")
chat("chat", "en", "style question: serif or sans for a bakery logo?")
chat("chat", "en", "scope creep is killing me lol, any general advice?")
chat("quote", "es", "Nordlicht quiere otra bolsa, ¿cuánto pido?", service="packaging", quantity=1)
chat("memory", "fr", "combien j'ai demandé pour le logo Lumen Yoga en 2023 et en 2025 ?")
chat("reply", "en", "tell the Kiezkind people I can do one free spot illo this year")
chat("quote", "de", "wie viel verlang ich für n logo, so grob", service="logo", quantity=1)
chat("memory", "de", "wie viel hab ich 2025 pro stunde genommen")
chat(
    "brief",
    "de",
    """Hallo Mara, ich bin Jonas und mach mich mit einem Fahrradkurier in Leipzig selbstständig.
Ich brauch ein Logo, in vier Wochen, 1200 Euro.
-> was braucht der genau?""",
)
chat("chat", "it", "ti ho mandato una foto del mio gatto lol, comunque ciao")
chat("quote", "en", "wat would u charge for 2 beer labels + a launch poster, roughly")
chat("scope", "en", "the mochi people signed for five boxes, now they want a 6th, extra or included?")
chat("chat", "nl", "hoe schrijf ik in het algemeen een goede briefing?")
