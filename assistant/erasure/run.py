"""The one erasure path: build the matcher, ask every store to forget, rebuild the files, and say what went.

Each store owns its deletion (a ``forget`` method in its own module, next to its SQL); this module only decides
which stores exist in this data dir, calls them in turn, and builds the :class:`ErasureReport`. A real run is a
dry run first (so that "nothing of them is here" changes nothing, not even a journal), then the journal, then
the erasure, then a sweep of every file under the data dir for anything still naming the target.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.erasure import files, journal
from assistant.erasure.journal import ErasureRequest
from assistant.erasure.matcher import Matcher, fold, spellings
from assistant.erasure.report import ErasureReport, StoreReport
from assistant.errors import AtelierError
from assistant.memory.scope import client_key

if TYPE_CHECKING:
    from assistant.api import Assistant
    from assistant.profile import Profile


def matcher_for(
    assistant: Assistant, *, client: str | None = None, source: str | None = None, address: str | None = None
) -> Matcher:
    """What to look for: one client (name, directory addresses and domains, senders seen), one source or address.

    Raises:
        AtelierError: not exactly one of ``client``, ``source`` and ``address`` was given.
    """
    given = [value for value in (client, source, address) if value]
    if len(given) != 1:
        raise AtelierError("say what to forget", hint="Give exactly one of a client, a source or an address.")
    if source:
        resolved = Path(source).expanduser()
        sources = {source, str(resolved.absolute())} if not source.startswith("text:") else {source}
        return Matcher(label=f"source {source}", sources=tuple(sorted(sources)))
    if address:
        return Matcher(label=f"address {address.strip()}", addresses=tuple(sorted(spellings(address))))
    assert client is not None
    profile = assistant.profile if assistant.paths.profile_file.exists() else None
    names, addresses, domains = _directory(profile, client)
    addresses |= _senders(assistant.paths.data_dir, client)
    return Matcher(
        label=f"client {client.strip()}",
        names=tuple(sorted(names)),
        addresses=tuple(sorted(addresses)),
        domains=tuple(sorted(domains)),
    )


def _directory(profile: Profile | None, client: str) -> tuple[set[str], set[str], set[str]]:
    """The client's names, addresses and domains from the profile's directory (names compared by key).

    Without a profile (memory used on its own) there is no directory, and the name is all there is to match.
    """
    key = client_key(client)
    names, addresses, domains = {fold(client.strip())}, set(), set()
    for contact in profile.clients if profile is not None else ():
        if client_key(contact.name) == key or spellings(client) & {fold(e) for e in contact.emails}:
            names.add(fold(contact.name))
            addresses |= {spelled for e in contact.emails for spelled in spellings(e)}
            domains |= {spelled for d in contact.domains for spelled in spellings(d.lstrip("@"))}
    return names, addresses, domains


def _senders(data_dir: Path, client: str) -> set[str]:
    """Addresses the daemon's ledger saw writing as this client."""
    from assistant.daemon.store import DB_NAME, MailStore

    if not (data_dir / DB_NAME).exists():
        return set()
    store = MailStore(data_dir)
    try:
        key = client_key(client)
        return {
            spelled
            for name, sender in store.ledger.senders()
            if name and client_key(name) == key
            for spelled in spellings(sender)
        }
    finally:
        store.close()


def erase(assistant: Assistant, request: ErasureRequest, *, dry_run: bool = False) -> ErasureReport:
    """Erase ``request.matcher``'s target from every store (or, with ``dry_run``, report what would go)."""
    resume(assistant)  # an interrupted erasure is finished before a new one starts
    preview = _run(assistant, request, dry_run=True)
    if dry_run or not preview.found:
        return preview
    if any(store.store == "memory" and store.count for store in preview.stores):
        assistant.memory.repair()  # become memory's writer now: a locked store fails before anything is erased
    journal.write(assistant.paths.data_dir, request)
    return _complete(assistant, request, resumed=False)


def resume(assistant: Assistant) -> ErasureReport | None:
    """Finish the erasure a killed run left in the journal, if any; returns its report."""
    request = journal.pending(assistant.paths.data_dir)
    if request is None:
        return None
    return _complete(assistant, request, resumed=True)


def _complete(assistant: Assistant, request: ErasureRequest, *, resumed: bool) -> ErasureReport:
    report = _run(assistant, request, dry_run=False)
    report.resumed = resumed
    journal.clear(assistant.paths.data_dir)
    report.leftovers = files.sweep(assistant.paths.data_dir, request.matcher)
    return report


def _run(assistant: Assistant, request: ErasureRequest, *, dry_run: bool) -> ErasureReport:
    data = assistant.paths.data_dir
    matcher = request.matcher
    stores: list[StoreReport] = []
    compacted: list[str] = []

    def touched(report: StoreReport, *names: str) -> None:
        stores.append(report)
        if report.count and not dry_run:
            compacted.extend(name for name in names if name not in compacted)

    for step in _STEPS:
        step(assistant, request, data, dry_run, touched)
    return ErasureReport(target=matcher.label, dry_run=dry_run, stores=stores, compacted=compacted)


Touched = Callable[..., None]
"""``touched(report, *sqlite_files)``: a step hands in its store's report and the files it rebuilt."""


def _memory(assistant: Assistant, request: ErasureRequest, data: Path, dry_run: bool, touched: Touched) -> None:
    if not (data / "memory.sqlite3").exists() and not assistant.settings.memory.server_url:
        return
    gone = assistant.memory.erase(request.matcher, dry_run=dry_run)
    server = assistant.settings.memory.server_url
    where = f"Chroma server {server}" if server else "memory.sqlite3 + chroma/"
    report = StoreReport(store="memory", where=where, count=len(gone), unit="source(s)", items=gone)
    touched(report, *(() if server else ("memory.sqlite3", "chroma/chroma.sqlite3")))


