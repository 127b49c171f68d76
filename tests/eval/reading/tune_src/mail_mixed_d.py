# ruff: noqa: E501  (hand-written mail text: subjects, addresses and body lines are kept as written)
"""Hand-written mail (batch d): the hardest confusions, written after reviewing the first 207."""

from mail_item import M

MDN_DE = """Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;vertrieb@kinderbuch-kompass.example
Original-Message-ID: <q-2310@lindqvist.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""

DSN_DELAY_ES = """Reporting-MTA: dns; mx1.lindqvist.example

Final-Recipient: rfc822; ines@bodegalasencinas.example
Action: delayed
Status: 4.2.0
Will-Retry-Until: Sat, 7 Nov 2026 12:00:00 +0100
"""

ITEMS = [
    M(
        "not_for_me",
        "en",
        "Noah Fischer <noah@fischer-letterpress.example>",
        "Acme Pip poster – which paper?",
        "2026-10-27 09:20",
        """Hi Mara,

Acme's print order for the Pip winter poster came in. Before we start: do you want the Munken or the
Gmund paper for it? And can you confirm the file you sent on Friday is the final one?

Noah
""",
        note="a printer asking about her own job for a client; the printer is not the client",
    ),
    M(
        "not_for_me",
        "en",
        "Finance Team <finance@harbourline-group.example>",
        "Budget approval: Q1 posters and packaging",
        "2026-12-01 08:45",
        """Hi all,

the Q1 budget for posters and packaging is approved at 48,000. Brand managers, please send your
agency briefs to procurement by 11 December. Questions to me.

Best,
Olga
Finance, Harbourline Group
""",
        to="brand-managers@harbourline-group.example",
        note="corporate mail to a list she is not on; budget and services named",
    ),
    M(
        "not_for_me",
        "en",
        "Ellie Watson <ellie.watson@freemail.example>",
        "Can you recommend an illustrator?",
        "2026-11-15 20:40",
        """Hi Mara,

my daughter wrote a little story and we'd love to have it illustrated as a present for her grandma.
I know you're far too busy (and too expensive for us, honestly!), so: do you know a student or a
newcomer who might do something like that? Any name would help.

Thanks so much,
Ellie
""",
        note="asks for a recommendation and says outright it is not asking Mara",
    ),
    M(
        "not_for_me",
        "de",
        "Lea Schubert <lea.schubert@kunsthochschule.example>",
        "Interview für meine Bachelorarbeit",
        "2026-10-09 12:25",
        """Liebe Frau Lindqvist,

ich schreibe meine Bachelorarbeit über die Preisgestaltung freier Illustratorinnen im Kinderbuch und
würde Sie gern für 30 Minuten interviewen. Hätten Sie im November Zeit?

Viele Grüße
Lea Schubert
""",
        note="a student asking for an interview about books and prices",
    ),
    M(
        "not_for_me",
        "fr",
        "Agence Rivage <contact@agence-rivage.example>",
        "Résultat de la consultation – identité visuelle",
        "2026-11-04 17:10",
        """Bonjour Mara,

merci encore pour votre proposition pour l'identité visuelle de la Maison du Littoral. Le client a
finalement retenu une autre piste. Nous gardons précieusement votre dossier pour de prochaines
consultations.

Bien à vous,
Agence Rivage
""",
        note="a lost pitch; names a brand identity",
    ),
    M(
        "not_for_me",
        "nl",
        "Open Ateliers Oost <info@openateliersoost.example>",
        "Aankondiging: Open Ateliers Oost 14 en 15 november",
        "2026-10-21 10:00",
        """Beste kunstenaars,

Op 14 en 15 november is het weer Open Ateliers Oost. Ruim 60 illustratoren, drukkers en ontwerpers
openen hun deuren. Deelnemers krijgen de posters en flyers volgende week in de bus.

