from assistant.graph.guard import NumberGuard, numbers_in, supported


def test_numbers_are_normalised() -> None:
    assert numbers_in("It cost 1,200.00 EUR, or 1200 in short, over 41.5 h") == {"1200", "41.5"}
    assert numbers_in("1.234,50 € on 2024-02-12, 0.5 days") == {"1234.5", "2024", "2", "12", "0.5"}
    assert numbers_in("1.200") == {"1200", "1.2"}


def test_a_number_is_supported_by_any_of_its_readings() -> None:
    assert supported("The fee was 1.200 EUR.", numbers_in("price: 1200"))
    assert not supported("The fee was 1.300 EUR.", numbers_in("price: 1200"))


def test_citation_markers_are_not_numbers() -> None:
    assert supported("You charged Acme for Pip [1].", set())


def test_unsupported_sentences_are_dropped_whole() -> None:
    guard = NumberGuard("Acme paid 2640 EUR; 41 hours.")
    out = [*guard.feed("Acme paid 2640 EUR. It took 99 hours. Nice "), *guard.feed("work."), *guard.finish()]
    assert "".join(out) == "Acme paid 2640 EUR. Nice work."
    assert guard.dropped == ["It took 99 hours."]


def test_a_repeated_sentence_marks_a_loop() -> None:
    guard = NumberGuard("")
    list(guard.feed("The mascot is lovely. The mascot is lovely. "))
    assert guard.looping
