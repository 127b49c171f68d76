"""A turn's outcome (:class:`Reply`), folded from its events, and the bridge that streams them to asyncio."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from pydantic import BaseModel

from assistant.errors import ThreadError
from assistant.events import (
    ApprovalNeeded,
    Citation,
    CitationsFound,
    Event,
    PendingAction,
    RouteChosen,
    TurnCancelled,
    TurnDone,
    TypedArtifact,
)


class Reply(BaseModel):
    """The outcome of one turn."""

    thread_id: str
    text: str = ""
    route: str = ""
    route_reason: str = ""
    citations: tuple[Citation, ...] = ()
    artifact: TypedArtifact = None
    """The tool's typed result (a :class:`~assistant.tools.quote_models.Quote`, a brief...)."""
    pending: PendingAction | None = None
    """Set when the turn waits for approval."""
    cancelled: bool = False


def collect(events: Iterator[Event]) -> Reply:
    """Fold a turn's events into a :class:`Reply`."""
    reply: Reply | None = None
    route, reason = "", ""
    citations: tuple[Citation, ...] = ()
    for event in events:
        if isinstance(event, RouteChosen):
            route, reason = event.route, event.reason
        elif isinstance(event, CitationsFound):
            citations = event.citations
        elif isinstance(event, ApprovalNeeded):
            reply = Reply(thread_id=event.action.thread_id, route=route, route_reason=reason, pending=event.action)
        elif isinstance(event, TurnDone):
            reply = Reply(
                thread_id=event.thread_id,
                text=event.text,
                route=event.route or route,
                route_reason=reason,
                citations=event.citations or citations,
                artifact=event.artifact,
            )
        elif isinstance(event, TurnCancelled):
            reply = Reply(thread_id=event.thread_id, route=route, route_reason=reason, cancelled=True)
    if reply is None:
        raise ThreadError("the turn ended without an answer")
    return reply


_END = object()


async def bridge(make: Callable[[], Iterator[Event]], on_stop: Callable[[], None]) -> AsyncIterator[Event]:
    """Run a blocking event iterator in a thread and hand its events to asyncio as they come.

    ``on_stop`` runs when the async consumer stops early, so the blocking side can cancel its turn.
    """
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[Any] = asyncio.Queue()
    stop = threading.Event()

    def work() -> None:
        try:
            for event in make():
                loop.call_soon_threadsafe(queue.put_nowait, event)
                if stop.is_set():
                    break
        except BaseException as exc:  # handed to the awaiting side, which re-raises it
            loop.call_soon_threadsafe(queue.put_nowait, exc)
        finally:
            loop.call_soon_threadsafe(queue.put_nowait, _END)

    task = loop.run_in_executor(None, work)
    try:
        while (item := await queue.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        on_stop()
        await task
