from lib import M
I = "inquiry"
M(I, "de", "2026-06-04 09:12", "Katrin Vogel <k.vogel@vogel-kaffee.example>", "Anfrage: Logo und Etiketten für unsere Rösterei",
"""Hallo Frau Lindqvist,

wir sind eine kleine Kaffeerösterei in Leipzig und suchen jemanden für ein neues Logo und die Etiketten für
unsere Kaffeetüten. Wir haben vier Sorten, dazu kommt im Herbst eine Weihnachtsmischung – also insgesamt
fünf Etiketten.

Fertig sein sollte alles bis zum 15. August. Unser Budget liegt bei 5.000 Euro netto.

Viele Grüße
Katrin Vogel
Vogel Kaffee GmbH""",
  services=["logo", "packaging"], q={"packaging": 5}, deadline="2026-08-15", budget="5000 EUR",
  enc="qp", charset="windows-1252", note="4 + 1 = 5; windows-1252 quoted-printable")

M(I, "de", "2026-06-18 14:30", "Jens Hartmann <jens@hartmann-verlag.example>", "Bilderbuch – Illustrationsanfrage",
"""Liebe Mara Lindqvist,

der Hartmann Kinderbuchverlag plant für Herbst 2027 ein Bilderbuch über einen Dachs, der nicht schlafen
kann. Das Buch hat vierzehn Doppelseiten. Das Manuskript ist lektoriert.

Abgabe der reproreifen Daten: 31. Januar 2027. Honorar: 8.400 € pauschal.

Hätten Sie Interesse und Kapazität?

Herzliche Grüße
Jens Hartmann
Programmleitung Kinderbuch""",
  services=["book-illustration"], q={"book-illustration": 14}, deadline="2027-01-31", budget="8400 EUR",
  note="quantity in words")

M(I, "de", "2026-07-02 08:01", "Svenja Krüger <svenja.krueger@stadtmagazin-kiel.example>", "Illustrationen für unser Stadtmagazin",
"""Moin Mara,

wir vom Stadtmagazin Kiel bräuchten für die nächste Ausgabe drei Illustrationen zum Titelthema
"Wohnen am Wasser" – eine fürs Cover und zwei für den Innenteil. Abgabe wäre in zehn Tagen. Wir zahlen
pro Illustration 400 Euro.

Schöne Grüße aus dem Norden
Svenja""",
  services=["editorial-illustration"], q={"editorial-illustration": 3}, deadline="+10d", budget="1200 EUR",
  enc="8bit", note="1 cover + 2 inside = 3; per-piece fee; relative deadline")

M(I, "de", "2026-07-16 11:45", "Dr. Michael Brandt <brandt@brandt-zahnaerzte.example>", "Neues Erscheinungsbild für unsere Praxis",
"""Sehr geehrte Frau Lindqvist,

wir eröffnen im Januar eine zweite Praxis und möchten aus diesem Anlass ein komplett neues
Erscheinungsbild (Logo, Farben, Schriften, Gestaltungsrichtlinien). Außerdem wünschen sich unsere
kleinen Patienten ein Maskottchen – vielleicht einen Zahn mit Gesicht :-)

Das Gesamtbudget für die Neueröffnung beträgt 80.000 €, davon sind 9.000 € für das Design vorgesehen.
Bitte bis Ende November.

Mit freundlichen Grüßen
Dr. Michael Brandt""",
  services=["brand-identity", "mascot"], deadline="2026-11-30", budget="9000 EUR",
  enc="qp", note="design share of a larger budget")

M(I, "de", "2026-08-05 19:20", "lotte.sommer@postfach.example", "plakat für unser hoffest",
"""hallo!

wir sind ein solidarischer landwirtschaftsbetrieb in brandenburg und machen am 19. september ein hoffest.
bräuchten ein plakat, gern siebdruck-tauglich. druckerei braucht die datei bis 1. september. budget ca. 600€,
mehr geht leider nicht.

liebe grüße, lotte""",
  services=["poster"], q={"poster": 1}, deadline="2026-09-01", budget="600 EUR",
  note="event date vs print date; 'ca. 600€' still a stated budget; no display name in From")

