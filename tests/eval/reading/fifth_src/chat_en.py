"""English chat turns, typed by hand."""

# ruff: noqa: E501
from items import chat as c

# memory
c("memory", "en", "what did I charge spree cycles for the rebrand last year?")
c("memory", "en", "how long did the fjord and fable book actually take me")
c("memory", "en", "did i ever work with a yoga studio before")
c("memory", "en", "find my notes from the pixelhaus call")
c("memory", "en", "when did I deliver the Hafen poster in 2024?")
c("memory", "en", "the Acme snack packaging, how many hours did I log vs estimate?")
c("memory", "en", "What was the total on the quote I sent Hollow Oak for the lighthouse book?")
c("memory", "en", "remind me what atlas weekly paid per illustration")
c("memory", "en", "have I done anything for a brewery")
c("memory", "en", "list all my zeitgeist jobs")
c("memory", "en", "was the nordlicht bag series 3 or 4 bags?")
c("memory", "en", "how much did greenleaf pay for the can labels")
c("memory", "en", "what did the kita mascot end up costing them")
c("memory", "en", "show me past logo projects and their prices")
c("memory", "en", "did wolkenfrei go over budget?")
c("memory", "en", "what did i quote brotzeit for the rush cafe logo")
c("memory", "en", "which clients paid late")
c("memory", "en", "last time I did a poster for spree, what size was it")
# quote
c("quote", "en", "how much should I charge for a logo for a dentist", service="logo", quantity=1)
c("quote", "en", "quote for 16 spreads picture book", service="book-illustration", quantity=16)
c("quote", "en", "ballpark for 3 gig posters?", service="poster", quantity=3)
c("quote", "en", "new client wants a mascot, what do i ask for it", service="mascot", quantity=1)
c("quote", "en", "estimate: 8 poses for an existing character", service="mascot-poses", quantity=8)
c("quote", "en", "price for a full brand identity for a small cafe", service="brand-identity", quantity=1)
c("quote", "en", "how much for one editorial illo, due in 3 days", service="editorial-illustration", quantity=1)
c("quote", "en", "what would 5 jam labels cost", service="packaging", quantity=5)
c("quote", "en", "Nordlicht wants a winter bag, what should I charge?", service="packaging", quantity=1)
c("quote", "en", "give me a price for mascot plus 6 poses")
c("quote", "en", "quote a logo + business cards for Thistle Bikes")
c("quote", "en", "what's a fair price for twelve spreads plus cover", service="book-illustration")
c("quote", "en", "/quote poster x2", service="poster", quantity=2)
c("quote", "en", "can you work out a price for a rebrand for a bakery chain", service="brand-identity")
c("quote", "en", "rough number for annual report illustrations, like 5 of them", service="editorial-illustration")
c("quote", "en", "how much do i charge for a rush poster, needed in 6 days", service="poster", quantity=1)
c("quote", "en", "acme wants a 2nd mascot, price?", service="mascot", quantity=1)
# brief
c(
    "brief",
    "en",
    "From: Priya Natarajan <priya@hollowbrook-farm.example>\nSubject: Labels for our jam range\n\nHello Mara, we make jam and want three labels by mid Feb. Budget around 4k. What would it cost?",
)
c(
    "brief",
    "en",
    "turn this into a brief: Hi Mara, we're a tiny bakery in Hackney and need a logo and maybe a bag, opening in April, thanks, Tom",
)
c(
    "brief",
    "en",
    "summarise what this client actually needs: 'hey we want something like a mascot but also a logo, and stickers, not sure how many, for our app launch in spring'",
)
c("brief", "en", "can you make a brief out of the Bramble Press mail")
c(
    "brief",
    "en",
    "Hi Mara,\nI'm the art editor at The Long Read. We need one full-page illustration for an essay on night shifts, due next Friday, fee £600.\nHarriet",
)
c("brief", "en", "/brief Cedar & Salt spices: logo, 8 jar labels, shop poster later, ~8k")
c(
    "brief",
    "en",
    "what is this person asking for? >> we would like our festival to have a look, posters, maybe merch, and a logo thing",
)
c(
    "brief",
    "en",
    "pasting an inquiry: 'Dear Ms Lindqvist, our housing association needs five illustrations for the annual report by 12 March, budget £2,500.' make a brief pls",
)
c(
    "brief",
    "en",
    "Subject: board game character\n\nwe need the lighthouse keeper + 12 card poses, art by march 1, 5.5k eur",
)
# style
c("style", "en", "make a couple of style previews for the snail picture book")
c("style", "en", "generate 2 samples in my style for Cedar & Salt, spicy warm colours")
c("style", "en", "show me what a raccoon mascot would look like in my style")
c("style", "en", "/style otter in the rain, watercolour-ish")
c("style", "en", "can you do a preview of a jam label in my usual look for priya")
c("style", "en", "sketch preview of a lighthouse poster in my style pls")
c("style", "en", "mock up a few samples for the tea brand, my linework")
c("style", "en", "try a quick style sample: fox with a lantern, night scene")
# scope
c("scope", "en", "is a 4th revision round still included for the museum?")
c("scope", "en", "acme now wants pip holding a phone too, is that in the original poses brief?")
c("scope", "en", "birkenhain added three spreads, write up a change order")
c("scope", "en", "greenleaf asked for a second colourway of the can, is that inside what we agreed")
c("scope", "en", "does the brotzeit logo deal cover the sign files as well or is that extra")
c("scope", "en", "the museum wants a banner version of the identity. within scope?")
c("scope", "en", "change order for acme: extra round on the snack poster")
# reply
c("reply", "en", "reply to Lena and say the poses are coming friday")
c("reply", "en", "write back to Ellie, yes to a call on tuesday")
c("reply", "en", "tell Hollow Oak I've sent the invoice")
c("reply", "en", "draft an answer to the dentist, I don't do websites but logo yes")
c("reply", "en", "answer greenleaf: happy to do the blood orange can, quote follows")
c("reply", "en", "say no nicely to the tattoo guy")
c("reply", "en", "can you write to Tom at brotzeit thanking him for the photo of the sign")
c("reply", "en", "let the museum know I can't do 7 jan, suggest the 8th")
c("reply", "en", "respond to ruth re the charity poster, explain my minimum")
# sent
c("sent", "en", "sent the quote to Priya")
c("sent", "en", "Q-2026-0041 went out to Bramble Press this morning")
c("sent", "en", "mark the cedar & salt quote as sent")
c("sent", "en", "I emailed the estimate to Ben yesterday")
c("sent", "en", "/sent Q-2027-0003")
c("sent", "en", "just delivered the quote for the jam labels, log it")
c("sent", "en", "quote's out to the long read")
c("sent", "en", "ok I've sent Oliver his price for the coffee bag")
# chat
c("chat", "en", "hi")
c("chat", "en", "thanks for the quote!")
c("chat", "en", "how do I mark a quote as sent?")
c("chat", "en", "write me an instagram caption for the new poster")
c("chat", "en", "write me a general brief template")
c("chat", "en", "describe my style in your words")
c("chat", "en", "is it normal for clients to expect free revisions?")
c("chat", "en", "what's the difference between CMYK and RGB again")
c("chat", "en", "good morning :)")
c("chat", "en", "how do I forget a client completely?")
c("chat", "en", "tell me a joke about kerning")
c("chat", "en", "any tips for pricing picture books in general?")
c("chat", "en", "ugh long day")
c("chat", "en", "what can you do")
c("chat", "en", "how do I change my hourly rate in the profile")
c("chat", "en", "should i register for the Bologna book fair")
c("chat", "en", "ok")
c("chat", "en", "explain risograph vs screenprint in two lines")
