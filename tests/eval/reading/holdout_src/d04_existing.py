from lib import M
E = "existing_client"
M(E, "en", "2026-06-05 10:20", "Rachel Stone <rachel.stone@acme.example>", "Pip - 4 more poses for the summer campaign?",
"""Hi Mara,

Pip is doing great on the snack packs. Marketing now wants four new poses for the summer campaign: Pip
surfing, Pip with sunglasses, Pip with an ice lolly and Pip asleep in a hammock. Same model sheet as last
time. Could we have them by 3 July? Budget on our side is 1,600 EUR.

Thanks!
Rachel Stone
Brand Manager, Acme Snacks""",
  services=["mascot-poses"], q={"mascot-poses": 4}, deadline="2026-07-03", budget="1600 EUR", anw=True)

M(E, "en", "2026-06-19 16:02", "Rachel Stone <rachel.stone@acme.example>", "Re: Pip summer poses - feedback round 1",
"""Hi Mara,

Team loved them. Two small things for this round: the sunglasses a bit bigger on the surfing one, and the ice
lolly in our raspberry colour please. Otherwise good to go.

Rachel

> On 17 Jun 2026, Mara Lindqvist wrote:
> Hi Rachel, attached the first round of the four summer poses.""",
  anw=False, note="feedback within an agreed round")

M(E, "en", "2026-07-08 09:15", "Accounts Payable <ap@acme.example>", "Remittance advice - invoice LS-2026-041",
"""Dear Supplier,

Please be advised that payment for invoice LS-2026-041 (EUR 1,904.00) has been released and should reach
your account within 3 working days.

Kind regards,
Petra Novak
Accounts Payable, Acme Snacks Ltd""",
  anw=False, note="client finance mail about an invoice, from the client domain")

M(E, "en", "2026-08-12 11:40", "Tom Weller <tom@greenleaf-kombucha.example>", "Quince can - and maybe a whole autumn range?",
"""Hey Mara,

Quick heads-up before the quince can: if the quince can works out, we'd like you to also do the pear-ginger
and the elderflower cans for the autumn range. So two more can designs on top of what we agreed. Ideally
before Oct 30. Same rate as the quince?

Tom""",
  services=["packaging"], q={"packaging": 2}, deadline="2026-10-30", anw=True,
  note="'two more on top' of agreed work; quince is the agreed project")

M(E, "en", "2026-09-02 14:25", "Tom Weller <tom@greenleaf-kombucha.example>", "thank you!!",
"""Mara, the first batch of the new cans arrived at the shop today and they look incredible. Customers keep
taking photos. Just wanted to say thank you. Drinks on us next time you're in Hamburg.

Tom""",
  anw=False)

M(E, "en", "2026-10-07 08:55", "Rachel Stone <rachel.stone@acme.example>", "Pip mugs and tote bags",
"""Hi Mara,

We want to do Pip merch for Christmas: a mug and a tote bag using the existing Pip artwork, adapted. Is
that something you can do? We'd need print files by 20 November.

Rachel""",
  deadline="2026-11-20", anw=True, note="merch: new work but no rate-card service -> services []")

M(E, "en", "2026-10-19 13:10", "Sophie Adler <s.adler@museum-am-ufer.example>", "Exhibition identity - timing",
"""Dear Mara,

A quick note on the exhibition identity: our director is travelling, so could we move the presentation of
the second round from 28 October to 4 November? Nothing else changes.

Kind regards,
Sophie Adler
Head of Communications, Museum am Ufer""",
  anw=False, note="scheduling; the date is a meeting, not a deadline for new work", enc="qp")

M(E, "en", "2026-11-10 10:00", "Sophie Adler <s.adler@museum-am-ufer.example>", "Re: Exhibition identity - one more round?",
"""Dear Mara,

We've used the three included rounds, but the board would like to see one more round with a darker
palette before we sign off. Please send us an estimate for that extra round. We'd need it by 25 November.

Best,
Sophie

> > The third round is attached. This was the last included revision round.""",
  services=["brand-identity"], deadline="2026-11-25", anw=True,
  note="extra revision round beyond the agreed ones = new work")

