from __future__ import annotations

import datetime as dt
from pathlib import Path

from langchain_core.messages import ToolMessage

from assistant.tools.parts import Parts
from assistant.tools.style.style_tool import STYLE_GENERATE
from tests.unit.style.style_fixtures import spend, studio

TODAY = dt.date(2026, 11, 25)


def test_client_is_hidden_from_the_model_but_required_by_the_tool(tmp_path: Path) -> None:
    with studio(tmp_path) as s:
        tool = STYLE_GENERATE.bind(Parts(profile=s.profile, today=lambda: TODAY, style=s))
        model_view = tool.tool_call_schema.model_json_schema()  # type: ignore[union-attr]
        assert tool.name == STYLE_GENERATE.name == "style_generate"
        assert set(model_view["properties"]) == {"prompt", "n", "kind"}
        assert "client" in tool.get_input_schema().model_json_schema()["properties"]
        assert model_view["properties"]["n"]["maximum"] == 4


def test_policy_refusal_goes_back_to_the_model_as_an_error_message(tmp_path: Path) -> None:
    spend(tmp_path, "ana", 2)
    with studio(tmp_path) as s:
        s.add_work("River", excerpt="The river.", consented=True)
        tool = STYLE_GENERATE.bind(Parts(profile=s.profile, today=lambda: TODAY, style=s))
        call = {
            "name": STYLE_GENERATE.name,
            "args": {"prompt": "sea", "client": "ana"},
            "id": "call-1",
            "type": "tool_call",
        }
        result = tool.invoke(call)
    assert isinstance(result, ToolMessage)
    assert result.status == "error"
    assert "2 of 2 free style samples" in result.text
    assert "profile.toml" in result.text