M(I, "de", "2026-08-24 10:10", "Florian Meier <f.meier@meier-spiele.example>", "Charakterdesign + Posen für Brettspiel",
"""Hallo Frau Lindqvist,

für unser neues Brettspiel "Mondfänger" suchen wir ein Charakterdesign für die Hauptfigur, eine Eule, und
dazu Posen für die Spielkarten. Wir brauchen zwölf Posen für die Aktionskarten und drei für die Anleitung.

Abgabe bis 20.11.2026. Budget: 4,5k.

Beste Grüße
Florian Meier
Meier Spiele""",
  services=["mascot", "mascot-poses"], q={"mascot-poses": 15}, deadline="2026-11-20", budget="4500 EUR",
  note="12 + 3 = 15 poses; '4,5k'")

M(I, "de", "2026-09-07 13:13", "Anja Becker <anja@becker-baeckerei.example>", "Brottüten und Logo – Bäckerei Becker",
"""Guten Tag,

die Bäckerei Becker gibt es seit 1921, jetzt übernimmt die vierte Generation. Wir hätten gern ein
modernisiertes Logo und neue Brottüten (zwei Größen, unterschiedliche Motive, also zwei Designs).

Zeitrahmen: bis Mitte Dezember, sagen wir 15.12.
Budget: 3.500,- €

Freundliche Grüße
Anja Becker""",
  services=["logo", "packaging"], q={"packaging": 2}, deadline="2026-12-15", budget="3500 EUR",
  enc="b64", note="'1921', 'vierte Generation' are not quantities; base64 body")

M(I, "de", "2026-09-28 16:40", "Moritz Lang <moritz.lang@lang-brauerei.example>", "Dosen-Etiketten",
"""Servus Mara,

die Lang Brauerei (Allgäu) bringt eine Dosenlinie raus: Helles, Weißbier, ein IPA und ein alkoholfreies.
Jede Dose braucht ein eigenes Design. Die Dosen werden im Februar bedruckt, Dateien bitte bis 20. Januar.

Pro Design haben wir 1.500 € eingeplant.

Pfiat di
Moritz""",
  services=["packaging"], q={"packaging": 4}, deadline="2027-01-20", budget="6000 EUR",
  note="four beers listed; per-piece x 4")

M(I, "de", "2026-10-14 09:00", "Carla Schmitt <carla.schmitt@schmitt-mode.example>", "Logo für Modelabel + Website",
"""Hallo Mara,

ich gründe ein kleines Label für nachhaltige Kindermode und brauche ein Logo (Wortmarke reicht). Außerdem
suche ich jemanden für den Onlineshop – machst du auch Websites?

Wäre schön, wenn das Logo in drei Wochen steht. Budget fürs Logo: 1.400 €.

Liebe Grüße
Carla""",
  services=["logo"], deadline="+3w", budget="1400 EUR",
  enc="qp", html=True, note="logo + website -> inquiry for logo only")

M(I, "de", "2026-10-30 12:20", "Henrik Wolff <henrik@wolff-tee.example>", "AW: Verpackung Teedosen",
"""Hallo Frau Lindqvist,

anbei wie telefonisch besprochen unsere Anfrage schriftlich: sechs Teedosen (Schwarztee, Grüntee,
Rooibos, Kamille, Pfefferminz, Chai), einheitliches System, jede Dose eigene Illustration.

Termin: bis spätestens 26. Februar 2027. Budget 8.000 EUR zzgl. MwSt.

Mit besten Grüßen
Henrik Wolff
Wolff Teehandel KG

-----Ursprüngliche Nachricht-----
Von: Henrik Wolff
Gesendet: Donnerstag, 29. Oktober 2026 17:02
Betreff: Verpackung Teedosen

Sehr geehrte Frau Lindqvist, ich würde Sie morgen gern kurz anrufen.""",
  services=["packaging"], q={"packaging": 6}, deadline="2027-02-26", budget="8000 EUR",
  note="'AW:' after a phone call, but still a new inquiry")

M(I, "de", "2026-11-12 08:35", "Julia Neumann <julia@neumann-kita.example>", "Maskottchen für unseren Kindergarten",
"""Liebe Frau Lindqvist,

unser Waldkindergarten »Kleine Eichel« wünscht sich ein Maskottchen, ein Eichhörnchen. Wir haben vom
Förderverein 2.300 Euro bekommen. Wir bräuchten es bis Ende Mai, damit wir zum Sommerfest am 3. Juli 2027
noch T-Shirts drucken können.

Herzliche Grüße
Julia Neumann""",
  services=["mascot"], deadline="2027-05-31", budget="2300 EUR",
  enc="qp", charset="iso-8859-15", note="event date vs delivery date 'Ende Mai'")

