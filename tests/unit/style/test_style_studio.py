from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import ConfigError, PolicyError, ToolError
from tests.unit.style.style_fixtures import spend, studio


def test_quota_is_checked_from_the_ledger_before_the_service(tmp_path: Path) -> None:
    spend(tmp_path, "ana@x.com", 2)
    with studio(tmp_path) as s:
        s.add_work("River", excerpt="The river.", consented=True)
        assert s.remaining("Ana@X.com") == 0
        assert s.remaining("ben") == 2
        with pytest.raises(PolicyError, match="ana@x.com has had 2 of 2 free style samples; 0 left, 1 asked for") as e:
            s.generate("ANA@x.com", "sea")
        assert "profile.toml" in e.value.hint
        assert len(s.ledger()) == 2


def test_asking_for_more_than_is_left_is_refused_as_a_whole(tmp_path: Path) -> None:
    spend(tmp_path, "ana", 1)
    with studio(tmp_path, quota=3) as s:
        s.add_work("River", excerpt="The river.", consented=True)
        with pytest.raises(PolicyError, match="2 left, 3 asked for"):
            s.generate("ana", "sea", n=3)


def test_zero_quota_refuses_everyone(tmp_path: Path) -> None:
    with studio(tmp_path, quota=0) as s:
        s.add_work("River", excerpt="The river.", consented=True)
        with pytest.raises(PolicyError, match="0 of 0"):
            s.generate("new client", "sea")


def test_no_consented_work_means_no_conditioning_and_no_call(tmp_path: Path) -> None:
    with studio(tmp_path) as s:
        s.add_work("River", excerpt="The river.")
        with pytest.raises(PolicyError, match="no consented text work") as e:
            s.generate("ana", "sea")
        assert "--consent" in e.value.hint
        s.consent("river", True)
        s.consent("river", False)
        with pytest.raises(PolicyError, match="no consented text work"):
            s.generate("ana", "sea")


@pytest.mark.parametrize(
    ("client", "prompt", "n", "message"),
    [
        ("  ", "sea", 1, "needs a client"),
        ("ana", "   ", 1, "1 to 2000 characters"),
        ("ana", "x" * 2001, 1, "1 to 2000 characters"),
        ("ana", "sea", 0, "1 to 4 samples"),
        ("ana", "sea", 5, "1 to 4 samples"),
    ],
)
def test_unusable_requests_are_tool_errors(tmp_path: Path, client: str, prompt: str, n: int, message: str) -> None:
    with studio(tmp_path) as s:
        with pytest.raises(ToolError, match=message):
            s.generate(client, prompt, n=n)


def test_missing_service_url_is_a_config_error(tmp_path: Path) -> None:
    with studio(tmp_path, url=None) as s:
        s.add_work("River", excerpt="The river.", consented=True)
        with pytest.raises(ConfigError, match="no style service is configured"):
            s.generate("ana", "sea")


def test_mark_defaults_to_the_watermark_then_the_name(tmp_path: Path) -> None:
    with studio(tmp_path) as s:
        assert s.mark == "ML Studio"
        assert s.quota == 2
