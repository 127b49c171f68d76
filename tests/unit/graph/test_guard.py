import pytest

from assistant.graph.guard import Ground, Guard, numbers_in, unsupported
from assistant.reading.words import names_in

SPREE = """[1] 2023-05-spree-cycles-logo.md:5: Spree Cycles, a bike repair shop in Friedrichshain. They wanted a logo
for the shop sign and the van.
From your records:
- Spree Cycles: Spree Cycles logo, 2023-05-10: charged 950 EUR, estimated 14 h, actually took 17 h, completed [1]
- Lumen Yoga: Lumen Yoga studio logo (quote not accepted), 2023-06-02: charged 1100 EUR, estimated 16 h, lost [2]
Mara Lindqvist, Lindqvist Studio, Berlin, Germany, EUR. Logo design: A word mark or a picture mark."""
QUESTION = "What did I charge for past logo projects?"


def test_numbers_are_normalised() -> None:
    assert numbers_in("It cost 1,200.00 EUR, or 1200 in short, over 41.5 h") == {"1200", "41.5"}
    assert numbers_in("1.234,50 € on 2024-02-12, 0.5 days") == {"1234.5", "2024", "2", "12", "0.5"}
    assert numbers_in("1.200") == {"1200", "1.2"}


def test_a_number_is_supported_by_any_of_its_readings() -> None:
    assert unsupported("The fee was 1.200 EUR.", Ground.of("price: 1200 EUR")) == ""
    assert unsupported("The fee was 1.300 EUR.", Ground.of("price: 1200 EUR")) == "number 1.300"


def test_citation_markers_are_not_numbers() -> None:
    assert unsupported("You charged Acme for Pip [1].", Ground.of("Acme charged Pip")) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The logo for Zorblax Ltd. ",
        "is a custom-designed logo created by a team of designers at the Zorblax Design Studio.",
        "I'm sorry to hear that you've had to pay a lot of money for your logo projects.",
        "The logo was designed for Berlin Bikes GmbH.",
        "Anna Schmidt loved the result.",
        "They paid promptly and were very happy with the outcome.",
        "I charged 1200 EUR for it.",
        "Sure! Here is the list for Museum am Ufer.",
    ],
)
def test_ungrounded_sentences_are_caught(sentence: str) -> None:
    assert unsupported(sentence, Ground.of(SPREE, QUESTION))


@pytest.mark.parametrize(
    "sentence",
    [
        "You charged Spree Cycles 950 EUR for their logo [1].",
        "Here is what I found in your records.",
        "Good morning! How can I help you today?",
        "The Spree Cycles logo took 17 hours, more than the 14 you estimated [1].",
        "Lumen Yoga did not accept the quote [2].",
        "Let me know if you need anything else.",
        "You have worked on two logo projects.",
        "I'm happy to help.",
        "Ich habe Ihnen die Preise Ihrer Logo-Projekte zusammengestellt.",
        "- Spree Cycles: 950 EUR",
    ],
)
def test_grounded_sentences_pass(sentence: str) -> None:
    assert unsupported(sentence, Ground.of(SPREE, QUESTION)) == ""


def test_a_claim_about_the_user_needs_the_users_own_words() -> None:
    sympathy = "I'm sorry to hear that the client paid late."
    context = "The client paid late, 45 days."
    assert unsupported(sympathy, Ground.of(context, "Which client paid late?")) == ""
    assert "claim about the user" in unsupported(sympathy, Ground.of(context, "Show me my projects"))


def test_names_are_runs_of_capitals_or_capitals_inside_a_sentence() -> None:
    assert names_in("The logo for Zorblax Ltd. is new") == ["Zorblax Ltd"]
    assert names_in("Projects for Museum am Ufer and Fjord & Fable") == ["Museum am Ufer", "Fjord & Fable"]
    assert names_in("Unfortunately, nothing matched; ask Anna.") == ["Anna"]
    assert names_in("Die Preise für Logos stehen unten.") == []  # German nouns are capitalised
    assert names_in("I'm glad. How can I help?") == []


def test_unsupported_sentences_are_dropped_whole() -> None:
    guard = Guard("Acme paid 2640 EUR; 41 hours.")
    out = [*guard.feed("Acme paid 2640 EUR. It took 99 hours. Nice "), *guard.feed("work."), *guard.finish()]
    assert "".join(out) == "Acme paid 2640 EUR. Nice work."
    assert guard.dropped == [("It took 99 hours.", "number 99")]


