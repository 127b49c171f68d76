"""A reply to the freelancer's quote that defers or declines names the work and the quote, and asks nothing."""

from pathlib import Path

import pytest

from assistant.profile import load_profile
from assistant.reading.quantities import fold
from assistant.reading.replies import defers
from assistant.reading.triage import MailReader

PROFILE = load_profile(Path(__file__).resolve().parents[3] / "examples" / "profile.toml")
RULES = MailReader(PROFILE, None)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Re: Poster for the choir", "Thanks Mara. We'll talk it through at rehearsal and get back to you."),
        ("AW: Logo für die Imkerei", "Vielen Dank für das Angebot. Wir überlegen es uns und melden uns im Januar."),
        ("RE: Devis mascotte", "Merci beaucoup pour le devis, je reviens vers vous après le conseil du club."),
        ("RE: Cartel para el festival", "Gracias por el presupuesto, lo pensamos y te digo algo en enero."),
        ("R: Etichette per l'olio", "Grazie del preventivo! Ci pensiamo un po' e le faccio sapere."),
        ("Re: Logo kaaswinkel", "Bedankt voor de offerte, we denken erover na en komen er volgende week op terug."),
        ("Re: logo", "thanks for the quick quote, but we decided to do it ourselves. thanks anyway!"),
    ],
)
def test_a_reply_that_defers_or_declines_asks_for_no_work(subject: str, body: str) -> None:
    quoted = f"{body}\n\n> On 3 Dec 2026, Mara Lindqvist wrote:\n> Hi, here is the quote for the logo and the poster."
    assert defers(subject, fold(body), quoted=True)
    assert RULES.read(subject, quoted).kind == "not_for_me"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Re: Poster for the choir", "Thanks, we'll think about it. Could you also quote two posters instead of one?"),
        ("AW: Logo für die Imkerei", "Danke, ich melde mich. Wir brauchen aber noch ein Etikett für den Honig."),
        ("Poster for the choir", "Hi Mara, we need a poster for our concert. I'll get back to you with the date."),
    ],
)
def test_a_reply_that_asks_again_or_a_first_mail_stays_a_request(subject: str, body: str) -> None:
    assert defers(subject, fold(body), quoted=False) is None
    assert RULES.read(subject, body).kind == "inquiry"
