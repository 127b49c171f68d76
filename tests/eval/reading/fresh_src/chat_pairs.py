"""Near-miss pairs: nearly the same words, a different route. Hand-written, in several languages."""
from spec import chat

chat("memory", "en", "what did i charge for the last hafen poster")
chat("quote", "en", "what should i charge for a festival poster", "poster", 1)

chat("memory", "en", "did i ever send the museum the poster quote?")
chat("sent", "en", "sent the museum the poster quote")

chat("reply", "en", "reply to greenleaf about the tote bags")
chat("scope", "en", "are the tote bags in scope for greenleaf")

chat("brief", "en", "summarise the honey mail")
chat("chat", "en", "summarise my week in one line, i need a laugh")

chat("style", "en", "style preview of an owl in a nightcap")
chat("chat", "en", "what style would suit an owl bedtime book, generally")

chat("reply", "en", "tell acme the pip quote is sent")
chat("sent", "en", "acme pip quote is sent")

chat("sent", "en", "Q-2026-0030 sent")
chat("memory", "en", "what was in Q-2026-0030")

chat("scope", "en", "is a third round included for zeitgeist?")
chat("chat", "en", "how many rounds are usually included for editorial work")

chat("brief", "en", "write a brief for the swim school mail")
chat("chat", "en", "write a brief intro for my website about page")

chat("quote", "en", "brotzeit wants a new bread bag, price?", "packaging", 1)
chat("memory", "en", "what did brotzeit pay for the bread bags")

chat("style", "en", "make me a sample in my style for the tea tins")
chat("chat", "en", "can clients get free samples from me?")

chat("quote", "en", "pip poses price for 5", "mascot-poses", 5)

chat("memory", "de", "was hab ich für logos genommen letztes jahr")
chat("quote", "de", "was nehm ich für ein logo", "logo", 1)

chat("reply", "de", "schreib hollow oak, dass die rechnung raus ist")
chat("memory", "de", "ist die rechnung an hollow oak eigentlich raus?")

chat("memory", "es", "cuánto le cobré a fjord and fable por el libro")
chat("quote", "es", "cuánto cobro por un libro de 10 dobles páginas", "book-illustration", 10)

chat("memory", "nl", "hoeveel rekende ik hafen festival voor de poster")
chat("quote", "nl", "hoeveel reken ik voor een festivalposter", "poster", 1)

chat("sent", "fr", "devis envoyé à hollow oak")
chat("reply", "fr", "dis à hollow oak que le devis est envoyé")

chat("style", "it", "fammi un campione nel mio stile per la gelateria")
chat("chat", "it", "i clienti possono avere campioni gratis?")

chat("chat", "en", "sent the invoice to hollow oak just now")
chat("sent", "en", "the quote for hollow oak went out together with the invoice")
