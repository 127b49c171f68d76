"""English chat turns Mara types to her assistant (sixth blind set)."""

# ruff: noqa: E501 (hand-typed texts keep their own line lengths)

from items import chat

# memory
chat("memory", "en", "what did I charge Spree Cycles for the rebrand?")
chat("memory", "en", "when did i last work with Zeitgeist")
chat("memory", "en", "how long did the Lantern Night book take me in the end")
chat("memory", "en", "have I ever done anything for a yoga studio?")
chat("memory", "en", "find my notes from the pixelhaus call")
chat("memory", "en", "which clients did I do packaging for?")
chat("memory", "en", "the acme winter poster, how many revision rounds did we end up doing")
chat("memory", "en", "remind me what Hollow Oak paid for the quiet lighthouse")
chat("memory", "en", "did atlas weekly ever pay late?")
chat("memory", "en", "what was the total on the Nordlicht bag series quote?")
chat("memory", "en", "show me everything from Hafen Festival")
chat("memory", "en", "how many spreads was fjord and fable's whale book")
chat("memory", "en", "What hourly rate did I use for Wolkenfrei back then?")
chat("memory", "en", "list my 2025 projects pls")
chat("memory", "en", "did I do a mascot for a kita once or am I making that up")
chat("memory", "en", "whats the biggest job i did last year")
chat("memory", "en", "How much did the museum exhibition identity come to in the end?")

# quote
chat("quote", "en", "how much should I charge for a logo for a small law firm?", service="logo", quantity=1)
chat("quote", "en", "price for 3 gig posters?", service="poster", quantity=3)
chat("quote", "en", "ballpark for a picture book, 14 spreads", service="book-illustration", quantity=14)
chat("quote", "en", "what would a mascot cost for a dog daycare", service="mascot", quantity=1)
chat("quote", "en", "estimate: 6 pose set for an existing character", service="mascot-poses", quantity=6)
chat("quote", "en", "quote me a brand identity for a gin startup", service="brand-identity", quantity=1)
chat("quote", "en", "Nordlicht wants a new bag design, what do I ask?", service="packaging", quantity=1)
chat("quote", "en", "how much for twelve spice jar labels", service="packaging", quantity=12)
chat(
    "quote",
    "en",
    "editorial illo for a newsletter, rush, due friday - what's my price",
    service="editorial-illustration",
)
chat("quote", "en", "what should I charge for a logo plus business cards")
chat("quote", "en", "rough number for a rebrand of a bakery chain", service="brand-identity")
chat("quote", "en", "cost of a mascot + 8 stickers?")
chat("quote", "en", "how much for 12 spreads plus cover", service="book-illustration")
chat("quote", "en", "can you price up two annual report illustrations", service="editorial-illustration", quantity=2)
chat("quote", "en", "whats a fair price for a festival poster these days", service="poster", quantity=1)
chat("quote", "en", "make a quote for Otterbrook: logo and one tin")
chat("quote", "en", "/quote poster x5", service="poster", quantity=5)

# brief
chat(
    "brief",
    "en",
    """From: Hannah Pryce <hannah@otterbrook-tea.example>
Subject: Logo + tea tin
Hi Mara, we're a tiny tea company in Bristol and need a logo and a tin design by end of January. ~£3,500. Thanks! Hannah""",
)
chat("brief", "en", "turn the Northmarsh Brewing email into a brief please")
chat("brief", "en", "summarise what the Pocket Fox people actually want")
chat(
    "brief",
    "en",
    """can you make a brief out of this:
"Hi! We're opening a climbing gym in Leipzig in May and want a logo and maybe a poster for the opening. Budget flexible. - Kai" """,
)
chat("brief", "en", "what does the cactus app guy need exactly? make me a brief")
chat(
    "brief",
    "en",
    """Hi Mara, we run a bookshop café in Hamburg and would love 2 posters for our reading series, could you send us a price? Best, Ida
^ brief this""",
)
chat("brief", "en", "break down the Rahman Architects inquiry for me")
chat("brief", "en", "brief from the last mail in the inbox")
chat(
    "brief",
    "en",
    """Subject: illustrations for our zine
hey, we need 4 illustrations for a climate zine, deadline march 1st, we can pay 600 total. cheers, Robin""",
)
chat("brief", "en", "/brief wren & moor gin")

