"""Mixed chat turns for the eighth blind set: near-misses, look-alike commands, typos, slang and mixed
languages. Typed by hand one by one."""

from items import chat

# ---------------------------------------------------------------- near-misses labelled chat
chat("chat", "en", "how much do illustrators in london usually charge for a gig poster?")
chat("chat", "en", "what does 'sent' mean in the quotes list?")
chat("chat", "en", "the /style button is greyed out, why")
chat("chat", "en", "reply all or reply? which is more polite for a group mail")
chat("chat", "en", "scope creep is a great band name")
chat("chat", "en", "memory check: am I getting old or was that mail weird")
chat("chat", "de", "Erinnerung an mich selbst: mehr Wasser trinken 💧")
chat("chat", "en", "can you explain what a change order is, in general?")

# ---------------------------------------------------------------- look-alikes that are the route
chat("memory", "en", "/memory what did Birkenhain pay per spread on the river book")
chat("quote", "en", "/quote 2 bread bags", "packaging", 2)
chat("sent", "en", "/sent Q-2027-0044")
chat("memory", "en", "pull up the Lumen Yoga quote i sent in 2025, what was the total?")
chat("quote", "en", "Hafen Festival are back, they want the 2027 poster. what do I charge this time?", "poster", None)
chat("reply", "en", "tell Hollow Oak thanks for the reprint news")

# ---------------------------------------------------------------- typos and slang
chat("quote", "en", "hw mch fr a mascott + turnaround 4 a dentist", "mascot", 1)
chat("memory", "en", "wat did i bill spree cycles 4 the summer sale poster lol")
chat("sent", "en", "quote's out to kofi, fingers crossed")
chat("style", "en", "yo make me a lil preview of the hot sauce label in my style")
chat("reply", "en", "pls answer the gin lady, label yes bottle no")

# ---------------------------------------------------------------- mixed languages
chat("quote", "de", "was nehm ich für die cans von Hugo, drei Stück, a bit of a rush?", "packaging", 3)
chat("reply", "de", "schreib Liv back in English: ginger can geht klar, Ende Juli")
chat("brief", "de", """Hi Mara, kurze Frage – wir brauchen "a mascot for our app", Budget 3k, bis Ende Juni. Jonas
mach mir daraus bitte ein Briefing""")
chat("memory", "nl", "wat vroeg ik for the Museum am Ufer posters in 2025?")
chat("scope", "fr", "Acme France veut aussi une version 'summer' des trois poses – scope ou nouveau devis ?")
chat("sent", "es", "presupuesto sent a Montse, ya está")
chat("style", "it", "fammi un quick preview della scatola panettone nel mio stile")