M(E, "en", "2027-01-14 15:45", "Dana Kim <dana.kim@acme.example>", "New: Acme oat bars - packaging for 3 flavours",
"""Hi Mara, I'm Dana, I took over from Rachel in brand. Acme is launching oat bars, three flavours, and we
want Pip on the wrappers. Three wrapper designs. Launch in May; final artwork by 15 March. We've budgeted
5,400 EUR.

Best,
Dana Kim
Acme""",
  services=["packaging"], q={"packaging": 3}, deadline="2027-03-15", budget="5400 EUR", anw=True,
  note="new contact, same client domain")

M(E, "en", "2027-03-30 09:00", "Tom Weller <tom@greenleaf-kombucha.example>", "files?",
"""hey Mara, could you resend the final print PDFs for the quince can? our printer lost them. thx - Tom""",
  anw=False, note="files that are part of the delivery")

# ---- de
M(E, "de", "2026-07-01 09:30", "Lektorat Birkenhain <lektorat@birkenhain-verlag.example>", "KB-2354 Flussbuch: Korrekturen Doppelseite 6 und 9",
"""Liebe Mara,

anbei die Anmerkungen der Autorin zu den Skizzen. Auf Doppelseite 6 soll der Reiher nach links schauen,
auf Doppelseite 9 fehlt der Steg. Das ist alles innerhalb der vereinbarten Korrekturrunde.

Herzliche Grüße
Ulrike Haas
Lektorat, Birkenhain Verlag""",
  anw=False, enc="qp")

M(E, "de", "2026-08-26 14:00", "Lektorat Birkenhain <lektorat@birkenhain-verlag.example>", "Neues Projekt: KB-2410 Winterbuch",
"""Liebe Mara,

wir würden dich gern für unser nächstes Bilderbuch gewinnen (KB-2410, Arbeitstitel „Der Schneehase").
Zwölf Doppelseiten, Abgabe der Reinzeichnungen bis 15. Februar 2027. Honorar wie beim Flussbuch, also
600 € pro Doppelseite.

Magst du?

Ulrike""",
  services=["book-illustration"], q={"book-illustration": 12}, deadline="2027-02-15", budget="7200 EUR", anw=True,
  enc="8bit", note="per-spread fee x 12")

M(E, "de", "2026-09-17 10:45", "Jana Petersen <j.petersen@museum-am-ufer.example>", "Plakate für die Frühjahrsausstellung",
"""Liebe Frau Lindqvist,

nach den schönen Plakaten für die letzte Ausstellung möchten wir Sie für die Frühjahrsausstellung
„Wasserwege" wieder anfragen: zwei Plakate (A1 und ein Querformat für die U-Bahn, unterschiedliche Motive).
Eröffnung ist am 12. März 2027, die Druckdaten brauchen wir bis 5. Februar.

Mit freundlichen Grüßen
Jana Petersen
Museum am Ufer""",
  services=["poster"], q={"poster": 2}, deadline="2027-02-05", anw=True,
  enc="qp", html=True, note="opening date vs print date")

M(E, "de", "2026-10-23 16:15", "Lena Brandt <lena@greenleaf-kombucha.example>", "Rechnung Quitte-Dose",
"""Hallo Mara,

kurze Frage zur Rechnung für die Quitte-Dose: kannst du bitte unsere neue USt-IdNr. ergänzen und die
Rechnung nochmal schicken? DE 123 456 789.

Danke!
Lena, Buchhaltung Greenleaf""",
  anw=False)

M(E, "de", "2026-12-03 11:30", "Lektorat Birkenhain <lektorat@birkenhain-verlag.example>", "KB-2354: Umschlag zusätzlich?",
"""Liebe Mara,

der Vertrieb hätte gern doch einen illustrierten Umschlag für das Flussbuch – ursprünglich wollten wir den
intern aus einer Doppelseite bauen. Könntest du den Umschlag zusätzlich übernehmen? Bis Ende Januar?

Viele Grüße
Ulrike""",
  services=["book-illustration"], deadline="2027-01-31", anw=True,
  note="a cover added to an agreed book = new work; quantity left out (cover, no spread count stated)")

M(E, "de", "2027-02-18 08:40", "Jana Petersen <j.petersen@museum-am-ufer.example>", "Danke und Belegexemplare",
"""Liebe Frau Lindqvist,

die Plakate hängen! Wir schicken Ihnen diese Woche fünf Belegexemplare per Post. Vielen Dank für die
wunderbare Zusammenarbeit.

Herzlich
Jana Petersen""",
  anw=False, note="'fünf Belegexemplare' is not a quantity of work")

