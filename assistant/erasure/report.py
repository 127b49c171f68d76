"""What an erasure did (or, with ``dry_run``, would do), store by store: the one report every interface shows."""

from __future__ import annotations

from pydantic import BaseModel


class StoreReport(BaseModel):
    """One store's part of an erasure."""

    store: str
    """The store as the freelancer knows it (``memory``, ``threads``, ``quotes``...)."""
    where: str
    """The file or folder it lives in."""
    count: int
    """How many records (sources, threads, quotes, messages, lines, files) were or would be erased."""
    unit: str
    """What ``count`` counts."""
    items: list[str] = []
    """The names of what went, where they are short enough to list (sources, quote numbers, files)."""
    kept: list[str] = []
    """What was kept on purpose, and why (accepted quotes under ``keep_records``)."""


class ErasureReport(BaseModel):
    """The whole erasure of one client, source or address."""

    target: str
    dry_run: bool
    stores: list[StoreReport]
    compacted: list[str] = []
    """SQLite files rebuilt without free pages and with an empty WAL."""
    leftovers: list[str] = []
    """Files under the data dir that still mention the target after the erasure (should be empty)."""
    resumed: bool = False
    """This run finished an erasure that an earlier run had started and not completed."""

    @property
    def total(self) -> int:
        """Everything erased, over all stores."""
        return sum(store.count for store in self.stores)

    @property
    def found(self) -> bool:
        """Whether any store held anything of the target."""
        return self.total > 0 or any(store.kept for store in self.stores)

    def lines(self) -> list[str]:
        """The report as plain lines for a terminal or a dialog."""
        if not self.found:
            return [f"Nothing of {self.target} is in Atelier's stores; nothing was changed."]
        verb = "would erase" if self.dry_run else "erased"
        head = f"{'Dry run: ' if self.dry_run else ''}{self.target}: {verb} {self.total} record(s)"
        out = [head + (" (finishing an interrupted erasure)" if self.resumed else "")]
        for store in self.stores:
            if not (store.count or store.kept):
                continue
            out.append(f"  {store.store}: {store.count} {store.unit}  ({store.where})")
            out += [f"    - {item}" for item in store.items]
            out += [f"    kept: {item}" for item in store.kept]
        if self.compacted:
            out.append(f"  rebuilt without free pages: {', '.join(self.compacted)}")
        if not self.dry_run:
            left = ", ".join(self.leftovers) if self.leftovers else "nothing"
            kept = " (holding what was kept on purpose)" if self.leftovers and any(s.kept for s in self.stores) else ""
            out.append(f"  left anywhere in the data dir: {left}{kept}")
        return out
