"""Past projects like a new request, with what they cost and how long they really took, for the quote tool.

Numbers are computed, not generated: this returns the freelancer's own recorded prices and hours (from the
briefs' front matter), ranked by how close each brief is to the request. Inquiries that never became projects
(outcome ``inquiry``) and notes without a price or hours have nothing to price from, so they are left out.
"""

from __future__ import annotations

from assistant.memory.embeddings import Embedder
from assistant.memory.models import PastProject, ProjectFacts
from assistant.memory.scope import Filters, Scope
from assistant.memory.search import search
from assistant.memory.store import Store


def similar_projects(
    store: Store, embedder: Embedder, service: str | None, description: str, k: int, *, scope: Scope
) -> list[PastProject]:
    """Up to ``k`` past projects of ``service`` (any service when empty) closest to ``description``.

    Args:
        store: the memory store.
        embedder: the embedder that made the store's vectors.
        service: a service id from the profile, e.g. ``book-illustration``; empty means any.
        description: what the client asked for.
        k: how many projects at most.
        scope: whose projects may be used; pass ``client(name)`` when the result may reach that client.
    """
    if k <= 0:
        return []
    hits = search(
        store, embedder, description or service or "", k=k * 8, scope=scope, filters=Filters.of(service=service)
    )
    best: dict[str, float] = {}
    for hit in hits:
        if hit.outcome == "inquiry":
            continue
        source = hit.citation.source
        best[source] = max(best.get(source, 0.0), hit.similarity or 0.0)
    projects: list[PastProject] = []
    for source, similarity in best.items():  # first-seen order is the fused search rank
        if len(projects) == k:
            break
        row = store.catalog.source(source)
        if row is None:
            continue
        meta = row.meta
        if meta.price is None and meta.hours_estimated is None and meta.hours_actual is None:
            continue
        projects.append(
            PastProject(
                source=source,
                similarity=round(similarity, 4),
                **meta.model_dump(include=set(ProjectFacts.model_fields)),
            )
        )
    return projects