# ---- fr / es / it / nl
M(E, "fr", "2026-09-09 10:10", "Claire Dumas <claire.dumas@acme.example>", "Pip pour le marché français",
"""Bonjour Mara,

Je suis responsable marketing chez Acme France. Pour le lancement de Pip en France, nous aimerions une
affiche pour les magasins et deux nouvelles poses de Pip (avec une baguette, à vélo). Fichiers pour le
15 octobre, si possible. Budget : 2 500 €.

Cordialement,
Claire Dumas""",
  services=["poster", "mascot-poses"], q={"poster": 1, "mascot-poses": 2}, deadline="2026-10-15", budget="2500 EUR", anw=True)

M(E, "fr", "2026-11-25 17:00", "Claire Dumas <claire.dumas@acme.example>", "Re: Affiche Pip - retours",
"""Bonjour Mara,

Merci pour l'affiche, elle est superbe. Une seule remarque pour cette dernière révision incluse : pouvez-vous
agrandir un peu le logo Acme en bas à droite ?

Bonne soirée,
Claire""",
  anw=False)

M(E, "fr", "2027-04-12 09:20", "Claire Dumas <claire.dumas@acme.example>", "Planning",
"""Bonjour Mara, est-ce qu'on peut décaler notre appel de jeudi à vendredi 10h ? Merci, Claire""",
  anw=False)

M(E, "es", "2026-10-29 12:00", "Carlos Vega <carlos.vega@acme.example>", "Pip en España - etiqueta nueva",
"""Hola Mara:

Desde Acme España queremos una edición especial del envase de Pip para Navidad, un solo diseño. Nos haría
falta para el 1 de diciembre. Presupuesto 2.000 €.

Un saludo,
Carlos Vega""",
  services=["packaging"], q={"packaging": 1}, deadline="2026-12-01", budget="2000 EUR", anw=True)

M(E, "es", "2027-01-20 10:05", "Carlos Vega <carlos.vega@acme.example>", "Gracias",
"""Hola Mara, las cajas de Navidad se han vendido todas. ¡Gracias por el trabajo! Carlos""",
  anw=False)

M(E, "it", "2027-02-03 14:30", "Marta Colombo <marta.colombo@acme.example>", "Pip Italia: tre pose",
"""Ciao Mara,

sono Marta di Acme Italia. Ci servirebbero tre pose nuove di Pip per la campagna di primavera (Pip con
la pizza, con lo scooter e con il gelato). Entro il 10 marzo. Budget 1.200 €.

Grazie!
Marta""",
  services=["mascot-poses"], q={"mascot-poses": 3}, deadline="2027-03-10", budget="1200 EUR", anw=True)

M(E, "nl", "2026-12-09 11:15", "Joost van Dam <joost@greenleaf-kombucha.example>", "Greenleaf Benelux: poster voor de winkels",
"""Hoi Mara,

Voor de introductie van Greenleaf in Nederland willen we twee posters voor de winkels, met de nieuwe
blikken. Graag voor 15 januari. Budget € 1.900.

Groet,
Joost van Dam
Greenleaf Kombucha Benelux""",
  services=["poster"], q={"poster": 2}, deadline="2027-01-15", budget="1900 EUR", anw=True)

M(E, "nl", "2027-01-13 09:40", "Joost van Dam <joost@greenleaf-kombucha.example>", "Re: posters - factuur",
"""Hoi Mara, de posters zijn binnen en de factuur is goedgekeurd, betaling volgt deze week. Dank! Joost""",
  anw=False)

# Birkenhain but not the directory address -> inquiry by the label definition
M("inquiry", "de", "2027-05-06 13:20", "Vertrieb Birkenhain <vertrieb@birkenhain-verlag.example>", "Messeplakat Leipzig 2028?",
"""Hallo Frau Lindqvist,

ich bin neu im Vertrieb des Birkenhain Verlags. Wir bräuchten für unseren Stand ein Plakat. Abgabe bis
30. Juni 2027. Budget 950 €.

Beste Grüße
Timo Lenz""",
  services=["poster"], q={"poster": 1}, deadline="2027-06-30", budget="950 EUR",
  note="Birkenhain domain but only lektorat@ is in the client directory -> inquiry")
