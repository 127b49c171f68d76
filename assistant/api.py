"""The :class:`Assistant`: the library API that the CLI, the TUI, the daemon and scripts all use.

Everything heavy (the model, memory, the checkpointer) is opened on first use, so creating an ``Assistant`` is
cheap and a UI can paint before the model loads.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import threading
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Self

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, RemoveMessage
from langgraph.types import Command

from assistant.clock import Clock
from assistant.config import Settings, load_settings
from assistant.errors import MailError, ThreadError
from assistant.events import (
    Event,
    PendingAction,
)
from assistant.graph import Context, build_graph
from assistant.locations import Paths
from assistant.profile import Profile, load_profile
from assistant.replies import Reply, bridge, collect
from assistant.rules import RULES_DB, RuleBook
from assistant.threads import PostgresRegistry, SqliteRegistry, ThreadRegistry, Threads, open_checkpoint_db
from assistant.turns import config_for, run_turn

if TYPE_CHECKING:
    from langgraph.checkpoint.base import BaseCheckpointSaver
    from langgraph.graph.state import CompiledStateGraph

    from assistant.daemon import DaemonStatus, Inbox
    from assistant.daemon.models import Draft
    from assistant.daemon.redraft import Redraft
    from assistant.daemon.runner import Daemon
    from assistant.daemon.shadow_report import ShadowReport
    from assistant.erasure import ErasureReport
    from assistant.memory import Memory
    from assistant.reading.corrections import CorrectionBook
    from assistant.reading.intent import IntentRouter
    from assistant.reading.services import ServiceReader
    from assistant.tools.brief_models import Brief
    from assistant.tools.parts import Parts
    from assistant.tools.quote_models import Quote, QuoteRequest
    from assistant.tools.quote_store import QuoteStore
    from assistant.tools.style import StyleStudio


class Assistant:
    """A freelancer's assistant over their profile, memory, tools and conversation threads.

    Args:
        home: keep config, profile and data under this folder (like ``ATELIER_HOME``).
        settings, profile, model, memory: use these instead of loading them (tests, embedding in other apps).
        checkpointer: a LangGraph checkpointer instead of the SQLite file in the data dir.
        client: scope memory to this client plus public work (what the daemon does for each sender).
        clock: where every "now" and "today" comes from; defaults to the real clock in the profile's time zone
            (moved by ``ATELIER_NOW``).
        today: shorthand for a clock that reads noon of this date, in the profile's time zone, and flows on.
    """

    def __init__(
        self,
        home: str | Path | None = None,
        *,
        settings: Settings | None = None,
        profile: Profile | None = None,
        model: BaseChatModel | None = None,
        memory: Memory | None = None,
        checkpointer: BaseCheckpointSaver[Any] | None = None,
        client: str | None = None,
        clock: Clock | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Remember what to open; nothing heavy happens here."""
        self.paths = Paths(Path(home) if home is not None else None)
        self._settings = settings
        self._profile = profile
        self._model = model
        self._memory = memory
        self._owns_memory = memory is None
        self._checkpointer = checkpointer
        self.client = client
        self._clock = clock
        self._today = today
        self._cancels: dict[str, threading.Event] = {}
        self._lock = threading.Lock()

    # -- what it is built from -------------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The validated settings (``config.toml`` plus ``ATELIER_*``)."""
        if self._settings is None:
            self._settings = load_settings(self.paths.config_file)
        return self._settings

    @property
    def profile(self) -> Profile:
        """The validated freelancer profile."""
        if self._profile is None:
            self._profile = load_profile(self.paths.profile_file)
        return self._profile

    @functools.cached_property
    def clock(self) -> Clock:
        """The one clock, in the freelancer's time zone: every "now" and "today" of this assistant reads it."""
        tz = self.profile.timezone
        if self._clock is not None:
            return self._clock.in_zone(tz)
        if self._today is not None:
            return Clock.moved_to(self._today, tz)
        return Clock.from_env(tz)

    @property
    def today(self) -> dt.date:
        """The freelancer's local date, which quotes, briefs and lead times are computed for."""
        return self.clock.today()

    @property
    def model(self) -> BaseChatModel:
        """The chat model (built on first use; the weights load on the first call or :meth:`warm_up`)."""
        with self._lock:
            if self._model is None:
                from assistant.llm import load_chat_model

                self._model = load_chat_model(self.settings)
        return self._model

    def warm_up(self) -> None:
        """Load the model's weights now, e.g. in a UI's background worker, so the first answer is quick."""
        llama = getattr(self.model, "llama", None)
        if llama is not None:
            llama.llama.tokenize(b"warm up")

    @property
    def memory(self) -> Memory:
        """Memory over past briefs, quotes and mail (opened on first use)."""
        with self._lock:
            if self._memory is None:
                from assistant.memory import Memory

                self._memory = Memory.open(self.settings, self.paths.data_dir)
        return self._memory

    @functools.cached_property
    def quotes(self) -> QuoteStore:
        """Stored quotes with their status and versions."""
        from assistant.tools.quote_store import QuoteStore

        return QuoteStore(self.paths.data_dir / "quotes.sqlite", self.clock)

    @functools.cached_property
    def style(self) -> StyleStudio:
        """The freelancer's style generator, with provenance, watermarks, consent and quotas."""
        from assistant.tools.style import StyleStudio

        return StyleStudio(self.settings, self.profile, self.paths.data_dir, clock=self.clock)

    @functools.cached_property
    def rules(self) -> RuleBook:
        """Rules learned from edits; only accepted ones shape answers."""
        return RuleBook(self.paths.data_dir / RULES_DB, self.clock)

    @functools.cached_property
    def corrections(self) -> CorrectionBook:
        """Routing examples kept from your corrections; the router reads them with its bank."""
        from assistant.reading.corrections import CorrectionBook

        return CorrectionBook(self.paths.data_dir / "routing.sqlite")

    @functools.cached_property
    def router(self) -> IntentRouter:
        """The intent router over the shipped example bank and your corrections, with memory's embedder."""
        from assistant import locations
        from assistant.reading.intent import IntentRouter, load_examples

        embedder = self.memory.embedder
        routing = self.settings.routing
        return IntentRouter(
            load_examples(),
            embedder.embed,
            min_score=routing.min_score,
            min_margin=routing.min_margin,
            corrections=self.corrections.examples(),
            cache_dir=locations.cache_dir() / "routing",
            name=embedder.name,
            keep=self.corrections.add,
        )

    @functools.cached_property
    def _checkpoint_conn(self) -> Any:
        return open_checkpoint_db(self.paths.data_dir / "threads.sqlite")

    @functools.cached_property
    def graph(self) -> CompiledStateGraph[Any, Any, Any, Any]:
        """The compiled agent graph with this assistant's checkpointer."""
        checkpointer = self._checkpointer
        if checkpointer is None:
            checkpointer = self._make_checkpointer()
        return build_graph().compile(checkpointer=checkpointer)

    def _make_checkpointer(self) -> BaseCheckpointSaver[Any]:
        threads = self.settings.threads
        if threads.checkpointer == "postgres":
            from assistant.checkpoints import postgres_checkpointer

            return postgres_checkpointer(threads.postgres_url)
        from langgraph.checkpoint.sqlite import SqliteSaver

        saver = SqliteSaver(self._checkpoint_conn)
        saver.setup()
        return saver

    @functools.cached_property
    def threads(self) -> Threads:
        """List, rename, fork and delete conversation threads (the list lives with the checkpoints)."""
        connection = getattr(self.graph.checkpointer, "conn", None)  # a PostgresSaver's psycopg connection
        registry: ThreadRegistry
        if self.settings.threads.checkpointer == "postgres" and connection is not None:
            registry = PostgresRegistry(connection)
        else:
            registry = SqliteRegistry(self._checkpoint_conn)
        return Threads(registry, self.graph, self.clock)

    @functools.cached_property
    def _service_reader(self) -> ServiceReader:
        """Which services a request asks for: the rate card and memory's past projects voting over the embedder.

        One reader for the chat's quote, brief and reply tools, the same kind the daemon reads mail with; built at
        the first request that needs it (memory opens then), and kept for the assistant's life.
        """
        from assistant.reading.services import ServiceReader, memory_examples

        return ServiceReader(self.profile, self.memory.embedder.embed, memory_examples(self.memory, self.profile))

    def tool_parts(self) -> Parts:
        """What the agent's tools are built from: this assistant's parts, never the assistant itself."""
        from assistant.toolbox import MailDesk, similar_projects
        from assistant.tools.parts import Parts

        def services() -> ServiceReader:
            return self._service_reader

        return Parts(
            profile=self.profile,
            today=lambda: self.today,
            model=self.model,
            similar_projects=similar_projects(lambda: self.memory, self.client),
            quotes=self.quotes,
            style=self.style,
            replies=MailDesk(
                self.profile,
                lambda: self.model,
                lambda: self.memory,
                lambda: self.inbox,
                lambda: self.today,
                services,
                lambda: self.quotes,
            ),
            services=services,
        )

    def context(self, cancel: threading.Event | None = None) -> Context:
        """The per-run context the graph's nodes read."""
        from assistant.toolbox import build_retriever
        from assistant.tools.registry import SPECS, build_tools

        return Context(
            profile=self.profile,
            model=self.model,
            tools=build_tools(self.tool_parts(), SPECS),
            specs=SPECS,
            retriever=build_retriever(lambda: self.memory, self.profile, self.today),
            rules=tuple(self.rules.accepted_texts()),
            router=self.router,
            use_classifier=self.settings.routing.classifier,
            classifier_threshold=self.settings.routing.classifier_threshold,
            client=self.client,
            today=self.today,
            prose=self.settings.model.prose,
            cancel=cancel or threading.Event(),
        )

    # -- conversation ----------------------------------------------------------------------------------------

    def stream(self, message: str, thread_id: str | None = None) -> Iterator[Event]:
        """Run one turn and yield its events as they happen. A new thread is created when none is given."""
        if thread_id is None:
            thread_id = self.threads.new(message[:60]).id
        self.threads.ensure(thread_id, message)
        human = HumanMessage(content=message, id=f"human_{uuid.uuid4().hex[:12]}")
        yield from self._run({"messages": [human]}, thread_id)

    def regenerate(self, thread_id: str) -> Iterator[Event]:
        """Answer the thread's last question again: its old answer (and tool results) leave the history."""
        messages = self.threads.messages(thread_id)
        last = next((i for i in range(len(messages) - 1, -1, -1) if isinstance(messages[i], HumanMessage)), None)
        if last is None:
            raise ThreadError(f"thread {thread_id} has no question to answer again")
        if self.pending(thread_id) is not None:
            raise ThreadError("this thread waits for an approval", hint="Approve or reject it first.")
        removals = [RemoveMessage(id=str(m.id)) for m in messages[last:] if m.id]
        self.graph.update_state(config_for(thread_id), {"messages": removals}, as_node="compose")
        yield from self.stream(messages[last].text, thread_id)

    def chat(self, message: str, thread_id: str | None = None) -> Reply:
        """Run one turn and return its reply (which may be waiting for approval)."""
        return collect(self.stream(message, thread_id))

    async def astream(self, message: str, thread_id: str | None = None) -> AsyncIterator[Event]:
        """:meth:`stream` for asyncio code; the turn runs in a worker thread."""

        def stop() -> None:
            for running in list(self._cancels):
                self.cancel(running)

        async for event in bridge(lambda: self.stream(message, thread_id), stop):
            yield event

    async def achat(self, message: str, thread_id: str | None = None) -> Reply:
        """:meth:`chat` for asyncio code."""
        return await asyncio.to_thread(self.chat, message, thread_id)

    def cancel(self, thread_id: str) -> None:
        """Stop the turn running on ``thread_id`` at the next token; the thread records the cancellation."""
        event = self._cancels.get(thread_id)
        if event is not None:
            event.set()

    # -- approvals -------------------------------------------------------------------------------------------

    def pending(self, thread_id: str) -> PendingAction | None:
        """The action this thread waits on, if any."""
        state = self.graph.get_state(config_for(thread_id))
        return PendingAction.model_validate(state.interrupts[0].value) if state.interrupts else None

    def pending_actions(self) -> list[PendingAction]:
        """Every action waiting for approval, across threads."""
        found = (self.pending(info.id) for info in self.threads.list())
        return [action for action in found if action is not None]

    def approve(self, thread_id: str, edits: dict[str, Any] | None = None) -> Reply:
        """Accept the pending action (with ``edits`` to its arguments, if given) and finish the turn."""
        action = self._require_pending(thread_id)
        if edits:
            self._learn_from_edit(action, edits)
            return self.resume(thread_id, {"action": "edit", "args": edits})
        return self.resume(thread_id, {"action": "accept"})

    def reject(self, thread_id: str, reason: str = "") -> Reply:
        """Refuse the pending action; nothing leaves the machine."""
        self._require_pending(thread_id)
        return self.resume(thread_id, {"action": "reject", "text": reason})

    def feedback(self, thread_id: str, text: str) -> Reply:
        """Answer the pending action with feedback instead of running it."""
        self._require_pending(thread_id)
        return self.resume(thread_id, {"action": "feedback", "text": text})

    def resume(self, thread_id: str, decision: dict[str, Any]) -> Reply:
        """Resume a waiting thread with a decision (``accept``, ``edit``, ``reject`` or ``feedback``)."""
        return collect(self._run(Command(resume=decision), thread_id))

    def _require_pending(self, thread_id: str) -> PendingAction:
        action = self.pending(thread_id)
        if action is None:
            raise ThreadError(f"thread {thread_id} has nothing waiting for approval")
        return action

    def _learn_from_edit(self, action: PendingAction, edits: dict[str, Any]) -> None:
        for key, new in edits.items():
            old = action.args.get(key)
            if isinstance(old, str) and isinstance(new, str) and old != new:
                self.rules.propose_from_edit(old, new, source=f"edit of {action.tool} in thread {action.thread_id}")

    # -- the engine ------------------------------------------------------------------------------------------

    def _run(self, graph_input: Any, thread_id: str) -> Iterator[Event]:
        cancel = threading.Event()
        self._cancels[thread_id] = cancel
        try:
            yield from run_turn(self.graph, graph_input, thread_id, self.context(cancel))
        finally:
            self._cancels.pop(thread_id, None)

    # -- mail ------------------------------------------------------------------------------------------------

    @functools.cached_property
    def inbox(self) -> Inbox:
        """Drafts the daemon prepared and what it quarantined: list, show, approve, edit, reject, feedback."""
        from assistant.daemon import open_inbox

        return open_inbox(self.paths.data_dir, self.settings.mail.address or self.profile.email)

    def daemon_running(self) -> bool:
        """Whether a mail daemon holds this data dir's lock (so an approved draft goes out within seconds)."""
        from assistant.daemon.lock import InstanceLock

        return InstanceLock.holder(self.paths.data_dir) is not None

    def daemon_status(self) -> DaemonStatus:
        """Whether a mail daemon runs on this assistant's data dir: its last poll, queues and counters."""
        from assistant.daemon import daemon_status

        return daemon_status(self.paths.data_dir)

    def build_daemon(self, *, use_model: bool = True, mode: str | None = None, verbose: bool = False) -> Daemon:
        """A mail daemon on this assistant's data dir, with memory scoped per sender through the client directory."""
        from assistant.daemon import build_daemon
        from assistant.daemon.logs import setup_logging
        from assistant.daemon.memory_hooks import tone_sink

        return build_daemon(
            self.settings,
            self.profile,
            self.paths.data_dir,
            self.model if use_model else None,
            logger=setup_logging(self.paths.data_dir, stderr=verbose),
            mode=mode,
            tone_sink=tone_sink(self.memory, self.profile.client_for),
            clock=self.clock,
            **self._drafting_parts(),
        )

    def shadow_report(
        self, *, mail: Path | None = None, since: dt.date | None = None, use_model: bool = True
    ) -> ShadowReport:
        """Replay past inquiries through the daemon's drafter; each draft next to the reply that was really sent.

        ``mail`` is a folder of ``.eml`` files (an export, or the demo's ``examples/past-mail``; default
        ``[mail] past_mail``); without one the configured mailbox's inbox and Sent folder are read over IMAP.
        Only inquiries received on or after ``since`` are replayed. Nothing is recorded or sent.
        """
        from assistant.daemon.mailbox import read_password
        from assistant.daemon.shadow_report import pair_exchanges, read_folder, read_mailbox, replay

        settings = self.settings.mail
        mail = mail or settings.past_mail
        if mail is not None:
            messages = read_folder(mail.expanduser())
        else:
            try:
                password = read_password(settings)
            except MailError as exc:
                hint = "Pass --mail FOLDER (past .eml files), set [mail] past_mail, or set up [mail] for IMAP."
                raise MailError(f"no past mail to replay: {exc}", hint=hint) from exc
            messages = read_mailbox(settings, password)
        own = (settings.address or "", self.profile.email or "")
        daemon = self.build_daemon(use_model=use_model, mode="shadow")
        return replay(daemon, pair_exchanges(messages, own), since=since)

    def _drafting_parts(self) -> dict[str, Any]:
        """What the daemon's drafter reads: sender history, samples left, mail reader, agreed briefs, voice.

        The voice is what the Sent folder taught (``voice.sqlite``; empty until the tone consent is given).

        A client's agreed brief, for change orders, is the latest quote in the quote book they accepted.
        """
        from assistant.daemon.change_order import agreed_briefs
        from assistant.daemon.memory_hooks import client_history, similar_projects_for
        from assistant.daemon.triage import reader_for
        from assistant.daemon.voice import DB_NAME as VOICE_DB
        from assistant.daemon.voice import VoiceBook
        from assistant.reading.services import memory_examples

        resolve = self.profile.client_for
        return {
            "client_history": client_history(self.memory, resolve),
            "similar_projects_for": similar_projects_for(self.memory, resolve),
            "sample_quota": lambda client: (self.style.remaining(client), self.style.quota),
            "reader": reader_for(self.profile, self.memory.embedder.embed, memory_examples(self.memory, self.profile)),
            "agreed_brief": agreed_briefs(self.quotes, resolve),
            "voice": VoiceBook(self.paths.data_dir / VOICE_DB, self.memory.embedder.embed),
        }

    def redraft(self, item_id: int, feedback: str, *, use_model: bool = True) -> Redraft:
        """A new draft of the daemon's reply ``item_id`` from your feedback ("shorter", "mention I'm away in August").

        The same drafter as the daemon's writes it (with your accepted rules); it replaces the old draft, and the
        daemon puts it in your Drafts folder in place of the old one.
        """
        from assistant.daemon import build_drafter

        drafter = build_drafter(
            self.profile,
            self.paths.data_dir,
            self.model if use_model else None,
            clock=self.clock,
            opening_languages=self.settings.model.opening_languages,
            prose=self.settings.model.prose,
            **self._drafting_parts(),
        )
        return self.inbox.redraft(item_id, feedback, drafter, today=self.today)

    def reply_to(self, inquiry: str | Path) -> Draft:
        """Draft a reply to an inquiry (raw e-mail text, or a .eml/.txt file): brief, questions and a quote.

        The draft is only returned; nothing is sent. The daemon uses the same drafter for incoming mail.
        """
        from assistant.toolbox import draft_reply

        return draft_reply(inquiry, self.profile, self.model, self.memory, self.today, quotes=self.quotes)

    # -- tools, directly -------------------------------------------------------------------------------------

    def quote(self, request: QuoteRequest | None = None, **fields: Any) -> Quote:
        """Compute a quote from a structured request (or its fields) with the rate card and past projects."""
        from assistant.toolbox import compute_quote, similar_projects

        return compute_quote(
            request, fields, self.profile, similar_projects(lambda: self.memory, self.client), self.today
        )

    def quote_from_text(self, text: str) -> Quote:
        """Extract a request from free text (what cannot be extracted becomes a question) and quote it."""
        from assistant.toolbox import quote_text, similar_projects

        similar = similar_projects(lambda: self.memory, self.client)
        return quote_text(text, self.profile, self.model, similar, self.today)

    def draft_brief(self, inquiry: str | Path) -> Brief:
        """Turn an inquiry (text, or a .txt/.eml file) into a structured brief with open questions."""
        from assistant.toolbox import brief_from

        return brief_from(inquiry, self.profile, self.model, self.today)

    # -- erasure --------------------------------------------------------------------------------------------

    def brief_client(self, address: str) -> str:
        """The client a brief from ``address`` is filed under: from the address through the client directory only."""
        from assistant.daemon.memory_hooks import brief_client

        return brief_client(self.profile.client_for, address)

    def past_retention(self) -> int | None:
        """How many inquiries keep their words past ``[retention] inquiry_days`` (None: no limit is set)."""
        from assistant.daemon.retention import past_retention

        return past_retention(self.paths.data_dir, self.profile, self.clock)

    def forget(
        self,
        *,
        client: str | None = None,
        source: str | None = None,
        address: str | None = None,
        dry_run: bool = False,
        keep_records: bool = False,
        threads: Literal["redact", "delete"] = "redact",
    ) -> ErasureReport:
        """Forget a client, a memory source or a sender address in every store, and report store by store.

        Args:
            client: a client's name; their directory addresses and domains, and the addresses their mail came
                from, are forgotten with them.
            source: one memory source (a file path or ``text:NAME``).
            address: one sender address.
            dry_run: only report what would be erased.
            keep_records: keep accepted quotes (records the law asks a freelancer to keep); the report lists them.
            threads: ``redact`` (default) replaces the messages that mention them by a marker; ``delete``
                deletes the whole thread.

        Raises:
            AtelierError: not exactly one of ``client``, ``source`` and ``address`` was given.
        """
        from assistant.erasure import ErasureRequest, erase, matcher_for

        matcher = matcher_for(self, client=client, source=source, address=address)
        request = ErasureRequest(matcher=matcher, keep_records=keep_records, threads=threads)
        report = erase(self, request, dry_run=dry_run)
        if not dry_run:
            self.__dict__.pop("_service_reader", None)  # it held their past projects' words; rebuilt when needed
        return report

    def finish_erasure(self) -> ErasureReport | None:
        """Finish an erasure that a killed process left half done (entering ``with Assistant()`` does this)."""
        from assistant.erasure import resume

        return resume(self)

    # -- lifetime --------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the stores this assistant opened (not those it was given)."""
        self.__dict__.pop("router", None)
        for name in ("rules", "corrections", "style", "inbox"):  # the quote store opens a connection per call
            store = self.__dict__.pop(name, None)
            if store is not None:
                store.close()
        if self._memory is not None and self._owns_memory:
            self._memory.close()
            self._memory = None
        conn = self.__dict__.pop("_checkpoint_conn", None)
        if conn is not None:
            conn.close()
        graph = self.__dict__.pop("graph", None)
        if graph is not None and self._checkpointer is None and hasattr(graph.checkpointer, "conn"):
            graph.checkpointer.conn.close()  # the Postgres connection this assistant opened

    def __enter__(self) -> Self:
        """Use as a context manager to close stores on exit; an interrupted erasure is finished first."""
        from assistant.erasure import journal
        from assistant.errors import AtelierError

        if journal.path_in(self.paths.data_dir).exists():
            try:
                self.finish_erasure()
            except AtelierError as exc:  # e.g. memory locked by a running daemon: the next open tries again
                logging.getLogger(__name__).warning("an interrupted forget is not finished yet: %s", exc)
        return self

    def __exit__(self, *exc: object) -> None:
        """Close the stores."""
        self.close()
