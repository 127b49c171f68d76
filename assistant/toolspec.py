"""What a tool is, declared once: :class:`ToolSpec`.

A spec holds everything the rest of Atelier needs to know about one tool: its name, description and input
schema; the route it serves and the argument that gets the user's words; the arguments code fills from the
thread (hidden from the model as ``InjectedToolArg``); whether it needs a client or the freelancer's approval;
the line that summarises a call for approval; the fields the freelancer may edit; its typed artifact; and how to
build it from the parts it uses. The graph plans, gates and follows up calls by reading specs, the facade builds
the tools from them, and the UIs read the artifact's class. Adding a tool is one spec plus its implementation.

This module is core: it knows neither the graph nor any tool, so both can depend on it.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from langchain_core.messages import AnyMessage, ToolMessage
from langchain_core.tools import BaseTool, InjectedToolArg, StructuredTool
from pydantic import BaseModel

from assistant.artifacts import Artifact
from assistant.errors import ToolError

P = TypeVar("P")

Thread = Sequence[AnyMessage]
"""The conversation so far, which injected arguments are read from."""

Injector = Callable[[Thread], Any]
"""Reads one injected argument's value from the thread."""

ClientUse = Literal["none", "optional", "required"]
"""``optional``: code fills ``client`` when the run has one; ``required``: the call is refused without one."""

_FOR_CLIENT = re.compile(r"^for\s+([^:\n]{1,80}):\s*(.+)$", re.IGNORECASE | re.DOTALL)


def last_artifact(messages: Thread, tool: str) -> dict[str, Any] | None:
    """The stored result of the latest successful call to ``tool`` in this thread (e.g. the agreed brief)."""
    for message in reversed(messages):
        if isinstance(message, ToolMessage) and message.name == tool and message.status != "error":
            return message.artifact if isinstance(message.artifact, dict) else None
    return None


def last_call_argument(messages: Thread, tool: str, argument: str) -> Any:
    """An argument of the latest planned call to ``tool`` in this thread (e.g. the inquiry that was briefed)."""
    for message in reversed(messages):
        for call in reversed(getattr(message, "tool_calls", None) or []):
            if call["name"] == tool and argument in call["args"]:
                return call["args"][argument]
    return None


def from_artifact(tool: str) -> Injector:
    """Inject the latest result of ``tool`` (as stored data)."""
    return lambda messages: last_artifact(messages, tool)


def from_call(tool: str, argument: str, default: Any = "") -> Injector:
    """Inject an argument of the latest call to ``tool``, or ``default`` when there was none."""
    return lambda messages: last_call_argument(messages, tool, argument) or default


