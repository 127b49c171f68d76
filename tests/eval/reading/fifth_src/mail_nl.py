"""Dutch mails, typed by hand."""

# ruff: noqa: E501
from items import mail as m

m(
    "inquiry",
    "nl",
    "Sanne de Vries <sanne@devries-kaas.example>",
    "Etiketten voor onze kaas",
    "2026-12-04 09:00 +0100",
    "Hoi Mara,\n\nWij maken boerenkaas in Friesland en willen nieuwe etiketten: twee voor de jonge kaas en twee voor de belegen. Graag klaar voor 1 maart. Budget € 4.000.\n\nGroet,\nSanne",
    services=("packaging",),
    q={"packaging": 4},
    deadline="2027-03-01",
    budget="4000 EUR",
    note="split count summed",
)
m(
    "inquiry",
    "nl",
    "Bram Jansen <bram@jansen-fietsen.example>",
    "Logo",
    "2026-12-10 20:00 +0100",
    "hoi, heb je tijd voor een logo voor mijn fietsenwinkel? budget 1200",
    services=("logo",),
    budget="1200 EUR",
    note="short",
)
m(
    "inquiry",
    "nl",
    "Uitgeverij Duin <redactie@uitgeverij-duin.example>",
    "Prentenboek",
    "2026-12-15 11:00 +0100",
    "Beste Mara,\n\nWij zoeken een illustrator voor een prentenboek van twaalf dubbele pagina's. Aanlevering eind april. Budget: 7.000 euro.\n\nMet vriendelijke groet,\nLotte, Uitgeverij Duin",
    services=("book-illustration",),
    q={"book-illustration": 12},
    deadline="2027-04-30",
    budget="7000 EUR",
    cte="alt",
)
m(
    "inquiry",
    "nl",
    "Joost Bakker <joost@bakker-brouwerij.example>",
    "Huisstijl en blikjes",
    "2027-01-08 14:00 +0100",
    "Hallo Mara, onze brouwerij heeft een nieuwe huisstijl nodig, en daarna etiketten voor drie blikjes. Over zes weken willen we de huisstijl af hebben. Totaal budget 10k, waarvan 6k voor de huisstijl.",
    services=("brand-identity", "packaging"),
    q={"packaging": 3},
    deadline="2027-02-19",
    budget="6000 EUR",
    note="design share of total for identity",
    cte="alt",
)
m(
    "inquiry",
    "nl",
    "Femke Visser <femke@tijdschrift-groen.example>",
    "Illustratie artikel",
    "2027-01-14 10:00 +0100",
    "Hoi Mara, voor ons tijdschrift zoeken we een illustratie bij een artikel over stadstuinen. Deadline 25 januari, honorarium 450 euro.",
    services=("editorial-illustration",),
    q={"editorial-illustration": 1},
    deadline="2027-01-25",
    budget="450 EUR",
)
m(
    "inquiry",
    "nl",
    "Festival Zeewind <info@festival-zeewind.example>",
    "Poster + mascotte",
    "2027-01-19 16:00 +0100",
    "Hallo! Festival Zeewind zoekt een mascotte (een meeuw) en een poster. De poster moet 1 mei naar de drukker.",
    services=("mascot", "poster"),
    q={"poster": 1},
    deadline="2027-05-01",
    note="print date for the poster, no date for the mascot: the poster date is the deadline",
)

m(
    "existing_client",
    "nl",
    "Pieter van Dijk <pieter@greenleaf-kombucha.example>",
    "Factuur",
    "2027-01-05 09:00 +0100",
    "Hoi Mara, de factuur voor de kweepeer-blik is betaald. Dank je!",
    new=False,
    note="short; invoice paid",
)

m(
    "off_card",
    "nl",
    "Eva Mulder <eva@mulder-tattoo.example>",
    "Tattoo ontwerp",
    "2026-12-12 13:00 +0100",
    "Hoi, kun je een tattoo ontwerpen gebaseerd op jouw walvis uit het kinderboek?",
    note="tattoo",
)
m(
    "off_card",
    "nl",
    "Daan Smit <daan@smit-webshop.example>",
    "Webshop met logo",
    "2027-01-11 10:00 +0100",
    "Goedemiddag, ik zoek iemand die een webshop bouwt. Mijn logo heb ik al. Kunt u een offerte sturen?",
    note="website with existing logo",
)

m(
    "not_for_me",
    "nl",
    "Drukkerij Noord <orders@drukkerij-noord.example>",
    "Drukproef klaar",
    "2026-12-09 09:00 +0100",
    "Uw drukproef voor 'Poster A2, 100 ex.' staat klaar. Goedkeuren via uw account.",
    note="printer proof notice",
)
m(
    "not_for_me",
    "nl",
    "Oma Greet <greet.jansen@postbus.example>",
    "kerst",
    "2026-12-20 11:00 +0100",
    "Lieve Mara, fijne kerst! Kom je in januari nog langs in Utrecht? Liefs, oma",
    note="family",
)
m(
    "not_for_me",
    "nl",
    "Kim de Boer <kim@illustratie-kim.example>",
    "Vraagje",
    "2027-01-13 18:00 +0100",
    "Hoi Mara, hoeveel rekenen jij voor een poster? Een klant vraagt om drie en ik twijfel.",
    note="colleague price question",
)

m(
    "sales_phishing",
    "nl",
    "ING Beveiliging <alert@ing-verificatie.example>",
    "Uw pas wordt geblokkeerd",
    "2026-12-17 05:00 +0100",
    "Beste klant, uw betaalpas wordt vandaag geblokkeerd. Verifieer via https://ing-verificatie.example",
    note="bank phishing",
)
m(
    "sales_phishing",
    "nl",
    "Opdracht <opdracht@werkspot-design.example>",
    "Nieuwe opdracht: huisstijl",
    "2027-01-15 03:00 +0100",
    "Er staat een nieuwe opdracht voor u klaar (huisstijl, € 7.500). Log in om de klant te zien en betaal de bemiddelingsfee van € 49.",
    enc_subject=True,
    note="fake marketplace order with a fee",
)

m(
    "automated",
    "nl",
    "Sanne de Vries <sanne@devries-kaas.example>",
    "Afwezig: Etiketten",
    "2026-12-24 09:00 +0100",
    "Ik ben afwezig tot 4 januari.",
    headers={"Auto-Submitted": "auto-replied"},
    note="short; out-of-office",
)
m(
    "automated",
    "nl",
    "Postmaster <postmaster@mx.lindqvist.example>",
    "Leesbevestiging: Prentenboek",
    "2026-12-16 10:00 +0100",
    "Uw bericht is gelezen op 16 december 2026.",
    report={
        "type": "disposition-notification",
        "Final-Recipient": "rfc822; redactie@uitgeverij-duin.example",
        "Disposition": "manual-action/MDN-sent-manually; displayed",
    },
    note="read receipt",
)
