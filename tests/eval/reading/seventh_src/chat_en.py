"""English chat turns of the seventh blind set, typed by hand."""

from items import chat

# memory
chat("memory", "en", "what did I charge Nordlicht for the bag series in 2025?")
chat("memory", "en", "how long did the Fjord and Fable book take me, start to finish?")
chat("memory", "en", "did I ever work with a yoga studio before?")
chat("memory", "en", "find my notes from the pixelhaus call")
chat("memory", "en", "when did I deliver the last Hafen Festival poster")
chat("memory", "en", "whats the most i ever got paid for a single editorial piece")
chat("memory", "en", "remind me who the contact at Wolkenfrei was")
chat("memory", "en", "how many revision rounds did the museum end up using on the exhibition posters?")
chat("memory", "en", "the spree cycles rebrand, was that 2025 or 2024?")
chat("memory", "en", "Q-2026-0041, what was in it again?")
chat("memory", "en", "have I done packaging for anyone besides Acme and Greenleaf?")

# quote
chat("quote", "en", "how much should I ask for a logo for a small tea shop?", service="logo", quantity=1)
chat("quote", "en", "ballpark for a picture book, 14 spreads", service="book-illustration", quantity=14)
chat("quote", "en", "price 3 gig posters for a band", service="poster", quantity=3)
chat("quote", "en", "what would i charge for a mascot + 6 poses")
chat(
    "quote",
    "en",
    "estimate for five coffee bag designs, rush, they want it in 2 weeks",
    service="packaging",
    quantity=5,
)
chat("quote", "en", "Greenleaf wants another can, what do I quote?", service="packaging", quantity=1)
chat(
    "quote",
    "en",
    "quick number for an editorial spot illo for a science quarterly",
    service="editorial-illustration",
    quantity=1,
)
chat("quote", "en", "brand identity for a law firm, what's a fair price", service="brand-identity")
chat("quote", "en", "hw much 4 eight expression stickers of an existing character", service="mascot-poses", quantity=8)
chat("quote", "en", "give me a quote for a rebrand of a wool shop", service="brand-identity")
chat("quote", "en", "10 spreads plus cover, what's that come to?", service="book-illustration")

# brief
chat(
    "brief",
    "en",
    """From: Priya Raman <priya@tidepoolteas.example>
Subject: Logo for a tea shop

Hi Mara, I'm opening a small tea room in Leith and would love a logo from you, heron maybe. End of Feb? ~£1,800.""",
)
chat(
    "brief",
    "en",
    "turn this into a brief: we're a brewery, 3 can labels + launch poster, files by 1 March, 6k budget. - Tom",
)
chat(
    "brief",
    "en",
    "summarise what this client actually needs: 'Hi! kids yoga studio here, we'd love a sleepy fox mascot "
    "and then 8 sticker poses for reward cards, by end of March, roughly 3.5k'",
)
chat("brief", "en", "Can you make a brief out of the mail from Olivia Grant (law firm rebrand)?")
chat(
    "brief",
    "en",
    """Dear Ms Lindqvist, Bramble & Birch is a small publisher in Norwich. Twelve spreads plus cover,
files by end of May, budget £7,000. Would you be interested?
^ what do they need exactly""",
)
chat("brief", "en", "what's this guy asking for? 'need 2 coffee bag designs. by feb 26. 4000 EUR. can you? R.'")
chat(
    "brief",
    "en",
    "Hi Mara, we're a family hardware store in Cardiff and need a new logo and a website. launch 1 May. "
    "-- make me a brief from this please",
)
chat("brief", "en", "pull the key points out of Moon Pebble's mail: services, count, date, budget")

# style
chat("style", "en", "show me a few heron sketches in my style for the tea shop")
chat("style", "en", "generate 2 style previews of a grumpy spanner mascot for Dev")
chat("style", "en", "can you mock up what a snail picture book cover might look like in my style?")
chat("style", "en", "make a watermarked preview of a fox doing yoga, my usual linework")
chat("style", "en", "style samples pls: moody night train, editorial look")
chat("style", "en", "do a quick preview of a honey label with bees, in my style, for the Vogel inquiry")
chat("style", "en", "I want to see my style on a badger farmer character, 3 variations")

# scope
chat("scope", "en", "Acme now wants Pip in a 6th pose, is that in the agreed set or extra?")
chat("scope", "en", "is a fourth revision round still included for the museum identity?")
chat("scope", "en", "greenleaf asked for the can in a 500ml format too. in scope?")
chat("scope", "en", "write a change order for the extra spread Birkenhain asked for")
chat("scope", "en", "Hollow Oak wants me to redo the endpapers too, did we agree on those?")
chat("scope", "en", "is adding a black and white version of the Brotzeit café logo part of what we agreed")
chat("scope", "en", "museum wants three more lecture posters on top of the exhibition set - change order please")

# reply
chat("reply", "en", "reply to Priya and say yes, I'd love to do the heron logo, ask about colours")
chat("reply", "en", "tell Jana the poses will be a day late, sorry")
chat("reply", "en", "draft an answer to the babysitting co-op, nicely explain 150 is below my minimum")
chat("reply", "en", "answer Lena: five posters in two weeks is tight but doable with a rush fee")
chat("reply", "en", "let Tobias know the PDF/X-4 files are on their way")
chat("reply", "en", "write back to the Riverstone teacher, polite no but point them to a student illustrator")
chat("reply", "en", "can u answer the Cole Cider mail, ask if the poster is A2 or A1")
chat("reply", "en", "respond to Helene: Monday works for the review meeting")

# sent
chat("sent", "en", "sent the Tidepool quote just now")
chat("sent", "en", "mark Q-2027-0007 as sent")
chat("sent", "en", "I emailed the brewery their quote this morning")
chat("sent", "en", "quote for moon pebble went out yesterday, log it")
chat("sent", "en", "ok the Grant & Field estimate is delivered")
chat("sent", "en", "/sent Q-2027-0012")

# chat
chat("chat", "en", "morning!")
chat("chat", "en", "thanks, that quote looks great")
chat("chat", "en", "how do I mark a quote as sent?")
chat("chat", "en", "any tips for pricing usage rights for merch in general?")
chat("chat", "en", "what does /style actually do")
chat("chat", "en", "the /quote command crashed on me yesterday fyi")
chat("chat", "en", "write me an instagram caption for the new fox print")
chat("chat", "en", "is it normal for publishers to pay half on signature?")
chat("chat", "en", "lol ok")
chat("chat", "en", "what's a good way to structure a brand guide PDF?")
chat("chat", "en", "I'm so tired today, tell me a joke")
chat("chat", "en", "can you remember to remind me to drink water")