@dataclass(frozen=True)
class ToolSpec(Generic[P]):
    """One tool, declared once. ``P`` is the parts the tool is built from (see ``assistant.tools.parts``)."""

    name: str
    description: str | Callable[[P], str]
    """For the model; a function when it depends on the parts (the quote tool lists the rate card)."""
    args_schema: type[BaseModel]
    """The input schema. Arguments the model must not choose are annotated ``InjectedToolArg``."""
    make: Callable[[P], Callable[..., tuple[str, Any]]]
    """The implementation bound to its parts: it answers with text for the model and the artifact."""
    artifact: type[Artifact] | None = None
    """The class of the typed result."""
    routes: tuple[str, ...] = ()
    """The routes this tool is the one call of. The model never picks a tool."""
    words: str | None = None
    """The argument that receives the user's words (None: every argument is filled by code)."""
    read_words: Callable[[str, Thread], Any] | None = None
    """Turns the user's words into the ``words`` argument; raises :class:`ToolError` to ask for what is missing."""
    command: str | None = None
    """A slash command that routes straight to this tool, for routes the router does not know."""
    injected: Mapping[str, Injector] = field(default_factory=dict)
    """Arguments code fills from the thread, by name; each must be an ``InjectedToolArg`` of the schema."""
    client: ClientUse = "none"
    ask_client: str = "Who is this for? Say it like this: for Acme: ..."
    """The question when ``client`` is ``required`` and the run has none."""
    approval: bool = False
    """The effect leaves the machine: each call waits for the freelancer."""
    summary: Callable[[Mapping[str, Any]], str] | None = None
    """One line saying what a call will do, for the freelancer deciding on it."""
    editable: tuple[str, ...] = ()
    """Arguments the freelancer may edit before approving, the main one first."""
    follow_up: str | None = None
    """The tool planned after a successful call (a drafted reply is followed by its gated send)."""
    follow_up_args: Callable[[Artifact], dict[str, Any] | None] | None = None
    """The follow-up call's arguments from this call's artifact, or None when there is nothing to follow up."""
    available: Callable[[P], bool] = lambda parts: True
    """Whether these parts can run the tool (``mark_quote_sent`` needs a quote store)."""

    def __post_init__(self) -> None:
        """Refuse a spec whose code-filled arguments the model could see."""
        visible = set(self.injected) - self.hidden
        if visible:
            raise TypeError(f"{self.name}: injected arguments {sorted(visible)} are not InjectedToolArg")

    @property
    def hidden(self) -> frozenset[str]:
        """The schema's ``InjectedToolArg`` arguments: filled by code, never shown to the model."""
        fields = self.args_schema.model_fields
        return frozenset(name for name, info in fields.items() if any(map(_is_injected, info.metadata)))

    def plan(self, words: str, client: str | None, messages: Thread) -> dict[str, Any]:
        """The arguments of a call planned from the user's words; raises :class:`ToolError` with a question."""
        if self.client != "none" and client is None:
            named = _FOR_CLIENT.match(words)  # "/style for Acme: a fox in the snow"
            if named:
                client, words = named.group(1).strip(), named.group(2).strip()
        if self.client == "required" and not client:
            raise ToolError(self.ask_client)
        args: dict[str, Any] = {}
        if self.words is not None:
            args[self.words] = self.read_words(words, messages) if self.read_words else words
        if self.client != "none" and client:
            args["client"] = client
        for name, inject in self.injected.items():
            args[name] = inject(messages)
        return args

    def summarize(self, args: Mapping[str, Any]) -> str:
        """The approval line for a call with ``args``."""
        if self.summary is not None:
            return self.summary(args)
        return summarize_call(self.name, args, hide=frozenset(self.injected))

    def tool(self, func: Callable[..., tuple[str, Any]], description: str) -> BaseTool:
        """A langchain tool over ``func``: errors raised as ``ToolException`` go back to the model as text."""
        return StructuredTool.from_function(
            func=func,
            name=self.name,
            description=description,
            args_schema=self.args_schema,
            response_format="content_and_artifact",
            handle_tool_error=True,
        )

    def bind(self, parts: P) -> BaseTool:
        """The tool, built from ``parts``."""
        described = self.description(parts) if callable(self.description) else self.description
        return self.tool(self.make(parts), described)


def summarize_call(tool: str, args: Mapping[str, Any], hide: frozenset[str] = frozenset()) -> str:
    """The default approval line: the tool and its arguments, without the long ones code filled in."""
    shown = {key: value for key, value in args.items() if key not in hide}
    return f"Run {tool} with {shown}"[:200]


def _is_injected(marker: object) -> bool:
    return marker is InjectedToolArg or isinstance(marker, InjectedToolArg)


class Specs(Mapping[str, ToolSpec[Any]]):
    """A set of tool specs by name, and the lookups the graph needs (by route, by command)."""

    def __init__(self, specs: Sequence[ToolSpec[Any]] = ()) -> None:
        """Index ``specs``; two specs may not share a name or a route."""
        self._by_name = {spec.name: spec for spec in specs}
        self._by_route: dict[str, ToolSpec[Any]] = {}
        for spec in specs:
            for route in spec.routes:
                if route in self._by_route:
                    raise TypeError(f"route {route!r} is served by both {self._by_route[route].name} and {spec.name}")
                self._by_route[route] = spec
        if len(self._by_name) != len(specs):
            raise TypeError("two tool specs share a name")

    def __getitem__(self, name: str) -> ToolSpec[Any]:
        """The spec called ``name``."""
        return self._by_name[name]

    def __iter__(self) -> typing.Iterator[str]:
        """Spec names, in declaration order."""
        return iter(self._by_name)

    def __len__(self) -> int:
        """How many specs."""
        return len(self._by_name)

    def for_route(self, route: str) -> ToolSpec[Any] | None:
        """The tool a route runs, if it is a tool route."""
        return self._by_route.get(route)

    def command(self, text: str) -> tuple[str | None, str]:
        """A leading slash command declared by a spec: ``(route, rest)``, or ``(None, text)``."""
        head, _, rest = text.strip().partition(" ")
        for spec in self._by_name.values():
            if spec.command is not None and head.lower() == spec.command and spec.routes:
                return spec.routes[0], rest.strip()
        return None, text

    def with_spec(self, spec: ToolSpec[Any]) -> Specs:
        """These specs plus ``spec`` (how a script or test adds a tool)."""
        return Specs([*self._by_name.values(), spec])
