from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

from assistant.config import StyleSettings
from assistant.errors import ConfigError
from assistant.tools.style.server import check_host, create_app, resolve_token
from assistant.tools.style.voice import VoiceWriter


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "::", "example.com", "127.0.0.1.nip.io"])
def test_only_loopback_hosts_are_allowed(host: str) -> None:
    with pytest.raises(ConfigError, match="binds to 127.0.0.1 only"):
        check_host(host)


def test_loopback_hosts_pass() -> None:
    check_host("127.0.0.1")
    check_host("localhost")


def test_token_comes_from_the_environment_or_is_generated() -> None:
    settings = StyleSettings(token_env="MY_STYLE_TOKEN")
    assert resolve_token(settings, {"MY_STYLE_TOKEN": "a" * 20}) == ("a" * 20, False)
    first, generated = resolve_token(settings, {})
    second, _ = resolve_token(settings, {})
    assert generated and len(first) >= 32 and first != second
    with pytest.raises(ConfigError, match="shorter than 16"):
        resolve_token(settings, {"MY_STYLE_TOKEN": "short"})


def test_app_refuses_a_weak_token() -> None:
    writer = VoiceWriter(GenericFakeChatModel(messages=iter([])))
    with pytest.raises(ConfigError, match="at least 16"):
        create_app(writer, token="weak")