Tot dan!
""",
        note="an announcement without List-Id; posters and flyers are not a job",
    ),
    M(
        "not_for_me",
        "it",
        "Festival Illustrazione Sarzana <programma@festivalillustrazione.example>",
        "Invito come relatrice",
        "2026-09-29 11:35",
        """Gentile Mara,

saremmo felici di averti come relatrice al festival, il 17 aprile 2027, per un incontro sul lavoro di
illustrazione per l'infanzia. Offriamo viaggio, alloggio e un rimborso di 300 euro.

Cordiali saluti,
La direzione artistica
""",
        note="an invitation to speak with a fee; not a commission on the rate card",
    ),
    M(
        "sales_phishing",
        "de",
        "Messe-Verzeichnis Europa <eintrag@messe-verzeichnis-eu.example>",
        "Korrektur Ihres Eintrags – Frankfurter Buchmesse",
        "2026-09-21 08:10",
        """Sehr geehrte Ausstellerin,

bitte prüfen Sie Ihren Eintrag „Lindqvist Studio – Illustration, Kinderbuch, Logo“ in unserem
Ausstellerverzeichnis und senden Sie das unterschriebene Korrekturformular zurück. Mit der
Unterschrift bestätigen Sie den Eintrag für 3 Jahre zu je 1.190 € netto.

Messe-Verzeichnis Europa
""",
        note="directory scam that looks like a form to correct",
    ),
    M(
        "sales_phishing",
        "en",
        "Ryan Cole <ryan.cole@colevents-co.example>",
        "Logo brief attached – please review",
        "2026-11-28 03:05",
        """Hi Mara,

as promised, here's our logo brief. It's a large file, so I uploaded it:

https://files-transfer-now.example/d/brief_logo.pdf.exe

Let me know your quote once you've read it!

Ryan
""",
        note="inquiry-shaped mail with a malware download",
    ),
    M(
        "sales_phishing",
        "es",
        "Canva Seguridad <alertas@canva-cuentas.example>",
        "Tu diseño de logotipo ha sido denunciado",
        "2026-10-30 05:25",
        """Hola Mara:

Uno de tus diseños de logotipo ha sido denunciado por infracción de marca. Para evitar la eliminación
de tu cuenta, verifica tu identidad en las próximas 24 horas:

https://canva-cuentas.example/verificar

Equipo de Seguridad de Canva
""",
        note="fake platform warning",
    ),
    M(
        "sales_phishing",
        "it",
        "Matteo Riva <matteo@clientiperdesigner.example>",
        "Ti mandiamo noi i clienti",
        "2026-11-16 10:05",
        """Ciao Mara,

ogni settimana riceviamo decine di richieste di logo, etichette e mascotte che non riusciamo a
gestire. Te le giriamo noi: 59 euro al mese e nessuna provvigione. Vuoi provare?

Matteo
""",
        note="lead agency in Italian",
    ),
    M(
        "automated",
        "en",
        "guild-members-owner <guild-members-owner@lists.illustratorsguild.example>",
        "Your message to guild-members awaits moderator approval",
        "2026-11-02 16:30",
        """Your mail to 'guild-members' with the subject

    Poster swap at the December meetup?

is being held until the list moderator can review it for approval. You will be notified of the
moderator's decision.
""",
        headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        note="list robot holding her own post about posters",
    ),
    M(
        "automated",
        "nl",
        "Femke Bos <info@bloemendetulp.example>",
        "Re: Logo – schetsen",
        "2026-10-13 08:00",
        """Hallo! Ik ben er even tussenuit en vanaf 26 oktober weer bereikbaar. De winkel is gewoon
open. Groetjes, Femke
""",
        note="Dutch out-of-office without any auto header under a Re: Logo subject",
    ),
    M(
        "automated",
        "de",
        "Vertrieb Kinderbuch Kompass <vertrieb@kinderbuch-kompass.example>",
        "Lesebestätigung: Angebot Bilderbuch",
        "2026-11-06 14:55",
        """Ihre Nachricht

  An: vertrieb@kinderbuch-kompass.example
  Betreff: Angebot Bilderbuch