M(I, "de", "2026-11-26 15:00", "Tobias Roth <t.roth@roth-architekten.example>", "Jahresbericht: Illustrationen",
"""Hallo Frau Lindqvist,

für unseren Geschäftsbericht 2026 suchen wir acht Illustrationen (eine pro Kapitel). Der Bericht erscheint
Ende März; die finalen Illustrationen brauchen wir bis 1. März 2027.

Budget: 2 x 1.800 € (wir zahlen in zwei Tranchen) = 3.600 €.

Gruß
Tobias Roth""",
  services=["editorial-illustration"], q={"editorial-illustration": 8}, deadline="2027-03-01", budget="3600 EUR",
  note="'2 x 1.800' are payment instalments, total 3.600")

M(I, "de", "2027-01-12 10:30", "Greta Hoffmann <greta.hoffmann@hoffmann-honig.example>", "Etikett Honigglas",
"""Hallo,

ich bin Imkerin und brauche ein Etikett für meine Honiggläser. Ein Design, drei Sorten (Farbe wechselt nur).
Bis Ostern wäre super, also bis 28. März. Was würde das kosten? Ich hatte an etwa 800 € gedacht.

Greta Hoffmann""",
  services=["packaging"], q={"packaging": 1}, deadline="2027-03-28", budget="800 EUR",
  note="one design, three colour variants -> 1")

M(I, "de", "2027-02-09 17:45", "Paul Schubert <paul@schubert-kino.example>", "Plakate Filmreihe",
"""Hi Mara,

das Schubert-Kino zeigt im Mai eine Filmreihe zum Thema Meer, fünf Abende. Wir hätten gern für jeden
Abend ein Plakat, dazu ein Sammelplakat für die ganze Reihe. Abgabe bis 15. April. Unser Budget liegt bei
3.000 €.

Danke und Gruß
Paul""",
  services=["poster"], q={"poster": 6}, deadline="2027-04-15", budget="3000 EUR",
  note="5 + 1 = 6")

M(I, "de", "2027-03-10 09:09", "=?utf-8?b?QsOkcmJlbCBXZWnDnw==?= <baerbel.weiss@weiss-naturkost.example>", "Rebranding Naturkostladen",
"""Sehr geehrte Frau Lindqvist,

unser Naturkostladen feiert 40 Jahre und braucht ein neues Erscheinungsbild. Logo, Farbpalette, Schriften
und ein kleines Handbuch. Außerdem eine Stofftasche mit Motiv für Kunden.

Bis wann? Am liebsten bis zum Jubiläum am 12. Juni; die Sachen müssen aber zwei Wochen vorher fertig sein,
also bis 29. Mai. Budget: knapp fünftausend Euro.

Mit freundlichen Grüßen
Bärbel Weiß""",
  services=["brand-identity"], deadline="2027-05-29", budget="5000 EUR",
  note="'knapp fünftausend' (just under 5000) in words, taken as the stated figure; tote bag is merch, no service; From name is an encoded-word")

M(I, "de", "2027-04-20 11:11", "Sebastian Kühn <s.kuehn@kuehn-druck.example>", "Anfrage im Auftrag eines Kunden: Geschäftsbericht",
"""Hallo Mara,

wir drucken den Geschäftsbericht der Stadtwerke Fulda und die suchen noch eine Illustratorin. Gewünscht
sind ein Titelmotiv und vier Illustrationen für die Innenseiten. Abgabe in drei Wochen. Das Gesamtbudget für
den Bericht (Druck, Satz, Illustration) liegt bei 25.000 €, für die Illustrationen sind 2.500 € vorgesehen.

Kann ich Ihre Kontaktdaten weitergeben oder möchten Sie direkt anbieten?

Gruß
Sebastian Kühn
Kühn Druck & Medien""",
  services=["editorial-illustration"], q={"editorial-illustration": 5}, deadline="+3w", budget="2500 EUR",
  note="printer relays a client request; 1 + 4 = 5; illustration share is the budget")

M(I, "de", "2027-06-02 08:20", "Nina Albrecht <nina@albrecht-gin.example>", "Gin-Etikett und Geschenkbox",
"""Hallo Mara,

wir brauchen fürs Weihnachtsgeschäft ein Etikett für unseren neuen Gin und eine Geschenkbox dazu.
Daten bis 31. August bitte. Budget: 3,8 Tsd. €.

Grüße aus Hamburg
Nina""",
  services=["packaging"], q={"packaging": 2}, deadline="2027-08-31", budget="3800 EUR",
  note="'3,8 Tsd. €' budget format; deadline after the Date header")
