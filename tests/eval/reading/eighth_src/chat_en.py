"""English chat turns for the eighth blind set, typed by hand one by one."""

from items import chat

# ---------------------------------------------------------------- quote
chat("quote", "en", "what would I charge for a logo for a physio practice in Bristol?", "logo", 1)
chat("quote", "en", "ballpark for 3 riso gig posters?", "poster", 3)
chat("quote", "en", "price out a picture book, 14 spreads, cover in-house", "book-illustration", 14)
chat("quote", "en", "how much for two coffee bags, rush, they want them in 3 weeks", "packaging", 2)
chat("quote", "en", "gimme a number for a mascot for a bouldering gym", "mascot", 1)
chat("quote", "en", "estimate: gecko mascot + 6 stickers", None, None)
chat("quote", "en", "what's a fair price for nine annual report illustrations?", "editorial-illustration", 9)
chat("quote", "en", "Tallgrass want a quote for the badger book, 14 spreads plus the cover. what do I say, money-wise?",
     "book-illustration", None)
chat("quote", "en", "how much should i ask for 5 twitch emotes of an existing frog character", "mascot-poses", 5)
chat("quote", "en", "rough cost for rebranding a two-site bakery café?", "brand-identity", None)
chat("quote", "en", "if someone wants one op-ed illo by next friday what do i quote", "editorial-illustration", 1)
chat("quote", "en", "hw much 4 a cider can label", "packaging", 1)

# ---------------------------------------------------------------- memory
chat("memory", "en", "what did I charge Hafen Festival for the 2025 poster?")
chat("memory", "en", "how long did the Fjord and Fable book take me in the end?")
chat("memory", "en", "have I ever worked with a dental practice before?")
chat("memory", "en", "when did I do the Atlas Weekly heatwave piece?")
chat("memory", "en", "find my notes from the pixelhaus call")
chat("memory", "en", "what was the hourly rate on the Wolkenfrei identity?")
chat("memory", "en", "remind me what Lumen Yoga paid for the 2025 logo")
chat("memory", "en", "did Spree Cycles pay on time for the rebrand?")
chat("memory", "en", "which of my past projects had a rush fee?")
chat("memory", "en", "the Nordlicht bag series - how many bags was that again")
chat("memory", "en", "what did we agree with Zeitgeist about usage rights on the cover?")

# ---------------------------------------------------------------- brief
chat("brief", "en", """From: Rob Tennant <rob@scorchhouse.example>
Subject: hot sauce labels?

hi Mara, we make hot sauce and need labels for three flavours by end of may, budget about 2k. cheers Rob""")
chat("brief", "en", "turn the Crux climbing gym mail into a brief pls")
chat("brief", "en", """can you summarise what this person actually wants:

"Hi, I'm opening a physiotherapy practice in Bristol and need a logo, and a website if you do those. £1,800 for the logo. Six weeks would be ideal. Helen\"""")
chat("brief", "en", "make a brief out of the Northwind annual report inquiry")
chat("brief", "en", """Hey Mara! We run three music venues in Glasgow, want summer posters for each, not sure if it's one design or three. Need them by the 20th. Marcus

^ what do they need, in a brief""")
chat("brief", "en", "what does the Tiny Lantern woman need, in short? the long email from last night")
chat("brief", "en", """Subject: Commission: two illustrations for July
Hi Mara, Oona here, art director at The Long Read. Opener + spot for an allotments essay, £400 each, files by 14 May. Let me know! Oona""")
chat("brief", "en", "brief for the hummingbird press lighthouse dog book please")

# ---------------------------------------------------------------- style
chat("style", "en", "make me two style previews of a chalky-handed gecko for Crux")
chat("style", "en", "can you generate a sample of my style for a night bakery badger scene?")
chat("style", "en", "show Isla what a Skye gin label could look like in my style, watermarked")
chat("style", "en", "draft a couple of preview sketches in my look for the Sprout oat bar packaging")
chat("style", "en", "generate a style preview: moth with a lantern, my usual palette")
chat("style", "en", "i want to see how a tooth mascot would look in my style, just for me, not for the client")

# ---------------------------------------------------------------- scope
chat("scope", "en", "Acme now want a 5th summer pose on top of the four we agreed. is that in scope?")
chat("scope", "en", "greenleaf used both rounds on elderflower and want another. write a change order")
chat("scope", "en", "the museum's asking for the U-Bahn poster in a second size. included or extra?")
chat("scope", "en", "Brotzeit signed for two bags and now they're asking for a third 'small' one. scope?")
chat("scope", "en", "is a mug version of Pip covered by the Acme licence we agreed or is that new?")
chat("scope", "en", "Birkenhain want the fox recoloured after final approval, does our agreement cover that")
chat("scope", "en", "change order for the extra round on the museum poster please")

# ---------------------------------------------------------------- reply
chat("reply", "en", "reply to Ben (book club) nicely that 150 won't cover a logo but suggest something")
chat("reply", "en", "tell Meg I don't do tattoos but thank her")
chat("reply", "en", "answer Marcus: ask him whether it's one poster in 3 sizes or 3 designs")
chat("reply", "en", "write back to Sam at Crux that I can do it, start in May")
chat("reply", "en", "let Priya know I'm available from September")
chat("reply", "en", "can you draft something to Kofi saying tomorrow is impossible but Friday maybe")
chat("reply", "en", "tell Jana the files are re-uploaded")
chat("reply", "en", "answer the pastor's logo email")
chat("reply", "en", "write to Liv that the extra round is fine and costs 12h")

# ---------------------------------------------------------------- sent
chat("sent", "en", "sent the Crux quote just now")
chat("sent", "en", "Q-2027-0041 went out to Tallgrass this morning")
chat("sent", "en", "mark the Ridge Roast quote as sent")
chat("sent", "en", "ok the northwind quote is with them")
chat("sent", "en", "emailed Oona the quote for the two illos, log it")
chat("sent", "en", "quote for the jazz posters delivered to kit yesterday")

# ---------------------------------------------------------------- chat
chat("chat", "en", "morning!")
chat("chat", "en", "thanks, that quote looks great")
chat("chat", "en", "how do i export a quote as pdf?")
chat("chat", "en", "what's the difference between CMYK and RGB again, for a client who asked")
chat("chat", "en", "is it normal to charge for usage rights on top of the design fee?")
chat("chat", "en", "ugh I'm so tired of invoicing")
chat("chat", "en", "write me a short bio for my instagram")
chat("chat", "en", "quote of the day?")
chat("chat", "en", "what's a good name for a gecko")
chat("chat", "en", "can the app send quotes automatically?")
chat("chat", "en", "brief me on how the daemon decides what to draft")
chat("chat", "en", "style tip: should I use a serif for a law firm logo?")
chat("chat", "en", "what's the weather like in Berlin this week")
chat("chat", "en", "how do people usually price picture books, royalties or flat fee?")
chat("chat", "en", "remind me to call mum on sunday")
chat("chat", "en", "lol the pastor one is clearly a scam right")
chat("chat", "en", "where is my profile.toml stored?")
