"""Every tool the agent may run, collected from the specs that live next to their implementations.

:data:`SPECS` is the one list of tools; the graph plans, gates and follows up calls from it, and
:func:`build_tools` turns it into the run's allow-list. A new tool is a spec in its own module, added here.
"""

from __future__ import annotations

from langchain_core.tools import BaseTool

from assistant.tools.agent_tools import CHECK_SCOPE, DRAFT_BRIEF, MARK_QUOTE_SENT, QUOTE
from assistant.tools.parts import Parts
from assistant.tools.reply_tools import DRAFT_REPLY, SEND_REPLY
from assistant.tools.style.style_tool import STYLE_GENERATE
from assistant.toolspec import Specs

SPECS = Specs([QUOTE, DRAFT_BRIEF, CHECK_SCOPE, MARK_QUOTE_SENT, STYLE_GENERATE, DRAFT_REPLY, SEND_REPLY])
"""The product's tools, by name."""


def build_tools(parts: Parts, specs: Specs = SPECS) -> dict[str, BaseTool]:
    """The tools these parts can run, by name: the run's allow-list."""
    return {name: spec.bind(parts) for name, spec in specs.items() if spec.available(parts)}
