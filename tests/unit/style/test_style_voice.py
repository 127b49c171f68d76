from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.errors import ModelError
from assistant.tools.style.models import ConditioningWork, GenerateRequest
from assistant.tools.style.voice import VoiceWriter, trim_to_sentence


def _model(*replies: str) -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter([AIMessage(content=r) for r in replies]))


def test_prompt_carries_author_notes_excerpts_and_variation() -> None:
    writer = VoiceWriter(_model(), author="Mara Lind", voice_notes="short sentences")
    works = [ConditioningWork(id="river", title="River Notes", excerpt="The river kept its hours.")]
    system, user = writer.messages("a note about the sea", works, variation=2, count=3)
    assert "Mara Lind" in system.text
    assert "short sentences" in system.text
    assert "[River Notes]\nThe river kept its hours." in system.text
    assert "a note about the sea" in user.text
    assert "Draft 2 of 3" in user.text


def test_fit_keeps_the_budget_and_reports_only_what_fits() -> None:
    writer = VoiceWriter(_model(), excerpt_budget=500)
    works = (
        ConditioningWork(id="a", excerpt="A" * 300),
        ConditioningWork(id="empty", excerpt="   "),
        ConditioningWork(id="b", excerpt="B" * 300),
        ConditioningWork(id="c", excerpt="C" * 50),
    )
    fitted = writer.fit(works)
    assert [w.id for w in fitted] == ["a", "b"]
    assert [len(w.excerpt) for w in fitted] == [300, 200]
    assert sum(len(w.excerpt) for w in fitted) <= 500
    # a first work longer than the budget is cut, not dropped
    assert [len(w.excerpt) for w in writer.fit((ConditioningWork(id="long", excerpt="L" * 900),))] == [500]


def test_write_returns_samples_with_the_works_used() -> None:
    writer = VoiceWriter(_model("  First.  ", "Second."), excerpt_budget=100)
    request = GenerateRequest(
        prompt="sea",
        n=2,
        works=(ConditioningWork(id="a", excerpt="A" * 100), ConditioningWork(id="b", excerpt="B" * 100)),
    )
    samples = writer.write(request)
    assert [s.text for s in samples] == ["First.", "Second."]
    assert all(s.works == ("a",) for s in samples)
    assert samples[0].id != samples[1].id


def test_empty_model_output_is_a_model_error() -> None:
    writer = VoiceWriter(_model("   "))
    with pytest.raises(ModelError, match="empty sample"):
        writer.write(GenerateRequest(prompt="sea"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two is cut mid", "One."),
        ('She said "go." Then the lan', 'She said "go."'),
        ("Finished properly!", "Finished properly!"),
        ("no sentence end at all", "no sentence end at all"),
        ("Version 2.5 is out. And the", "Version 2.5 is out."),
    ],
)
def test_replies_cut_by_the_token_limit_end_on_a_whole_sentence(text: str, expected: str) -> None:
    assert trim_to_sentence(text) == expected
