# ruff: noqa: E501  (hand-written mail text: subjects, addresses and body lines are kept as written)
"""Hand-written mail from the four clients in the profile's directory."""

from mail_item import M

ITEMS = [
    M(
        "existing_client",
        "en",
        "Tom Reyes <tom.reyes@acme.example>",
        "Pip winter poster – invoice 2026-041",
        "2026-11-09 11:02",
        """Hi Mara,

finance asked me to check: invoice 2026-041 for the Pip winter poster shows the deposit as still open,
but we paid it on 14 October. Could you look and send a corrected one? Reference on our side was
PO-88213.

Thanks,
Tom
""",
        new=False,
        note="invoice question from a client; no new work",
    ),
    M(
        "existing_client",
        "en",
        "Tom Reyes <tom.reyes@acme.example>",
        "Pip – more stickers?",
        "2026-11-24 15:40",
        """Hi Mara,

the Pip expression set went down really well internally. Marketing now wants 8 more poses for a
sticker pack in the app: Pip sleeping, Pip with a snowboard, that kind of thing. Would 15 January
work? Same terms as last time are fine.

Tom
""",
        services=("mascot-poses",),
        quantities={"mascot-poses": 8},
        deadline="2027-01-15",
        new=True,
    ),
    M(
        "existing_client",
        "de",
        "Lektorat Birkenhain <lektorat@birkenhain-verlag.example>",
        "KB 2354 – Korrekturen Doppelseite 7 und 9",
        "2026-10-12 09:30",
        """Liebe Frau Lindqvist,

anbei unsere gesammelten Anmerkungen zur zweiten Runde: Auf Doppelseite 7 ist der Fluss etwas zu dunkel,
auf Doppelseite 9 fehlt der Reiher, der im Text erwähnt wird. Das wäre dann unsere letzte vereinbarte
Korrekturrunde.

Geben Sie uns kurz Bescheid, wann die überarbeiteten Dateien kommen?

Herzliche Grüße
Annette Kraus
Lektorat Kinderbuch
""",
        new=False,
        note="feedback within the agreed rounds; spreads are named but no new work",
    ),
    M(
        "existing_client",
        "de",
        "Lektorat Birkenhain <lektorat@birkenhain-verlag.example>",
        "Neues Projekt: Bilderbuch Herbst 2027",
        "2026-11-26 10:05",
        """Liebe Frau Lindqvist,

wir würden gern wieder mit Ihnen arbeiten: ein neues Bilderbuch von Ruth Abendroth, „Die Eule, die nicht
schlafen wollte“. Geplant sind 13 Doppelseiten zuzüglich Umschlag. Die Druckdaten bräuchten wir bis zum
30. April 2027. Das Honorar läge bei 7.500 Euro.

Passt Ihnen das zeitlich?

Herzliche Grüße
Annette Kraus
""",
        services=("book-illustration",),
        quantities={"book-illustration": 13},
        deadline="2027-04-30",
        budget="7500 EUR",
        new=True,
        note="13 spreads plus a cover; the stated number is the spreads",
    ),
    M(
        "existing_client",
        "en",
        "Nadia Osei <nadia@greenleaf-kombucha.example>",
        "Quince can – printer wants CMYK",
        "2026-10-29 14:12",
        """Hi Mara,

the printer came back on the quince can: they want the files in CMYK with 3 mm bleed, not the RGB
preview. Can you send those over? That's all, the design is approved and everyone loves it.

Nadia
""",
        new=False,
        note="files that are part of the delivery",
    ),
    M(
        "existing_client",
        "en",
        "Nadia Osei <nadia@greenleaf-kombucha.example>",
        "Tote bags + a summer label",
        "2026-11-30 09:18",
        """Hi Mara,

two things. First, we'd like the quince illustration on tote bags for the shop, can you adapt it?
Second, and bigger: a new summer flavour (elderflower) needs its can label, same system as quince.
Launch is in May, so files by 15 March would be ideal. Budget for the label is 2,200 EUR.

Nadia
""",
        services=("packaging",),
        quantities={"packaging": 1},
        deadline="2027-03-15",
        budget="2200 EUR",
        new=True,
        note="tote bags are merch (no service) plus a new can label",
    ),
    M(
        "existing_client",
        "de",
        "Dr. Lena Haas <l.haas@museum-am-ufer.example>",
        "Termin Abstimmung Ausstellungsidentität",
        "2026-10-20 16:44",
        """Liebe Frau Lindqvist,

können wir den Abstimmungstermin zur Ausstellungsidentität vom Donnerstag auf Montag, 26.10., 10 Uhr
verschieben? Unser Direktor ist am Donnerstag auf einer Tagung.

Viele Grüße
Lena Haas
Kommunikation, Museum am Ufer
""",
        new=False,
        note="scheduling a meeting; the date is not a deadline",
    ),
    M(
        "existing_client",
        "de",
        "Dr. Lena Haas <l.haas@museum-am-ufer.example>",
        "Danke!",
        "2026-11-16 12:00",
        """Liebe Frau Lindqvist,

die Eröffnung war ein voller Erfolg, und viele Gäste haben nach den Plakaten gefragt. Danke für die
schöne Zusammenarbeit! Die Schlussrechnung ist heute an die Buchhaltung gegangen.

Herzlich
Lena Haas
""",
        new=False,
        note="a thank-you that mentions the posters and an invoice",
    ),
    M(
        "existing_client",
        "nl",
        "Joost van Dam <joost@acme.example>",
        "Extra correctieronde verpakking",
        "2026-10-08 13:25",
        """Hoi Mara,

we hebben de twee afgesproken correctierondes voor de snackverpakking gehad, maar het management wil
toch nog één ronde: de otter moet iets groter op de voorkant. Dat is een extra ronde, dat begrijpen we.
Kun je laten weten wat dat kost?

Groet,
Joost
Acme Benelux
""",
        services=("packaging",),
        new=True,
        note="an extra revision round beyond the agreed ones",
    ),
    M(
        "existing_client",
        "fr",
        "Claire Fontaine <claire.fontaine@acme.example>",
        "Affiche Pip pour le salon de Lyon",
        "2026-12-01 10:30",
        """Bonjour Mara,

Nous serons au salon de Lyon en février et aimerions une nouvelle affiche de Pip, format 60 x 80,
sur le thème de la montagne. Les fichiers devraient être prêts le 20 janvier, le salon commence le
9 février.

Merci !
Claire Fontaine
Acme France
""",
        services=("poster",),
        quantities={"poster": 1},
        deadline="2027-01-20",
        new=True,
        note="trade-fair date after the delivery date",
    ),
    M(
        "existing_client",
        "es",
        "Marta Ruiz <marta.ruiz@greenleaf-kombucha.example>",
        "Factura pendiente",
        "2026-09-22 08:50",
        """Hola Mara:

Desde contabilidad nos dicen que la factura 2026-033 de las etiquetas aún no ha llegado a nuestro
buzón de facturas. ¿Podrías reenviarla a facturas@greenleaf-kombucha.example? Gracias.

Saludos,
Marta Ruiz
""",
        new=False,
    ),
    M(
        "existing_client",
        "it",
        "Giulia Conti <giulia.conti@museum-am-ufer.example>",
        "Catalogo mostra – copertina",
        "2026-11-12 11:11",
        """Cara Mara,

per il catalogo della mostra in italiano vorremmo una copertina illustrata nuova, diversa da quella
tedesca. Una sola illustrazione, consegna entro il 10 dicembre. Il compenso previsto è di 700 euro.

Un caro saluto,
Giulia Conti
Ufficio mostre, Museum am Ufer
""",
        services=("editorial-illustration",),
        quantities={"editorial-illustration": 1},
        deadline="2026-12-10",
        budget="700 EUR",
        new=True,
    ),
]