def _threads(assistant: Assistant, request: ErasureRequest, data: Path, dry_run: bool, touched: Touched) -> None:
    if not (data / "threads.sqlite").exists() and assistant.settings.threads.checkpointer != "postgres":
        return
    count = assistant.threads.forget(request.matcher, mode=request.threads, dry_run=dry_run)
    unit = "thread(s) deleted" if request.threads == "delete" else "thread(s) redacted"
    shared = assistant.settings.threads.checkpointer == "postgres"
    where = "PostgreSQL, vacuumed" if shared else "threads.sqlite"
    touched(StoreReport(store="threads", where=where, count=count, unit=unit), *(() if shared else ("threads.sqlite",)))


def _quotes(assistant: Assistant, request: ErasureRequest, data: Path, dry_run: bool, touched: Touched) -> None:
    if not (data / "quotes.sqlite").exists():
        return
    deleted, kept = assistant.quotes.forget(request.matcher, keep_records=request.keep_records, dry_run=dry_run)
    report = StoreReport(
        store="quotes",
        where="quotes.sqlite",
        count=len(deleted),
        unit="quote(s), every version",
        items=deleted,
        kept=[f"{number} (accepted; kept as a record with --keep-records)" for number in kept],
    )
    touched(report, "quotes.sqlite")
    _files(data / "exports", "exports", request.matcher, deleted, dry_run, touched)


def _daemon(assistant: Assistant, request: ErasureRequest, data: Path, dry_run: bool, touched: Touched) -> None:
    from assistant.daemon.logs import forget_logs
    from assistant.daemon.shadow import forget_shadow
    from assistant.daemon.store import DB_NAME, MailStore

    if (data / DB_NAME).exists():
        store = MailStore(data)
        try:
            counts = store.forget(request.matcher, dry_run=dry_run)
        finally:
            store.close()
        parts = {"messages": "mail(s)", "replies": "reply draft(s) and approval(s)", "quarantine": "quarantined"}
        for part, unit in parts.items():
            touched(StoreReport(store=f"daemon {part}", where=DB_NAME, count=counts[part], unit=unit), DB_NAME)
    shadow = forget_shadow(data, request.matcher, dry_run=dry_run)
    touched(StoreReport(store="shadow log", where="shadow.jsonl", count=shadow, unit="line(s)"))
    logs = forget_logs(data, request.matcher, dry_run=dry_run)
    touched(StoreReport(store="daemon log", where="logs/", count=logs, unit="line(s)"))


def _learned(assistant: Assistant, request: ErasureRequest, data: Path, dry_run: bool, touched: Touched) -> None:
    if (data / "rules.sqlite").exists():
        count = assistant.rules.forget(request.matcher, dry_run=dry_run)
        touched(StoreReport(store="rules", where="rules.sqlite", count=count, unit="rule(s)"), "rules.sqlite")
    if (data / "routing.sqlite").exists():
        count = assistant.corrections.forget(request.matcher, dry_run=dry_run)
        touched(
            StoreReport(store="routing examples", where="routing.sqlite", count=count, unit="example(s)"),
            "routing.sqlite",
        )
        if count and not dry_run:
            from assistant import locations

            for cached in (locations.cache_dir() / "routing").glob("intents-*.npz"):
                cached.unlink()  # vectors of the forgotten examples; the router rebuilds its cache at next start


def _style(assistant: Assistant, request: ErasureRequest, data: Path, dry_run: bool, touched: Touched) -> None:
    from assistant.tools.style.ledger import ProvenanceLedger

    if not (data / "provenance.sqlite").exists():
        return
    ledger = ProvenanceLedger(data)
    try:
        count = ledger.forget(request.matcher, dry_run=dry_run)
    finally:
        ledger.close()
    report = StoreReport(store="style samples", where="provenance.sqlite", count=count, unit="sample record(s)")
    touched(report, "provenance.sqlite")


def _voice(assistant: Assistant, request: ErasureRequest, data: Path, dry_run: bool, touched: Touched) -> None:
    from assistant.daemon.voice import DB_NAME, VoiceBook

    if not (data / DB_NAME).exists():
        return
    count = VoiceBook(data / DB_NAME).forget(request.matcher, dry_run=dry_run)
    touched(StoreReport(store="voice", where=DB_NAME, count=count, unit="snippet(s) of your own words"), DB_NAME)


def _plain(assistant: Assistant, request: ErasureRequest, data: Path, dry_run: bool, touched: Touched) -> None:
    _files(data / "briefs", "saved briefs", request.matcher, [], dry_run, touched)


def _files(folder: Path, name: str, matcher: Matcher, quotes: list[str], dry_run: bool, touched: Touched) -> None:
    gone = files.forget_files(folder, matcher, quotes=quotes, dry_run=dry_run)
    items = [path.name for path in gone]
    touched(StoreReport(store=name, where=f"{folder.name}/", count=len(gone), unit="file(s)", items=items))


_STEPS: tuple[Callable[[Assistant, ErasureRequest, Path, bool, Touched], None], ...] = (
    _memory,
    _threads,
    _quotes,
    _daemon,
    _learned,
    _style,
    _voice,
    _plain,
)
"""The stores in the order they are erased: memory first (what the assistant reads), plain files last."""
