"""Property: a query in ``client(X)`` scope never returns another client's non-public chunk, whatever it asks."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.config import Settings
from assistant.memory import Memory, client, everything
from assistant.memory.scope import Filters, client_key

from .conftest import FakeEmbedder, brief

CLIENTS = ["Acme", "Acme Books", "Globex", "Initech", "Umbrella", "Birkenhain Verlag"]
WORDS = "logo otter mascot fox book poster price secret KB-2291 invoice acme globex initech umbrella deadline".split()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Memory, dict[str, tuple[str, bool]]]]:
    """60 briefs over six clients (two with similar names), a third public, all sharing vocabulary."""
    rng = random.Random(7)
    root = tmp_path_factory.mktemp("scope")
    folder = root / "briefs"
    folder.mkdir()
    truth: dict[str, tuple[str, bool]] = {}
    for i in range(60):
        name = CLIENTS[i % len(CLIENTS)]
        public = rng.random() < 0.33
        # Every brief also names other clients, as real notes do; scoping must not depend on the text.
        body = " ".join(rng.choice(WORDS) for _ in range(30)) + f" {rng.choice(CLIENTS)} {rng.choice(CLIENTS)}"
        path = folder / f"brief-{i:02d}.md"
        path.write_text(brief(name, body, public=str(public).lower(), service=rng.choice(["logo", "mascot"])))
        truth[str(path)] = (client_key(name), public)
    memory = Memory.open(Settings(), root / "data", embedder=FakeEmbedder())
    memory.add([folder], progress=False)
    yield memory, truth
    memory.close()


queries = st.lists(st.sampled_from(WORDS + CLIENTS) | st.text(max_size=12), min_size=1, max_size=6).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    who=st.sampled_from(CLIENTS + ["nobody", "ACME", "acme-books"]),
    query=queries,
    k=st.integers(min_value=1, max_value=40),
    mode=st.sampled_from(["hybrid", "vector", "keyword"]),
    filter_client=st.none() | st.sampled_from(CLIENTS),
    service=st.none() | st.sampled_from(["logo", "mascot"]),
)
def test_client_scope_never_leaks(
    corpus: tuple[Memory, dict[str, tuple[str, bool]]],
    who: str,
    query: str,
    k: int,
    mode: str,
    filter_client: str | None,
    service: str | None,
) -> None:
    memory, truth = corpus
    scope = client(who)
    hits = memory.search(query, k=k, scope=scope, client=filter_client, service=service, mode=mode)  # type: ignore[arg-type]
    for hit in hits:
        owner, public = truth[hit.citation.source]
        assert public or owner == client_key(who), f"{who} saw {hit.citation.source} of {owner}"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(who=st.sampled_from(CLIENTS + ["nobody"]), query=queries)
def test_scope_is_enforced_inside_each_query_half(
    corpus: tuple[Memory, dict[str, tuple[str, bool]]], who: str, query: str
) -> None:
    """Not only the final check: Chroma's where and the keyword SQL each apply the scope themselves."""
    memory, truth = corpus
    store = memory._store
    scope = client(who)
    by_id = {}
    for source in truth:
        for chunk in store.catalog.chunks(store.catalog.source(source).sid):  # type: ignore[union-attr]
            by_id[chunk.chunk_id] = truth[source]
    vector = FakeEmbedder().embed([query or "x"])[0]
    probed = store.query(vector, scope, Filters(), 60)
    filtered = store._nearest(vector, 60, scope.chroma_where())  # the path a large store falls back to
    for chunk_id, _ in probed + filtered:
        owner, public = by_id[chunk_id]
        assert public or owner == client_key(who)
    assert [c for c, _ in probed] == [c for c, _ in filtered][: len(probed)]
    for chunk_id in store.catalog.keyword(query, scope, Filters(), 60):
        owner, public = by_id[chunk_id]
        assert public or owner == client_key(who)


def test_everything_scope_sees_all(corpus: tuple[Memory, dict[str, tuple[str, bool]]]) -> None:
    memory, truth = corpus
    hits = memory.search("logo otter mascot fox book", k=60, scope=everything(), mode="keyword")
    assert len({h.citation.source for h in hits}) > 40
    private_hits = [h for h in hits if not truth[h.citation.source][1]]
    assert private_hits, "the freelancer's own scope must see private briefs"


def test_bad_client_name_is_refused() -> None:
    with pytest.raises(ValueError, match="not a client name"):
        client(" -- ")