wurde am 06.11.2026 um 14:55 gelesen.
""",
        report=("disposition-notification", MDN_DE),
        note="German read receipt quoting a quote subject",
    ),
    M(
        "automated",
        "es",
        "Mail Delivery System <MAILER-DAEMON@mx1.lindqvist.example>",
        "Aviso: entrega retrasada",
        "2026-11-05 12:00",
        """Tu mensaje para ines@bodegalasencinas.example aún no se ha podido entregar. Seguiremos
intentándolo durante 48 horas. No es necesario que hagas nada.

Asunto: Identidad de marca para vuestra bodega – presupuesto
""",
        report=("delivery-status", DSN_DELAY_ES),
        note="Spanish delayed DSN",
    ),
    M(
        "inquiry",
        "en",
        "Maya Cohen <maya@cohen-ceramics.example>",
        "Re: Automatic reply: tea bowls",
        "2026-11-12 10:45",
        """Hi Mara,

I got your out-of-office last week, so I'm writing again now that you're back. We'd like an
illustrated box for our tea bowl set, one design, for the spring catalogue. Files by 26 February,
budget 2,000 EUR.

Maya
""",
        services=("packaging",),
        quantities={"packaging": 1},
        deadline="2027-02-26",
        budget="2000 EUR",
        note="subject quotes an automatic reply; the body is a real inquiry",
    ),
    M(
        "inquiry",
        "de",
        "Stadtbibliothek Pankow <lesesommer@stabi-pankow.example>",
        "Direkter Auftrag: Plakat Lesesommer",
        "2026-11-24 11:15",
        """Liebe Frau Lindqvist,

wir schreiben keinen Wettbewerb aus, sondern möchten Sie direkt beauftragen: ein Plakat für den
Lesesommer 2027, A1. Die Druckdaten bräuchten wir bis zum 1. März. Honorar: 950 Euro.

Viele Grüße
Ingrid Wolff
""",
        services=("poster",),
        quantities={"poster": 1},
        deadline="2027-03-01",
        budget="950 EUR",
        note="a public library, denying it is a call for entries",
    ),
    M(
        "inquiry",
        "fr",
        "Studio Lucane <prod@studiolucane.example>",
        "Personnage pour notre jeu + poses",
        "2026-10-28 15:00",
        """Bonjour Mara,

nous développons un petit jeu mobile et cherchons une illustratrice pour créer notre personnage
principal, un renard explorateur, puis cinq poses pour les écrans de niveau. Budget : 3 200 €.
Livraison souhaitée le 18 décembre.

L'équipe Lucane
""",
        services=("mascot", "mascot-poses"),
        quantities={"mascot-poses": 5},
        deadline="2026-12-18",
        budget="3200 EUR",
    ),
    M(
        "existing_client",
        "en",
        "Tom Reyes <tom.reyes@acme.example>",
        "Invitation: Pip workshop 2027 @ Tue 15 Dec 2026 2pm - 3pm",
        "2026-12-02 10:10",
        """You have been invited to the following event.

Pip workshop 2027
When: Tue 15 Dec 2026 2pm – 3pm (CET)
Where: Acme HQ, room Otter / video link
Who: Tom Reyes (organiser), Joost van Dam, Mara Lindqvist

Agenda: look back at 2026, plans for next year.

Going? Yes - Maybe - No
""",
        new=False,
        note="a calendar invitation, but from a client domain: scheduling",
    ),
    M(
        "existing_client",
        "it",
        "Giulia Conti <giulia.conti@museum-am-ufer.example>",
        "Copia fattura catalogo",
        "2026-12-01 09:50",
        """Cara Mara,

l'amministrazione mi chiede una copia della fattura per la copertina del catalogo, con il nostro
codice d'ordine 7720. Me la potresti rimandare?

Grazie,
Giulia
""",
        new=False,
    ),
]
