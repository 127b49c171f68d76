from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.config import Settings, StyleSettings
from assistant.profile import Profile, Service, Style
from assistant.tools.style import StyleClient, StyleStudio
from assistant.tools.style.server import create_app
from assistant.tools.style.voice import VoiceWriter
from tests.integration.style.style_servers import LICENCE, TOKEN, RecordingChatModel, UvicornThread, scripted_model


@pytest.fixture
def profile() -> Profile:
    return Profile(
        name="Mara Lind",
        hourly_rate=Decimal("60"),
        services=(
            Service(
                id="copy",
                name="Copywriting",
                hours_per_unit=Decimal(4),
                floor=Decimal(200),
                lead_days=7,
                min_lead_days=2,
            ),
        ),
        style=Style(free_samples_per_client=2, licence=LICENCE, watermark=""),
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def make_studio(profile: Profile, data_dir: Path) -> Iterator[Callable[..., StyleStudio]]:
    """Build a StyleStudio on the shared data dir that talks to ``url``; closes them all afterwards."""
    made: list[StyleStudio] = []

    def make(
        url: str,
        protocol: str = "atelier",
        token: str | None = TOKEN,
        timeout: float = 5.0,
        retries: int = 1,
        model: str = "",
    ) -> StyleStudio:
        style = StyleSettings(url=url, protocol=protocol, timeout=timeout, retries=retries, model=model)
        settings = Settings(style=style)
        client = StyleClient(url, protocol=protocol, token=token, timeout=timeout, retries=retries, backoff=0.01)  # type: ignore[arg-type]
        studio = StyleStudio(settings, profile, data_dir, client=client)
        made.append(studio)
        return studio

    yield make
    for studio in made:
        studio.close()


@pytest.fixture
def voice_model() -> RecordingChatModel:
    return scripted_model(
        "The river kept its own hours, and so did I.",
        "Morning came in sideways, through the blinds.",
        "Salt on the sill, and the kettle talking.",
        "Every map I drew ended at the sea.",
    )


@pytest.fixture
def atelier_server(voice_model: RecordingChatModel) -> Iterator[UvicornThread]:
    """The real reference app (what `atelier style serve` runs) with a scripted chat model, on loopback."""
    writer = VoiceWriter(voice_model, author="Mara Lind", voice_notes="plain, warm", max_tokens=128)
    with UvicornThread(create_app(writer, token=TOKEN, model_name="fake")) as server:
        yield server