def test_the_two_examples_of_the_issue_are_dropped_from_a_stream() -> None:
    guard = Guard(SPREE, QUESTION)
    model = (
        "You charged Spree Cycles 950 EUR [1]. The logo for Zorblax Ltd. is a custom-designed logo created by a "
        "team of designers at the Zorblax Design Studio. I'm sorry to hear that you've had to pay a lot of money "
        "for your logo projects."
    )
    shown = "".join([*(piece for token in model.split(" ") for piece in guard.feed(token + " ")), *guard.finish()])
    assert shown.strip() == "You charged Spree Cycles 950 EUR [1]."
    assert len(guard.dropped) == 2  # "Zorblax Ltd." does not end the first sentence


def test_a_repeated_sentence_marks_a_loop() -> None:
    guard = Guard("The mascot is lovely.")
    list(guard.feed("The mascot is lovely. The mascot is lovely. "))
    assert guard.looping


def test_an_abbreviation_does_not_end_the_sentence() -> None:
    guard = Guard(SPREE, "Tell me about the logo for Zorblax Ltd.")
    text = "The logo for Zorblax Ltd. is a stylized representation of a cross. You charged Spree Cycles 950 EUR [1]. "
    shown = "".join([*guard.feed(text), *guard.finish()])
    assert shown == "You charged Spree Cycles 950 EUR [1]. "
    assert guard.dropped[0][0].startswith("The logo for Zorblax Ltd. is a stylized")


def test_unprompted_apologies_and_cut_off_fragments_are_dropped() -> None:
    guard = Guard(SPREE, QUESTION)
    text = "I'm sorry for the confusion. I'm sorry for any misunderstanding. You charged Spree Cycles 950 EUR [1]. The"
    shown = "".join([*guard.feed(text), *guard.finish()])
    assert shown == "You charged Spree Cycles 950 EUR [1]. "
    assert [reason for _, reason in guard.dropped][-1] == "an unfinished fragment"


def test_counts_in_words_are_numbers() -> None:
    ground = Ground.of("[1] Spree Cycles logo [2] Lumen Yoga logo", QUESTION)
    assert unsupported("You have two logo projects.", ground) == ""
    assert unsupported("You have five logo projects.", ground) == "number five"


def test_self_claims_loops_inside_a_sentence_and_any_sorry_are_checked() -> None:
    ground = Ground.of(SPREE, QUESTION)
    assert "itself" in unsupported("I'm a freelance writer and I'm here to help.", ground)
    assert unsupported("I'm here to help.", ground) == ""
    assert "repeats" in unsupported("The logo is a logo of a logo of a logo of a logo.", ground)
    assert "claim about the user" in unsupported("I'm sorry to have to explain it again.", ground)
    assert unsupported("Sorry, here is the logo list.", ground) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Logo für Spree Cycles stammt vom Zorblax Design Studio.",
        "Le logo de Spree Cycles a été créé par Zorblax Studio.",
        "El logo de Spree Cycles lo diseñó Zorblax.",
        "Il logo di Spree Cycles è stato creato da Zorblax.",
        "Het logo van Spree Cycles is gemaakt door Zorblax.",
        "Mi dispiace che tu abbia dovuto pagare così tanto.",
        "Lo siento, entiendo que has tenido que pagar mucho.",
        "Het spijt me dat je zoveel moest betalen.",
        "Je suis désolée que vous ayez dû payer autant.",
        "Es tut mir leid, dass Sie so viel zahlen mussten.",
        "Ich bin eine freie Texterin aus Hamburg.",
        "Soy una diseñadora independiente.",
        "Hai nove progetti di logo.",
        "Je hebt negen logoprojecten.",
    ],
)
def test_names_claims_and_counts_are_checked_in_every_reply_language(sentence: str) -> None:
    ground = Ground.of(SPREE, QUESTION)
    assert unsupported(sentence, ground), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Du hast Spree Cycles 950 EUR berechnet [1].",
        "Tu as facturé 950 EUR à Spree Cycles [1].",
        "Cobraste 950 EUR a Spree Cycles [1].",
        "Hai chiesto 950 EUR a Spree Cycles [1].",
        "Je rekende 950 EUR aan Spree Cycles [1].",
    ],
)
def test_grounded_sentences_pass_in_every_reply_language(sentence: str) -> None:
    assert unsupported(sentence, Ground.of(SPREE, QUESTION)) == "", sentence
