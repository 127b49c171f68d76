"""Test-wide setup: an isolated ATELIER_HOME per test, no network beyond loopback, and a guard on the real model.

Loading the bundled GGUF takes a second and a lot of CPU, so only tests marked ``@pytest.mark.real_model``
may do it. Any other test that reaches the loader fails loudly, which keeps unit tests on scripted fakes.

The network guard (:mod:`tests.support.netguard`) refuses every connection that is neither loopback nor to a
host the test's config names, in this process and in the Python processes tests start; a test during which
any attempt was refused fails, even when the code that tried swallowed the error.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import netguard

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"

netguard.install()
os.environ["PYTHONPATH"] = netguard.child_pythonpath(*os.environ.get("PYTHONPATH", "").split(os.pathsep))


@pytest.fixture(autouse=True)
def net_log(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The file refused connection attempts go to; the test fails if any were made (consume them to expect one)."""
    log = tmp_path_factory.mktemp("net") / "refused.jsonl"
    monkeypatch.setenv(netguard.LOG_ENV, str(log))
    yield log
    if refused := netguard.attempts(log):
        pytest.fail(f"the test tried to reach beyond loopback: {refused}", pytrace=False)


@pytest.fixture(autouse=True)
def atelier_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty ATELIER_HOME and no stray ATELIER_* settings."""
    for key in list(os.environ):
        if key.startswith("ATELIER_"):
            monkeypatch.delenv(key)
    home = tmp_path / "atelier-home"
    home.mkdir()
    monkeypatch.setenv("ATELIER_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _real_model_guard(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test that loads the real model without ``@pytest.mark.real_model``."""
    if request.node.get_closest_marker("real_model") is None:
        import assistant.llm

        def refuse(*args: object, **kwargs: object) -> None:
            pytest.fail("this test loaded the real model; mark it @pytest.mark.real_model or use a fake")

        monkeypatch.setattr(assistant.llm, "_load_llama", refuse)
    yield


@pytest.fixture
def demo_home(atelier_home: Path) -> Path:
    """ATELIER_HOME with the demo freelancer's profile in place."""
    (atelier_home / "profile.toml").write_text((EXAMPLES / "profile.toml").read_text(encoding="utf-8"))
    return atelier_home
