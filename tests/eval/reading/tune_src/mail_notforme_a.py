# ruff: noqa: E501  (hand-written mail text: subjects, addresses and body lines are kept as written)
"""Hand-written ordinary mail that is not a request for Mara's services (batch a): people."""

from mail_item import M

ITEMS = [
    M(
        "not_for_me",
        "en",
        "Sophie Adler <sophie@adler-illustration.example>",
        "That logo brief you forwarded",
        "2026-10-07 18:22",
        """Hey Mara,

thanks for passing the coffee-cart logo job to me when you were full. I had the call with them today,
they're lovely and the budget was fine. I owe you a drink. If they come back to you about the menu
board, tell them I'm on it.

Sophie
""",
        note="colleague about a logo job Mara passed on; no request to Mara",
    ),
    M(
        "not_for_me",
        "de",
        "Druckerei Wendler <auftrag@druckerei-wendler.example>",
        "Auftragsbestätigung 26-1187 Plakate A1",
        "2026-10-22 08:05",
        """Sehr geehrte Frau Lindqvist,

hiermit bestätigen wir Ihren Auftrag 26-1187:
50 Plakate A1, Siebdruck 3-farbig, Papier Munken Pure 170 g.
Liefertermin: 04.11.2026.

Bitte geben Sie das Proof bis Freitag frei.

Mit freundlichen Grüßen
Druckerei Wendler GmbH
""",
        note="a printer confirming her own poster job",
    ),
    M(
        "not_for_me",
        "en",
        "Ben Okafor <ben.okafor@gmail.example>",
        "Budget for the zine?",
        "2026-11-08 21:10",
        """Mara!

for the zine we're doing together: I've added up the print costs, it comes to 340 for 200 copies.
If we split it we're at 170 each. Still ok for you? I can pay the printer and you send me your half.
Also, I finished my two illustrations, yours are due on the 20th, remember.

Ben
""",
        note="a collaborator talks about budget and illustrations; a shared project, not a request for services",
    ),
    M(
        "not_for_me",
        "fr",
        "Camille Roux <camille.roux@atelier-roux.example>",
        "Ton avis sur mes tarifs logo ?",
        "2026-09-25 12:30",
        """Salut Mara,

je me lance enfin à mon compte et je ne sais pas combien demander pour un logo. Tu pourrais me dire
à peu près comment tu fixes tes prix ? Pas besoin de chiffres exacts, juste l'ordre de grandeur.

Bises,
Camille
""",
        note="a colleague asking about logo prices, not for a logo",
    ),
    M(
        "not_for_me",
        "en",
        "Marcus Lee <marcus.lee@corp-internal.example>",
        "Logo approval – final round",
        "2026-10-13 09:00",
        """Team,

please find the three logo options from the agency in the shared folder. Budget approval is on the
agenda for Thursday's steering meeting. I need everyone's vote by Wednesday noon.

Thanks,
Marcus
""",
        to="brand-team@corp-internal.example, studio@lindqvist.example",
        note="internal corporate mail sent to her by mistake; talks about logos and budget",
    ),
    M(
        "not_for_me",
        "de",
        "Steuerberatung Krüger <kanzlei@krueger-steuer.example>",
        "Ihre Umsatzsteuer-Voranmeldung Oktober",
        "2026-11-06 10:20",
        """Sehr geehrte Frau Lindqvist,

die Umsatzsteuer-Voranmeldung für Oktober ist übermittelt. Die Zahllast beträgt 1.284,50 €, fällig am
10.11.2026. Bitte denken Sie außerdem an die Belege für die Druckkosten der Museumsplakate.

Freundliche Grüße
Kanzlei Krüger
""",
        note="tax advisor; a sum and a due date",
    ),
    M(
        "not_for_me",
        "es",
        "Elena Vidal <elena@vidal-ilustra.example>",
        "Carteles para la feria del libro",
        "2026-10-16 16:55",
        """¡Hola Mara!

¿Viste los carteles de la feria del libro de Madrid de este año? Me acordé de tu cartel del festival
del puerto. Te mando el enlace a la galería. Por cierto, ¿vas a ir a Bolonia en abril? Podríamos
compartir piso.

Un abrazo,
Elena
""",
        note="a colleague chatting about posters and a book fair",
    ),
    M(
        "not_for_me",
        "it",
        "Luca Moretti <luca@morettistudio.example>",
        "Il tuo libro per bambini in libreria!",
        "2026-11-21 19:03",
        """Ciao Mara,

ieri ero alla libreria di via Po e ho visto il tuo libro illustrato in vetrina, quello della lanterna.
Bellissimo! Ti mando una foto. Ci vediamo alla fiera?

Luca
""",
        note="a friend about her picture book",
    ),
    M(
        "not_for_me",
        "nl",
        "Eva Smit <eva.smit@smitvertaalt.example>",
        "Vertaling kinderboek klaar",
        "2026-10-30 10:40",
        """Hoi Mara,

de Nederlandse vertaling van het kinderboek is klaar en ligt bij de uitgever. Ze vonden jouw
illustraties prachtig in de nieuwe opmaak. Ik laat je weten wanneer het gedrukt wordt.

Groet,
Eva
""",
        note="translator of her book reporting progress",
    ),
    M(
        "not_for_me",
        "en",
        "Jake Turner <jake@turnerandhale.example>",
        "Re: Re: poster for the gig",
        "2026-11-04 23:15",
        """Mara,

no worries at all, I totally understand you're booked until February. We went with a student from the
art school in the end, it turned out fine. Come to the gig if you can, you're on the list.

Jake

> On 28 Oct, Mara Lindqvist wrote:
> Hi Jake, I'm sorry, I can't take on the poster before February.
""",
        note="reply to Mara's own no; the poster is no longer asked for",
    ),
    M(
        "not_for_me",
        "de",
        "Anna Lindqvist <anna.lindqvist@familie.example>",
        "Weihnachten",
        "2026-11-28 11:11",
        """Hallo Schwesterherz,

kommst du an Weihnachten zu uns? Die Kinder wollen unbedingt, dass du wieder mit ihnen Plakate für
das Krippenspiel malst. Sag Bescheid, wegen der Zugtickets.

Anna
""",
        note="family; 'Plakate' for a nativity play, not a job",
    ),
    M(
        "not_for_me",
        "en",
        "Laura Mendes <laura@illustratorsguild.example>",
        "Panel on pricing – you're confirmed",
        "2026-10-01 14:00",
        """Hi Mara,

you're confirmed for the panel "Pricing illustration and logos in 2027" at the Illustrators' Guild
meetup on 12 November, 19:00. The other speakers are Sam Patel and Ruth Ojo. No fee, but drinks and
dinner are on us.

Laura
""",
        note="an event she agreed to speak at; talks about pricing logos",
    ),
    M(
        "not_for_me",
        "fr",
        "Imprimerie Lumière <contact@imprimerie-lumiere.example>",
        "Épreuves affiches prêtes",
        "2026-09-14 09:25",
        """Bonjour Madame Lindqvist,

les épreuves de vos affiches sont prêtes. Vous pouvez passer les voir à l'atelier jeudi ou vendredi.
Le tirage définitif partira lundi prochain.

Cordialement,
L'équipe de l'Imprimerie Lumière
""",
        note="a printer about her own job",
    ),
    M(
        "not_for_me",
        "en",
        "Noah Fischer <noah@fischer-letterpress.example>",
        "Paper samples",
        "2026-11-17 12:12",
        """Hi Mara,

I've sent you the cotton paper samples you asked about for your own letterhead. Pricing list attached
as a PDF. No rush on deciding.

Noah
Fischer Letterpress
""",
        note="a supplier answering her",
    ),
    M(
        "not_for_me",
        "de",
        "Kiezkind Kita <leitung@kiezkind-kita.example>",
        "Danke für das Sommerfest-Plakat",
        "2026-08-03 17:30",
        """Liebe Mara,

das Sommerfest war wunderschön und dein Plakat hängt jetzt gerahmt im Flur. Die Kinder erzählen allen,
dass eine echte Künstlerin es gemalt hat. Ganz herzlichen Dank, dass du das wieder gemacht hast!

Herzliche Grüße vom ganzen Team
Birgit
""",
        note="an ex-client thanking her; not in the directory, no request",
    ),
    M(
        "not_for_me",
        "es",
        "Javier Soto <javier@sotoeditores.example>",
        "Re: Portada del libro",
        "2026-10-10 10:10",
        """Hola Mara,

gracias por tu respuesta. Lo entiendo: con los plazos que tienes no llegas a nuestra portada. Ya lo
hemos hablado en la editorial y lo haremos con nuestra diseñadora interna. Ojalá coincidamos en otro
proyecto.

Saludos,
Javier
""",
        note="closing a thread after Mara declined; no open request",
    ),
    M(
        "not_for_me",
        "it",
        "Francesca Riva <francesca@rivacomunicazione.example>",
        "Presentazione del logo al cliente",
        "2026-11-25 08:40",
        """Buongiorno a tutti,

ricordo che domani alle 11 presentiamo le tre proposte di logo al cliente. Portate le stampe e il
budget aggiornato. Mara, grazie per i suggerimenti sulla tipografia!

Francesca
""",
        to="team@rivacomunicazione.example, studio@lindqvist.example",
        note="an agency's internal mail with Mara in copy as an informal adviser",
    ),
    M(
        "not_for_me",
        "nl",
        "Pieter Bakker <pieter@bakkerprint.example>",
        "Je drukwerk is verzonden",
        "2026-11-13 15:00",
        """Hallo Mara,

je posters zijn vandaag verzonden met PostNL, track & trace: 3SABCD1234567. Ze zouden morgen bij je
moeten zijn. Bedankt voor je bestelling!

Pieter
Bakker Print
""",
        note="a printer shipping her order",
    ),
]
