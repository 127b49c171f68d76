"""[model] prose: who may write free sentences, and the lead code writes otherwise."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

from assistant.events import Citation
from assistant.graph.lead import lead_sentence, records_lead
from assistant.llm import ChatLlamaCpp, bundled_model_path
from assistant.profile import Profile
from assistant.prose import SMALL_MODEL_PARAMETERS, gguf_parameter_count, prose_allowed


def _string(text: str) -> bytes:
    return struct.pack("<Q", len(text)) + text.encode()


def write_gguf(path: Path, shapes: list[tuple[int, ...]]) -> Path:
    """A GGUF header with two metadata keys (a string and an array of strings) and the given tensor shapes."""
    data = b"GGUF" + struct.pack("<IQQ", 3, len(shapes), 2)
    data += _string("general.name") + struct.pack("<I", 8) + _string("tiny")
    data += _string("tokenizer.tokens") + struct.pack("<IIQ", 9, 8, 2) + _string("a") + _string("bc")
    for n, shape in enumerate(shapes):
        data += _string(f"t{n}") + struct.pack(f"<I{len(shape)}Q", len(shape), *shape) + struct.pack("<IQ", 0, 0)
    path.write_bytes(data)
    return path


def test_parameters_are_counted_from_the_tensor_table(tmp_path: Path) -> None:
    assert gguf_parameter_count(write_gguf(tmp_path / "m.gguf", [(3, 4), (5,), (2, 2, 2)])) == 25
    (tmp_path / "not.gguf").write_bytes(b"nope")
    assert gguf_parameter_count(tmp_path / "not.gguf") is None
    cut = write_gguf(tmp_path / "cut.gguf", [(3, 4)])
    cut.write_bytes(cut.read_bytes()[:-6])
    assert gguf_parameter_count(cut) is None
    assert gguf_parameter_count(tmp_path / "missing.gguf") is None


def test_the_bundled_model_is_too_small_for_free_prose() -> None:
    bundled = ChatLlamaCpp(model_path=bundled_model_path())
    count = gguf_parameter_count(bundled_model_path())
    assert count is not None and 100_000_000 < count < SMALL_MODEL_PARAMETERS  # SmolLM2-135M, read without loading
    assert not prose_allowed("auto", bundled)
    assert prose_allowed("on", bundled)


def test_big_or_remote_models_write_prose_through_the_guard(tmp_path: Path) -> None:
    fake = GenericFakeChatModel(messages=iter([]))
    assert prose_allowed("auto", fake)  # not a local file: counts as big
    assert not prose_allowed("off", fake)
    big = write_gguf(tmp_path / "big.gguf", [(SMALL_MODEL_PARAMETERS,)])
    assert prose_allowed("auto", ChatLlamaCpp(model_path=big))


def logo(number: int, client: str, price: str, date: str) -> Citation:
    meta = {"client": client, "service": "logo", "price": price, "date": date, "title": f"{client} logo"}
    return Citation(number=number, source=f"/b/{client}.md", metadata=meta)


def test_the_records_lead_counts_what_the_citations_share(profile: Profile) -> None:
    both = [logo(1, "Spree Cycles", "950", "2023-05-10"), logo(2, "Lumen Yoga", "1100", "2025-08-01")]
    assert records_lead(both, profile) == "You have 2 past projects (logo design):"
    one = [logo(1, "Lumen Yoga", "1100", "2025-08-01")]
    assert records_lead(one, profile) == "Here is your past project (logo design, Lumen Yoga, 2025):"
    # the service as the profile names it in the language asked in: a German noun keeps its capital
    assert (
        records_lead(both, profile, "Was habe ich für Logos berechnet?") == "Du hast 2 frühere Projekte (Logodesign):"
    )
    assert "(création de logo)" in records_lead(both, profile, "Combien ai-je facturé pour mes logos ?")
    note = [Citation(number=1, source="/b/notes.txt", metadata={"client": "Pixelhaus Games"})]
    assert records_lead(note, profile) == "Here is what your records say."


@pytest.mark.parametrize(
    ("request_text", "lead"),
    [
        ("Good morning!", "Good morning! I can quote"),
        ("thanks", "You're welcome."),
        ("bye for now", "Goodbye"),
        ("What can you do?", "Hello! I can quote"),
        ("tell me a joke", "I found nothing in your records about that. I can quote"),
    ],
)
def test_chat_without_records(profile: Profile, request_text: str, lead: str) -> None:
    assert lead_sentence(route="chat", request=request_text, citations=[], outcome={}, profile=profile).startswith(lead)


@pytest.mark.parametrize(
    ("request_text", "lead"),
    [
        ("Guten Morgen!", "Guten Morgen! Ich kann neue Arbeit"),
        ("merci !", "Avec plaisir."),
        ("Hola, buenos días", "¡Buenos días! Puedo presupuestar"),
        ("grazie mille", "Prego."),
        ("Goedemorgen!", "Goedemorgen! Ik kan nieuw werk"),
        ("Was ist der Sinn des Lebens?", "Dazu habe ich in deinen Unterlagen nichts gefunden."),
    ],
)
def test_code_written_leads_speak_the_language_of_the_turn(profile: Profile, request_text: str, lead: str) -> None:
    assert lead_sentence(route="chat", request=request_text, citations=[], outcome={}, profile=profile).startswith(lead)
    ok = {"tool": "quote", "ok": True, "text": "Quote Q-2026-0001"}
    assert (
        lead_sentence(route="quote", request="Angebot für 3 Plakate bitte", citations=[], outcome=ok, profile=profile)
        == "Hier ist das Angebot."
    )


def test_tool_leads(profile: Profile) -> None:
    ok = {"tool": "quote", "ok": True, "text": "Quote Q-2026-0001"}
    assert lead_sentence(route="quote", request="", citations=[], outcome=ok, profile=profile) == "Here is the quote."
    failed = {"tool": "quote", "ok": False, "text": "error: boom"}
    assert lead_sentence(route="quote", request="", citations=[], outcome=failed, profile=profile) == ""