# style
chat("style", "en", "make a few style previews for the badger book")
chat("style", "en", "generate 2 samples in my style for Bright Paws, scruffy dog mascot")
chat("style", "en", "can you show me what a gin label might look like in my style")
chat("style", "en", "style preview for the otterbrook tin pls")
chat("style", "en", "draft a couple of sketches in my look for a cactus character")
chat("style", "en", "mock up a poster preview in my style for Loud House")
chat("style", "en", "Show me a sample spread for Moss Goes North, my usual watercolour vibe")
chat("style", "en", "i want to see my style applied to a frog in a raincoat")
chat("style", "en", "/style fox lantern, snowy night")
chat("style", "en", "generate previews for the spice trail labels, 2 max")

# scope
chat("scope", "en", "Acme wants 2 more poses on top of the Easter set, is that in scope?")
chat("scope", "en", "is a 4th revision round still included for the museum?")
chat("scope", "en", "greenleaf now wants the leaves redrawn completely, was that part of the brief?")
chat("scope", "en", "write a change order for the extra Brotzeit bag")
chat("scope", "en", "Birkenhain asked for a third round on the river book, does our agreement cover that")
chat("scope", "en", "does the kombucha can job include a spanish version or is that extra")
chat("scope", "en", "the museum now also wants a banner. in or out of scope?")
chat("scope", "en", "change order pls: 2 extra posters for Museum am Ufer")
chat("scope", "en", "Pixelhaus wants an extra turnaround view, is that covered?")
chat("scope", "en", "is the acme Pip poster resizing within what we agreed")

# reply
chat("reply", "en", "reply to Hannah and say yes, I can do it by end of Jan")
chat("reply", "en", "tell Hollow Oak I've sent the invoice")
chat("reply", "en", "write back to the tattoo girl and politely say no")
chat("reply", "en", "answer Lena: easter poses by 12 march works")
chat("reply", "en", "draft a reply to Jules, 5 posters fine but first two need a week more")
chat("reply", "en", "let Sam know the blood orange can can start in april")
chat("reply", "en", "can you write to Priya that I'm happy with the fee")
chat("reply", "en", "tell the museum thanks for the lovely words about the opening")
chat("reply", "en", "respond to Martin Hale that I don't build websites, maybe recommend someone")
chat("reply", "en", "email Clara and ask if tuesday 11:00 still works for the call")
chat("reply", "en", "say no to the charity guy with the cheque. actually just ignore him? no, reply no")
chat("reply", "en", "write Jonas that the christmas bag is doable but it's a rush fee")

# sent
chat("sent", "en", "I sent the quote to Otterbrook")
chat("sent", "en", "quote Q-2027-0004 went out to Northmarsh this morning")
chat("sent", "en", "mark the bright paws quote as sent")
chat("sent", "en", "just emailed Fernhill their estimate")
chat("sent", "en", "sent!! the pocket fox offer is out")
chat("sent", "en", "ok Q-2027-0012 delivered to the client")
chat("sent", "en", "/sent Q-2027-0009")
chat("sent", "en", "Loud House has the quote now, I sent it via their contact form")
chat("sent", "en", "I've sent Ravi the price for the labels")
chat("sent", "en", "record that the gin quote was sent yesterday")

# chat
chat("chat", "en", "hi")
chat("chat", "en", "thanks for the quote!")
chat("chat", "en", "how do I mark a quote as sent?")
chat("chat", "en", "write me an instagram caption for my new fox print")
chat("chat", "en", "is it normal for clients to expect free revisions?")
chat("chat", "en", "describe my style in your words")
chat("chat", "en", "what's the best paper for risograph?")
chat("chat", "en", "ugh mondays")
chat("chat", "en", "how do I add a new service to the rate card")
chat("chat", "en", "any tips for negotiating with publishers?")
chat("chat", "en", "write me a general brief template")
chat("chat", "en", "lol ok")
chat("chat", "en", "can you work offline?")
chat("chat", "en", "what's the difference between CMYK and RGB again")
chat("chat", "en", "good morning! coffee first")
chat("chat", "en", "tell me a joke about illustrators")
