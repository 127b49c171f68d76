"""The model seam against the real bundled SmolLM2 GGUF, in process."""

from typing import Literal

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.llm import ChatLlamaCpp, load_chat_model, structured_output

pytestmark = pytest.mark.real_model


@pytest.fixture(scope="module")
def model() -> ChatLlamaCpp:
    built = load_chat_model(Settings())
    assert isinstance(built, ChatLlamaCpp)
    return built


def test_it_answers_and_reports_usage(model: ChatLlamaCpp) -> None:
    reply = model.invoke([HumanMessage("Name one colour.")], max_tokens=16)
    assert isinstance(reply, AIMessage) and reply.text.strip()
    assert reply.usage_metadata and reply.usage_metadata["output_tokens"] > 0


def test_it_streams_token_by_token(model: ChatLlamaCpp) -> None:
    chunks = [c.text for c in model.stream([HumanMessage("Count from one to ten in words.")], max_tokens=40)]
    assert len([c for c in chunks if c]) > 5
    assert "".join(chunks).strip()


class Extraction(BaseModel):
    service: Literal["logo", "mascot", "poster"]
    quantity: int = Field(ge=1)


def test_structured_output_is_schema_constrained(model: ChatLlamaCpp) -> None:
    messages = [SystemMessage("Extract the service and quantity."), HumanMessage("We need 3 posters for a gig.")]
    result = structured_output(model, messages, Extraction)
    assert result.service in ("logo", "mascot", "poster")
    assert result.quantity >= 1


def test_threads_are_set_on_the_loaded_model(model: ChatLlamaCpp) -> None:
    assert model.llama.llama.n_threads == model.n_threads


def test_follow_up_turn_reuses_the_kv_cache(model: ChatLlamaCpp, monkeypatch: pytest.MonkeyPatch) -> None:
    """Turn 2 evaluates only the tokens that turn 1 did not already put in the cache."""
    llama = model.llama.llama
    evaluated: list[int] = []
    original = type(llama).eval

    def counting_eval(self: object, tokens: list[int]) -> None:
        evaluated.append(len(tokens))
        original(self, tokens)  # type: ignore[arg-type]

    monkeypatch.setattr(type(llama), "eval", counting_eval)
    system = SystemMessage("You are a helpful assistant for an illustrator. " * 40)
    history = [system, HumanMessage("Say hello.")]
    first = model.invoke(history, max_tokens=8)
    turn_one = sum(evaluated)
    evaluated.clear()
    model.invoke([*history, first, HumanMessage("Say goodbye.")], max_tokens=8)
    turn_two = sum(evaluated)
    assert turn_one > 300
    assert turn_two < turn_one / 4
