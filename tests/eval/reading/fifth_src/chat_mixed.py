"""Extra chat turns: near-misses, mixed languages, typos, long turns. Typed by hand."""

# ruff: noqa: E501
from items import chat as c

c("memory", "en", "wat did i chrage for logos in 2025")
c("quote", "en", "how much shuold i charge for a logo", service="logo", quantity=1)
c("memory", "en", "the acme quote I sent last week, what was the total?")
c("chat", "en", "how do i send a quote from here, is there a button")
c(
    "quote",
    "en",
    "Pixelhaus is back and wants a new character for their next game, what would I quote",
    service="mascot",
    quantity=1,
)
c("reply", "en", "tell spree cycles the rebrand files are in the shared folder")
c(
    "scope",
    "en",
    "Birkenhain wants the cover redone after approval - does our agreement cover a redo or is it a change order?",
)
c("chat", "en", "is 85 an hour too low for berlin in general?")
c(
    "brief",
    "en",
    "ok here's one that just came in, can you pull out what they want?\n\nHi Mara! Long time fan. We're launching a line of oat drinks next autumn and need the carton design for 3 flavours, plus maybe a character on the side of the pack? Deadline would be end of June, budget tbd. Cheers, Nils (Haferwerk)",
)
c("style", "en", "pls make 2 previews for haferwerk w/ an oat character, keep it under the free limit")
c("sent", "en", "done, haferwerk quote sent")
c("quote", "en", "price check: poster for the kiezkind summer party again", service="poster")
c("memory", "en", "how long did the last kiezkind poster take")
c("chat", "en", "lol")
c("chat", "en", "can you summarise what the design brief format should look like in general")
c("quote", "de", "wie viel für ein logo, kunde ist aus wien, deadline in 10 tagen", service="logo", quantity=1)
c("memory", "de", "Hab ich dem Museum 2025 für die Plakate Rabatt gegeben?")
c("chat", "fr", "ok merci, à demain")
c("reply", "en", "write back to Lucía en español: sí, el 1 de marzo es posible")
c("quote", "it", "quote per un logo, cliente a Torino", service="logo", quantity=1)
c("memory", "en", "what did I charge fjord and fable, in euro graag")
c("scope", "en", "zeitgeist wants a second illustration for the same cover story, is that part of the original job?")
c("chat", "en", "what's a good way to say no to spec work")
c("sent", "de", "/sent Q-2026-0045")
